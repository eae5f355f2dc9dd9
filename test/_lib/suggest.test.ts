import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance, suggestion } from '../../src/_lib/suggest.js';

describe('editDistance', () => {
  it.each([
    { a: 'xlrfeed', b: 'xlrFeed', expected: 1 },
    { a: 'releaseLeadDay', b: 'releaseLeadDays', expected: 1 },
    { a: 'nmae', b: 'name', expected: 1 }, // one swap of neighbours, not two substitutions
    { a: 'ca', b: 'abc', expected: 3 }, // optimal string alignment: no edit of a swapped pair (true Damerau gives 2)
    { a: 'kitten', b: 'sitting', expected: 3 },
    { a: '', b: 'abc', expected: 3 },
    { a: 'same', b: 'same', expected: 0 },
  ])('is $expected from `$a` to `$b`', ({ a, b, expected }) => {
    expect(editDistance(a, b, 10)).toBe(expected);
    expect(editDistance(b, a, 10)).toBe(expected);
  });

  it('stops at the limit: past it, it answers limit + 1', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdefgh', 2)).toBe(3);
    expect(editDistance('x'.repeat(1_000_000), 'xlrFeed', 2)).toBe(3); // lengths alone decide: no table
  });

  describe('properties', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 8 });
    it('is symmetric, zero only between equal strings, and the limit only cuts what is above it', () => {
      fc.assert(
        fc.property(word, word, (a, b) => {
          const full = editDistance(a, b, 20);
          expect(editDistance(b, a, 20)).toBe(full);
          expect(full === 0).toBe(a === b);
          expect(editDistance(a, b, 2)).toBe(Math.min(full, 3));
          expect(full).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
          expect(full).toBeLessThanOrEqual(Math.max(a.length, b.length));
        }),
      );
    });
  });
});

describe('suggestion', () => {
  it('prefers a name equal ignoring case, at any distance', () => {
    expect(suggestion('XLRFEED', ['xlrFeed', 'XLRFEEDS'])).toBe('xlrFeed');
  });

  it('suggests the nearest known name within 2 edits, the earlier on a tie', () => {
    expect(suggestion('releaseLeadDay', ['profileLeadDays', 'releaseLeadDays'])).toBe('releaseLeadDays');
    expect(suggestion('spaekers', ['speakers', 'sponsors'])).toBe('speakers');
    expect(suggestion('ab', ['ax', 'ay'])).toBe('ax');
  });

  it('suggests nothing past 2 edits, or when the edits would replace a whole short name', () => {
    expect(suggestion('colour', ['id', 'name', 'homeCity', 'cameras'])).toBeUndefined();
    expect(suggestion('x', ['id'])).toBeUndefined(); // 2 edits, but `x` has one letter
    expect(suggestion('ids', ['id'])).toBe('id');
  });
});
