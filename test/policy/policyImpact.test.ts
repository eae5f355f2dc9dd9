import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { policyImpact, type PlanPlace, type RequestImpact, type SeasonTotals } from '../../src/policy/index.js';
import { thrown } from '../utils/thrown.js';
import { anyPolicy, promotionWeighs, releases40, season } from './_policies.js';

const { requests, crews, bookings, asOf } = season;
const withCrews = { asOf, crews, bookings };

// The example season under DEFAULT_POLICY, as `plan` shows it: webdays, dataconf and client
// eligible, late-releases incomplete (C6.2 pending), tvcrew (C1), workshops (C9.3) and free (C0)
// ineligible; the crews cover webdays (3000 EUR) and late-releases (800 EUR).
const TODAY: SeasonTotals = { requests: 7, eligible: 3, incomplete: 1, ineligible: 3, covered: 2, breakevenCommitted: [{ amount: '3800.00', currency: 'EUR' }] };
const releaseCause = { kind: 'parameter', path: 'parameters.releaseLeadDays', parameter: 'releaseLeadDays', change: 'changed', before: 7, after: 40 } as const;

/** A request whose C6.2 goes from met to unmet, eligible to ineligible: the plan leaves it out. */
const lateSignature = (requestId: string, eventId: string, mode: 'partnership' | 'client', preference: number, before: PlanPlace): RequestImpact => ({
  requestId,
  eventId,
  mode,
  decision: { before: 'eligible', after: 'ineligible' },
  preference: { before: preference, after: preference },
  covered: { before: 'crewId' in before, after: false },
  plan: { before, after: { reason: 'ineligible', rules: ['C6.2'] } },
  findings: [{ rule: 'C6.2', before: { status: 'met', kind: 'blocking' }, after: { status: 'unmet', kind: 'blocking' } }],
  rules: ['C6.2'],
  causes: [releaseCause],
});

