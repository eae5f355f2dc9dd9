import { rejectValue } from '../_lib/reject.js';
import { currencyTable } from './currencies.js';
import { minorUnits } from './minorUnits.js';
import { DECIMAL, MAX_DECIMAL_LENGTH, decimalOf, pow10, readDecimal } from './ratio.js';
import type { ExactDecimal } from './ratio.js';

/**
 * An amount of money in one ISO 4217 currency: a plain, frozen, JSON-safe value.
 *
 * `amount` is canonical: exactly the currency's minor-unit digits
 * (`"1250.50"` in EUR, `"1250"` in JPY, `"1.250"` in BHD), no exponent, no `-0`.
 */
export interface Money {
  readonly amount: string;
  readonly currency: string;
}

/** What {@link money} accepts as an amount. */
export type AmountInput = string | bigint | number;

/** The longest amount string accepted, in characters: far beyond any real sum, short of a denial of service. */
export const MAX_AMOUNT_LENGTH = MAX_DECIMAL_LENGTH;

/**
 * Reads an amount into integer minor units of `currency`, exactly.
 *
 * @internal
 */
export function parseMinorUnits(amount: unknown, currency: string, path = 'amount'): bigint {
  // The currency's path is only worked out when it is wrong: this runs once per receipt.
  const exponent =
    (typeof currency === 'string' ? currencyTable().get(currency) : undefined) ??
    minorUnits(currency, path === 'amount' ? 'currency' : `${path.replace(/\.amount$/, '')}.currency`);
  let read: ExactDecimal;
  if (typeof amount === 'bigint') {
    return amount * 10n ** BigInt(exponent);
  } else if (typeof amount === 'number') {
    // Read through String(n), the shortest decimal that reads back to the same double.
    const decimal = readDecimal(amount);
    if (decimal === 'not_finite') rejectValue('amount_not_finite', path, 'a finite amount', amount);
    if (decimal === 'malformed') rejectValue('amount_malformed', path, 'a decimal amount', amount);
    read = decimal;
  } else if (typeof amount === 'string') {
    if (amount.length > MAX_AMOUNT_LENGTH) {
      rejectValue('amount_too_long', path, `a decimal string of at most ${MAX_AMOUNT_LENGTH} characters`, amount);
    }
    const match = DECIMAL.exec(amount);
    if (match === null) rejectValue('amount_malformed', path, 'a decimal string such as `"1250.50"`', amount);
    const [, sign = '', whole = '0', fraction = ''] = match;
    if (fraction.length === exponent) {
      // The canonical form, as statements and JSON carry it: no trailing zeros to weigh.
      const units = BigInt(whole + fraction);
      return sign === '-' ? -units : units;
    }
    read = decimalOf(sign, whole, fraction);
  } else {
    rejectValue('amount_malformed', path, 'a decimal string, a bigint or a finite number', amount);
  }
  if (read.scale > exponent) {
    rejectValue(
      'amount_scale_exceeds_currency',
      path,
      `an amount with at most ${exponent} decimal${exponent === 1 ? '' : 's'} in ${currency}`,
      amount,
    );
  }
  return read.digits * pow10(exponent - read.scale);
}

/**
 * Writes integer minor units as a canonical decimal string.
 *
 * @internal
 */
export function formatMinorUnits(units: bigint, exponent: number): string {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(exponent + 1, '0');
  const whole = digits.slice(0, digits.length - exponent);
  const body = exponent === 0 ? whole : `${whole}.${digits.slice(digits.length - exponent)}`;
  return negative ? `-${body}` : body;
}

/**
 * Builds a {@link Money} from integer minor units.
 *
 * @internal
 */
export function fromMinorUnits(units: bigint, currency: string): Money {
  return Object.freeze({ amount: formatMinorUnits(units, minorUnits(currency)), currency });
}

/**
 * Builds a {@link Money} from integer minor units when the exponent is already known.
 *
 * @internal
 */
export function moneyOf(units: bigint, exponent: number, currency: string): Money {
  return Object.freeze({ amount: formatMinorUnits(units, exponent), currency });
}

/**
 * Reads a {@link Money} (or anything shaped like one) back into minor units, validating it.
 *
 * @internal
 */
export function toMinorUnits(value: Money, path = 'money'): bigint {
  if (typeof value !== 'object' || value === null) rejectValue('money_malformed', path, 'a money value `{ amount, currency }`', value);
  return parseMinorUnits(value.amount, value.currency, `${path}.amount`);
}

/**
 * Builds an exact, canonical {@link Money} value.
 *
 * A bigint is a whole number of major units; a JS number is read through its
 * shortest round-trip decimal, so `0.1 + 0.2` (`0.30000000000000004`) is
 * rejected in EUR rather than rounded.
 *
 * @param amount - a decimal string (`"1250.5"`), a bigint (`1250n`) or a finite number.
 * @param currency - an ISO 4217 code (`"EUR"`).
 * @throws {PartnershipError} `currency_unknown`, `amount_malformed`, `amount_not_finite`,
 *   `amount_too_long` or `amount_scale_exceeds_currency`.
 * @example
 * money('1250.5', 'EUR') //=> { amount: '1250.50', currency: 'EUR' }
 * money(1250, 'JPY') //=> { amount: '1250', currency: 'JPY' }
 * money('1.25', 'BHD') //=> { amount: '1.250', currency: 'BHD' }
 */
export function money(amount: AmountInput, currency: string): Money {
  const exponent = typeof currency === 'string' ? currencyTable().get(currency) : undefined;
  if (exponent !== undefined && typeof amount === 'string') {
    // Already canonical: the string is passed through, as formatting its units would write it again.
    if (canonicalUnits(amount, exponent) !== undefined) return Object.freeze({ amount, currency });
  }
  return fromMinorUnits(parseMinorUnits(amount, currency), currency);
}

/**
 * The minor units of `amount` when it is already canonical in a currency of `exponent` decimals
 * (what {@link formatMinorUnits} writes: `"1250.50"`, `"-3.00"`, `"0"`), short enough to be an exact
 * integer in a double (below 2^53, so `BigInt` of it is exact); `undefined` for any other string,
 * which the full reader then handles.
 *
 * @internal
 */
export function canonicalUnits(amount: string, exponent: number): number | undefined {
  const length = amount.length;
  // 15 characters hold at most 15 digits: below 2^53, exact in a double.
  if (length > 15) return undefined;
  const start = amount.charCodeAt(0) === 45 ? 1 : 0;
  // Where the decimal point must be; -1 when the currency has no minor unit.
  const point = exponent === 0 ? -1 : length - exponent - 1;
  const wholeEnd = exponent === 0 ? length : point;
  if (wholeEnd <= start) return undefined;
  if (point !== -1 && amount.charCodeAt(point) !== 46) return undefined;
  // No leading zero: `"0.50"`, never `"00.50"`.
  if (amount.charCodeAt(start) === 48 && wholeEnd - start > 1) return undefined;
  let units = 0;
  for (let at = start; at < length; at += 1) {
    if (at === point) continue;
    const digit = amount.charCodeAt(at) - 48;
    if (digit < 0 || digit > 9) return undefined;
    units = units * 10 + digit;
  }
  if (start === 1) {
    // `"-0.00"` is not canonical: formatting zero writes no sign.
    return units === 0 ? undefined : -units;
  }
  return units;
}
