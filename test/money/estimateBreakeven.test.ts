import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { estimateBreakeven, money } from '../../src/index.js';
import type { RateCard } from '../../src/index.js';
import { codeOf, currencyArb, m, pathsOf, units } from './arbitraries.js';

const eur = (amount: string) => money(amount, 'EUR');
const rateCard: RateCard = { cameraDay: eur('150'), crewMemberDay: eur('400'), travel: eur('200'), postProductionHour: eur('50') };

describe('estimateBreakeven', () => {
  it('prices camera-days, crew-member-days, travel and post-production, itemized', () => {
    const estimate = estimateBreakeven({ cameras: 2, crewMembers: 3, days: 1, travel: 1, postProductionHours: 4 }, rateCard);
    expect(estimate.breakeven).toEqual(eur('1900'));
    expect(estimate.lines.map((l) => [l.item, l.label, l.quantity, l.rate?.amount, l.amount.amount])).toEqual([
      ['camera_days', '2 cameras × 1 day', '2', '150.00', '300.00'],
      ['crew_member_days', '3 crew members × 1 day', '3', '400.00', '1200.00'],
      ['travel', '1 round trip', '1', '200.00', '200.00'],
      ['post_production', '4 hours of post-production', '4', '50.00', '200.00'],
    ]);
  });

  it('takes half days and extras, and needs no travel or post-production rate when the set-up has none', () => {
    const estimate = estimateBreakeven(
      { cameras: 1, crewMembers: 1, days: '1.5', extras: [{ label: 'Lighting rental', amount: eur('120') }] },
      { cameraDay: eur('150'), crewMemberDay: eur('400') },
    );
    expect(estimate.lines.map((l) => [l.item, l.quantity, l.amount.amount])).toEqual([
      ['camera_days', '1.5', '225.00'],
      ['crew_member_days', '1.5', '600.00'],
      ['extra', '1', '120.00'],
    ]);
    expect(estimate.breakeven.amount).toBe('945.00');
  });

  it('stays exact for absurdly large set-ups', () => {
    const estimate = estimateBreakeven({ cameras: 6.666666666666667e197, crewMembers: 3, days: '1.5' }, { cameraDay: eur('200'), crewMemberDay: eur('300') });
    // 6666666666666667e182 cameras × 1.5 days = 100000000000000005e181 camera-days, at 200.00 each.
    expect(estimate.lines[0]?.quantity).toBe(`100000000000000005${'0'.repeat(181)}`);
    expect(estimate.lines[0]?.amount.amount).toBe(`20000000000000001${'0'.repeat(184)}.00`);
  });

  it('rounds a line up to the minor unit when a decimal quantity falls between two', () => {
    // 33.33 × 0.5 h = 16.665, rounded up to 16.67 so the estimate covers the cost.
    const estimate = estimateBreakeven(
      { cameras: 1, crewMembers: 1, days: 1, postProductionHours: 0.5 },
      { cameraDay: eur('0'), crewMemberDay: eur('0'), postProductionHour: eur('33.33') },
    );
    expect(estimate.lines[2]?.amount.amount).toBe('16.67');
    expect(estimate.breakeven.amount).toBe('16.67');
  });

  it('refuses a set-up without cameras or crew, missing rates and mixed currencies, naming every path', () => {
    expect(
      pathsOf(() =>
        estimateBreakeven(
          { cameras: 0, crewMembers: 1.5, days: 0, travel: 2, postProductionHours: -1, extras: [{ label: '', amount: money('1', 'USD') }] },
          { cameraDay: eur('1'), crewMemberDay: money('1', 'USD') },
        ),
      ),
    ).toEqual([
      'setup.cameras',
      'setup.crewMembers',
      'setup.days',
      'setup.postProductionHours',
      'rateCard.crewMemberDay.currency',
      'rateCard.travel',
      'setup.extras[0].label',
      'setup.extras[0].amount.currency',
    ]);
    expect(codeOf(() => estimateBreakeven({ cameras: 1, crewMembers: 1, days: 1, travel: 1 }, { cameraDay: eur('1'), crewMemberDay: eur('1') }))).toBe('rate_missing');
    for (const [setup, card] of [[null, rateCard], [{}, rateCard], [{ cameras: 1, crewMembers: 1, days: 1 }, null], [{ cameras: 1, crewMembers: 1, days: 1 }, {}], [{ cameras: '1', crewMembers: [], days: {} }, rateCard]]) {
      expect(codeOf(() => estimateBreakeven(setup as never, card as never))).toMatch(/^[a-z_]+$/);
    }
  });

  describe('properties', () => {
    it('sums its lines, each the rate times the quantity, in every currency exponent', () => {
      // Golden: 2 cameras × 150 + 3 crew × 400 + 200 travel + 4 h × 50 = 1,900.
      expect(estimateBreakeven({ cameras: 2, crewMembers: 3, days: 1, travel: 1, postProductionHours: 4 }, rateCard).breakeven.amount).toBe('1900.00');
      fc.assert(
        fc.property(
          currencyArb,
          fc.record({ cameras: fc.integer({ min: 1, max: 20 }), crewMembers: fc.integer({ min: 1, max: 20 }), days: fc.integer({ min: 1, max: 10 }), travel: fc.integer({ min: 0, max: 5 }), postProductionHours: fc.integer({ min: 0, max: 200 }) }),
          fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 4, maxLength: 4 }),
          (currency, setup, rates) => {
            const [camera = 0n, crew = 0n, travel = 0n, hour = 0n] = rates;
            const estimate = estimateBreakeven(setup, { cameraDay: m(camera, currency), crewMemberDay: m(crew, currency), travel: m(travel, currency), postProductionHour: m(hour, currency) });
            const expected = camera * BigInt(setup.cameras * setup.days) + crew * BigInt(setup.crewMembers * setup.days) + travel * BigInt(setup.travel) + hour * BigInt(setup.postProductionHours);
            expect(units(estimate.breakeven)).toBe(expected);
            expect(estimate.lines.reduce((acc, l) => acc + units(l.amount), 0n)).toBe(expected);
          },
        ),
        { numRuns: 1000 },
      );
    });
  });
});
