import { Issues, rejectValue } from '../_lib/reject.js';
import { moneyOf, toMinorUnits } from './money.js';
import type { Money } from './money.js';
import { minorUnits } from './minorUnits.js';
import { pow10, readDecimal } from './ratio.js';
import type { ExactDecimal } from './ratio.js';

/** A weight for {@link allocate}: a non-negative decimal string (`"2.5"`) or a finite number read through `String(n)`. */
export type WeightInput = string | number;

/**
 * Splits an amount into parts proportional to `weights`, exactly, to the minor unit.
 *
 * Largest-remainder method with exact rational arithmetic: each part is the
 * floor or the ceiling of its exact quota `total × weight / Σ weights`, the
 * parts add up to the total, a zero weight gets exactly zero, and the units
 * left after the floors go to the largest remainders, ties to the lower index.
 * A negative total is split as the mirror image of the positive one.
 *
 * @param total - the amount to split.
 * @param weights - non-negative decimal weights, at least one of them above zero.
 * @returns one part per weight, in the order of the weights.
 * @throws {PartnershipError} `money_malformed` (or the codes of {@link money}) for a bad total;
 *   `weights_malformed`, `weights_empty`, `weight_malformed`, `weight_not_finite`, `weight_negative`
 *   or `weights_all_zero` for bad weights, each issue at its path (`weights[2]`).
 * @example
 * allocate(money('0.02', 'EUR'), [1, 1, 2]).map((part) => part.amount)
 * //=> ['0.01', '0.00', '0.01']
 * allocate(money('100', 'EUR'), ['1', '1', '1']).map((part) => part.amount)
 * //=> ['33.34', '33.33', '33.33']
 */
export function allocate(total: Money, weights: readonly WeightInput[]): Money[] {
  const units = toMinorUnits(total, 'total');
  const currency = total.currency;
  const exponent = minorUnits(currency);
  if (!Array.isArray(weights)) rejectValue('weights_malformed', 'weights', 'a list of non-negative decimal weights', weights);
  if (weights.length === 0) rejectValue('weights_empty', 'weights', 'at least one weight', weights);

  const issues = new Issues();
  const read: ExactDecimal[] = [];
  let scale = 0;
  for (let i = 0; i < weights.length; i += 1) {
    const weight: unknown = weights[i];
    const value = readDecimal(weight);
    if (typeof value === 'string' || typeof weight === 'bigint') {
      issues.expected(
        value === 'not_finite' ? 'weight_not_finite' : 'weight_malformed',
        `weights[${i}]`,
        'a non-negative decimal weight such as `"1"` or `0.25`',
        weight,
      );
    } else if (value.digits < 0n) {
      issues.expected('weight_negative', `weights[${i}]`, 'a non-negative weight', weight);
    } else {
      read.push(value);
      if (value.scale > scale) scale = value.scale;
    }
  }
  issues.throwIfAny();

  // Bring every weight to integers over one common denominator: quotas are then exact fractions.
  const integral = read.map((w) => w.digits * pow10(scale - w.scale));
  let sum = 0n;
  for (const w of integral) sum += w;
  if (sum === 0n) rejectValue('weights_all_zero', 'weights', 'at least one weight above zero', weights);

  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  const parts: bigint[] = [];
  const remainders: bigint[] = [];
  let given = 0n;
  for (const w of integral) {
    const product = magnitude * w;
    const floor = product / sum;
    parts.push(floor);
    remainders.push(product - floor * sum);
    given += floor;
  }
  // Fewer units are left than there are parts with a remainder, so zero weights never get one.
  let left = magnitude - given;
  if (left > 0n) {
    const order = integral.map((_, i) => i).filter((i) => (remainders[i] as bigint) > 0n);
    order.sort((a, b) => {
      const ra = remainders[a] as bigint;
      const rb = remainders[b] as bigint;
      return ra === rb ? a - b : ra > rb ? -1 : 1;
    });
    for (const i of order) {
      if (left === 0n) break;
      parts[i] = (parts[i] as bigint) + 1n;
      left -= 1n;
    }
  }
  return parts.map((part) => moneyOf(negative ? -part : part, exponent, currency));
}
