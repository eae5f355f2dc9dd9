/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { diffPolicies, policyImpact } from '../../src/policy/index.js';
import { craftedValues, expectSafe, hasPersonalData, mutated, withContacts } from '../hostile/_harness.js';
import { ASOF, validInput } from '../utils/factory.js';
import { releases40 } from './_policies.js';

// diffPolicies and policyImpact on hostile input, as test/hostile/entryPoints.test.ts does for the
// core entries: a result without contact details, or a PartnershipError with a code and paths.

const json = <T>(value: T): any => JSON.parse(JSON.stringify(value));
const before = json(DEFAULT_POLICY);
const after = json(releases40);
/** A valid request with contact details planted wherever contacts belong. */
const requests = [withContacts(validInput())];
const crews = [{ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 }];
const bookings = [{ crewId: 'crew-a', eventId: 'evt-9', start: '2026-03-13T09:00:00+01:00', end: '2026-03-13T18:00:00+01:00' }];
const options = { before, after, asOf: ASOF, crews, bookings };

describe('the policy entry on hostile input', () => {
  it('golden: the valid input gives its diff and its impact (spk-3, signed 3 Feb, is late for releases due 40 days ahead)', () => {
    expect(expectSafe(() => diffPolicies(before, after), [before, after])).toBe('ok');
    expect(diffPolicies(before, after).changes).toEqual([{ kind: 'parameter', path: 'parameters.releaseLeadDays', parameter: 'releaseLeadDays', change: 'changed', before: 7, after: 40 }]);
    const impact = policyImpact(requests, options);
    expect(impact.requests.map((r) => [r.requestId, r.decision.before, r.decision.after, r.rules])).toEqual([['req-1', 'eligible', 'ineligible', ['C6.2']]]);
    expect(impact.breakevenChange).toEqual([{ amount: '-800.00', currency: 'EUR' }]);
    expect(expectSafe(() => policyImpact(requests, options), [requests, options])).toBe('ok');
  });

  it('each crafted value in the place of a policy, the requests, the options or one option', () => {
    const crafted = craftedValues();
    // The 10 MB string only where a string is read (checking the input is unchanged costs ~0.3 s a call).
    const big = crafted.find((v) => typeof v === 'string' && v.length > 1_000_000);
    for (const value of crafted) {
      expectSafe(() => diffPolicies(before, value as never), [value]);
      expectSafe(() => policyImpact(requests, { ...options, asOf: value as never }), [value]);
      if (value === big) continue;
      expectSafe(() => diffPolicies(value as never, after), [value]);
      expectSafe(() => policyImpact(value as never, options), [value]);
      expectSafe(() => policyImpact(requests, value as never), [value]);
      for (const key of Object.keys(options)) expectSafe(() => policyImpact(requests, { ...options, [key]: value }), [value]);
      expectSafe(() => policyImpact([value] as never, options), [value]);
    }
  });

  it('one to three values of both policies replaced by hostile ones', () => {
    const call = (v: any) => diffPolicies(v.before, v.after);
    fc.assert(fc.property(mutated({ before, after }, false, false), (v) => void expectSafe(() => call(v), [v])), { numRuns: 100 });
  });

  it('one to three values of the requests, the policies, the crews or the bookings replaced by hostile ones', () => {
    expect(hasPersonalData({ requests })).toBe(true);
    const call = (v: any) => policyImpact(v.requests, v.options);
    fc.assert(fc.property(mutated({ requests, options }, false, false), (v) => void expectSafe(() => call(v), [v])), { numRuns: 60 });
    fc.assert(fc.property(mutated({ requests, options }, true, false), (v) => void expectSafe(() => call(v), [v])), { numRuns: 25 });
  });
});
