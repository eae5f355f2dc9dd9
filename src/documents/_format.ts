// Amounts and shares as the documents show them: written by `Intl` in the reader's language, every
// digit kept. `Intl.NumberFormat` reads a decimal string exactly (no binary floating point on the
// way), but writes at most 20 fraction digits: beyond that, the fraction is written from the string
// itself, so nothing is ever rounded. @internal
import { minorUnits } from '../money/minorUnits.js';
import { DECIMAL } from '../money/ratio.js';

/** The most fraction digits `Intl.NumberFormat` writes. */
const INTL_MAX_DIGITS = 20;

/** A decimal string written by `Intl` with `options`, every digit kept and at least `least` fraction digits. */
function exactly(value: string, least: number, intl: string, options: Intl.NumberFormatOptions): string {
  const m = DECIMAL.exec(value);
  if (m === null) return value;
  const fraction = (m[3] ?? '').padEnd(least, '0');
  const digits = Math.min(fraction.length, INTL_MAX_DIGITS);
  // Truncated, not rounded: the whole part stays as written, and the fraction is put back whole.
  const format = new Intl.NumberFormat(intl, { ...options, minimumFractionDigits: digits, maximumFractionDigits: digits, roundingMode: 'trunc' } as Intl.NumberFormatOptions);
  if (fraction.length <= INTL_MAX_DIGITS) return format.format(value as unknown as number);
  return format
    .formatToParts(value as unknown as number)
    .map((part) => (part.type === 'fraction' ? fraction : part.value))
    .join('');
}

/**
 * An amount in `currency` at its minor units as the money module knows them (`HUF 1,234.50`,
 * `HUF 0.00` for `"1234.5"`, `"0"`), more digits kept when the string has them (`€3,100.505`).
 *
 * @internal
 */
export function formatMoney(amount: string, currency: string, intl: string): string {
  return exactly(amount, minorUnits(currency), intl, { style: 'currency', currency });
}

/**
 * A share in [0, 1] (a decimal string) as a percentage, exactly `share × 100`: `"0.3333333"` is
 * `33.33333%` in English, `33,33333 %` in French.
 *
 * @internal
 */
export function formatShare(share: string, intl: string): string {
  const m = DECIMAL.exec(share);
  if (m === null) return share;
  const [, sign = '', whole = '0', fraction = ''] = m;
  // × 100: the decimal point moves two places right (`Intl` reads the leading zeros of `050` as 50).
  const moved = `${whole}${fraction.padEnd(2, '0').slice(0, 2)}`;
  const rest = fraction.slice(2);
  return exactly(`${sign}${moved}${rest === '' ? '' : `.${rest}`}`, 0, intl, { style: 'unit', unit: 'percent' });
}
