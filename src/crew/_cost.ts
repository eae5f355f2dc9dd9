/**
 * The season plan's objective, stated once: most requests covered, then the highest total
 * preference, then the lowest sum of ranks of the covered requests in id order (lower ids
 * preferred). Every part of the optimizer (the flow's arc costs, its potentials and heap, the
 * bound and the search) compares and adds costs only through this file.
 *
 * A cost is minimized: `[−covered, −preference, rank sum]`, three exact integers (preferences are
 * scaled to integers by {@link scalePreferences}), compared lexicographically.
 * @internal
 */
import { reject } from '../_lib/reject.js';

/** `[−covered, −scaled preference, rank sum]`: lower is better. */
export type Cost = readonly [number, number, number];

/** Nothing covered. */
export const ZERO: Cost = Object.freeze([0, 0, 0]) as Cost;

/**
 * The one comparison, on the three parts: negative when `a` is better (lower) than `b`, 0 when
 * equal. The tuple form {@link compare} and the typed-array code of the flow and the search call it.
 */
export function compareParts(a0: number, a1: number, a2: number, b0: number, b1: number, b2: number): number {
  if (a0 !== b0) return a0 < b0 ? -1 : 1;
  if (a1 !== b1) return a1 < b1 ? -1 : 1;
  if (a2 !== b2) return a2 < b2 ? -1 : 1;
  return 0;
}

/** Negative when `a` is better than `b`, 0 when equal, positive when worse. */
export function compare(a: Cost, b: Cost): number {
  return compareParts(a[0], a[1], a[2], b[0], b[1], b[2]);
}

/** The cost of two parts of a plan together. */
export function add(a: Cost, b: Cost): Cost {
  return [a[0] + b[0], a[1] + b[1], a[2] + b[2]];
}

/** What covering one request adds: one more covered, its scaled preference, its rank in id order. */
export function requestCost(weight: number, rank: number): Cost {
  return [-1, -weight, rank];
}

/** Preferences as exact integers: scaled by 10^d, where d is the largest number of decimals. */
export function scalePreferences(preferences: readonly number[]): { values: number[]; decimals: number } {
  const parts = preferences.map((p) => {
    if (!Number.isFinite(p)) reject('preference_not_finite', '', `Expected a preference to be a finite number, got \`${String(p)}\``);
    const text = String(Math.abs(p));
    const [mantissa = '0', exponentText] = text.split('e');
    const exponent = exponentText === undefined ? 0 : Number(exponentText);
    const [whole = '0', fraction = ''] = mantissa.split('.');
    return { negative: p < 0, digits: whole + fraction, decimals: fraction.length - exponent };
  });
  // A loop, not `Math.max(...list)`: a spread of a long list overflows the call stack.
  let d = 0;
  for (const x of parts) if (x.decimals > d) d = x.decimals;
  let total = 0n;
  const scaled = parts.map((x) => {
    const value = BigInt(x.digits) * 10n ** BigInt(d - x.decimals);
    total += value;
    return x.negative ? -value : value;
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    reject('preference_too_precise', '', 'Expected preferences to add up exactly in a double, got too many digits; round them');
  }
  return { values: scaled.map(Number), decimals: d };
}

/** Adds preferences exactly (scaled integers), then reads the sum back once. */
export function sumPreferences(values: readonly number[]): number {
  const scale = scalePreferences(values);
  return scale.values.reduce((sum, v) => sum + v, 0) / 10 ** scale.decimals;
}
