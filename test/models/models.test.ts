/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_POLICY,
  isPartnershipError,
  parseContract,
  parseCoverageRequest,
  parseEvent,
  parsePartner,
  parsePolicy,
  parseSpeaker,
  parseSponsor,
  policyFor,
  settlementTerms,
} from '../../src/index.js';
import { MODEL_NAMES, jsonSchemaFor } from '../../src/json-schema/index.js';
import fc from 'fast-check';
import { settle } from '../../src/money/settle.js';
import { Issues } from '../../src/_lib/reject.js';
import { readShare } from '../../src/money/ratio.js';
import { ShareSchema, agreedAt } from '../../src/models/contract.js';
import { validInput, withChange } from '../utils/factory.js';
import { caught } from '../utils/thrown.js';

function issuesOf(fn: () => unknown): { code: string; path: string; message: string }[] {
  try {
    fn();
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    expect(error.code).toBe('invalid_input');
    return [...error.issues];
  }
  throw new Error('expected a PartnershipError');
}


describe('parseCoverageRequest', () => {
  it('returns the typed request with defaults filled in and amounts canonical', () => {
    const request = parseCoverageRequest(withChange((i) => delete i.event.cameras));
    expect(request.event.cameras).toBe(1);
    expect(request.event.sessions[0]?.filmed).toBe(true);
    expect(request.contract?.breakeven).toEqual({ amount: '800.00', currency: 'EUR' });
    expect(request.sponsors[0]?.contribution).toEqual({ amount: '1500.00', currency: 'EUR' });
  });

  it('returns a request it parsed before as is', () => {
    const request = parseCoverageRequest(validInput());
    expect(parseCoverageRequest(request)).toBe(request);
  });

  it('lists every issue with its field path', () => {
    const issues = issuesOf(() =>
      parseCoverageRequest(
        withChange((i) => {
          i.mode = 'free';
          delete i.event.title;
          i.event.start = '2026-02-30T09:00:00+01:00';
          i.event.sessions[1].kind = 'talk';
          i.event.cameras = 0;
          i.speakers[2].release.covers = [];
          i.sponsors[0].status = 'maybe';
          i.contract.breakeven.amount = '1.234';
          i.contract.organizerShare = '1.5';
        }),
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['mode', 'invalid_value'],
      ['event.title', 'invalid_type'],
      ['event.start', 'invalid_instant'],
      ['event.sessions[1].kind', 'invalid_value'],
      ['event.cameras', 'too_small'],
      ['speakers[2].release.covers', 'release_uses_missing'],
      ['sponsors[0].status', 'invalid_value'],
      ['contract.breakeven.amount', 'amount_scale_exceeds_currency'],
      ['contract.organizerShare', 'share_malformed'],
    ]);
    expect(issues[2]?.message).toBe('Expected an ISO 8601 instant with an offset, such as `2026-03-14T09:00:00+01:00`, got `2026-02-30T09:00:00+01:00`');
    expect(issues[7]?.message).toBe('Expected an amount with at most 2 decimals in EUR, got `1.234`');
  });

  it('checks the event’s span, sessions and ids across fields', () => {
    const issues = issuesOf(() =>
      parseCoverageRequest(
        withChange((i) => {
          i.event.end = '2026-03-14T08:00:00+01:00';
          i.event.sessions[1].id = 'ses-1';
          i.speakers[1].id = 'spk-1';
          i.sponsors.push({ ...i.sponsors[0] });
        }),
      ),
    );
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['event.end', 'end_before_start'],
      ['event.sessions[0].end', 'session_outside_event'],
      ['event.sessions[1].id', 'id_duplicate'],
      ['event.sessions[1].end', 'session_outside_event'],
      ['speakers[1].id', 'id_duplicate'],
      ['sponsors[1].id', 'id_duplicate'],
    ]);
  });

  it('hides what came in a personal-data field, and shows what came anywhere else as given', () => {
    const error = caught(() =>
      parseCoverageRequest(
        withChange((i) => {
          i.speakers[0].email = 'ana(at)example.org';
          i.speakers[1].email = 'ben@@example.org';
          i.partner.contacts[0].phone = '+33 (0)1 23 45 67 89 ext';
          i.event.cameras = 'olga@webdays.example';
          i.event.title = '+33 6 12 34 56 78';
          i.event.topics = ['+33 6 12 34 56 78', 3];
        }),
      ),
    );
    expect(error.issues).toEqual([
      { code: 'invalid_type', path: 'event.topics[1]', message: 'Expected a string, got `3`' },
      { code: 'invalid_type', path: 'event.cameras', message: 'Expected a number, got `olga@webdays.example`' },
      {
        code: 'invalid_format',
        path: 'partner.contacts[0].phone',
        message: 'Expected a phone number: 6 to 24 digits, spaces, dots, dashes or parentheses, with an optional leading plus sign, got a string (not shown: personal data)',
      },
      { code: 'invalid_format', path: 'speakers[0].email', message: 'Expected an e-mail address, got a string (not shown: personal data)' },
      { code: 'invalid_format', path: 'speakers[1].email', message: 'Expected an e-mail address, got a string (not shown: personal data)' },
    ]);
    const text = error.message + JSON.stringify(error.issues);
    for (const secret of ['ana(at)', 'ben@@', '(0)1 23']) expect(text).not.toContain(secret);
  });

  it('rejects input that is not an object at all', () => {
    expect(issuesOf(() => parseCoverageRequest(null))).toEqual([{ code: 'invalid_type', path: '', message: 'Expected an object, got null' }]);
    expect(issuesOf(() => parseCoverageRequest({})).map((i) => i.path)).toEqual(['id', 'mode', 'event', 'partner']);
  });
});

