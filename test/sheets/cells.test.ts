import { describe, expect, it } from 'vitest';
import { amount, decimal, describeCell, sheetNumber, withoutExponent } from '../../src/sheets/cells.js';
import { PARTNERSHIP_ALLOCATE, PARTNERSHIP_SETTLE, PARTNERSHIP_SPLIT } from '../../src/sheets/index.js';
import { thrown, typed } from './_tracker.js';

describe('sheetNumber', () => {
  it("reads HyperFormula's typed numbers by their kind, and a plain number as a number", () => {
    expect(sheetNumber(5)).toEqual({ kind: 'number', value: 5 });
    expect(sheetNumber(typed('NUMBER_DATE', 46_095, 'Date()'))).toEqual({ kind: 'date', value: 46_095, format: 'Date()' });
    expect(sheetNumber(typed('NUMBER_DATETIME', 46_095.375))?.kind).toBe('date-time');
    expect(sheetNumber(typed('NUMBER_TIME', 0.375))?.kind).toBe('time');
    expect(sheetNumber(typed('NUMBER_PERCENT', 0.5))?.kind).toBe('percentage');
    expect(sheetNumber(typed('NUMBER_CURRENCY', 800, '$'))).toEqual({ kind: 'currency', value: 800, format: '$' });
  });

  it('is not fooled by objects that are not numbers of an engine', () => {
    for (const value of ['5', true, null, undefined, new Date(0), { val: 1 }, { val: '1', getDetailedType: () => 'NUMBER_RAW' }, { val: 1, getDetailedType: () => 'constructor' }, { val: 1, getDetailedType: () => { throw new Error('no'); } }]) {
      expect(sheetNumber(value), String(value)).toBeUndefined();
    }
  });

  it('says what a typed cell is in a message', () => {
    expect(describeCell(typed('NUMBER_PERCENT', 0.5))).toBe('a percentage cell (`0.5`)');
    expect(describeCell(new Date(Date.UTC(2026, 2, 14)))).toBe('the date 2026-03-14T00:00:00.000Z');
    expect(describeCell('x')).toBe('`x`');
  });
});

describe('decimal (shares and weights)', () => {
  it('reads a percentage cell as its percentage divided by 100, exactly (HyperFormula holds 57.1% as 0.5710000000000001)', () => {
    expect(57.1 / 100).toBe(0.5710000000000001);
    expect(decimal(typed('NUMBER_PERCENT', 57.1 / 100), 'organizer_share')).toBe('0.571');
    expect(decimal(typed('NUMBER_PERCENT', 0.5), 'organizer_share')).toBe('0.5');
    expect(decimal(typed('NUMBER_PERCENT', 7 / 100), 'organizer_share')).toBe('0.07');
    expect(decimal(typed('NUMBER_PERCENT', 1), 'organizer_share')).toBe('1');
    expect(decimal(typed('NUMBER_PERCENT', 0), 'organizer_share')).toBe('0');
  });

  it('reads a tiny percentage cell, whose shortest decimal has an exponent, as a plain decimal (0.0000001% is 0.000000001)', () => {
    // Review of issue 16: String(1e-7) is `1e-7`, which was refused as not a percentage.
    expect(decimal(typed('NUMBER_PERCENT', 1e-9), 'organizer_share')).toBe('0.000000001');
    expect(withoutExponent(1e-7)).toBe('0.0000001');
    expect(withoutExponent(1.5e-7)).toBe('0.00000015');
    expect(withoutExponent(-2.5e-8)).toBe('-0.000000025');
    expect(withoutExponent(1e21)).toBe('1000000000000000000000');
    expect(withoutExponent(1.25e22)).toBe('12500000000000000000000');
    expect(withoutExponent(57.1)).toBe('57.1');
  });

  it('reads percentage text exactly: `50%` is 0.5, `12.5 %` is 0.125, `1250%` is 12.5', () => {
    expect(decimal('50%', 'organizer_share')).toBe('0.5');
    expect(decimal(' 12.5 % ', 'organizer_share')).toBe('0.125');
    expect(decimal('0.07%', 'organizer_share')).toBe('0.0007');
    expect(decimal('1250%', 'organizer_share')).toBe('12.5');
  });

  it('keeps a plain number and decimal text as they were (the core reads them)', () => {
    expect(decimal(0.5, 'organizer_share')).toBe(0.5);
    expect(decimal(typed('NUMBER_RAW', 0.5), 'organizer_share')).toBe(0.5);
    expect(decimal(' 0.5 ', 'organizer_share')).toBe('0.5');
  });

  it('refuses a date, a time or a currency cell, and percentage text that is not one, naming the column', () => {
    expect(thrown(() => decimal(typed('NUMBER_DATE', 46_095), 'organizer_share', 'column ')).message).toBe('Expected column `organizer_share` to be a number or a percentage of zero or more, got a date cell (`46095`)');
    expect(thrown(() => decimal(typed('NUMBER_CURRENCY', 5, '$'), 'organizer_share')).message).toBe('Expected `organizer_share` to be a number or a percentage of zero or more, got a currency cell (`5`)');
    expect(thrown(() => decimal('-5%', 'organizer_share')).message).toBe('Expected `organizer_share` to be a percentage such as `50%`, got `-5%`');
    expect(thrown(() => decimal(typed('NUMBER_PERCENT', -0.05), 'organizer_share')).code).toBe('invalid_argument');
  });
});

