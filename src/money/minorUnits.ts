import { rejectValue } from '../_lib/reject.js';
import { currencyTable } from './currencies.js';

/**
 * The number of decimals of an ISO 4217 currency: its minor unit.
 *
 * The codes are ISO 4217 list one as of amendment 180 (2026-01-01), and the codes that left it
 * since this library accepted them (BGN, ANG, CUC, SLL, ZWL), which stay accepted so that old
 * statements still settle; `currencyInfo` tells which is which.
 *
 * @throws {PartnershipError} `currency_unknown` when the code is not an ISO 4217 code with a minor unit that the library accepts.
 * @example
 * minorUnits('EUR') //=> 2
 * minorUnits('JPY') //=> 0
 * minorUnits('BHD') //=> 3
 */
export function minorUnits(currency: string, path = 'currency'): number {
  const exponent = typeof currency === 'string' ? currencyTable().get(currency) : undefined;
  if (exponent === undefined) {
    rejectValue('currency_unknown', path, 'an ISO 4217 code such as `EUR`', currency);
  }
  return exponent;
}

/** Tells whether a string is an ISO 4217 code this library can hold amounts in, current or historic. */
export function isCurrency(currency: unknown): currency is string {
  return typeof currency === 'string' && currencyTable().has(currency);
}