describe('parseEvent', () => {
  it('parses an event alone, with paths from the event or from a given root', () => {
    const event = validInput().event;
    expect(parseEvent(event).sessions).toHaveLength(2);
    expect(issuesOf(() => parseEvent({ ...event, start: 'soon' }))[0]?.path).toBe('start');
    expect(issuesOf(() => parseEvent({ ...event, start: 'soon' }, 'event'))[0]?.path).toBe('event.start');
  });

  it('accepts offsets from -12:00 to +14:00 only', () => {
    const event = validInput().event;
    const at = (offset: string) => ({ ...event, start: `2026-03-14T09:00:00${offset}`, end: `2026-03-15T23:00:00${offset}`, sessions: [] });
    expect(parseEvent(at('-12:00')).start).toBe('2026-03-14T09:00:00-12:00');
    expect(parseEvent(at('+14:00')).start).toBe('2026-03-14T09:00:00+14:00');
    expect(issuesOf(() => parseEvent(at('+15:00'))).map((i) => i.path)).toEqual(['start', 'end']);
  });
});

describe('parsePartner, parseSponsor, parseSpeaker', () => {
  it('fills in the partner’s commitments with false and 0', () => {
    expect(parsePartner({ id: 'o1', organization: 'Web Days' }).commitments).toEqual({
      mediaPartnerCredit: false,
      postEventMailing: false,
      promotion: { links: 0, tweets: 0, blogPosts: 0 },
      speakerEmailsProvided: false,
      lightingAdviceAsked: false,
      stagingAdviceAsked: false,
      onlineConversation: false,
      monetization: [],
    });
  });

  it('reads a sponsor’s contribution through money()', () => {
    expect(parseSponsor({ id: 's1', name: 'Acme', sector: 'telecom', contribution: { amount: '1000.5', currency: 'EUR' } }).contribution).toEqual({ amount: '1000.50', currency: 'EUR' });
    expect(issuesOf(() => parseSponsor({ id: 's1', name: 'Acme', sector: 'telecom', contribution: { amount: '10', currency: 'EURO' } }))).toEqual([
      { code: 'currency_unknown', path: 'contribution.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' },
    ]);
  });

  it('requires a signed release to name what it covers', () => {
    expect(parseSpeaker({ id: 'a', name: 'Ana', release: { state: 'signed', signedAt: '2026-03-01', covers: ['live'] } }).release?.covers).toEqual(['live']);
    expect(issuesOf(() => parseSpeaker({ id: 'a', name: 'Ana', release: { state: 'signed', signedAt: '2026-03-01', covers: [] } }))).toEqual([
      { code: 'release_uses_missing', path: 'release.covers', message: 'Expected the uses a signed release covers, among `live`, `on_demand`, `dvd`, `clip`, got an array' },
    ]);
    expect(issuesOf(() => parseSpeaker({ id: 'a', name: 'Ana', release: { state: 'withdrawn', signedAt: '2026-03-01', withdrawnAt: '2026-03-02' } })).map((i) => [i.path, i.code])).toEqual([['release.covers', 'release_uses_missing']]);
    // A release asked for or refused names what it asks, or nothing.
    expect(parseSpeaker({ id: 'a', name: 'Ana', release: { state: 'requested' } }).release).toEqual({ state: 'requested', covers: [] });
    expect(parseSpeaker({ id: 'a', name: 'Ana', release: { state: 'refused', refusedAt: '2026-03-01' } }).release).toEqual({ state: 'refused', refusedAt: '2026-03-01', covers: [] });
  });
});

