/* eslint-disable @typescript-eslint/no-explicit-any -- hostile inputs are anything */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simulateSeason } from '../../src/season/entry.js';
import { craftedValues, expectSafe, hasPersonalData, mutated, withContacts } from '../hostile/_harness.js';
import { planOf, request } from './_simulate.js';

// simulateSeason on hostile input, as test/hostile/entryPoints.test.ts does for the other entries:
// a result without contact details, or a PartnershipError with a code and paths.

const requests = [withContacts(request('a', '1000', { topics: ['web'] })), withContacts(request('b', '300', { day: '04-09' }))];
const plan = planOf(requests);
const model = {
  sponsorChance: { default: '0.5', topics: { web: '1/3' }, events: { 'evt-b': 0.25 } },
  contributions: { default: { min: '100', max: '900.50' }, events: { 'evt-a': '400' } },
  runs: 5,
  seed: '12',
};

describe('simulateSeason on hostile input', () => {
  it('golden: the valid input simulates, and a 40-digit range is drawn exactly', () => {
    expect(expectSafe(() => simulateSeason(plan, { requests, ...model }), [])).toBe('ok');
    const wide = simulateSeason(plan, { requests, ...model, sponsorChance: '1', contributions: { min: '0', max: '1234567890123456789012345678901234567890' } });
    expect(wide.uncovered.p95).toBe('0.00');
    expect(BigInt(wide.received.p5.replace('.', '')) >= 0n).toBe(true);
  });

  it('each crafted value in the place of the plan, the options or the requests', () => {
    for (const value of craftedValues()) {
      expectSafe(() => simulateSeason(value, { requests, ...model }), [value]);
      expectSafe(() => simulateSeason(plan, value as never), [value]);
      expectSafe(() => simulateSeason(plan, { ...model, requests: value as never }), [value]);
    }
  });

  it('a hostile value inside plan.money is a plan_malformed or plan_mismatch error, not a TypeError or a stack overflow (found by CI)', () => {
    const crafted = craftedValues();
    const nullProto = crafted[1];
    const deepArray = crafted[3];
    const at = (events: unknown, withoutContract: unknown) => ({ ...plan, money: { ...plan.money, byCurrency: [{ ...plan.money.byCurrency[0], events }], withoutContract } });
    const codeOf = (p: unknown) => {
      try {
        simulateSeason(p, { requests, ...model });
        return 'ok';
      } catch (error) {
        return (error as { code?: string }).code ?? String(error);
      }
    };
    expect(codeOf(at(nullProto, plan.money.withoutContract))).toBe('plan_mismatch');
    expect(codeOf(at(deepArray, plan.money.withoutContract))).toBe('plan_mismatch');
    expect(codeOf(at(plan.money.byCurrency[0].events, deepArray))).toBe('plan_malformed');
    expect(codeOf(at(plan.money.byCurrency[0].events, [nullProto]))).toBe('plan_malformed');
    // A hole is not a request id (it compared as '' and hid a mismatch).
    expect(codeOf(at(plan.money.byCurrency[0].events, new Array(1)))).toBe('plan_malformed');
    expectSafe(() => simulateSeason(at(deepArray, deepArray), { requests, ...model }), []);
  });

  it('one to three values of the plan, the requests or the model replaced by hostile ones', () => {
    expect(hasPersonalData({ requests })).toBe(true);
    const call = (v: any) => simulateSeason(v.plan, { requests: v.requests, ...v.model });
    fc.assert(fc.property(mutated({ plan, requests, model }, false, false), (v) => void expectSafe(() => call(v), [v])), { numRuns: 120 });
    fc.assert(fc.property(mutated({ plan, requests, model }, true, false), (v) => void expectSafe(() => call(v), [v])), { numRuns: 40 });
  });
});
