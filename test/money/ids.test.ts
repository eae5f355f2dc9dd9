import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdCheck } from '../../src/money/ids.js';

function repeatedIn(list: readonly string[], offset = 0): number[] {
  const check = new IdCheck(1);
  list.forEach((id, i) => check.add(id, i + offset));
  return check.repeated((index) => list[index - offset] as string);
}

describe('IdCheck', () => {
  it('names every id seen before, after its first occurrence', () => {
    expect(repeatedIn(['a', 'b', 'a', '', 'b', '', 'a'])).toEqual([2, 4, 5, 6]);
    expect(repeatedIn([])).toEqual([]);
    expect(repeatedIn(['x'], -1)).toEqual([]);
    expect(repeatedIn(['x', 'y', 'x'], -2)).toEqual([0]);
  });

  it('tells ids apart even when their hashes collide', () => {
    // Crafted FNV-1a collisions are not needed: many ids, few buckets, every string compared.
    const ids = Array.from({ length: 5000 }, (_, i) => `id-${i % 2500}`);
    expect(repeatedIn(ids)).toEqual(Array.from({ length: 2500 }, (_, i) => 2500 + i));
  });

  describe('properties', () => {
    it('agrees with a native Set on every sequence of ids', () => {
      // Golden: a, b, a → the third one repeats.
      expect(repeatedIn(['a', 'b', 'a'])).toEqual([2]);
      fc.assert(
        fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), (list) => {
          const seen = new Set<string>();
          const expected: number[] = [];
          list.forEach((id, i) => {
            if (seen.has(id)) expected.push(i);
            seen.add(id);
          });
          expect(repeatedIn(list)).toEqual(expected);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