describe('the release register (parseSpeaker, parseCoverageRequest)', () => {
  const speaker = (release: Record<string, unknown>) => ({ id: 'a', name: 'Ana', release });
  const codes = (release: Record<string, unknown>) => issuesOf(() => parseSpeaker(speaker(release) as unknown)).map((i) => [i.path, i.code]);

  it('reads a release signed on the speaker’s behalf, for named sessions, with its paper reference', () => {
    const release = { state: 'signed', requestedAt: '2026-01-20', signedAt: '2026-02-01', signedOnBehalf: { by: 'Olga (producer)', paperRef: 'box 3, form 12' }, covers: ['live', 'dvd'], sessions: ['ses-1'] };
    expect(parseSpeaker(speaker(release) as unknown).release).toEqual(release);
  });

  it.each([
    { name: 'a signed release without `signedAt`', release: { state: 'signed', covers: ['live'] }, expected: [['release.signedAt', 'release_date_missing']] },
    { name: 'a refusal without `refusedAt`', release: { state: 'refused' }, expected: [['release.refusedAt', 'release_date_missing']] },
    { name: 'a withdrawal without `withdrawnAt` nor the signature it takes back', release: { state: 'withdrawn', covers: ['live'] }, expected: [['release.signedAt', 'release_date_missing'], ['release.withdrawnAt', 'release_date_missing']] },
    { name: 'a request with a signature date', release: { state: 'requested', signedAt: '2026-02-01' }, expected: [['release.signedAt', 'release_state_mismatch']] },
    { name: 'a signed release with a refusal date', release: { state: 'signed', signedAt: '2026-02-01', refusedAt: '2026-02-02', covers: ['live'] }, expected: [['release.refusedAt', 'release_state_mismatch']] },
    { name: 'a refusal with a withdrawal date', release: { state: 'refused', refusedAt: '2026-02-01', withdrawnAt: '2026-02-02' }, expected: [['release.withdrawnAt', 'release_state_mismatch']] },
    { name: 'a refusal signed on the speaker’s behalf', release: { state: 'refused', refusedAt: '2026-02-01', signedOnBehalf: { by: 'Olga', paperRef: 'p-1' } }, expected: [['release.signedOnBehalf', 'release_state_mismatch']] },
    { name: 'a signature before the request', release: { state: 'signed', requestedAt: '2026-02-02', signedAt: '2026-02-01', covers: ['live'] }, expected: [['release.signedAt', 'release_dates_out_of_order']] },
    { name: 'a withdrawal before the signature', release: { state: 'withdrawn', signedAt: '2026-02-02', withdrawnAt: '2026-02-01T23:00:00Z', covers: ['live'] }, expected: [['release.withdrawnAt', 'release_dates_out_of_order']] },
    { name: 'a refusal before the request', release: { state: 'refused', requestedAt: '2026-02-02', refusedAt: '2026-02-01' }, expected: [['release.refusedAt', 'release_dates_out_of_order']] },
    { name: 'an empty list of sessions', release: { state: 'signed', signedAt: '2026-02-01', covers: ['live'], sessions: [] }, expected: [['release.sessions', 'too_small']] },
    { name: 'a use that is none of USES', release: { state: 'signed', signedAt: '2026-02-01', covers: ['tv'] }, expected: [['release.covers[0]', 'invalid_value']] },
    { name: 'a state that is none of RELEASE_STATES', release: { state: 'accepted' }, expected: [['release.state', 'invalid_value']] },
  ])('refuses $name', ({ release, expected }) => {
    expect(codes(release)).toEqual(expected);
  });

  it('accepts instants in time order, equal ones included', () => {
    const release = { state: 'withdrawn', requestedAt: '2026-02-01', signedAt: '2026-02-01', withdrawnAt: '2026-02-01T00:00:00+00:00', covers: ['live'] };
    expect(parseSpeaker(speaker(release) as unknown).release).toEqual(release);
  });

  it('says which instant a state needs', () => {
    expect(issuesOf(() => parseSpeaker(speaker({ state: 'signed', covers: ['live'] }) as unknown))[0]?.message).toBe('Expected the instant a `signed` release was signed (`signedAt`), got nothing');
  });

  it('refuses a release naming a session the event does not have, at its path', () => {
    const issues = issuesOf(() => parseCoverageRequest(withChange((i) => (i.speakers[1].release.sessions = ['ses-1', 'ses-9']))));
    expect(issues.map((i) => [i.path, i.code, i.message])).toEqual([['speakers[1].release.sessions[1]', 'release_session_unknown', 'Expected a session id of `event.sessions`, got `ses-9`']]);
  });
});

