import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as dineroCurrencies from 'dinero.js/currencies';
import { Decimal } from 'decimal.js';
import { isCurrency, isPartnershipError, minorUnits, money } from '../../src/index.js';
import { formatMinorUnits, parseMinorUnits, toMinorUnits } from '../../src/money/money.js';
import { readDecimal } from '../../src/money/ratio.js';
import type { PartnershipIssue } from '../../src/index.js';
import { currencyTable } from '../../src/money/currencies.js';
import { thrown } from '../utils/thrown.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return error.code;
    throw error;
  }
  return undefined;
}

describe('minorUnits', () => {
  it('knows the minor unit of each exponent the ISO 4217 list uses', () => {
    expect(minorUnits('JPY')).toBe(0);
    expect(minorUnits('EUR')).toBe(2);
    expect(minorUnits('BHD')).toBe(3);
    expect(minorUnits('KWD')).toBe(3);
    expect(minorUnits('CLF')).toBe(4);
  });

  it('agrees with the ISO 4217 exponents dinero.js 2.0.2 ships, but for the two non-decimal currencies', () => {
    // ISO 4217 gives MGA and MRU a minor unit of 2; dinero.js models their fifths (base 5, exponent 1).
    const list = Object.values(dineroCurrencies) as { code: string; exponent: number }[];
    expect(list.length).toBeGreaterThan(150);
    for (const { code, exponent } of list) {
      if (code === 'MGA' || code === 'MRU') continue;
      expect(minorUnits(code), code).toBe(exponent);
    }
    expect([minorUnits('MGA'), minorUnits('MRU'), minorUnits('KRW'), minorUnits('TND'), minorUnits('UYW'), minorUnits('XCG'), minorUnits('XAD')]).toEqual([2, 2, 0, 3, 4, 2, 2]);
  });

  it('rejects codes that are not active ISO 4217 codes with a minor unit', () => {
    for (const code of ['EURO', 'eur', 'XAU', 'XXX', '', '__proto__', 'constructor']) expect(codeOf(() => minorUnits(code))).toBe('currency_unknown');
    expect(codeOf(() => minorUnits(null as unknown as string))).toBe('currency_unknown');
    expect(isCurrency('EUR')).toBe(true);
    expect(isCurrency('toString')).toBe(false);
  });
});

