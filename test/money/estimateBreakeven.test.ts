import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateBreakeven, money } from '../../src/index.js';
import type { RateCard, BreakevenEstimate, PartnershipIssue, Setup } from '../../src/index.js';
import { codeOf, currencyArb, m, pathsOf, units } from './arbitraries.js';
import { thrown } from '../utils/thrown.js';

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

describe('edge cases', () => {
  const eur = (amount: string) => money(amount, 'EUR');
  const fullCard: RateCard = { cameraDay: eur('150'), crewMemberDay: eur('400'), travel: eur('200'), postProductionHour: eur('50') };
  const baseCard: RateCard = { cameraDay: eur('150'), crewMemberDay: eur('400') };
  const base: Setup = { cameras: 1, crewMembers: 1, days: 1 };
  const rows = (estimate: BreakevenEstimate) => estimate.lines.map((l) => [l.item, l.label, l.quantity, l.amount.amount]);

  describe('estimateBreakeven', () => {
    it('labels each line in the singular for exactly one and in the plural otherwise, decimals included', () => {
      const estimate = estimateBreakeven({ cameras: 1, crewMembers: 1, days: '0.1', travel: 2, postProductionHours: 1 }, fullCard);
      expect(rows(estimate)).toEqual([
        ['camera_days', '1 camera × 0.1 days', '0.1', '15.00'],
        ['crew_member_days', '1 crew member × 0.1 days', '0.1', '40.00'],
        ['travel', '2 round trips', '2', '400.00'],
        ['post_production', '1 hour of post-production', '1', '50.00'],
      ]);
      expect(estimate.breakeven.amount).toBe('505.00');
    });

    it('needs no travel or post-production rate for zero round trips and zero hours', () => {
      expect(rows(estimateBreakeven({ ...base, travel: 0, postProductionHours: 0 }, baseCard))).toEqual([
        ['camera_days', '1 camera × 1 day', '1', '150.00'],
        ['crew_member_days', '1 crew member × 1 day', '1', '400.00'],
      ]);
    });

    it('prices zero round trips and zero hours at nothing when the rate card has their rates', () => {
      expect(rows(estimateBreakeven({ ...base, travel: 0, postProductionHours: 0 }, fullCard)).slice(2)).toEqual([
        ['travel', '0 round trips', '0', '0.00'],
        ['post_production', '0 hours of post-production', '0', '0.00'],
      ]);
    });

    it('leaves travel and post-production out when the set-up has none, even if the rate card prices them', () => {
      const estimate = estimateBreakeven(base, fullCard);
      expect(estimate.lines.map((l) => l.item)).toEqual(['camera_days', 'crew_member_days']);
      expect(estimate.breakeven.amount).toBe('550.00');
    });

    const cases: { name: string; input: [unknown, unknown]; expected: { code: string; message: string; issues: PartnershipIssue[] } }[] = [
      {
        name: 'a set-up that is not a record',
        input: [null, fullCard],
        expected: {
          code: 'setup_malformed',
          message: 'Expected `setup` to be a set-up `{ cameras, crewMembers, days, … }`, got null',
          issues: [{ code: 'setup_malformed', path: 'setup', message: 'Expected a set-up `{ cameras, crewMembers, days, … }`, got null' }],
        },
      },
      {
        name: 'a rate card that is a list',
        input: [base, []],
        expected: {
          code: 'rate_card_malformed',
          message: 'Expected `rateCard` to be a rate card `{ cameraDay, crewMemberDay, … }`, got an array',
          issues: [{ code: 'rate_card_malformed', path: 'rateCard', message: 'Expected a rate card `{ cameraDay, crewMemberDay, … }`, got an array' }],
        },
      },
      {
        name: 'a camera-day rate in an unknown currency',
        input: [base, { cameraDay: { amount: '1', currency: 'EURO' }, crewMemberDay: eur('1') }],
        expected: {
          code: 'currency_unknown',
          message: 'Expected `rateCard.cameraDay.currency` to be an ISO 4217 code such as `EUR`, got `EURO`',
          issues: [{ code: 'currency_unknown', path: 'rateCard.cameraDay.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' }],
        },
      },
      {
        name: 'a crew-member-day rate in another currency than the camera-day rate',
        input: [base, { cameraDay: eur('1'), crewMemberDay: money('1', 'USD') }],
        expected: {
          code: 'currency_mismatch',
          message: 'Expected `rateCard.crewMemberDay.currency` to be EUR like the camera-day rate, got USD',
          issues: [{ code: 'currency_mismatch', path: 'rateCard.crewMemberDay.currency', message: 'Expected EUR like the camera-day rate, got USD' }],
        },
      },
      {
        name: 'quantities of the wrong kind or below their least value',
        input: [{ cameras: 1.5, crewMembers: 0, days: 0, travel: 1.5, postProductionHours: 'x' }, fullCard],
        expected: {
          code: 'invalid_input',
          message: 'Expected `setup.cameras` to be a whole number, got `1.5` (and 4 more issues)',
          issues: [
            { code: 'quantity_malformed', path: 'setup.cameras', message: 'Expected a whole number, got `1.5`' },
            { code: 'quantity_out_of_range', path: 'setup.crewMembers', message: 'Expected a number of at least 1, got `0`' },
            { code: 'quantity_out_of_range', path: 'setup.days', message: 'Expected a number above zero, got `0`' },
            { code: 'quantity_malformed', path: 'setup.travel', message: 'Expected a whole number, got `1.5`' },
            { code: 'quantity_malformed', path: 'setup.postProductionHours', message: 'Expected a decimal number such as `1.5`, got `x`' },
          ],
        },
      },
      {
        name: 'bigint quantities and negative travel',
        input: [{ cameras: 2n, crewMembers: 1, days: 1n, travel: -1 }, fullCard],
        expected: {
          code: 'invalid_input',
          message: 'Expected `setup.cameras` to be a whole number, got `2n` (and 2 more issues)',
          issues: [
            { code: 'quantity_malformed', path: 'setup.cameras', message: 'Expected a whole number, got `2n`' },
            { code: 'quantity_malformed', path: 'setup.days', message: 'Expected a decimal number such as `1.5`, got `1n`' },
            { code: 'quantity_out_of_range', path: 'setup.travel', message: 'Expected a number of at least 0, got `-1`' },
          ],
        },
      },
      {
        name: 'travel and post-production without their rates',
        input: [{ ...base, travel: 1, postProductionHours: 2 }, baseCard],
        expected: {
          code: 'rate_missing',
          message: 'Expected `rateCard.travel` to be a rate, as the set-up needs one, got nothing (and 1 more issue)',
          issues: [
            { code: 'rate_missing', path: 'rateCard.travel', message: 'Expected a rate, as the set-up needs one, got nothing' },
            { code: 'rate_missing', path: 'rateCard.postProductionHour', message: 'Expected a rate, as the set-up needs one, got nothing' },
          ],
        },
      },
      {
        name: 'a rate card without its crew-member-day rate',
        input: [base, { cameraDay: eur('1') }],
        expected: {
          code: 'rate_missing',
          message: 'Expected `rateCard.crewMemberDay` to be a rate, as the set-up needs one, got nothing',
          issues: [{ code: 'rate_missing', path: 'rateCard.crewMemberDay', message: 'Expected a rate, as the set-up needs one, got nothing' }],
        },
      },
      {
        name: 'a negative rate',
        input: [base, { cameraDay: eur('1'), crewMemberDay: eur('-1') }],
        expected: {
          code: 'amount_negative',
          message: 'Expected `rateCard.crewMemberDay.amount` to be an amount of zero or more, got `-1.00`',
          issues: [{ code: 'amount_negative', path: 'rateCard.crewMemberDay.amount', message: 'Expected an amount of zero or more, got `-1.00`' }],
        },
      },
      {
        name: 'a malformed travel rate, even when the set-up does not travel',
        input: [base, { ...baseCard, travel: { amount: 'x', currency: 'EUR' } }],
        expected: {
          code: 'amount_malformed',
          message: 'Expected `rateCard.travel.amount` to be a decimal string such as `"1250.50"`, got `x`',
          issues: [{ code: 'amount_malformed', path: 'rateCard.travel.amount', message: 'Expected a decimal string such as `"1250.50"`, got `x`' }],
        },
      },
      {
        name: 'extras that are not a list',
        input: [{ ...base, extras: 'lights' }, baseCard],
        expected: {
          code: 'extra_malformed',
          message: 'Expected `setup.extras` to be a list of `{ label, amount }`, got `lights`',
          issues: [{ code: 'extra_malformed', path: 'setup.extras', message: 'Expected a list of `{ label, amount }`, got `lights`' }],
        },
      },
      {
        name: 'extras that are null, unlabelled, blank or negative',
        input: [
          { ...base, extras: [null, { label: 5, amount: eur('1') }, { label: '  ', amount: eur('1') }, { label: 'Venue fee', amount: eur('-1') }] },
          baseCard,
        ],
        expected: {
          code: 'invalid_input',
          message: 'Expected `setup.extras[0]` to be an extra `{ label, amount }`, got null (and 3 more issues)',
          issues: [
            { code: 'extra_malformed', path: 'setup.extras[0]', message: 'Expected an extra `{ label, amount }`, got null' },
            { code: 'extra_malformed', path: 'setup.extras[1].label', message: 'Expected a non-empty label, got `5`' },
            { code: 'extra_malformed', path: 'setup.extras[2].label', message: 'Expected a non-empty label, got `  `' },
            { code: 'amount_negative', path: 'setup.extras[3].amount.amount', message: 'Expected an amount of zero or more, got `-1.00`' },
          ],
        },
      },
    ];
    it.each(cases)('refuses $name, with the exact issues', ({ input, expected }) => {
      expect(thrown(() => estimateBreakeven(input[0] as Setup, input[1] as RateCard))).toEqual(expected);
    });
  });
});
