/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one key at a time */
// Strict models: every object of every model refuses a key it does not know, each one its own
// `unknown_key` issue at its full path, suggesting the known key it most likely meant.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  parseContact,
  parseContract,
  parseCoverageRequest,
  parseCrewAvailability,
  parseEvent,
  parsePartner,
  parsePolicy,
  parseSpeaker,
  parseSponsor,
} from '../../src/index.js';
import { findAvailableCrews, parseBooking, parseCrew } from '../../src/crew/index.js';
import { MODEL_NAMES, jsonSchemaFor } from '../../src/json-schema/index.js';
import { evaluateEligibility } from '../../src/rules/index.js';
import { ASOF, freeAvailability, validInput, withChange } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';

const unknownKeys = (run: () => unknown) => thrown(run).issues.filter((i) => i.code === 'unknown_key');

describe('parseCoverageRequest', () => {
  it('refuses a misspelt audio key instead of reading the plan as unconfirmed (C7)', () => {
    const input = withChange((i) => (i.event.audio = { organizerManagesSound: true, feed: 'xlr', confirmedat: '2026-02-04' }));
    const error = thrown(() => parseCoverageRequest(input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toEqual([
      { code: 'unknown_key', path: 'event.audio.confirmedat', message: 'Expected a known key, got `confirmedat`: did you mean `confirmedAt`?' },
    ]);
    expect(error.message).toBe('Expected a valid coverage request: `event.audio.confirmedat`: Expected a known key, got `confirmedat`: did you mean `confirmedAt`?');
    // The evaluation refuses it too, rather than answering C7 `pending`.
    expect(thrown(() => evaluateEligibility(input, { policy: DEFAULT_POLICY, asOf: ASOF, availability: freeAvailability() })).issues[0]?.path).toBe('event.audio.confirmedat');
  });

  it('reports every unknown key as its own issue, at its full path, with the other issues', () => {
    const input = withChange((i) => {
      i.Mode = 'client';
      i.event.title = '';
      i.speakers[1].emial = 'x@example.org';
      i.speakers[2].phone_number = '+33 6 12 34 56 78';
      i.event.sessions[0].speakerIDs = [];
      i.partner.commitments.promotion.tweet = 2;
    });
    expect(thrown(() => parseCoverageRequest(input)).issues.map((i) => [i.path, i.code, i.message.replace(/^.*(did you mean `\w+`\?)$/, '$1')])).toEqual([
      ['event.title', 'too_small', 'Expected a non-empty string, got ``'],
      ['event.sessions[0].speakerIDs', 'unknown_key', 'did you mean `speakerIds`?'],
      ['partner.commitments.promotion.tweet', 'unknown_key', 'did you mean `tweets`?'],
      ['speakers[1].emial', 'unknown_key', 'did you mean `email`?'],
      ['speakers[2].phone_number', 'unknown_key', 'Expected one of the known keys `id`, `name`, `email`, `phone`, `informedAt`, `release`, `platformAccount`, `profileCompletedAt`, got `phone_number`'],
      ['Mode', 'unknown_key', 'did you mean `mode`?'],
    ]);
  });

  it('names a key that is no identifier in brackets, and never shows the value that came with it', () => {
    const input = withChange((i) => (i.event.venue['scouting notes'] = 'ana@example.org'));
    const [issue] = unknownKeys(() => parseCoverageRequest(input));
    expect(issue).toEqual({ code: 'unknown_key', path: 'event.venue["scouting notes"]', message: 'Expected one of the known keys `name`, `city`, `scouting`, got `scouting notes`' });
  });

  it('inside a contact, hides every unknown key (it may be the data itself), still suggesting the known one', () => {
    const input = withChange((i) => (i.event.audio.soundEngineer = { name: 'Sam', mail: 'x', 'sam@example.org': true, '+33 6 12 34 56 78': 1 }));
    const issues = unknownKeys(() => parseCoverageRequest(input));
    expect(issues).toEqual([
      { code: 'unknown_key', path: 'event.audio.soundEngineer["<hidden>"]', message: 'Expected a known key, got a key (not shown: personal data): did you mean `email`?' },
      { code: 'unknown_key', path: 'event.audio.soundEngineer["<hidden>"]', message: 'Expected one of the known keys `name`, `role`, `email`, `phone`, got a key (not shown: personal data)' },
      { code: 'unknown_key', path: 'event.audio.soundEngineer["<hidden>"]', message: 'Expected one of the known keys `name`, `role`, `email`, `phone`, got a key (not shown: personal data)' },
    ]);
    // parseContact: the whole input is a contact, so its keys are hidden too.
    expect(thrown(() => parseContact({ name: 'A', '+33 6 12 34 56 78': 1 } as never)).issues).toEqual([
      { code: 'unknown_key', path: '["<hidden>"]', message: 'Expected one of the known keys `name`, `role`, `email`, `phone`, got a key (not shown: personal data)' },
    ]);
    // Outside personal data, a key is shown as given, whatever it looks like.
    expect(unknownKeys(() => parseCoverageRequest(withChange((i) => (i.event.venue['sam@example.org'] = 1))))[0]?.path).toBe('event.venue["sam@example.org"]');
  });

  it('refuses an unknown key in an object that has a default, and in money', () => {
    const input = withChange((i) => {
      i.event.venue.scouting.lightUseable = true;
      i.contract.breakeven.currencyCode = 'EUR';
    });
    expect(unknownKeys(() => parseCoverageRequest(input)).map((i) => i.path)).toEqual(['event.venue.scouting.lightUseable', 'contract.breakeven.currencyCode']);
  });
});

describe('every model', () => {
  const event = validInput().event;
  const cases: { name: string; parse: (input: unknown) => unknown; input: Record<string, any>; key: string; expected: string }[] = [
    { name: 'parseCoverageRequest', parse: parseCoverageRequest, input: validInput(), key: 'editorialverdict', expected: 'editorialVerdict' },
    { name: 'parseEvent', parse: parseEvent, input: event, key: 'camera', expected: 'cameras' },
    { name: 'parsePartner', parse: parsePartner, input: validInput().partner, key: 'organisation', expected: 'organization' },
    { name: 'parseSponsor', parse: parseSponsor, input: validInput().sponsors[0], key: 'sectors', expected: 'sector' },
    { name: 'parseSpeaker', parse: parseSpeaker, input: validInput().speakers[0], key: 'informed_at', expected: 'informedAt' },
    { name: 'parseContract', parse: parseContract, input: validInput().contract, key: 'clipplanned', expected: 'clipPlanned' },
    { name: 'parsePolicy', parse: parsePolicy, input: DEFAULT_POLICY, key: 'appliesFom', expected: 'appliesFrom' },
    { name: 'parseCrew', parse: parseCrew, input: { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2 }, key: 'homecity', expected: 'homeCity' },
    { name: 'parseBooking', parse: parseBooking, input: { crewId: 'c', eventId: 'e', start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' }, key: 'crewID', expected: 'crewId' },
    { name: 'parseCrewAvailability', parse: parseCrewAvailability, input: freeAvailability(), key: 'freecrews', expected: 'freeCrews' },
  ];

  it.each(cases)('$name refuses an unknown key and suggests the known one', ({ parse, input, key, expected }) => {
    expect(parse(input)).toBeDefined();
    const issues = thrown(() => parse({ ...input, [key]: 1 })).issues;
    expect(issues.at(-1)).toEqual({ code: 'unknown_key', path: key, message: `Expected a known key, got \`${key}\`: did you mean \`${expected}\`?` });
  });

  it('takes back what it gave: a parsed value parses again to the same value', () => {
    for (const { parse, input } of cases) expect(parse(parse(input))).toEqual(parse(input));
  });

  it("takes findAvailableCrews' own result as C3's availability, bookkeeping fields included", () => {
    const availability = findAvailableCrews(
      { ...event, cameras: 2 },
      {
        crews: [{ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2 }, { id: 'crew-b', name: 'B', homeCity: 'Paris', cameras: 1 }, { id: 'crew-c', name: 'C', homeCity: 'Lyon', cameras: 3 }],
        bookings: [{ crewId: 'crew-c', eventId: 'evt-0', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z' }],
        policy: DEFAULT_POLICY,
      },
    );
    expect(availability.undersized).toEqual([{ crewId: 'crew-b', cameras: 1 }]);
    expect(availability.conflicts).toEqual([{ crewId: 'crew-c', eventId: 'evt-0', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z', bufferHours: 12 }]);
    expect(parseCrewAvailability(availability)).toEqual(availability);
  });
});

describe('parsePolicy', () => {
  it('refuses a misspelt parameter instead of keeping the default one', () => {
    const error = thrown(() => parsePolicy({ ...DEFAULT_POLICY, version: 'x', parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDay: 10 } } as unknown));
    expect(error.issues).toEqual([
      { code: 'unknown_key', path: 'parameters.releaseLeadDay', message: 'Expected a known key, got `releaseLeadDay`: did you mean `releaseLeadDays`?' },
    ]);
  });

  it('refuses a weight for a rule id that does not exist, suggesting the one it resembles', () => {
    const error = thrown(() => parsePolicy({ ...DEFAULT_POLICY, weights: { ...DEFAULT_POLICY.weights, c10: 1, C12: 1, 'C9.5': 1 } } as unknown, 'policy'));
    expect(error.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['policy.weights.c10', 'unknown_key', 'Expected a known key, got `c10`: did you mean `C10`?'],
      ['policy.weights.C12', 'unknown_key', 'Expected a known key, got `C12`: did you mean `C1`?'],
      // One edit from C2.5, C9.3 and C9.4: the tie goes to the earliest in RULE_IDS.
      ['policy.weights["C9.5"]', 'unknown_key', 'Expected a known key, got `C9.5`: did you mean `C2.5`?'],
    ]);
  });

  it('suggests the rule id a blocking entry resembles', () => {
    const [issue] = thrown(() => parsePolicy({ ...DEFAULT_POLICY, blocking: ['C1', 'c6.2'] } as unknown)).issues;
    expect(issue).toMatchObject({ code: 'invalid_value', path: 'blocking[1]' });
    expect(issue?.message).toMatch(/^Expected one of `C0`, .*`C11` \(did you mean `C6\.2`\?\), got `c6\.2`$/);
  });

  it('suggests the rule id a mode entry resembles, and the mode a misspelt one resembles', () => {
    const [issue] = thrown(() => parsePolicy({ ...DEFAULT_POLICY, modes: { ...DEFAULT_POLICY.modes, client: ['C3', 'c6.2'] } } as unknown)).issues;
    expect(issue).toMatchObject({ code: 'invalid_value', path: 'modes.client[1]' });
    expect(issue?.message).toMatch(/^Expected one of `C0`, .*`C11` \(did you mean `C6\.2`\?\), got `c6\.2`$/);
    const error = thrown(() => parsePolicy({ ...DEFAULT_POLICY, modes: { partnership: [], client: [], clients: ['C3'] } } as unknown));
    expect(error.issues).toEqual([{ code: 'unknown_key', path: 'modes.clients', message: 'Expected a known key, got `clients`: did you mean `client`?' }]);
  });
});

describe('jsonSchemaFor', () => {
  /** Every object node of a JSON Schema, with where it is. */
  function objects(node: unknown, at: string, out: { at: string; node: Record<string, unknown> }[] = []): { at: string; node: Record<string, unknown> }[] {
    if (Array.isArray(node)) node.forEach((child, i) => objects(child, `${at}[${i}]`, out));
    else if (typeof node === 'object' && node !== null) {
      const record = node as Record<string, unknown>;
      if (record.type === 'object' || 'properties' in record) out.push({ at, node: record });
      for (const [key, child] of Object.entries(record)) if (key !== 'default') objects(child, `${at}.${key}`, out);
    }
    return out;
  }

  it.each([...MODEL_NAMES])('says additionalProperties: false on every object of `%s`', (name) => {
    const found = objects(jsonSchemaFor(name), name);
    expect(found.length).toBeGreaterThan(0);
    expect(found.filter(({ node }) => node.additionalProperties !== false).map(({ at }) => at)).toEqual([]);
  });

  it('lists the rule ids a policy may weigh', () => {
    const weights = (jsonSchemaFor('policy') as any).properties.weights;
    expect(Object.keys(weights.properties)).toEqual(expect.arrayContaining(['C0', 'NB', 'C2.5', 'C6.4', 'C10', 'C11']));
    expect(Object.keys(weights.properties)).toHaveLength(23);
    expect(weights.required).toBeUndefined();
  });
});
