import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { IdSet } from '../../src/money/ids.js';

describe('IdSet', () => {
  it('tells a new id from one seen before', () => {
    const ids = new IdSet(3);
    expect([ids.add('a'), ids.add('b'), ids.add('a'), ids.add(''), ids.add('')]).toEqual([true, true, false, true, false]);
  });

  it('stays correct past its expected size and through long probes, by falling back to a Set', () => {
    const ids = new IdSet(1);
    const added = Array.from({ length: 200 }, (_, i) => ids.add(`r${i}`));
    expect(added.every(Boolean)).toBe(true);
    expect(Array.from({ length: 200 }, (_, i) => ids.add(`r${i}`)).some(Boolean)).toBe(false);
    expect(ids.add('r200')).toBe(true);
  });

  describe('properties', () => {
    it('agrees with a native Set on every sequence of ids', () => {
      // Golden: a, b, a → new, new, seen.
      const golden = new IdSet(3);
      expect(['a', 'b', 'a'].map((id) => golden.add(id))).toEqual([true, true, false]);
      fc.assert(
        fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 60 }), fc.integer({ min: 0, max: 80 }), (list, expected) => {
          const ids = new IdSet(expected);
          const native = new Set<string>();
          for (const id of list) {
            const fresh = !native.has(id);
            native.add(id);
            expect(ids.add(id)).toBe(fresh);
          }
        }),
        { numRuns: 1000 },
      );
    });
  });
});