describe('policyImpact', () => {
  it('releases due 40 days ahead: the three events of 14 March lose spk-3, signed on 3 February', () => {
    // 14 March minus 40 days is 2 February: spk-1 (1 Feb) and spk-2 (2 Feb, 00:00 UTC, before the
    // start's hour) are on time, spk-3 (3 Feb) is late. 21 March minus 40 is 9 February: on time.
    // Late-releases (9 April) is due on 28 February, after asOf: still pending.
    const impact = policyImpact(requests, { before: DEFAULT_POLICY, after: releases40, ...withCrews });
    expect(impact.requests).toEqual([
      lateSignature('req-client', 'evt-client', 'client', 0, { reason: 'outbid', by: ['req-webdays'] }),
      lateSignature('req-dataconf', 'evt-dataconf', 'partnership', 0.6, { reason: 'outbid', by: ['req-webdays'] }),
      lateSignature('req-webdays', 'evt-webdays', 'partnership', 1, { crewId: 'crew-paris', booked: false }),
    ]);
    // Only late-releases is left to plan: 800 EUR committed instead of 3800.
    expect(impact.totals).toEqual({
      before: TODAY,
      after: { requests: 7, eligible: 0, incomplete: 1, ineligible: 6, covered: 1, breakevenCommitted: [{ amount: '800.00', currency: 'EUR' }] },
    });
    expect(impact.breakevenChange).toEqual([{ amount: '-3000.00', currency: 'EUR' }]);
    expect(impact.diff.changes).toEqual([releaseCause]);
    expect(impact.asOf).toBe('2026-02-10T12:00:00.000Z');
  });

  it('C0 no longer blocking: the free event becomes eligible and is covered', () => {
    const impact = policyImpact(requests, { before: DEFAULT_POLICY, after: promotionWeighs, ...withCrews });
    expect(impact.requests).toEqual([
      {
        requestId: 'req-free',
        eventId: 'evt-free',
        mode: 'partnership',
        decision: { before: 'ineligible', after: 'eligible' },
        // C0 weighs nothing (no weight given): the preference stays.
        preference: { before: 1, after: 1 },
        covered: { before: false, after: true },
        plan: { before: { reason: 'ineligible', rules: ['C0'] }, after: { crewId: 'crew-lyon', booked: false } },
        findings: [{ rule: 'C0', before: { status: 'unmet', kind: 'blocking' }, after: { status: 'unmet', kind: 'weighing' } }],
        rules: ['C0'],
        causes: [{ kind: 'blocking', path: 'blocking', rule: 'C0', change: 'removed', before: 'C0' }],
      },
    ] satisfies RequestImpact[]);
    expect(impact.totals.after).toEqual({ requests: 7, eligible: 4, incomplete: 1, ineligible: 2, covered: 3, breakevenCommitted: [{ amount: '4600.00', currency: 'EUR' }] });
    expect(impact.breakevenChange).toEqual([{ amount: '800.00', currency: 'EUR' }]);
  });

  it('blames a weight for a preference that changes, and a mode for a finding that appears', () => {
    const after = { ...DEFAULT_POLICY, modes: { ...DEFAULT_POLICY.modes, client: [...DEFAULT_POLICY.modes.client, 'C10'] }, weights: { ...DEFAULT_POLICY.weights, 'C9.4': 9 } } as const;
    const impact = policyImpact(requests, { before: DEFAULT_POLICY, after, ...withCrews });
    const client = impact.requests.find((r) => r.requestId === 'req-client')!;
    expect(client.findings).toEqual([{ rule: 'C10', after: { status: 'met', kind: 'weighing' } }]);
    expect(client.preference).toEqual({ before: 0, after: 1 });
    expect(client.rules).toEqual(['C10']);
    expect(client.causes).toEqual([{ kind: 'mode', path: 'modes.client', mode: 'client', rule: 'C10', change: 'added', after: 'C10' }]);
    // dataconf meets C6.4 (4), C9.4 (3) and C8.b (2), not C10 (4) nor C5.b (2): 9/15 = 0.6 before;
    // weighing C9.4 9 instead of 3 raises it to 15/21 = 0.7143.
    const dataconf = impact.requests.find((r) => r.requestId === 'req-dataconf')!;
    expect(dataconf.findings).toEqual([]);
    expect(dataconf.preference).toEqual({ before: 0.6, after: 0.7143 });
    expect(dataconf.rules).toEqual(['C9.4']);
    expect(dataconf.causes).toEqual([{ kind: 'weight', path: 'weights.C9.4', rule: 'C9.4', change: 'changed', before: 3, after: 9 }]);
  });

  it('without crews: C3 as `check` says it, and no crew plan in the totals', () => {
    const impact = policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf });
    expect(impact.requests).toEqual([]);
    expect(impact.totals.before).toEqual({ requests: 7, eligible: 0, incomplete: 4, ineligible: 3 });
    expect(impact.breakevenChange).toBeUndefined();
  });

  it('lists a request the crew plan covers under one policy only, though its own rules do not change', () => {
    // req-webdays' releases signed on 1 March; as of 5 March, 14 March minus 7 days (7 March) is
    // met, minus 20 days (22 February) is not. Webdays leaves the plan, and crew-paris, which it
    // held, goes to req-dataconf (same day, same city), outbid by webdays before: `plan` shows it.
    const late = structuredClone(requests);
    for (const speaker of late.find((r) => r.id === 'req-webdays').speakers) speaker.release.signedAt = '2026-03-01';
    const leadDays = (days: number) => ({ ...DEFAULT_POLICY, version: `r${days}`, parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDays: days } });
    const impact = policyImpact(late, { before: leadDays(7), after: leadDays(20), asOf: '2026-03-05T12:00:00Z', crews, bookings });
    expect(impact.requests.map((r) => [r.requestId, r.covered, r.plan, r.rules])).toEqual([
      ['req-dataconf', { before: false, after: true }, { before: { reason: 'outbid', by: ['req-webdays'] }, after: { crewId: 'crew-paris', booked: false } }, []],
      ['req-webdays', { before: true, after: false }, { before: { crewId: 'crew-paris', booked: false }, after: { reason: 'ineligible', rules: ['C6.2'] } }, ['C6.2']],
    ]);
    const dataconf = impact.requests[0]!;
    expect([dataconf.decision, dataconf.preference, dataconf.findings, dataconf.causes]).toEqual([{ before: 'eligible', after: 'eligible' }, { before: 0.6, after: 0.6 }, [], []]);
    // The totals agree with the list: one request gained, one lost; 3000 EUR out, 1200 EUR in.
    expect([impact.totals.before.covered, impact.totals.after.covered]).toEqual([2, 2]);
    expect(impact.breakevenChange).toEqual([{ amount: '-1800.00', currency: 'EUR' }]);
  });

  it('is strict about its options', () => {
    const unknown = thrown(() => policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf, crew: crews } as never));
    expect(unknown.issues).toEqual([{ code: 'unknown_key', path: 'options.crew', message: 'Expected a known key, got `crew`: did you mean `crews`?' }]);
    expect(thrown(() => policyImpact(requests, null as never)).code).toBe('invalid_options');
    expect(thrown(() => policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf, bookings })).issues[0]!.path).toBe('options.crews');
    expect(thrown(() => policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf: 'tomorrow' })).code).toBe('invalid_as_of');
    const policies = thrown(() => policyImpact(requests, { before: { ...DEFAULT_POLICY, blocking: ['C2.5'] }, after: undefined as never, asOf }));
    expect(policies.issues.map((i) => i.path)).toEqual(['options.before.blocking[0]', 'options.after']);
    expect(thrown(() => policyImpact([{ id: 'x' }] as never, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf })).issues[0]!.path).toMatch(/^requests\[0\]/);
  });
});

