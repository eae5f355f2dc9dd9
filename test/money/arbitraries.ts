import fc from 'fast-check';
import { isPartnershipError, minorUnits } from '../../src/index.js';
import type { Money } from '../../src/index.js';
import { formatMinorUnits, parseMinorUnits } from '../../src/money/money.js';

/** One currency per ISO 4217 exponent: 0, 2, 3 and 4. */
export const currencyArb = fc.constantFrom('JPY', 'EUR', 'BHD', 'CLF');

/** Minor units, mostly small, sometimes far above 2^53. */
export const unitsArb = fc.oneof(
  { weight: 3, arbitrary: fc.bigInt({ min: 0n, max: 100_000n }) },
  { weight: 1, arbitrary: fc.bigInt({ min: 0n, max: 2n ** 90n }) },
);

export function m(units: bigint, currency: string): Money {
  return Object.freeze({ amount: formatMinorUnits(units, minorUnits(currency)), currency });
}

export function units(value: Money | string, currency?: string): bigint {
  return typeof value === 'string' ? parseMinorUnits(value, currency ?? 'EUR') : parseMinorUnits(value.amount, value.currency);
}

/** A decimal share in [0, 1] with up to 4 decimals, as a string. */
export const shareArb = fc.integer({ min: 0, max: 10_000 }).map((n) => (n / 10_000).toString());

/** The code of the PartnershipError a call throws, `undefined` if it returns. */
export function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return error.code;
    throw error;
  }
  return undefined;
}

/** The issue paths of the PartnershipError a call throws. */
export function pathsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return error.issues.map((i) => i.path);
    throw error;
  }
  return [];
}

/** Renders an instant (epoch seconds) as ISO 8601 with the given offset in minutes, without the process time zone. */
export function isoAt(seconds: number, offsetMinutes: number): string {
  const local = new Date((seconds + offsetMinutes * 60) * 1000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${local}Z`;
  const sign = offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
