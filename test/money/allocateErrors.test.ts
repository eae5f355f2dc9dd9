import { describe, expect, it } from 'vitest';
import { allocate, money } from '../../src/index.js';
import type { Money, PartnershipIssue } from '../../src/index.js';
import { thrown } from '../utils/thrown.js';


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