describe('money', () => {
  it('writes the amount with exactly the minor-unit digits of its currency', () => {
    expect(money('1250.5', 'EUR')).toEqual({ amount: '1250.50', currency: 'EUR' });
    expect(money('1250', 'JPY')).toEqual({ amount: '1250', currency: 'JPY' });
    expect(money('1.25', 'BHD')).toEqual({ amount: '1.250', currency: 'BHD' });
    expect(money('1.25', 'KWD')).toEqual({ amount: '1.250', currency: 'KWD' });
    expect(money('0.0001', 'CLF')).toEqual({ amount: '0.0001', currency: 'CLF' });
    expect(money('007.10', 'EUR').amount).toBe('7.10');
    expect(money('+3', 'EUR').amount).toBe('3.00');
  });

  it('is frozen and plain', () => {
    const value = money('1', 'EUR');
    expect(Object.isFrozen(value)).toBe(true);
    expect(Object.keys(value)).toEqual(['amount', 'currency']);
  });

  it('rejects more decimals than the currency holds, never rounding: 0.1 + 0.2 in EUR', () => {
    expect(codeOf(() => money(0.1 + 0.2, 'EUR'))).toBe('amount_scale_exceeds_currency');
    expect(codeOf(() => money('0.001', 'EUR'))).toBe('amount_scale_exceeds_currency');
    expect(codeOf(() => money('1.5', 'JPY'))).toBe('amount_scale_exceeds_currency');
    expect(codeOf(() => money('0.00001', 'CLF'))).toBe('amount_scale_exceeds_currency');
    // Trailing zeros are not decimals that matter.
    expect(money('1.5000', 'EUR').amount).toBe('1.50');
  });

  it('reads a JS number through its shortest round-trip decimal', () => {
    expect(money(0.1, 'EUR').amount).toBe('0.10');
    expect(money(0.3, 'EUR').amount).toBe('0.30');
    expect(money(1e21, 'EUR').amount).toBe('1000000000000000000000.00');
    expect(money(-12.5, 'EUR').amount).toBe('-12.50');
    expect(codeOf(() => money(1e-7, 'CLF'))).toBe('amount_scale_exceeds_currency');
  });

  it('rejects NaN and the infinities', () => {
    expect(codeOf(() => money(Number.NaN, 'EUR'))).toBe('amount_not_finite');
    expect(codeOf(() => money(Number.POSITIVE_INFINITY, 'EUR'))).toBe('amount_not_finite');
    expect(codeOf(() => money(Number.NEGATIVE_INFINITY, 'EUR'))).toBe('amount_not_finite');
  });

  it('rejects malformed strings and other values', () => {
    for (const amount of ['', ' 1', '1 ', '1,50', '1.', '.5', '1e3', '0x10', '--1', '1.2.3', 'Infinity', 'NaN', '١٢', '1_000']) {
      expect(codeOf(() => money(amount, 'EUR')), amount).toBe('amount_malformed');
    }
    for (const amount of [null, undefined, {}, [], true, Symbol('x')]) {
      expect(codeOf(() => money(amount as unknown as string, 'EUR'))).toBe('amount_malformed');
    }
    expect(codeOf(() => money('1'.repeat(201), 'EUR'))).toBe('amount_too_long');
  });

  it('names the currency before the amount when both are wrong', () => {
    expect(codeOf(() => money('abc', 'EURO'))).toBe('currency_unknown');
  });

  it('never writes -0', () => {
    expect(money('-0', 'EUR').amount).toBe('0.00');
    expect(money('-0.00', 'EUR').amount).toBe('0.00');
    expect(money(-0, 'EUR').amount).toBe('0.00');
    expect(money(-0n, 'JPY').amount).toBe('0');
  });

  it('reads a bigint as whole major units', () => {
    expect(money(1250n, 'EUR').amount).toBe('1250.00');
    expect(money(-3n, 'BHD').amount).toBe('-3.000');
    expect(money(7n, 'JPY').amount).toBe('7');
  });

  it('keeps amounts above 2^53 minor units exact', () => {
    expect(money('90071992547409.93', 'EUR').amount).toBe('90071992547409.93');
    expect(toMinorUnits(money('90071992547409.93', 'EUR'))).toBe(9007199254740993n);
    expect(money(2n ** 64n, 'JPY').amount).toBe('18446744073709551616');
  });

  it('names the offending path of a malformed money value', () => {
    try {
      toMinorUnits({ amount: '1.234', currency: 'EUR' }, 'terms.breakeven');
      expect.unreachable();
    } catch (error) {
      expect(isPartnershipError(error) && error.issues[0]?.path).toBe('terms.breakeven.amount');
    }
    try {
      toMinorUnits({ amount: '1', currency: 'EURO' }, 'terms.breakeven');
      expect.unreachable();
    } catch (error) {
      expect(isPartnershipError(error) && error.issues[0]?.path).toBe('terms.breakeven.currency');
    }
    expect(codeOf(() => toMinorUnits(null as never))).toBe('money_malformed');
  });

  describe('properties', () => {
    it('reads amounts with the one decimal reader of shares and weights: same value, same refusals', () => {
      const codeOf = (run: () => unknown) => {
        try {
          run();
          return undefined;
        } catch (error) {
          return isPartnershipError(error) ? error.code : 'other';
        }
      };
      // Golden, hand-computed: 1.5e-7 is 0.00000015, too fine for EUR; 1e21 is 10^21 euros.
      expect(parseMinorUnits('+12.5', 'EUR')).toBe(1250n);
      expect(parseMinorUnits('012.500', 'EUR')).toBe(1250n);
      expect(parseMinorUnits(1e21, 'EUR')).toBe(10n ** 23n);
      expect(parseMinorUnits(-0, 'EUR')).toBe(0n);
      expect(codeOf(() => parseMinorUnits(1.5e-7, 'EUR'))).toBe('amount_scale_exceeds_currency');
      expect(codeOf(() => parseMinorUnits('1'.repeat(201), 'EUR'))).toBe('amount_too_long');
      expect(codeOf(() => parseMinorUnits('1e3', 'EUR'))).toBe('amount_malformed');
      expect(codeOf(() => parseMinorUnits(Number.NaN, 'EUR'))).toBe('amount_not_finite');
      const amountArb = fc.oneof(
        fc.double({ noNaN: false }),
        fc.tuple(fc.constantFrom('', '-', '+'), fc.stringMatching(/^\d{1,12}$/), fc.option(fc.stringMatching(/^\d{0,6}$/))).map(([sign, whole, fraction]) => (fraction === null ? sign + whole : `${sign}${whole}.${fraction}`)),
        fc.string({ maxLength: 8 }),
      );
      fc.assert(
        fc.property(amountArb, fc.constantFrom('JPY', 'EUR', 'BHD', 'CLF'), (amount, currency) => {
          const exponent = minorUnits(currency);
          const read = readDecimal(amount);
          const expected = typeof read === 'string' ? (read === 'not_finite' ? 'amount_not_finite' : 'amount_malformed') : read.scale > exponent ? 'amount_scale_exceeds_currency' : read.digits * 10n ** BigInt(exponent - read.scale);
          const got = codeOf(() => parseMinorUnits(amount, currency)) ?? parseMinorUnits(amount, currency);
          expect(got).toBe(expected);
        }),
        { numRuns: 1000 },
      );
    });

    const currencies = fc.constantFrom('JPY', 'EUR', 'BHD', 'CLF');

    it('round-trips through its canonical string, for exponents 0, 2, 3 and 4 and beyond 2^53 units', () => {
      // Golden: 2^53 + 1 cents.
      expect(money('90071992547409.93', 'EUR').amount).toBe('90071992547409.93');
      fc.assert(
        fc.property(currencies, fc.bigInt({ min: -(2n ** 80n), max: 2n ** 80n }), (currency, units) => {
          const exponent = minorUnits(currency);
          const text = formatMinorUnits(units, exponent);
          const value = money(text, currency);
          expect(value.amount).toBe(text);
          expect(parseMinorUnits(value.amount, currency)).toBe(units);
          expect(text.includes('e')).toBe(false);
          expect(text === '-0' || text.startsWith('-0.') && units === 0n).toBe(false);
          const decimals = text.split('.')[1] ?? '';
          expect(decimals.length).toBe(exponent);
        }),
        { numRuns: 1000 },
      );
    });

    it('survives a JSON round trip unchanged', () => {
      // Golden: a BHD amount keeps its three decimals through JSON.
      expect(JSON.parse(JSON.stringify(money('1.25', 'BHD')))).toEqual({ amount: '1.250', currency: 'BHD' });
      fc.assert(
        fc.property(currencies, fc.bigInt({ min: -(2n ** 70n), max: 2n ** 70n }), (currency, units) => {
          const value = money(formatMinorUnits(units, minorUnits(currency)), currency);
          const back = JSON.parse(JSON.stringify(value)) as typeof value;
          expect(back).toEqual(value);
          expect(money(back.amount, back.currency)).toEqual(value);
        }),
        { numRuns: 1000 },
      );
    });

    it('reads any finite number exactly as its shortest decimal, or rejects it', () => {
      // Golden: 0.1 + 0.2 is 0.30000000000000004, which EUR cannot hold.
      expect(codeOf(() => money(0.1 + 0.2, 'EUR'))).toBe('amount_scale_exceeds_currency');
      fc.assert(
        fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), currencies, (n, currency) => {
          const exact = new (Decimal.clone({ precision: 1000 }))(n);
          let built: ReturnType<typeof money> | undefined;
          try {
            built = money(n, currency);
          } catch (error) {
            expect(isPartnershipError(error) && error.code).toBe('amount_scale_exceeds_currency');
            expect(exact.decimalPlaces()).toBeGreaterThan(minorUnits(currency));
            return;
          }
          expect(new Decimal(built.amount).equals(exact)).toBe(true);
        }),
        { numRuns: 1000 },
      );
    });
  });
});

describe('errors', () => {
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
});