describe('parseContract', () => {
  const base = { parties: { platform: { name: 'Webcastory' }, organizer: { name: 'Web Days' } }, breakeven: { amount: '800', currency: 'EUR' } };

  it('defaults the organizer’s share to the seed’s 50-50 and plans a clip', () => {
    expect(parseContract(base)).toMatchObject({ organizerShare: '0.5', clauses: {}, clipPlanned: true, postEventMailing: false });
  });

  it('reports a wrong scale at breakeven.amount, a negative breakeven and a share mismatch', () => {
    expect(issuesOf(() => parseContract({ ...base, breakeven: { amount: '800.001', currency: 'EUR' } }))[0]).toMatchObject({ code: 'amount_scale_exceeds_currency', path: 'breakeven.amount' });
    expect(issuesOf(() => parseContract({ ...base, breakeven: { amount: '-1', currency: 'EUR' } }))[0]).toMatchObject({ code: 'breakeven_negative', path: 'breakeven.amount' });
    expect(issuesOf(() => parseContract({ ...base, organizerShare: '0.5', clauses: { sponsorship: { organizerShare: '0.6', countsTowardBreakeven: true } } }))[0]).toMatchObject({ code: 'share_mismatch', path: 'clauses.sponsorship.organizerShare' });
  });
});

describe('agreedAt', () => {
  const contract = (platform?: string, organizer?: string) =>
    parseContract({
      parties: { platform: { name: 'Webcastory', ...(platform === undefined ? {} : { signedAt: platform }) }, organizer: { name: 'Web Days', ...(organizer === undefined ? {} : { signedAt: organizer }) } },
      breakeven: { amount: '800', currency: 'EUR' },
    });
  const asOf = Date.parse('2026-02-10T12:00:00Z');

  it('is the later signature once both parties signed at or before asOf, golden', () => {
    expect(agreedAt(contract('2026-02-05', '2026-02-06'), asOf)).toBe(Date.parse('2026-02-06T00:00:00Z'));
    // 13:00 in Paris is 12:00Z: signed at the evaluation instant is signed.
    expect(agreedAt(contract('2026-02-05', '2026-02-10T13:00:00+01:00'), asOf)).toBe(asOf);
  });

  it('is undefined for no contract, a missing signature, or one dated after asOf: a draft is not an agreement', () => {
    expect(agreedAt(undefined, asOf)).toBeUndefined();
    expect(agreedAt(contract('2026-02-05'), asOf)).toBeUndefined();
    expect(agreedAt(contract(undefined, '2026-02-05'), asOf)).toBeUndefined();
    expect(agreedAt(contract('2026-02-05', '2026-02-10T12:00:01Z'), asOf)).toBeUndefined();
  });
});