describe('garbage in', () => {
  it.each([null, 42, 'policy', [], {}, { version: 7 }])('throws a PartnershipError, never a TypeError, for %j as a policy', (garbage) => {
    expect(thrown(() => policyImpact(requests, { before: garbage as never, after: DEFAULT_POLICY, asOf })).issues[0]!.path).toMatch(/^options\.before/);
  });

  it.each([null, 42, 'crews', {}, [null]])('throws a PartnershipError, never a TypeError, for %j as requests or crews', (garbage) => {
    expect(thrown(() => policyImpact(garbage as never, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf })).issues[0]!.path).toMatch(/^requests/);
    expect(thrown(() => policyImpact(requests, { before: DEFAULT_POLICY, after: DEFAULT_POLICY, asOf, crews: garbage as never })).issues[0]!.path).toMatch(/^crews/);
  });
});

describe('properties', () => {
  it('identical policies change nothing (golden: DEFAULT_POLICY on the example season)', () => {
    const same = policyImpact(requests, { before: DEFAULT_POLICY, after: structuredClone(DEFAULT_POLICY), ...withCrews });
    expect(same.requests).toEqual([]);
    expect(same.totals).toEqual({ before: TODAY, after: TODAY });
    expect(same.breakevenChange).toEqual([{ amount: '0.00', currency: 'EUR' }]);
    fc.assert(
      fc.property(anyPolicy, fc.constantFrom('v-next', '2030-01'), (policy, version) => {
        const impact = policyImpact(requests, { before: policy, after: { ...structuredClone(policy), version }, ...withCrews });
        expect(impact.requests).toEqual([]);
        expect(impact.totals.after).toEqual(impact.totals.before);
      }),
      { numRuns: 15 },
    );
  });

  it('every request that changes names the rules behind it, and only changes of the diff', () => {
    fc.assert(
      fc.property(anyPolicy, anyPolicy, (before, after) => {
        const impact = policyImpact(requests, { before, after, ...withCrews });
        for (const r of impact.requests) {
          // A request listed only because the plan moved it has no rule of its own.
          const own = r.decision.before !== r.decision.after || r.preference.before !== r.preference.after || r.findings.some((f) => f.before?.status !== f.after?.status);
          expect(r.rules.length > 0).toBe(own);
          for (const f of r.findings) expect(r.rules).toContain(f.rule);
          for (const c of r.causes) expect(impact.diff.changes).toContainEqual(c);
        }
        const count = (t: SeasonTotals) => t.eligible + t.incomplete + t.ineligible;
        expect([count(impact.totals.before), count(impact.totals.after)]).toEqual([7, 7]);
        // The totals agree with the list: every request the plan gains or loses is listed.
        const moved = (from: boolean) => impact.requests.filter((r) => r.covered!.before === from && r.covered!.after !== from).length;
        expect(impact.totals.after.covered! - impact.totals.before.covered!).toBe(moved(false) - moved(true));
      }),
      { numRuns: 15 },
    );
  });
});
