import { describe, expect, it } from 'vitest';
import * as dineroCurrencies from 'dinero.js/currencies';
import { currencyInfo, isCurrency, minorUnits, money, settle } from '../../src/index.js';
import { currencyTable, HISTORIC_EXPONENT_2 } from '../../src/money/currencies.js';
import { thrown } from '../utils/thrown.js';

// The ISO 4217 table follows list one as of amendment 180 (effective 2026-01-01); codes that left
// it after the library accepted them stay accepted, and currencyInfo lists them as historic.

describe('currencyInfo', () => {
  it('describes a current code by its minor unit', () => {
    expect(currencyInfo('EUR')).toEqual({ code: 'EUR', exponent: 2, status: 'current' });
    expect(currencyInfo('JPY')).toEqual({ code: 'JPY', exponent: 0, status: 'current' });
    expect(currencyInfo('BHD')).toEqual({ code: 'BHD', exponent: 3, status: 'current' });
    expect(currencyInfo('CLF')).toEqual({ code: 'CLF', exponent: 4, status: 'current' });
  });

  it('knows XAD, the Arab Accounting Dinar added by amendment 179, with a minor unit of 2', () => {
    expect(currencyInfo('XAD')).toEqual({ code: 'XAD', exponent: 2, status: 'current' });
    expect(money('1250.5', 'XAD')).toEqual({ amount: '1250.50', currency: 'XAD' });
  });

  it('lists BGN as historic from 2026-01-01 (amendment 180: Bulgaria adopted the euro)', () => {
    expect(currencyInfo('BGN')).toEqual({ code: 'BGN', exponent: 2, status: 'historic', amendment: 180, replacedBy: 'EUR', withdrawn: '2026-01-01' });
  });

  it('lists ANG, CUC, SLL and ZWL as historic, with the amendment and the code that took over', () => {
    expect(['ANG', 'CUC', 'SLL', 'ZWL'].map(currencyInfo)).toEqual([
      { code: 'ANG', exponent: 2, status: 'historic', amendment: 176, replacedBy: 'XCG' },
      { code: 'CUC', exponent: 2, status: 'historic', amendment: 178, replacedBy: 'CUP' },
      { code: 'SLL', exponent: 2, status: 'historic', amendment: 172, replacedBy: 'SLE' },
      { code: 'ZWL', exponent: 2, status: 'historic', amendment: 177, replacedBy: 'ZWG' },
    ]);
    // The codes that took over are current.
    expect(['XCG', 'EUR', 'CUP', 'SLE', 'ZWG'].map((code) => currencyInfo(code).status)).toEqual(['current', 'current', 'current', 'current', 'current']);
  });

  it('returns a frozen plain value', () => {
    const info = currencyInfo('BGN');
    expect(Object.isFrozen(info)).toBe(true);
    expect(JSON.parse(JSON.stringify(info))).toEqual(info);
  });

  it('throws currency_unknown for a code the library does not accept, as minorUnits does', () => {
    for (const code of ['FRF', 'DEM', 'XAU', 'XXX', 'eur', '', '__proto__', 'toString']) {
      expect(thrown(() => currencyInfo(code)), code).toEqual(thrown(() => minorUnits(code)));
    }
    expect(thrown(() => currencyInfo('FRF'))).toEqual({
      code: 'currency_unknown',
      message: 'Expected `currency` to be an ISO 4217 code such as `EUR`, got `FRF`',
      issues: [{ code: 'currency_unknown', path: 'currency', message: 'Expected an ISO 4217 code such as `EUR`, got `FRF`' }],
    });
    expect(thrown(() => currencyInfo(null as unknown as string))).toMatchObject({ code: 'currency_unknown' });
  });
});

describe('historic codes', () => {
  it('stay accepted, so that an old statement still settles', () => {
    expect(['ANG', 'BGN', 'CUC', 'SLL', 'ZWL'].every(isCurrency)).toBe(true);
    const statement = settle({ breakeven: money('1000', 'BGN') }, [{ id: 'r1', stream: 'sponsorship', amount: money('1500', 'BGN'), receivedAt: '2025-12-30' }]);
    // Surplus 500.00 BGN, the organizer's half 250.00.
    expect(statement.organizer).toEqual({ amount: '250.00', currency: 'BGN' });
  });

  it('are the codes the table holds beyond dinero.js 2.0.2 (amendment 179), BGN aside, which amendment 180 moved', () => {
    const dinero = new Set((Object.values(dineroCurrencies) as { code: string }[]).map((c) => c.code));
    const current = [...currencyTable().keys()].filter((code) => currencyInfo(code).status === 'current');
    const historic = [...currencyTable().keys()].filter((code) => currencyInfo(code).status === 'historic').sort();
    expect(historic).toEqual(['ANG', 'BGN', 'CUC', 'SLL', 'ZWL']);
    expect(historic).toEqual(HISTORIC_EXPONENT_2.split(' ').sort());
    expect(new Set(current)).toEqual(new Set([...dinero].filter((code) => code !== 'BGN')));
  });
});
