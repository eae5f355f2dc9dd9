/* eslint-disable @typescript-eslint/no-explicit-any -- walks zod's internal schema definitions */
import { describe, expect, it } from 'vitest';
import { ContactSchema, CoverageRequestSchema, parseContact, parseSpeaker } from '../../src/index.js';
import { PERSONAL_DATA_FIELDS, isPersonalDataPath } from '../../src/models/personal.js';
import { thrown } from '../utils/thrown.js';

/**
 * Every field of a schema, by its path of keys, with its definition: walks objects, optionals,
 * defaults, arrays, unions and pipes through zod's definitions.
 */
function fields(schema: any, path: string[] = [], out: { path: string[]; schema: any }[] = [], seen = new Set<any>()): { path: string[]; schema: any }[] {
  if (schema === undefined || seen.has(schema)) return out;
  seen.add(schema);
  const def = schema._zod.def;
  if (def.type === 'object') {
    for (const [key, child] of Object.entries(def.shape)) {
      out.push({ path: [...path, key], schema: child });
      fields(child, [...path, key], out, seen);
    }
  }
  for (const inner of [def.innerType, def.element, def.in, def.out, ...(def.options ?? [])]) fields(inner, path, out, new Set(seen));
  return out;
}

/** The schema under optionals, defaults and arrays. */
function core(schema: any): any {
  const def = schema._zod.def;
  return def.innerType !== undefined ? core(def.innerType) : def.type === 'array' ? core(def.element) : schema;
}

describe('PERSONAL_DATA_FIELDS', () => {
  const all = fields(CoverageRequestSchema);

  it('names every field of a coverage request that holds an e-mail address, a phone number or a whole contact', () => {
    const personal = all.filter(({ path, schema }) => {
      const inner = core(schema)._zod.def;
      const key = path[path.length - 1]!;
      // A new field holding an e-mail address (by format), a contact, or a string named like one, must be listed.
      return inner.format === 'email' || (inner.type === 'string' && /phone|mail|address/i.test(key)) || core(schema) === ContactSchema;
    });
    expect(personal.length).toBeGreaterThan(0);
    for (const { path } of personal) expect([path.join('.'), isPersonalDataPath(path)]).toEqual([path.join('.'), true]);
  });

  it('names only fields the models have: each one is found in a coverage request', () => {
    const keys = new Set(all.map(({ path }) => path[path.length - 1]));
    for (const field of PERSONAL_DATA_FIELDS) expect([field, keys.has(field)]).toEqual([field, true]);
  });

  it('golden: the speaker, contact, partner and audio-plan fields, and nothing named like an id or a name', () => {
    expect([...PERSONAL_DATA_FIELDS].sort()).toEqual(['contacts', 'email', 'phone', 'soundEngineer']);
    expect(isPersonalDataPath(['speakers', 2, 'email'])).toBe(true);
    expect(isPersonalDataPath(['event', 'audio', 'soundEngineer', 'name'])).toBe(true);
    expect(isPersonalDataPath(['partner', 'contacts', 0])).toBe(true);
    expect(isPersonalDataPath(['speakers', 2, 'name'])).toBe(false);
    expect(isPersonalDataPath(['sponsors', 0, 'id'])).toBe(false);
    expect(isPersonalDataPath(['partner', 'commitments', 'speakerEmailsProvided'])).toBe(false);
  });
});

describe('personal data in error messages', () => {
  it('says what kind of value came in a personal-data field, never the value', () => {
    expect(thrown(() => parseContact({ name: 'Ana', phone: 'call 06 12 34 56 78 after 6' })).issues).toEqual([
      {
        code: 'invalid_format',
        path: 'phone',
        message: 'Expected a phone number: 6 to 24 digits, spaces, dots, dashes or parentheses, with an optional leading plus sign, got a string (not shown: personal data)',
      },
    ]);
    expect(thrown(() => parseSpeaker({ id: 'spk-1', name: 'Ana', phone: 612345678 } as unknown)).issues).toEqual([
      { code: 'invalid_type', path: 'phone', message: 'Expected a string, got a number (not shown: personal data)' },
    ]);
  });

  it('shows a name as given, even one shaped like a phone number: a name is not a personal-data field', () => {
    const error = thrown(() => parseSpeaker({ id: '0612345678', name: '+33 6 12 34 56 78', informedAt: '+33 6 12 34 56 78' }));
    expect(error.issues.map((i) => [i.path, i.message.endsWith('got `+33 6 12 34 56 78`')])).toEqual([['informedAt', true]]);
    expect(parseSpeaker({ id: '0612345678', name: '+33 6 12 34 56 78' })).toMatchObject({ id: '0612345678', name: '+33 6 12 34 56 78' });
  });
});
