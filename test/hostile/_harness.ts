/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { expect } from 'vitest';
import { isPartnershipError } from '../../src/index.js';
import { isPersonalDataPath } from '../../src/models/personal.js';

/** Personal data planted in personal-data fields (PERSONAL_DATA_FIELDS): no message or report may contain it. */
export const EMAIL = 'ada.lovelace@example.org';
export const PHONE = '+33 6 12 34 56 78';

/** `input`, a coverage request, with contact details planted wherever contacts belong (the sound engineer, the partner's contacts, every speaker). */
export function withContacts(input: any): any {
  input.event.audio.soundEngineer = { name: 'Sam', email: EMAIL, phone: PHONE };
  input.partner.contacts = [{ name: 'Olga', role: 'producer', email: EMAIL, phone: PHONE }];
  for (const speaker of input.speakers) Object.assign(speaker, { email: EMAIL, phone: PHONE });
  return input;
}

/** The crafted values of the issue, beside fast-check's arbitrary JSON. */
export function craftedValues(): unknown[] {
  let deep: any = {};
  const root = deep;
  for (let i = 0; i < 10_000; i += 1) deep = deep.a = {};
  let deepArray: any[] = [];
  const rootArray = deepArray;
  for (let i = 0; i < 10_000; i += 1) deepArray = (deepArray[0] = []) as any[];
  const proto = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {"prototype": {"polluted": true}}}');
  return [
    proto,
    { constructor: 'x', __proto__: null },
    root,
    rootArray,
    'x'.repeat(10 * 1024 * 1024),
    1e308,
    -0,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    5e-324,
    '1234567890123456789012345678901234567890',
    '-1234567890123456789012345678901234567890.12',
    '\ud800',
    'a\udfffb',
    '2026-02-30',
    '2026-02-30T09:00:00Z',
    '2026-03-14T09:00:00+14:00',
    '2026-03-14T09:00:00-12:00',
    '2026-03-14T09:00:00+14:01',
    { amount: '1e3', currency: 'EUR' },
    { amount: '10.001', currency: 'EUR' },
    [],
    {},
    null,
    true,
    0,
    -1,
    2 ** 53 + 1,
  ];
}

let crafted: unknown[] | undefined;

/** A hostile value: arbitrary JSON or one of the crafted values (built once: some are 10 MB). */
export function hostile(withContacts = false): fc.Arbitrary<unknown> {
  crafted ??= craftedValues();
  const values = withContacts ? [...crafted, EMAIL, PHONE, `${EMAIL}\x1b`, `not a phone: ${PHONE}`, { name: PHONE, email: EMAIL, phone: PHONE }, [EMAIL, PHONE]] : crafted;
  return fc.oneof({ weight: 3, arbitrary: fc.jsonValue() }, { weight: 2, arbitrary: fc.constantFrom(...values) });
}

/** Every path to a value inside a JSON-like value, for replacing one. */
export function paths(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = [], depth = 0): (string | number)[][] {
  out.push(prefix);
  if (depth > 8 || value === null || typeof value !== 'object') return out;
  for (const [key, child] of Object.entries(value)) paths(child, [...prefix, Array.isArray(value) ? Number(key) : key], out, depth + 1);
  return out;
}

/** A copy of `base` with the value at `path` replaced (or the whole thing when the path is empty). */
export function replaced(base: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy: any = structuredClone(base);
  let at = copy;
  for (const key of path.slice(0, -1)) at = at[key];
  Object.defineProperty(at, path[path.length - 1]!, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** Whether an input has a personal-data field to plant personal data in. */
export function hasPersonalData(base: unknown): boolean {
  return paths(base).some(isPersonalDataPath);
}

/**
 * A valid input with one to three of its values replaced by hostile ones. With
 * `withContacts`, only values in personal-data fields are replaced, and the hostile values
 * include e-mail addresses and phone numbers: wherever else they were put, they would be
 * shown as given, since hiding is by field, not by pattern.
 */
export function mutated(base: unknown, withContacts = false, replaceRoot = true): fc.Arbitrary<unknown> {
  const all = paths(base).filter((path) => (replaceRoot || path.length > 0) && (!withContacts || isPersonalDataPath(path)));
  return fc.array(fc.tuple(fc.nat(all.length - 1), hostile(withContacts)), { minLength: 1, maxLength: 3 }).map((changes) =>
    changes.reduce<unknown>((input, [index, value]) => {
      const path = all[index]!;
      try {
        return replaced(input, path, value);
      } catch {
        return input; // the path no longer exists after an earlier change
      }
    }, base),
  );
}

function snapshot(value: unknown): string {
  try {
    return JSON.stringify(value, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : Number.isNaN(v) ? 'NaN' : v === Infinity ? 'Inf' : v === -Infinity ? '-Inf' : Object.is(v, -0) ? '-0' : v)) ?? 'undefined';
  } catch {
    return 'unserializable'; // 10^4-deep values: compared by identity of their root only
  }
}

const PROTO_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join(',');

/**
 * Calls an entry point on hostile input and checks the only allowed outcomes: a
 * valid result, or a PartnershipError with a code and paths. Nothing else is
 * thrown, Object.prototype is untouched, the input is not mutated, and no
 * contact detail appears in an error.
 */
export function expectSafe(call: () => unknown, inputs: readonly unknown[], options: { resultMayHoldContacts?: boolean } = {}): 'ok' | 'error' {
  const before = inputs.map(snapshot);
  let outcome: 'ok' | 'error';
  try {
    const result = call();
    if (!options.resultMayHoldContacts) {
      const text = snapshot(result);
      expect(text.includes(EMAIL), 'the result echoes an e-mail address').toBe(false);
      expect(text.includes(PHONE), 'the result echoes a phone number').toBe(false);
    }
    outcome = 'ok';
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    expect(error.code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(error.issues.length).toBeGreaterThan(0);
    const text = [error.message, ...error.issues.flatMap((i) => [i.code, i.path, i.message])].join('\n');
    for (const issue of error.issues) {
      expect(typeof issue.path).toBe('string');
      expect(issue.code).toMatch(/^[a-z][a-z0-9_]*$/);
    }
    expect(text.includes(EMAIL), `an error echoes an e-mail address: ${text.slice(0, 300)}`).toBe(false);
    expect(text.includes(PHONE), 'an error echoes a phone number').toBe(false);
    expect(text.length).toBeLessThan(1_000_000);
    outcome = 'error';
  }
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join(',')).toBe(PROTO_KEYS);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(inputs.map(snapshot)).toEqual(before);
  return outcome;
}
