/**
 * The statistics of a simulation, on exact minor units: nearest-rank percentiles (always an
 * amount some run produced) and the mean rounded half to even to the minor unit. @internal
 */
import { formatMinorUnits } from '../money/money.js';

/** The distribution of one season amount over the runs, in decimal strings of the season's currency. */
export interface Distribution {
  /** The mean over the runs, rounded to the currency's minor unit, half to even. */
  readonly mean: string;
  /** The 50th percentile, nearest rank: the lower middle run when the count is even. */
  readonly median: string;
  /** The 5th percentile, nearest rank. */
  readonly p5: string;
  /** The 95th percentile, nearest rank. */
  readonly p95: string;
}

/** `numerator / denominator` rounded to the nearest integer, half to even (`denominator` > 0). @internal */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n;
  const magnitude = negative ? -numerator : numerator;
  let quotient = magnitude / denominator;
  const twice = (magnitude % denominator) * 2n;
  if (twice > denominator || (twice === denominator && quotient % 2n === 1n)) quotient += 1n;
  return negative ? -quotient : quotient;
}

/**
 * The nearest-rank `percent`-th percentile of `sorted` (ascending, not empty): the value of rank
 * ⌈percent × n / 100⌉, 1-based, at least 1. @internal
 */
export function nearestRank(sorted: ArrayLike<bigint>, percent: number): bigint {
  // Integer arithmetic: ⌈a / 100⌉ = ⌊(a + 99) / 100⌋ for a whole a ≥ 0.
  const rank = Math.max(1, Math.floor((percent * sorted.length + 99) / 100));
  return sorted[rank - 1]!;
}

const ascending = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A column of per-run amounts: a `BigInt64Array` (sorted natively, holding no bigint objects) when
 * `bound` says every value fits in 64 bits, a plain array otherwise. @internal
 */
export function columnOf(runs: number, bound: bigint): bigint[] | BigInt64Array {
  return bound < 1n << 63n ? new BigInt64Array(runs) : new Array<bigint>(runs).fill(0n);
}

/** The distribution of `values` (one per run, not empty; sorted in place), written with `exponent` decimals. @internal */
export function distributionOf(values: bigint[] | BigInt64Array, exponent: number): Distribution {
  let sum = 0n;
  for (const value of values) sum += value;
  const sorted = values instanceof BigInt64Array ? values.sort() : values.sort(ascending);
  const text = (units: bigint): string => formatMinorUnits(units, exponent);
  return {
    mean: text(divideHalfEven(sum, BigInt(sorted.length))),
    median: text(nearestRank(sorted, 50)),
    p5: text(nearestRank(sorted, 5)),
    p95: text(nearestRank(sorted, 95)),
  };
}