describe('ShareSchema and the settlement engine', () => {
  const base = { parties: { platform: { name: 'Webcastory' }, organizer: { name: 'Web Days' } }, breakeven: { amount: '800', currency: 'EUR' } };

  it('rejects what the engine rejects: `.5`, a 201-character share, an exponent', () => {
    for (const share of ['.5', `0.${'5'.repeat(199)}`, '5e-1', '1.5', '-0.5']) {
      expect(issuesOf(() => parseContract({ ...base, organizerShare: share }))[0]).toMatchObject({ code: 'share_malformed', path: 'organizerShare' });
    }
  });

  it('accepts what the engine accepts, and a contract that parses settles with no receipt', () => {
    // 200 characters: "0." and 198 fives, the engine's limit.
    for (const share of ['0.5', '0.50', '1', '1.000', '0', `0.${'5'.repeat(198)}`]) {
      const contract = parseContract({ ...base, organizerShare: share });
      expect(settle(settlementTerms(contract), []).breakeven).toEqual({ amount: '800.00', currency: 'EUR' });
    }
  });

  it('gives the JSON Schema the same share grammar as the parser', () => {
    const share = (jsonSchemaFor('contract') as any).properties.organizerShare;
    const pattern = new RegExp(share.pattern);
    expect(share.maxLength).toBe(200);
    for (const text of ['0.5', '0.50', '1', '1.000', '0', '+0.5', '00.25', '-0']) {
      expect([text, pattern.test(text), parseContract({ ...base, organizerShare: text }).organizerShare]).toEqual([text, true, text]);
    }
    for (const text of ['.5', '1.5', '-0.5', '5e-1', '1.01', '0.']) {
      expect([text, pattern.test(text), issuesOf(() => parseContract({ ...base, organizerShare: text }))[0]?.code]).toEqual([text, false, 'share_malformed']);
    }
  });

  it('compares the sponsorship share exactly: `0.50` equals `0.5`, `0.50000000000000001` does not', () => {
    const clause = (organizerShare: string): any => ({ ...base, organizerShare: '0.5', clauses: { sponsorship: { organizerShare, countsTowardBreakeven: true } } });
    expect(parseContract(clause('0.50')).clauses.sponsorship?.organizerShare).toBe('0.50');
    expect(issuesOf(() => parseContract(clause('0.50000000000000001')))[0]).toMatchObject({ code: 'share_mismatch', path: 'clauses.sponsorship.organizerShare' });
  });

  it('rejects a sponsorship clause that does not count toward the breakeven: sponsor money covers it first', () => {
    const input = { ...base, clauses: { sponsorship: { organizerShare: '0.5', countsTowardBreakeven: false } } };
    expect(issuesOf(() => parseContract(input))).toEqual([
      expect.objectContaining({ code: 'sponsorship_outside_breakeven', path: 'clauses.sponsorship.countsTowardBreakeven' }),
    ]);
    const request = withChange((i) => (i.contract.clauses = { sponsorship: { organizerShare: '0.5', countsTowardBreakeven: false } }));
    expect(issuesOf(() => parseCoverageRequest(request))[0]).toMatchObject({ code: 'sponsorship_outside_breakeven', path: 'contract.clauses.sponsorship.countsTowardBreakeven' });
  });
});

describe('properties', () => {
  it('one share grammar: ShareSchema accepts a string exactly when the engine’s readShare does', () => {
    const text = fc.oneof(
      fc.stringMatching(/^[+-]?[01]{0,3}(\.[0-9]{0,4})?$/),
      fc.string({ unit: fc.constantFrom('0', '1', '5', '.', '+', '-', 'e'), maxLength: 8 }),
      fc.integer({ min: 198, max: 203 }).map((n) => `0.${'1'.repeat(n - 2)}`),
    );
    fc.assert(
      fc.property(text, (share) => {
        const engine = readShare(share, 'share', new Issues()) !== undefined;
        expect([share, ShareSchema.safeParse(share).success]).toEqual([share, engine]);
      }),
      { numRuns: 1000 },
    );
  });

  it('golden: `.5` and `1e0` are no share for either, `+0.50` is one for both', () => {
    for (const [share, ok] of [['.5', false], ['1e0', false], ['+0.50', true]] as const) {
      expect([ShareSchema.safeParse(share).success, readShare(share, 'share', new Issues()) !== undefined]).toEqual([ok, ok]);
    }
  });
});

