import { describe, expect, it } from 'vitest';
import { minorUnits, money } from '../../src/index.js';
import type { PartnershipIssue } from '../../src/index.js';
import { currencyTable } from '../../src/money/currencies.js';
import { toMinorUnits } from '../../src/money/money.js';
import { thrown } from '../utils/thrown.js';


describe('money', () => {
  const cases: { name: string; input: [unknown, string]; expected: { code: string; message: string; issues: PartnershipIssue[] } }[] = [
    {
      name: 'a number that is not finite',
      input: [Number.NaN, 'EUR'],
      expected: {
        code: 'amount_not_finite',
        message: 'Expected `amount` to be a finite amount, got `NaN`',
        issues: [{ code: 'amount_not_finite', path: 'amount', message: 'Expected a finite amount, got `NaN`' }],
      },
    },
    {
      name: 'a string longer than 200 characters',
      input: ['x'.repeat(201), 'EUR'],
      expected: {
        code: 'amount_too_long',
        message: `Expected \`amount\` to be a decimal string of at most 200 characters, got \`${'x'.repeat(120)}…\` (201 characters)`,
        issues: [{ code: 'amount_too_long', path: 'amount', message: `Expected a decimal string of at most 200 characters, got \`${'x'.repeat(120)}…\` (201 characters)` }],
      },
    },
    {
      name: 'a string that is not a decimal',
      input: ['1,50', 'EUR'],
      expected: {
        code: 'amount_malformed',
        message: 'Expected `amount` to be a decimal string such as `"1250.50"`, got `1,50`',
        issues: [{ code: 'amount_malformed', path: 'amount', message: 'Expected a decimal string such as `"1250.50"`, got `1,50`' }],
      },
    },
    {
      name: 'a value that is neither a string, a bigint nor a number',
      input: [true, 'EUR'],
      expected: {
        code: 'amount_malformed',
        message: 'Expected `amount` to be a decimal string, a bigint or a finite number, got `true`',
        issues: [{ code: 'amount_malformed', path: 'amount', message: 'Expected a decimal string, a bigint or a finite number, got `true`' }],
      },
    },
    {
      name: 'more decimals than the currency has',
      input: ['1.5', 'JPY'],
      expected: {
        code: 'amount_scale_exceeds_currency',
        message: 'Expected `amount` to be an amount with at most 0 decimals in JPY, got `1.5`',
        issues: [{ code: 'amount_scale_exceeds_currency', path: 'amount', message: 'Expected an amount with at most 0 decimals in JPY, got `1.5`' }],
      },
    },
  ];
  it.each(cases)('refuses $name with one issue that says what was expected', ({ input, expected }) => {
    expect(thrown(() => money(input[0] as string, input[1]))).toEqual(expected);
  });

  it('accepts an amount of exactly 200 characters', () => {
    expect(money('1'.repeat(200), 'JPY').amount).toBe('1'.repeat(200));
  });
});

describe('toMinorUnits', () => {
  it('names the value `money` when the caller gives no path', () => {
    expect(thrown(() => toMinorUnits(null as never))).toEqual({
      code: 'money_malformed',
      message: 'Expected `money` to be a money value `{ amount, currency }`, got null',
      issues: [{ code: 'money_malformed', path: 'money', message: 'Expected a money value `{ amount, currency }`, got null' }],
    });
  });

  it('refuses a string where a money value belongs, rather than reading its missing fields', () => {
    expect(thrown(() => toMinorUnits('12.50' as never, 'total'))).toEqual({
      code: 'money_malformed',
      message: 'Expected `total` to be a money value `{ amount, currency }`, got `12.50`',
      issues: [{ code: 'money_malformed', path: 'total', message: 'Expected a money value `{ amount, currency }`, got `12.50`' }],
    });
  });

  it('puts a wrong currency beside the amount, even under a key whose name holds "amount"', () => {
    expect(thrown(() => toMinorUnits({ amount: '1', currency: 'EURO' }, 'totals.amountDue'))).toEqual({
      code: 'currency_unknown',
      message: 'Expected `totals.amountDue.currency` to be an ISO 4217 code such as `EUR`, got `EURO`',
      issues: [{ code: 'currency_unknown', path: 'totals.amountDue.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' }],
    });
  });
});

describe('minorUnits', () => {
  it('refuses an unknown code at `currency`, saying what a code looks like', () => {
    expect(thrown(() => minorUnits('EURO'))).toEqual({
      code: 'currency_unknown',
      message: 'Expected `currency` to be an ISO 4217 code such as `EUR`, got `EURO`',
      issues: [{ code: 'currency_unknown', path: 'currency', message: 'Expected an ISO 4217 code such as `EUR`, got `EURO`' }],
    });
  });
});

describe('currencyTable', () => {
  it('is built once and shared by every later call', () => {
    expect(currencyTable()).toBe(currencyTable());
    expect(currencyTable().get('EUR')).toBe(2);
  });
});
