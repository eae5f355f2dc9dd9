import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FingerprintSet } from '../../src/cli/fingerprints.js';

describe('FingerprintSet', () => {
  it('says an id is new the first time and seen the second, across growth', () => {
    const set = new FingerprintSet();
    for (let i = 0; i < 200_000; i += 1) expect(set.add(`r${i}`)).toBe(true);
    expect(set.add('r5')).toBe(false);
    expect(set.add('r199999')).toBe(false);
    expect(set.add('r200000')).toBe(true);
    expect(set.add('')).toBe(true);
    expect(set.add('')).toBe(false);
  });

  describe('properties', () => {
    it('never misses a repeated id: add(x) is false after x was added', () => {
      fc.assert(
        fc.property(fc.array(fc.string(), { maxLength: 200 }), (ids) => {
          const set = new FingerprintSet();
          const exact = new Set<string>();
          for (const id of ids) {
            const fresh = set.add(id);
            if (exact.has(id)) expect(fresh).toBe(false);
            exact.add(id);
          }
        }),
        { numRuns: 1000 },
      );
    });
  });
});