describe('settlementTerms', () => {
  it('maps a contract to the money engine’s terms, sponsorship first', () => {
    const contract = parseContract({
      parties: { platform: { name: 'P' }, organizer: { name: 'O' } },
      breakeven: { amount: '800', currency: 'EUR' },
      organizerShare: '0.4',
      clauses: { dvd: { organizerShare: '0.7', countsTowardBreakeven: false } },
    });
    expect(settlementTerms(contract)).toEqual({
      breakeven: { amount: '800.00', currency: 'EUR' },
      clauses: { sponsorship: { organizerShare: '0.4', countsTowardBreakeven: true }, dvd: { organizerShare: '0.7', countsTowardBreakeven: false } },
    });
  });
});

describe('policyFor', () => {
  const v2 = parsePolicy({ ...DEFAULT_POLICY, version: '2026-06', appliesFrom: '2026-06-01' });

  it('picks the latest version applying on or before the date', () => {
    expect(policyFor([v2, DEFAULT_POLICY], '2026-05-31T23:59:59Z').version).toBe('2009-04');
    expect(policyFor([v2, DEFAULT_POLICY], '2026-06-01').version).toBe('2026-06');
    expect(policyFor([DEFAULT_POLICY, v2], '2026-06-01T01:00:00+02:00').version).toBe('2009-04'); // 2026-05-31T23:00Z
  });

  it('throws when no version is in force, when two apply from one day, or on a bad date', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (e) {
        return (e as { code: string }).code;
      }
      return 'none';
    };
    expect(code(() => policyFor([v2], '2026-01-01'))).toBe('policy_not_in_force');
    expect(code(() => policyFor([], '2026-01-01'))).toBe('policy_not_in_force');
    expect(code(() => policyFor([v2, { ...v2, version: 'other' }], '2026-07-01'))).toBe('policy_ambiguous');
    expect(code(() => policyFor([v2], '2026-02-30'))).toBe('invalid_date');
  });
});

