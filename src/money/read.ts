import { isPartnershipError } from '../errors.js';
import { currencyTable } from './currencies.js';
import type { Issues } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { parseMinorUnits } from './money.js';

/**
 * Reads a money value in an expected currency into minor units, recording
 * every problem at its path instead of throwing.
 *
 * @internal
 */
export function readMoney(
  value: unknown,
  path: string,
  currency: string,
  issues: Issues,
  signed = false,
  like = 'the breakeven',
): bigint | undefined {
  if (!isRecord(value)) {
    issues.expected('money_malformed', path, 'a money value `{ amount, currency }`', value);
    return undefined;
  }
  const given = own(value, 'currency');
  if (given !== currency) {
    if (typeof given === 'string' && currencyTable().has(given)) {
      issues.add(
        'currency_mismatch',
        `${path}.currency`,
        `Expected ${currency} like ${like}, got ${given}`,
        `Expected \`${path}.currency\` to be ${currency} like ${like}, got ${given}`,
      );
    } else {
      issues.expected('currency_unknown', `${path}.currency`, 'an ISO 4217 code such as `EUR`', given);
    }
    return undefined;
  }
  const amount = own(value, 'amount');
  let units: bigint;
  try {
    units = parseMinorUnits(amount, currency, `${path}.amount`);
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    issues.record(error.issues, error.message);
    return undefined;
  }
  if (!signed && units < 0n) {
    issues.expected('amount_negative', `${path}.amount`, 'an amount of zero or more', amount);
    return undefined;
  }
  return units;
}

/**
 * Reads the currency of a money value that sets the currency of a whole computation.
 *
 * @internal
 */
export function readCurrency(value: unknown, path: string, issues: Issues): { currency: string; exponent: number } | undefined {
  if (!isRecord(value)) {
    issues.expected('money_malformed', path, 'a money value `{ amount, currency }`', value);
    return undefined;
  }
  const currency = own(value, 'currency');
  const exponent = typeof currency === 'string' ? currencyTable().get(currency) : undefined;
  if (exponent === undefined || typeof currency !== 'string') {
    issues.expected('currency_unknown', `${path}.currency`, 'an ISO 4217 code such as `EUR`', currency);
    return undefined;
  }
  return { currency, exponent };
}
