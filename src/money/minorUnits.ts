import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { currencyTable } from './currencies.js';

/**
 * The number of decimals of an ISO 4217 currency: its minor unit.
 *
 * The codes are ISO 4217 list one as of amendment 180 (2026-01-01), and the codes that left it
 * since this library accepted them (BGN, ANG, CUC, SLL, ZWL), which stay accepted so that old
 * statements still settle; `currencyInfo` tells which is which.
 *
 * @throws {PartnershipError} `unknown_currency` when the code is not an ISO 4217 code with a minor unit that the library accepts.
 * @example
 * minorUnits('EUR') //=> 2
 * minorUnits('JPY') //=> 0
 * minorUnits('BHD') //=> 3
 */
export function minorUnits(currency: string, path = 'currency'): number {
  const exponent = typeof currency === 'string' ? currencyTable().get(currency) : undefined;
  if (exponent === undefined) {
    throw new PartnershipError(
      'unknown_currency',
      `Expected \`${path}\` to be an ISO 4217 code such as \`EUR\`, got ${describeValue(currency)}`,
      [{ code: 'unknown_currency', path, message: `Expected an ISO 4217 code such as \`EUR\`, got ${describeValue(currency)}` }],
    );
  }
  return exponent;
}

/** Tells whether a string is an ISO 4217 code this library can hold amounts in, current or historic. */
export function isCurrency(currency: unknown): currency is string {
  return typeof currency === 'string' && currencyTable().has(currency);
}
