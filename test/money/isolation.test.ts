import { afterEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { Decimal } from 'decimal.js';
import { allocate, money, settle, splitRevenue } from '../../src/index.js';
import { currencyArb, m, shareArb, unitsArb } from './arbitraries.js';
import { caseArb, receiptsOf, stepsArb } from './settleArbitraries.js';

const defaults = { precision: 20, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -7, toExpPos: 21 } as const;

afterEach(() => {
  Decimal.set(defaults);
});

describe('isolation from the host', () => {
  it('gives the same results when a host calls Decimal.set({ precision: 5, rounding: ROUND_UP })', () => {
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_UP, toExpNeg: -1, toExpPos: 2 });
    expect(splitRevenue(money('123456.78', 'EUR'), { breakeven: money('3000', 'EUR') }).organizer.amount).toBe('60228.39');
    expect(allocate(money('123456.78', 'EUR'), ['0.333', '0.667']).map((p) => p.amount)).toEqual(['41111.11', '82345.67']);
  });

  describe('properties', () => {
    it('is isolated from a host global Decimal.set: every result is the same before and after', () => {
      // Golden: under precision 5, 5,000 over 3,000 still gives 4,000 / 1,000.
      Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
      expect(splitRevenue(money('5000', 'EUR'), { breakeven: money('3000', 'EUR') }).platform.amount).toBe('4000.00');
      Decimal.set(defaults);
      fc.assert(
        fc.property(currencyArb, unitsArb, unitsArb, shareArb, caseArb, stepsArb, fc.constantFrom(...[0, 1, 2, 3, 4, 5, 6, 7, 8]), (currency, received, breakeven, share, c, steps, rounding) => {
          const run = () => [
            splitRevenue(m(received, currency), { breakeven: m(breakeven, currency), organizerShare: share }),
            allocate(m(received, currency), [share, '1', '0.001']),
            settle(c.terms, receiptsOf(c, steps, true)),
          ];
          const before = run();
          Decimal.set({ precision: 5, rounding: rounding as Decimal.Rounding, toExpNeg: -1, toExpPos: 1 });
          const after = run();
          Decimal.set(defaults);
          expect(after).toEqual(before);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
