import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { money, settle, splitRevenue } from '../../src/index.js';
import type { Split, PartnershipIssue, SplitTerms } from '../../src/index.js';
import { codeOf, currencyArb, m, pathsOf, shareArb, units, unitsArb } from './arbitraries.js';
import { thrown } from '../utils/thrown.js';

const eur = (amount: string) => money(amount, 'EUR');
const figures = (split: Split) => [split.toBreakeven.amount, split.surplus.amount, split.platform.amount, split.organizer.amount];

describe('splitRevenue', () => {
  it('gives platform 4,000 and organizer 1,000 of a 5,000 EUR sponsor over a 3,000 EUR breakeven (the seed)', () => {
    expect(figures(splitRevenue(eur('5000'), { breakeven: eur('3000') }))).toEqual(['3000.00', '2000.00', '4000.00', '1000.00']);
  });

  it('gives the organizer nothing until the breakeven is reached: a 2,500 EUR sponsor gives 2,500 / 0', () => {
    expect(figures(splitRevenue(eur('2500'), { breakeven: eur('3000') }))).toEqual(['2500.00', '0.00', '2500.00', '0.00']);
  });

  it('gives the odd cent of the surplus to the platform, which carries the producer risk', () => {
    expect(figures(splitRevenue(eur('3000.01'), { breakeven: eur('3000') }))).toEqual(['3000.00', '0.01', '3000.01', '0.00']);
    expect(figures(splitRevenue(eur('3000.03'), { breakeven: eur('3000') }))).toEqual(['3000.00', '0.03', '3000.02', '0.01']);
  });

  it('applies the share agreed in the contract', () => {
    expect(figures(splitRevenue(eur('4000'), { breakeven: eur('1000'), organizerShare: '0.7' }))).toEqual(['1000.00', '3000.00', '1900.00', '2100.00']);
    expect(figures(splitRevenue(eur('4000'), { breakeven: eur('1000'), organizerShare: 0.25 }))).toEqual(['1000.00', '3000.00', '3250.00', '750.00']);
    expect(splitRevenue(eur('100'), { breakeven: eur('0'), organizerShare: '1' }).organizer.amount).toBe('100.00');
    expect(splitRevenue(eur('100'), { breakeven: eur('0'), organizerShare: '0' }).organizer.amount).toBe('0.00');
    // One third in CLF: floor(1 / 3 of 0.0010) = 0.0003.
    expect(splitRevenue(money('0.0010', 'CLF'), { breakeven: money('0', 'CLF'), organizerShare: '0.3333' }).organizer.amount).toBe('0.0003');
  });

  it('covers only what is left of the breakeven after earlier payments', () => {
    expect(figures(splitRevenue(eur('2000'), { breakeven: eur('3000'), recovered: eur('2000') }))).toEqual(['1000.00', '1000.00', '1500.00', '500.00']);
    expect(figures(splitRevenue(eur('2000'), { breakeven: eur('3000'), recovered: eur('3000') }))).toEqual(['0.00', '2000.00', '1000.00', '1000.00']);
  });

  it('refuses bad terms, naming every offending path', () => {
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: money('1', 'USD') }))).toBe('currency_mismatch');
    expect(pathsOf(() => splitRevenue(eur('1'), { breakeven: money('1', 'USD') }))).toEqual(['received.currency']);
    expect(codeOf(() => splitRevenue(eur('-1'), { breakeven: eur('1') }))).toBe('amount_negative');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('-1') }))).toBe('amount_negative');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('1'), organizerShare: '1.5' }))).toBe('share_out_of_range');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('1'), organizerShare: '-0.5' }))).toBe('share_out_of_range');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('1'), organizerShare: 'half' }))).toBe('share_malformed');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('1'), organizerShare: Number.NaN }))).toBe('share_not_finite');
    expect(codeOf(() => splitRevenue(eur('1'), { breakeven: eur('1'), recovered: eur('2') }))).toBe('recovered_exceeds_breakeven');
    expect(pathsOf(() => splitRevenue({ amount: '1.001', currency: 'EUR' }, { breakeven: { amount: 'x', currency: 'EUR' }, organizerShare: '2' }))).toEqual([
      'terms.breakeven.amount',
      'received.amount',
      'terms.organizerShare',
    ]);
  });

  it('throws a PartnershipError, never a TypeError, on garbage', () => {
    for (const terms of [null, undefined, 1, [], 'x', { breakeven: null }, { breakeven: [] }, { breakeven: { amount: '1' } }]) {
      expect(codeOf(() => splitRevenue(eur('1'), terms as never))).toMatch(/_/);
    }
    for (const received of [null, 1, [], { amount: 1 }, { currency: 'EUR' }]) {
      expect(codeOf(() => splitRevenue(received as never, { breakeven: eur('1') }))).toMatch(/_/);
    }
    const poisoned = JSON.parse('{"breakeven":{"amount":"1","currency":"EUR"},"__proto__":{"organizerShare":"1"}}') as never;
    // An own `__proto__` key is an unknown key like any other: refused, and never read as a share.
    expect(codeOf(() => splitRevenue(eur('3'), poisoned))).toBe('unknown_key');
  });

  it('is not a continuation: chained over two 0.01 payments it pays 0.00 where settle pays 0.01 on the cumulative surplus', () => {
    const breakeven = money('0', 'EUR');
    const cent = money('0.01', 'EUR');
    const first = splitRevenue(cent, { breakeven });
    const second = splitRevenue(cent, { breakeven, recovered: first.toBreakeven });
    // Each call floors its own surplus: 0.5 × 0.01 is 0.005, floored to 0.00, twice.
    expect([first.organizer.amount, second.organizer.amount]).toEqual(['0.00', '0.00']);
    // settle floors 0.5 × 0.02, the cumulative surplus: 0.01.
    const statement = settle({ breakeven }, [
      { id: 'p1', stream: 'sponsorship', amount: cent, receivedAt: '2026-03-01' },
      { id: 'p2', stream: 'sponsorship', amount: cent, receivedAt: '2026-03-02' },
    ]);
    expect(statement.organizer.amount).toBe('0.01');
    expect(statement.lines.map((line) => line.organizer)).toEqual(['0.00', '0.01']);
  });

  describe('properties', () => {
    const termsArb = fc.record({ currency: currencyArb, breakeven: unitsArb, received: unitsArb, share: shareArb });

    it('conserves the payment: toBreakeven + surplus = platform + organizer = received', () => {
      // Golden: the seed's 5,000 over 3,000.
      expect(figures(splitRevenue(eur('5000'), { breakeven: eur('3000') }))).toEqual(['3000.00', '2000.00', '4000.00', '1000.00']);
      fc.assert(
        fc.property(termsArb, ({ currency, breakeven, received, share }) => {
          const split = splitRevenue(m(received, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          expect(units(split.platform) + units(split.organizer)).toBe(received);
          expect(units(split.toBreakeven) + units(split.surplus)).toBe(received);
          expect(units(split.organizer) >= 0n && units(split.platform) >= units(split.toBreakeven)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('gives the organizer the floor of its exact share of the surplus: within one unit, the odd one to the platform', () => {
      // Golden: 3 cents of surplus at 50-50 give the organizer 1 cent, the platform 2.
      expect(figures(splitRevenue(eur('3000.03'), { breakeven: eur('3000') }))).toEqual(['3000.00', '0.03', '3000.02', '0.01']);
      fc.assert(
        fc.property(termsArb, ({ currency, breakeven, received, share }) => {
          const split = splitRevenue(m(received, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          const surplus = units(split.surplus);
          const scaled = BigInt(Math.round(Number(share) * 10_000));
          const organizer = units(split.organizer);
          // organizer ≤ share × surplus < organizer + 1, in exact integers.
          expect(organizer * 10_000n <= surplus * scaled && surplus * scaled < (organizer + 1n) * 10_000n).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('respects the breakeven boundaries: S < B, S = B, B ± 1 unit, B = 0, S = 0', () => {
      // Golden: one cent above a 3,000 breakeven goes to the platform; one cent below pays no surplus.
      expect(figures(splitRevenue(eur('3000.01'), { breakeven: eur('3000') }))).toEqual(['3000.00', '0.01', '3000.01', '0.00']);
      expect(figures(splitRevenue(eur('2999.99'), { breakeven: eur('3000') }))).toEqual(['2999.99', '0.00', '2999.99', '0.00']);
      expect(figures(splitRevenue(eur('0'), { breakeven: eur('0') }))).toEqual(['0.00', '0.00', '0.00', '0.00']);
      fc.assert(
        fc.property(
          currencyArb,
          unitsArb,
          fc.constantFrom('below', 'equal', 'minus1', 'plus1', 'plus2', 'zeroB', 'zeroS'),
          (currency, base, where) => {
            const b = where === 'zeroB' ? 0n : base + 1n;
            const s = { below: b / 2n, equal: b, minus1: b - 1n, plus1: b + 1n, plus2: b + 2n, zeroB: base, zeroS: 0n }[where];
            const split = splitRevenue(m(s, currency), { breakeven: m(b, currency) });
            expect(units(split.toBreakeven)).toBe(s < b ? s : b);
            expect(units(split.surplus)).toBe(s > b ? s - b : 0n);
            expect(units(split.organizer)).toBe(s > b ? (s - b) / 2n : 0n);
            if (where === 'plus1') expect(units(split.organizer)).toBe(0n);
            if (where === 'plus2') expect(units(split.organizer)).toBe(1n);
          },
        ),
        { numRuns: 1000 },
      );
    });

    it('is monotone: more money never lowers a payout, a higher breakeven never raises the organizer', () => {
      // Golden: 5,000 → 1,000 to the organizer, 6,000 → 1,500; a 4,000 breakeven → 500.
      expect(splitRevenue(eur('6000'), { breakeven: eur('3000') }).organizer.amount).toBe('1500.00');
      expect(splitRevenue(eur('5000'), { breakeven: eur('4000') }).organizer.amount).toBe('500.00');
      fc.assert(
        fc.property(termsArb, unitsArb, unitsArb, ({ currency, breakeven, received, share }, more, higher) => {
          const base = splitRevenue(m(received, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          const richer = splitRevenue(m(received + more, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          const costlier = splitRevenue(m(received, currency), { breakeven: m(breakeven + higher, currency), organizerShare: share });
          expect(units(richer.organizer) >= units(base.organizer)).toBe(true);
          expect(units(richer.platform) >= units(base.platform)).toBe(true);
          expect(units(costlier.organizer) <= units(base.organizer)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('chains: splitting in two payments with `recovered` covers the breakeven once', () => {
      // Golden: 2,000 then 3,000 over 3,000: the second covers 1,000 and shares 2,000.
      expect(figures(splitRevenue(eur('3000'), { breakeven: eur('3000'), recovered: eur('2000') }))).toEqual(['1000.00', '2000.00', '2000.00', '1000.00']);
      fc.assert(
        fc.property(termsArb, unitsArb, ({ currency, breakeven, received, share }, second) => {
          const first = splitRevenue(m(received, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          const next = splitRevenue(m(second, currency), { breakeven: m(breakeven, currency), organizerShare: share, recovered: first.toBreakeven });
          const once = splitRevenue(m(received + second, currency), { breakeven: m(breakeven, currency), organizerShare: share });
          expect(units(first.toBreakeven) + units(next.toBreakeven)).toBe(units(once.toBreakeven));
          expect(units(first.surplus) + units(next.surplus)).toBe(units(once.surplus));
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('errors', () => {
  const eur = (amount: string) => money(amount, 'EUR');

  describe('splitRevenue', () => {
    const cases: { name: string; input: unknown; expected: { code: string; message: string; issues: PartnershipIssue[] } }[] = [
      {
        name: 'terms that are not a record',
        input: null,
        expected: {
          code: 'terms_malformed',
          message: 'Expected `terms` to be split terms `{ breakeven, organizerShare?, recovered? }`, got null',
          issues: [{ code: 'terms_malformed', path: 'terms', message: 'Expected split terms `{ breakeven, organizerShare?, recovered? }`, got null' }],
        },
      },
      {
        name: 'a breakeven in an unknown currency',
        input: { breakeven: { amount: '1', currency: 'EURO' } },
        expected: {
          code: 'currency_unknown',
          message: 'Expected `terms.breakeven.currency` to be an ISO 4217 code such as `EUR`, got `EURO`',
          issues: [{ code: 'currency_unknown', path: 'terms.breakeven.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' }],
        },
      },
      {
        name: 'a malformed recovered amount',
        input: { breakeven: eur('1'), recovered: { amount: 'x', currency: 'EUR' } },
        expected: {
          code: 'amount_malformed',
          message: 'Expected `terms.recovered.amount` to be a decimal string such as `"1250.50"`, got `x`',
          issues: [{ code: 'amount_malformed', path: 'terms.recovered.amount', message: 'Expected a decimal string such as `"1250.50"`, got `x`' }],
        },
      },
      {
        name: 'more recovered than the breakeven',
        input: { breakeven: eur('1'), recovered: eur('2') },
        expected: {
          code: 'recovered_exceeds_breakeven',
          message: 'Expected `terms.recovered.amount` to be at most the breakeven (1.00), got 2.00',
          issues: [{ code: 'recovered_exceeds_breakeven', path: 'terms.recovered.amount', message: 'Expected at most the breakeven (1.00), got 2.00' }],
        },
      },
    ];
    it.each(cases)('refuses $name, with the exact issues', ({ input, expected }) => {
      expect(thrown(() => splitRevenue(eur('1'), input as SplitTerms))).toEqual(expected);
    });
  });
});
