import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineMap } from '../../src/cli/lineMap.js';

describe('LineMap', () => {
  it('names the line of each receipt, across blank lines and multi-line rows', () => {
    const map = new LineMap();
    // Header on line 1; receipts 0, 1 on lines 2, 3; a blank line; receipt 2 on line 5 spans 2 lines; receipt 3 on line 7.
    [2, 3, 5, 7].forEach((line, k) => map.add(k, line));
    expect([0, 1, 2, 3].map((k) => map.lineOf(k))).toEqual([2, 3, 5, 7]);
  });

  it('keeps nothing per receipt for plain rows', () => {
    const map = new LineMap();
    for (let k = 0; k < 1_000_000; k += 1) map.add(k, k + 2);
    expect(map.lineOf(999_999)).toBe(1_000_001);
    expect((map as unknown as { starts: number[] }).starts).toHaveLength(1);
  });

  describe('properties', () => {
    it('gives back every line it was given', () => {
      fc.assert(
        fc.property(fc.array(fc.nat({ max: 3 }), { maxLength: 200 }), (gaps) => {
          const map = new LineMap();
          let line = 1;
          const lines = gaps.map((gap, k) => {
            line += 1 + gap;
            map.add(k, line);
            return line;
          });
          expect(lines.map((_, k) => map.lineOf(k))).toEqual(lines);
        }),
      );
    });
  });
});
