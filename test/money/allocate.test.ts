import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Decimal } from 'decimal.js';
import { allocate, money } from '../../src/index.js';
import { codeOf, currencyArb, m, pathsOf, units, unitsArb } from './arbitraries.js';
import type { Money, PartnershipIssue } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';

const amounts = (parts: { amount: string }[]): string[] => parts.map((p) => p.amount);

describe('allocate', () => {
  it('splits 2 cents by [1, 1, 2] into floor or ceiling of each quota (dinero.js 2.0.2 gives [0, 0, 2])', () => {
    expect(amounts(allocate(money('0.02', 'EUR'), [1, 1, 2]))).toEqual(['0.01', '0.00', '0.01']);
  });

  it('gives the leftover units to the largest remainders, ties to the lower index', () => {
    expect(amounts(allocate(money('100', 'EUR'), ['1', '1', '1']))).toEqual(['33.34', '33.33', '33.33']);
    // 10 × [0.3, 0.7] = [3, 7] exactly; 1 × [0.3, 0.7] = [0.3, 0.7]: the 0.7 remainder is larger.
    expect(amounts(allocate(money('10', 'JPY'), ['0.3', '0.7']))).toEqual(['3', '7']);
    expect(amounts(allocate(money('1', 'JPY'), ['0.3', '0.7']))).toEqual(['0', '1']);
    expect(amounts(allocate(money('5', 'JPY'), [1, 1, 1, 1]))).toEqual(['2', '1', '1', '1']);
  });

  it('reads decimal weights exactly, never through floats', () => {
    // 0.1 and 0.2 as numbers are read as 1/10 and 2/10: 3 units split 1:2 exactly.
    expect(amounts(allocate(money('3', 'JPY'), [0.1, 0.2]))).toEqual(['1', '2']);
    expect(amounts(allocate(money('1.000', 'BHD'), ['0.333', '0.667']))).toEqual(['0.333', '0.667']);
  });

  it('gives a zero weight exactly zero', () => {
    expect(amounts(allocate(money('0.05', 'EUR'), [0, 1, 0, 1]))).toEqual(['0.00', '0.03', '0.00', '0.02']);
  });

  it('splits a negative total as the mirror image of the positive one', () => {
    expect(amounts(allocate(money('-100', 'EUR'), [1, 1, 1]))).toEqual(['-33.34', '-33.33', '-33.33']);
    expect(amounts(allocate(money('0', 'EUR'), [1, 2]))).toEqual(['0.00', '0.00']);
  });

  it('refuses empty, negative, all-zero and malformed weights, naming each', () => {
    expect(codeOf(() => allocate(money('1', 'EUR'), []))).toBe('weights_empty');
    expect(codeOf(() => allocate(money('1', 'EUR'), [0, '0.0']))).toBe('weights_all_zero');
    expect(codeOf(() => allocate(money('1', 'EUR'), [1, -1]))).toBe('weight_negative');
    expect(codeOf(() => allocate(money('1', 'EUR'), null as never))).toBe('weights_malformed');
    expect(codeOf(() => allocate(money('1', 'EUR'), [Number.NaN]))).toBe('weight_not_finite');
    expect(pathsOf(() => allocate(money('1', 'EUR'), [1, 'x', null as never, -2, 1n as never]))).toEqual([
      'weights[1]',
      'weights[2]',
      'weights[3]',
      'weights[4]',
    ]);
    expect(codeOf(() => allocate(money('1', 'EUR'), [1, 'x', -2]))).toBe('invalid_input');
    expect(codeOf(() => allocate(null as never, [1]))).toBe('money_malformed');
  });

  describe('properties', () => {
    const weightsArb = fc.array(
      fc.oneof(fc.constant(0), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 1000).toString())),
      { minLength: 1, maxLength: 12 },
    ).filter((ws) => ws.some((w) => Number(w) > 0));

    it('conserves the total: the parts add up to it exactly', () => {
      // Golden: 100.00 EUR in thirds.
      expect(amounts(allocate(money('100', 'EUR'), [1, 1, 1]))).toEqual(['33.34', '33.33', '33.33']);
      fc.assert(
        fc.property(currencyArb, unitsArb, weightsArb, (currency, total, weights) => {
          const parts = allocate(m(total, currency), weights);
          expect(parts.reduce((sum, part) => sum + units(part), 0n)).toBe(total);
          expect(parts.every((part) => part.currency === currency)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });

    it('keeps each part within one unit of its exact quota: the floor or the ceiling', () => {
      // Golden: 2 units by [1, 1, 2]: quotas 0.5, 0.5, 1.
      expect(amounts(allocate(money('2', 'JPY'), [1, 1, 2]))).toEqual(['1', '0', '1']);
      const Exact = Decimal.clone({ precision: 200 });
      fc.assert(
        fc.property(currencyArb, unitsArb, weightsArb, (currency, total, weights) => {
          const parts = allocate(m(total, currency), weights);
          const sum = weights.reduce((acc: Decimal, w) => acc.plus(new Exact(w)), new Exact(0));
          weights.forEach((w, i) => {
            const quota = new Exact(total.toString()).times(new Exact(w)).div(sum);
            const part = units(parts[i] as never);
            expect(part >= BigInt(quota.floor().toFixed()) && part <= BigInt(quota.ceil().toFixed())).toBe(true);
          });
        }),
        { numRuns: 1000 },
      );
    });

    it('gives zero weights exactly zero', () => {
      // Golden: 5 cents by [0, 1, 0, 1].
      expect(amounts(allocate(money('0.05', 'EUR'), [0, 1, 0, 1]))).toEqual(['0.00', '0.03', '0.00', '0.02']);
      fc.assert(
        fc.property(currencyArb, unitsArb, weightsArb, (currency, total, weights) => {
          const parts = allocate(m(total, currency), weights);
          weights.forEach((w, i) => {
            if (Number(w) === 0) expect(units(parts[i] as never)).toBe(0n);
          });
        }),
        { numRuns: 1000 },
      );
    });

    it('is sign-symmetric: allocate(-t) is the mirror of allocate(t)', () => {
      // Golden: -100.00 EUR in thirds.
      expect(amounts(allocate(money('-100', 'EUR'), [1, 1, 1]))).toEqual(['-33.34', '-33.33', '-33.33']);
      fc.assert(
        fc.property(currencyArb, unitsArb, weightsArb, (currency, total, weights) => {
          const positive = allocate(m(total, currency), weights).map((p) => units(p));
          const negative = allocate(m(-total, currency), weights).map((p) => units(p));
          expect(negative).toEqual(positive.map((p) => -p));
        }),
        { numRuns: 1000 },
      );
    });

    it('breaks ties toward the lower index', () => {
      // Golden: 5 yen in four equal parts: the first part takes the odd yen.
      expect(amounts(allocate(money('5', 'JPY'), [1, 1, 1, 1]))).toEqual(['2', '1', '1', '1']);
      fc.assert(
        fc.property(fc.integer({ min: 1, max: 12 }), fc.bigInt({ min: 0n, max: 10_000n }), (count, total) => {
          const parts = allocate(m(total, 'JPY'), Array.from({ length: count }, () => 1)).map((p) => units(p));
          const floor = total / BigInt(count);
          const extra = Number(total - floor * BigInt(count));
          expect(parts).toEqual(parts.map((_, i) => (i < extra ? floor + 1n : floor)));
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('errors', () => {
  const one = money('1', 'EUR');

  describe('allocate', () => {
    const cases: { name: string; input: [unknown, unknown]; expected: { code: string; message: string; issues: PartnershipIssue[] } }[] = [
      {
        name: 'a total whose amount is not a decimal',
        input: [{ amount: 'x', currency: 'EUR' }, [1]],
        expected: {
          code: 'amount_malformed',
          message: 'Expected `total.amount` to be a decimal string such as `"1250.50"`, got `x`',
          issues: [{ code: 'amount_malformed', path: 'total.amount', message: 'Expected a decimal string such as `"1250.50"`, got `x`' }],
        },
      },
      {
        name: 'a total that is not a money value',
        input: ['1.00', [1]],
        expected: {
          code: 'money_malformed',
          message: 'Expected `total` to be a money value `{ amount, currency }`, got `1.00`',
          issues: [{ code: 'money_malformed', path: 'total', message: 'Expected a money value `{ amount, currency }`, got `1.00`' }],
        },
      },
      {
        name: 'weights that are not a list',
        input: [one, null],
        expected: {
          code: 'weights_malformed',
          message: 'Expected `weights` to be a list of non-negative decimal weights, got null',
          issues: [{ code: 'weights_malformed', path: 'weights', message: 'Expected a list of non-negative decimal weights, got null' }],
        },
      },
      {
        name: 'an empty list of weights',
        input: [one, []],
        expected: {
          code: 'weights_empty',
          message: 'Expected `weights` to be at least one weight, got an array',
          issues: [{ code: 'weights_empty', path: 'weights', message: 'Expected at least one weight, got an array' }],
        },
      },
      {
        name: 'weights that are all zero',
        input: [one, [0, '0.0']],
        expected: {
          code: 'weights_all_zero',
          message: 'Expected `weights` to be at least one weight above zero, got an array',
          issues: [{ code: 'weights_all_zero', path: 'weights', message: 'Expected at least one weight above zero, got an array' }],
        },
      },
      {
        name: 'a word, a bigint and null as weights',
        input: [one, ['x', 1n, null]],
        expected: {
          code: 'weight_malformed',
          message: 'Expected `weights[0]` to be a non-negative decimal weight such as `"1"` or `0.25`, got `x` (and 2 more issues)',
          issues: [
            { code: 'weight_malformed', path: 'weights[0]', message: 'Expected a non-negative decimal weight such as `"1"` or `0.25`, got `x`' },
            { code: 'weight_malformed', path: 'weights[1]', message: 'Expected a non-negative decimal weight such as `"1"` or `0.25`, got `1n`' },
            { code: 'weight_malformed', path: 'weights[2]', message: 'Expected a non-negative decimal weight such as `"1"` or `0.25`, got null' },
          ],
        },
      },
      {
        name: 'a negative weight',
        input: [one, [1, -1]],
        expected: {
          code: 'weight_negative',
          message: 'Expected `weights[1]` to be a non-negative weight, got `-1`',
          issues: [{ code: 'weight_negative', path: 'weights[1]', message: 'Expected a non-negative weight, got `-1`' }],
        },
      },
    ];
    it.each(cases)('refuses $name, with the exact issues', ({ input, expected }) => {
      expect(thrown(() => allocate(input[0] as Money, input[1] as never))).toEqual(expected);
    });

    it('brings weights of up to seven decimals and whole weights to one denominator', () => {
      // 2 yen by [0.0000001, 1]: quotas 2 / 10000001 and 20000000 / 10000001, floors [0, 1]; the odd yen
      // goes to the larger remainder (9999999 against 2, over 10000001).
      expect(allocate(money('2', 'JPY'), ['0.0000001', 1]).map((part) => part.amount)).toEqual(['0', '2']);
    });
  });
});
