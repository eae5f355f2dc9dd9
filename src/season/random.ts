/**
 * The simulation's own seeded random numbers: xoshiro128** (Blackman and Vigna) on four uint32
 * words, seeded by splitmix64 from a 64-bit seed, as the authors recommend. No `Math.random`, no
 * clock: one seed gives one sequence on every engine. @internal
 */

const MASK64 = (1n << 64n) - 1n;

/** The largest seed: 2^64 - 1. @internal */
export const MAX_SEED = MASK64;

/** A source of uniform random integers. @internal */
export interface Random {
  /** The next 32 random bits, as a number in [0, 2^32). */
  nextUint32(): number;
  /** A uniform integer in [0, bound), for a bound of 1 or more, without modulo bias (rejection). */
  below(bound: bigint): bigint;
  /** {@link Random.below} for a whole bound from 1 to 2^32, as a number: the same draws, without bigints. */
  belowNumber(bound: number): number;
}

/** splitmix64's outputs from `seed` (Vigna's reference, on 64-bit unsigned integers). */
function splitmix64(seed: bigint): () => bigint {
  let state = seed & MASK64;
  return () => {
    state = (state + 0x9e3779b97f4a7c15n) & MASK64;
    let z = state;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK64;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK64;
    return z ^ (z >> 31n);
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;
const TWO_32 = 0x1_0000_0000;
const TWO_32_BIG = 0x1_0000_0000n;

/**
 * A xoshiro128** generator seeded with `seed` in [0, 2^64): its state is the two first outputs of
 * splitmix64(seed), each split into its low and high 32 bits.
 *
 * @example
 * createRandom(1n).nextUint32() //=> 1695105466
 */
export function createRandom(seed: bigint): Random {
  const mix = splitmix64(seed);
  const a = mix();
  const b = mix();
  let s0 = Number(a & 0xffffffffn);
  let s1 = Number(a >> 32n);
  let s2 = Number(b & 0xffffffffn);
  let s3 = Number(b >> 32n);
  // An all-zero state would stay zero; splitmix64 never gives two zero outputs in a row, but be sure.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };

  const belowNumber = (bound: number): number => {
    if (bound <= 1) return 0;
    // The largest multiple of `bound` up to 2^32: draws at or above it are thrown away, so every residue is equally likely.
    const limit = TWO_32 - (TWO_32 % bound);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  };

  const below = (bound: bigint): bigint => {
    if (bound <= 1n) return 0n;
    if (bound <= TWO_32_BIG) return BigInt(belowNumber(Number(bound)));
    // Wider bounds: as many 32-bit words as `bound - 1` has bits, the top word masked, redrawn when too large.
    const bits = (bound - 1n).toString(2).length;
    const words = Math.ceil(bits / 32);
    const topMask = (1n << BigInt(bits - (words - 1) * 32)) - 1n;
    for (;;) {
      let x = BigInt(nextUint32()) & topMask;
      for (let i = 1; i < words; i += 1) x = (x << 32n) | BigInt(nextUint32());
      if (x < bound) return x;
    }
  };

  return { nextUint32, below, belowNumber };
}