describe('amount', () => {
  it('reads a currency cell by its value, exactly, whatever its symbol', () => {
    expect(amount(typed('NUMBER_CURRENCY', 1250.5, '€'), 'EUR', 'breakeven')).toEqual({ amount: '1250.50', currency: 'EUR' });
    expect(amount(typed('NUMBER_CURRENCY', 0.3, '$'), 'EUR', 'breakeven')).toEqual({ amount: '0.30', currency: 'EUR' });
  });

  it('refuses a currency cell formatted with another ISO code, a percentage and a date', () => {
    expect(thrown(() => amount(typed('NUMBER_CURRENCY', 800, 'USD'), 'EUR', 'breakeven')).message).toBe('Expected `breakeven` to be an amount in EUR, got `800 USD`');
    expect(thrown(() => amount(typed('NUMBER_PERCENT', 0.5), 'EUR', 'breakeven')).message).toBe('Expected `breakeven` to be an amount in EUR, got a percentage cell (`0.5`)');
    expect(thrown(() => amount(typed('NUMBER_DATE', 46_095), 'EUR', 'breakeven', 'column ')).message).toBe('Expected column `breakeven` to be an amount in EUR, got a date cell (`46095`)');
  });

  it('still refuses a float that the currency cannot hold, rather than round it', () => {
    expect(thrown(() => amount(typed('NUMBER_CURRENCY', 0.1 + 0.2, '€'), 'EUR', 'received')).code).toBe('amount_scale_exceeds_currency');
  });
});

describe('the money functions with typed cells', () => {
  it('settles a column of currency cells, and names a date cell among them (2000 then 3000.01 past a 3000 breakeven: 0, 1000)', () => {
    expect(PARTNERSHIP_SETTLE([[typed('NUMBER_CURRENCY', 2000, '$')], [typed('NUMBER_CURRENCY', 3000.01, '$')]], 3000)).toEqual([[0], [1000]]);
    expect(thrown(() => PARTNERSHIP_SETTLE([[2000], [typed('NUMBER_DATE', 46_095)]], 3000)).message).toBe('Expected `receipts_column[1][0]` to be an amount in EUR, got a date cell (`46095`)');
  });

  it('splits with a percentage share and currency cells (5000 received, 3000 breakeven, 40%: 4200 / 800)', () => {
    expect(PARTNERSHIP_SPLIT(typed('NUMBER_CURRENCY', 5000, '€'), typed('NUMBER_CURRENCY', 3000, '€'), typed('NUMBER_PERCENT', 40 / 100))).toEqual([[4200, 800]]);
    expect(PARTNERSHIP_SPLIT(5000, 3000, '40%')).toEqual([[4200, 800]]);
  });

  it('allocates over percentage weights (100 over 50%, 25%, 25%: 50 / 25 / 25)', () => {
    expect(PARTNERSHIP_ALLOCATE(100, [[typed('NUMBER_PERCENT', 0.5), typed('NUMBER_PERCENT', 0.25), '25%']])).toEqual([[50, 25, 25]]);
  });
});
