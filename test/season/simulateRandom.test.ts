import { describe, expect, it } from 'vitest';
import { createRandom, MAX_SEED } from '../../src/season/random.js';
import { distributionOf, divideHalfEven, nearestRank } from '../../src/season/_stats.js';

describe('createRandom', () => {
  it.each([
    // The authors' C reference (splitmix64 seeding, xoshiro128**), compiled and run by hand.
    [0n, [3737715805, 2584255861, 2876756834, 3286328325, 1553311962, 1625202774]],
    [1n, [1695105466, 1423115009, 634581793, 1068227753, 716759206, 4186505319]],
    [42n, [1776835114, 4165204688, 17111135, 2317295270, 2792088233, 2554630222]],
  ])('draws what the reference draws from seed %s', (seed, expected) => {
    const random = createRandom(seed);
    expect(expected.map(() => random.nextUint32())).toEqual(expected);
  });

  it('draws below a bound by rejection: the same as a number or a bigint, without using a draw for a bound of 1', () => {
    const asBigint = createRandom(5n);
    const asNumber = createRandom(5n);
    const bounds = [1, 2, 3, 10, 1000, 2 ** 31 + 1, 2 ** 32];
    expect(bounds.map((b) => asBigint.below(BigInt(b)))).toEqual(bounds.map((b) => BigInt(asNumber.belowNumber(b))));
    expect(asBigint.nextUint32()).toBe(asNumber.nextUint32());
    const fresh = createRandom(5n);
    fresh.below(1n);
    expect(fresh.nextUint32()).toBe(createRandom(5n).nextUint32());
  });

  it('draws below bounds wider than 32 bits, every value in range', () => {
    const random = createRandom(MAX_SEED);
    const bound = 10n ** 30n + 7n;
    const draws = Array.from({ length: 200 }, () => random.below(bound));
    expect(draws.every((d) => d >= 0n && d < bound)).toBe(true);
    expect(new Set(draws).size).toBe(200);
    // The high words are used: some draw is above 2^64.
    expect(draws.some((d) => d > 1n << 64n)).toBe(true);
  });

  it('is uniform enough below 3: each residue a third of 30,000 draws, within 4 standard errors', () => {
    const random = createRandom(11n);
    const counts = [0, 0, 0];
    for (let i = 0; i < 30_000; i += 1) counts[random.belowNumber(3)]! += 1;
    for (const count of counts) expect(Math.abs(count - 10_000)).toBeLessThan(4 * Math.sqrt(30_000 * (1 / 3) * (2 / 3)));
  });
});

describe('statistics', () => {
  it('rounds a mean half to even, on either side of zero', () => {
    expect([[5n, 2n], [7n, 2n], [-5n, 2n], [-7n, 2n], [10n, 4n], [11n, 4n], [-11n, 4n], [0n, 3n]].map(([n, d]) => divideHalfEven(n!, d!))).toEqual([2n, 4n, -2n, -4n, 2n, 3n, -3n, 0n]);
  });

  it('takes percentiles by nearest rank: ⌈p·n/100⌉', () => {
    const twenty = Array.from({ length: 20 }, (_, i) => BigInt(i + 1));
    expect([5, 50, 95].map((p) => nearestRank(twenty, p))).toEqual([1n, 10n, 19n]);
    const four = [10n, 20n, 30n, 40n];
    expect([5, 50, 95].map((p) => nearestRank(four, p))).toEqual([10n, 20n, 40n]);
    expect([5, 50, 95].map((p) => nearestRank([7n], p))).toEqual([7n, 7n, 7n]);
  });

  it('describes a column in minor units, sorted natively or not, alike', () => {
    const values = [300n, -125n, 999n, 0n, 1n];
    const expected = { mean: '2.35', median: '0.01', p5: '-1.25', p95: '9.99' }; // sorted: -125, 0, 1, 300, 999; sum 1175
    expect(distributionOf([...values], 2)).toEqual(expected);
    expect(distributionOf(BigInt64Array.from(values), 2)).toEqual(expected);
  });
});