describe('parsePolicy', () => {
  it('accepts the default policy and rejects unknown rules and negative parameters', () => {
    expect(parsePolicy(DEFAULT_POLICY)).toEqual(DEFAULT_POLICY);
    const issues = issuesOf(() => parsePolicy({ ...DEFAULT_POLICY, appliesFrom: '2026-02-30', parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDays: -1 }, blocking: ['C12'] } as unknown));
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['appliesFrom', 'invalid_date'],
      ['parameters.releaseLeadDays', 'too_small'],
      ['blocking[0]', 'invalid_value'],
    ]);
  });

  it('takes the set-up limits of the NB as whole numbers of at least 1', () => {
    const policy = (maxCameras: number, maxDays: number) => ({ ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, maxCameras, maxDays } });
    expect(parsePolicy(policy(1, 1)).parameters).toMatchObject({ maxCameras: 1, maxDays: 1 });
    expect(issuesOf(() => parsePolicy(policy(0, 1.5))).map((i) => [i.path, i.code])).toEqual([
      ['parameters.maxCameras', 'too_small'],
      ['parameters.maxDays', 'invalid_type'],
    ]);
  });

  it('ships the seed’s reading: every condition blocks but the six preferences', () => {
    const all = ['C0', 'NB', 'C1', 'C2', 'C2.2', 'C2.3', 'C2.5', 'C3', 'C4', 'C5', 'C5.b', 'C6.1', 'C6.2', 'C6.3', 'C6.4', 'C7', 'C8', 'C8.b', 'C9', 'C9.3', 'C9.4', 'C10', 'C11'];
    expect(all.filter((id) => !DEFAULT_POLICY.blocking.includes(id as never))).toEqual(['C2.5', 'C5.b', 'C6.4', 'C8.b', 'C9.4', 'C10']);
    expect(DEFAULT_POLICY.weights).toEqual({ 'C2.5': 0, 'C5.b': 2, 'C6.4': 4, 'C8.b': 2, 'C9.4': 3, C10: 4 });
    // docs/policy.md gives the seed sentence behind each value.
    expect(DEFAULT_POLICY.parameters).toEqual({
      speakerNoticeDays: 21,
      releaseLeadDays: 7,
      profileLeadDays: 14,
      contractLeadDays: 21,
      scoutingLeadDays: 14,
      audioLeadDays: 7,
      editorialLeadDays: 28,
      crewLeadDays: 14,
      sponsorLeadDays: 3,
      setupBufferHours: 2,
      travelBufferHours: 12,
      minPromotionActions: 1,
      maxCameras: 3,
      maxDays: 2,
    });
    // Every deadline comes in the order the work is done: the editors judge, the contract and the
    // speakers' notice follow, then profiles, scouting and crew, then releases and audio.
    const p = DEFAULT_POLICY.parameters;
    expect(p.editorialLeadDays).toBeGreaterThan(p.contractLeadDays);
    expect(p.contractLeadDays).toBeGreaterThanOrEqual(p.speakerNoticeDays);
    expect(p.speakerNoticeDays).toBeGreaterThan(p.profileLeadDays);
    expect(p.profileLeadDays).toBeGreaterThan(p.releaseLeadDays);
    expect(Object.isFrozen(DEFAULT_POLICY)).toBe(true);
  });

  it('ships the modes of the seed: partnership applies every rule, client mode C3, C6.2, C8 and C9', () => {
    expect(DEFAULT_POLICY.modes.partnership).toEqual(['C0', 'NB', 'C1', 'C2', 'C2.2', 'C2.3', 'C2.5', 'C3', 'C4', 'C5', 'C5.b', 'C6.1', 'C6.2', 'C6.3', 'C6.4', 'C7', 'C8', 'C8.b', 'C9', 'C9.3', 'C9.4', 'C10', 'C11']);
    expect(DEFAULT_POLICY.modes.client).toEqual(['C3', 'C6.2', 'C8', 'C9']);
    expect(Object.isFrozen(DEFAULT_POLICY.modes)).toBe(true);
  });

  it('requires the rules of each mode', () => {
    const withoutModes: Record<string, unknown> = { ...DEFAULT_POLICY };
    delete withoutModes.modes;
    expect(issuesOf(() => parsePolicy(withoutModes as unknown)).map((i) => [i.path, i.code])).toEqual([['modes', 'invalid_type']]);
    expect(issuesOf(() => parsePolicy({ ...DEFAULT_POLICY, modes: { partnership: [] } } as unknown)).map((i) => [i.path, i.code])).toEqual([['modes.client', 'invalid_type']]);
  });
});

describe('jsonSchemaFor', () => {
  it('gives a JSON Schema for every model, fields with defaults optional', () => {
    for (const name of MODEL_NAMES) {
      const schema = jsonSchemaFor(name);
      expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
      expect(schema.type).toBe('object');
      expect(JSON.parse(JSON.stringify(schema))).toEqual(schema);
    }
    const request = jsonSchemaFor('coverage-request') as any;
    expect(request.required).toEqual(['id', 'mode', 'event', 'partner']);
    expect(request.properties.mode.enum).toEqual(['partnership', 'client']);
    expect(jsonSchemaFor('event').required).toEqual(['id', 'title', 'organizerId', 'start', 'end', 'venue']);
    expect(request.properties.event.properties.start).toMatchObject({ type: 'string', format: 'date-time' });
    expect(request.properties.contract.properties.breakeven.properties.amount.pattern).toBe('^[+-]?\\d+(\\.\\d+)?$');
    expect(new RegExp(request.properties.event.properties.start.pattern).test('2026-03-14T09:00:00+01:00')).toBe(true);
    // Crews and bookings have theirs too, with the same annotations for instants.
    expect(MODEL_NAMES.slice(-2)).toEqual(['crew', 'booking']);
    expect((jsonSchemaFor('booking') as any).properties.start).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('throws model_unknown for another name', () => {
    const error = caught(() => jsonSchemaFor('season' as never));
    expect(error).toMatchObject({ code: 'model_unknown', issues: [{ code: 'model_unknown', path: 'model' }] });
    expect((error as Error).message).toBe(
      "Expected `model` to be one of `event`, `partner`, `sponsor`, `speaker`, `contract`, `policy`, `coverage-request`, `crew`, `booking`, got `season`",
    );
  });
});
