import { describe, expect, it } from 'vitest';
import { Issues } from '../../src/_lib/reject.js';
import { readCurrency, readMoney } from '../../src/money/read.js';

/** Runs a reader on fresh issues: what it returned and what it recorded. */
function run<T>(read: (issues: Issues) => T): { value: T; issues: Issues['list'] } {
  const issues = new Issues();
  const value = read(issues);
  return { value, issues: issues.list };
}

/** The headline the recorded issues would throw with. */
function headline(read: (issues: Issues) => unknown): string {
  const issues = new Issues();
  read(issues);
  try {
    issues.throwIfAny();
  } catch (error) {
    return (error as Error).message;
  }
  return '';
}

describe('readMoney', () => {
  const cases = [
    {
      name: 'a value that is not a record',
      input: 'x' as unknown,
      expected: [{ code: 'money_malformed', path: 'p', message: 'Expected a money value `{ amount, currency }`, got `x`' }],
      head: 'Expected `p` to be a money value `{ amount, currency }`, got `x`',
    },
    {
      name: 'a known currency that is not the expected one, compared with the breakeven by default',
      input: { amount: '1', currency: 'USD' },
      expected: [{ code: 'currency_mismatch', path: 'p.currency', message: 'Expected EUR like the breakeven, got USD' }],
      head: 'Expected `p.currency` to be EUR like the breakeven, got USD',
    },
    {
      name: 'an unknown currency code',
      input: { amount: '1', currency: 'ZZZ' },
      expected: [{ code: 'currency_unknown', path: 'p.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `ZZZ`' }],
      head: 'Expected `p.currency` to be an ISO 4217 code such as `EUR`, got `ZZZ`',
    },
    {
      name: 'a currency that is not a string',
      input: { amount: '1', currency: 978 },
      expected: [{ code: 'currency_unknown', path: 'p.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `978`' }],
      head: 'Expected `p.currency` to be an ISO 4217 code such as `EUR`, got `978`',
    },
    {
      name: 'a malformed amount, at the amount path, with the headline of money',
      input: { amount: 'abc', currency: 'EUR' },
      expected: [{ code: 'amount_malformed', path: 'p.amount', message: 'Expected a decimal string such as `"1250.50"`, got `abc`' }],
      head: 'Expected `p.amount` to be a decimal string such as `"1250.50"`, got `abc`',
    },
    {
      name: 'a negative amount where it is not signed',
      input: { amount: '-0.01', currency: 'EUR' },
      expected: [{ code: 'amount_negative', path: 'p.amount', message: 'Expected an amount of zero or more, got `-0.01`' }],
      head: 'Expected `p.amount` to be an amount of zero or more, got `-0.01`',
    },
  ];
  it.each(cases)('records $name at its path', ({ input, expected, head }) => {
    const read = (issues: Issues) => readMoney(input, 'p', 'EUR', issues);
    expect(run(read)).toEqual({ value: undefined, issues: expected });
    expect(headline(read)).toBe(head);
  });

  it('names what the currency is compared with when told', () => {
    expect(run((issues) => readMoney({ amount: '1', currency: 'USD' }, 'p', 'EUR', issues, false, 'the terms')).issues).toEqual([
      { code: 'currency_mismatch', path: 'p.currency', message: 'Expected EUR like the terms, got USD' },
    ]);
  });

  it('reads an amount into minor units, zero included, and a negative one only when signed', () => {
    expect(run((issues) => readMoney({ amount: '12.5', currency: 'EUR' }, 'p', 'EUR', issues))).toEqual({ value: 1250n, issues: [] });
    expect(run((issues) => readMoney({ amount: '0', currency: 'EUR' }, 'p', 'EUR', issues))).toEqual({ value: 0n, issues: [] });
    expect(run((issues) => readMoney({ amount: '-0.01', currency: 'EUR' }, 'p', 'EUR', issues, true))).toEqual({ value: -1n, issues: [] });
  });
});

describe('readCurrency', () => {
  it('reads the currency and its exponent', () => {
    expect(run((issues) => readCurrency({ amount: '1', currency: 'JPY' }, 'p', issues))).toEqual({ value: { currency: 'JPY', exponent: 0 }, issues: [] });
  });

  const cases = [
    { name: 'a value that is not a record', input: null as unknown, expected: { code: 'money_malformed', path: 'p', message: 'Expected a money value `{ amount, currency }`, got null' } },
    { name: 'an unknown currency code', input: { amount: '1', currency: 'ZZZ' }, expected: { code: 'currency_unknown', path: 'p.currency', message: 'Expected an ISO 4217 code such as `EUR`, got `ZZZ`' } },
    { name: 'a missing currency', input: { amount: '1' }, expected: { code: 'currency_unknown', path: 'p.currency', message: 'Expected an ISO 4217 code such as `EUR`, got nothing' } },
  ];
  it.each(cases)('records $name', ({ input, expected }) => {
    expect(run((issues) => readCurrency(input, 'p', issues))).toEqual({ value: undefined, issues: [expected] });
  });
});
