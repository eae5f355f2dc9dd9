// The contract's Markdown folds line breaks in a caller's text without a regular expression that
// backtracks (test/package/regexes.test.ts refused /\s*[\r\n]+\s*/g as polynomial).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLines } from '../../src/documents/contractMarkdown.js';

describe('foldLines', () => {
  it('makes each run of line breaks, with the white space around it, one space (by hand)', () => {
    expect(foldLines('Web Days \r\n \n SAS')).toBe('Web Days SAS');
    expect(foldLines('\n Ana\n')).toBe(' Ana ');
    expect(foldLines('no break  here')).toBe('no break  here');
    expect(foldLines('\n\n')).toBe(' ');
  });

  it('gives what the old regular expression gave, on any mix of letters, spaces and breaks', () => {
    const unit = fc.constantFrom('a', 'b', ' ', '\t', '\u00a0', '\n', '\r');
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 12 }), (text) => {
        expect(foldLines(text)).toBe(text.replace(/\s*[\r\n]+\s*/g, ' '));
      }),
      { numRuns: 5000 },
    );
  });
});
