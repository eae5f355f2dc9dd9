import { HISTORIC_EXPONENT_2 } from './currencies.js';
import { minorUnits } from './minorUnits.js';

/** What the library knows of an ISO 4217 code it accepts. */
export interface CurrencyInfo {
  /** The code, such as `'EUR'`. */
  readonly code: string;
  /** The minor unit: the number of decimals amounts in this currency are held to. */
  readonly exponent: number;
  /** `'current'` on ISO 4217 list one as of amendment 180; `'historic'` once it left it (still accepted). */
  readonly status: 'current' | 'historic';
  /** Historic codes: the ISO 4217 amendment that took the code off list one. */
  readonly amendment?: number;
  /** Historic codes: the code that took over. */
  readonly replacedBy?: string;
  /** Historic codes: the day the code left list one (`YYYY-MM-DD`), given only where a source confirms it. */
  readonly withdrawn?: string;
}

/**
 * Why each code of `HISTORIC_EXPONENT_2` (src/money/currencies.ts) left list one; a test checks that
 * the two name the same codes. Amendment numbers as recorded by dinero.js 2.0.2's changelog, the
 * JDK and NodaMoney (SIX's own documents were not reachable when this was written, 2026-12-01).
 * Withdrawal days: BGN's is the euro changeover, 2026-01-01 (amendment 180). The others are left
 * out because no source at hand confirms the day: ANG gave way to XCG, in use from 2025-03-31,
 * after a period of dual circulation; ZWL to ZWG (2024); CUC went to list three years after Cuba's
 * 2021 monetary unification; SLL to SLE, the redenominated leone (2022).
 */
const LEFT_LIST_ONE: Readonly<Record<string, Pick<CurrencyInfo, 'amendment' | 'replacedBy' | 'withdrawn'>>> = {
  ANG: { amendment: 176, replacedBy: 'XCG' },
  BGN: { amendment: 180, replacedBy: 'EUR', withdrawn: '2026-01-01' },
  CUC: { amendment: 178, replacedBy: 'CUP' },
  SLL: { amendment: 172, replacedBy: 'SLE' },
  ZWL: { amendment: 177, replacedBy: 'ZWG' },
};

/**
 * Tells what the library knows of an ISO 4217 code: its minor unit, and whether it is current
 * (ISO 4217 list one as of amendment 180, effective 2026-01-01) or historic. A historic code
 * left the list after this library accepted it; it stays accepted everywhere, so that old
 * statements still read and settle.
 *
 * @throws {PartnershipError} `currency_unknown` when the library does not accept the code.
 * @example
 * currencyInfo('EUR') //=> { code: 'EUR', exponent: 2, status: 'current' }
 * currencyInfo('XAD') //=> { code: 'XAD', exponent: 2, status: 'current' }
 * currencyInfo('BGN') //=> { code: 'BGN', exponent: 2, status: 'historic', amendment: 180, replacedBy: 'EUR', withdrawn: '2026-01-01' }
 * currencyInfo('ANG') //=> { code: 'ANG', exponent: 2, status: 'historic', amendment: 176, replacedBy: 'XCG' }
 * currencyInfo('FRF') // throws `currency_unknown`
 */
export function currencyInfo(code: string): CurrencyInfo {
  const exponent = minorUnits(code);
  const historic = HISTORIC_EXPONENT_2.split(' ').includes(code);
  return Object.freeze({ code, exponent, status: historic ? 'historic' : 'current', ...(historic ? LEFT_LIST_ONE[code] : {}) });
}
