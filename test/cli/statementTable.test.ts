import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsFor } from '../../src/cli/labels.js';
import { OutputBuffer } from '../../src/cli/outputBuffer.js';
import { statementJsonLine, statementJsonWriter } from '../../src/cli/statementJson.js';
import { fixedRow, lineCells, rowWriter } from '../../src/cli/statementTable.js';
import { settle } from '../../src/money/settle.js';
import type { Receipt, StatementLine } from '../../src/money/types.js';
import { STREAMS } from '../../src/money/streams.js';

// `settle` writes a million lines as bytes, not strings: the same bytes as the string functions.

// Every stream has a clause: pay-per-view and the others give the organizer 30 % and do not count toward the breakeven.
const terms = {
  breakeven: { amount: '3000.00', currency: 'EUR' },
  clauses: Object.fromEntries(STREAMS.map((stream) => [stream, stream === 'sponsorship' ? { organizerShare: '0.5', countsTowardBreakeven: true } : { organizerShare: '0.3', countsTowardBreakeven: false }])),
};

/** The lines `settle` gives for receipts with these ids (any text), streams and amounts. */
function linesOf(receipts: readonly { id: string; stream: number; cents: number }[]): readonly StatementLine[] {
  return settle(
    terms,
    receipts.map(({ id, stream, cents }, i): Receipt => ({
      id: `${id}#${i}`,
      stream: STREAMS[stream % STREAMS.length]!,
      amount: { amount: (cents / 100).toFixed(2), currency: 'EUR' },
      receivedAt: new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(),
    })),
  ).lines;
}

function written(write: (out: OutputBuffer) => void, size: number): string {
  // A small buffer: the text grows it, as a long id would.
  const out = new OutputBuffer(size);
  write(out);
  return out.take().toString('utf8');
}

const receipts = fc.array(
  fc.record({
    // Ids of plain ASCII, accents, emoji, control and bidirectional characters, lone surrogates, quotes.
    id: fc.string({ unit: fc.constantFrom('a', 'Z', '9', '-', ' ', 'é', 'ß', '😀', '\x1b', '\x7f', '\u202e', '\ud800', '"', '\\'), minLength: 1, maxLength: 30 }),
    stream: fc.nat(),
    cents: fc.integer({ min: 1, max: 10_000_000 }),
  }),
  { minLength: 1, maxLength: 20 },
);

describe('rowWriter', () => {
  it('writes the line of a receipt as the table row fixedRow gives', () => {
    const w = wordsFor('en');
    const [line] = linesOf([{ id: 'r1', stream: STREAMS.indexOf('sponsorship'), cents: 500_000 }]);
    expect(written((out) => rowWriter(w, out)(line!), 64)).toBe(fixedRow(lineCells(line!, w)));
    expect(written((out) => rowWriter(w, out)(line!), 64)).toBe(
      'r1#0              sponsorship   2026-03-01T00:00:00.000Z          5000.00         3000.00         4000.00         1000.00\n',
    );
  });

  describe('properties', () => {
    it.each(['en', 'fr'] as const)('writes the bytes of fixedRow for any line (%s)', (locale) => {
      const w = wordsFor(locale);
      fc.assert(
        fc.property(receipts, fc.integer({ min: 1, max: 300 }), (given, size) => {
          const lines = linesOf(given);
          const expected = lines.map((line) => fixedRow(lineCells(line, w))).join('');
          expect(written((out) => lines.forEach(rowWriter(w, out)), size)).toBe(expected);
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('statementJsonWriter', () => {
  it('writes a line as JSON.stringify does', () => {
    const [line] = linesOf([{ id: 'r1', stream: STREAMS.indexOf('pay_per_view'), cents: 10_000 }]);
    expect(written((out) => statementJsonWriter(out)(line!, true), 16)).toBe(
      '\n{"receiptId":"r1#0","stream":"pay_per_view","receivedAt":"2026-03-01T00:00:00.000Z","amount":"100.00","toBreakeven":"0.00","platform":"70.00","organizer":"30.00"}',
    );
  });

  it('writes a line of other keys through JSON.stringify', () => {
    const odd = { receiptId: 'r1', extra: 'x' } as unknown as StatementLine;
    expect(written((out) => statementJsonWriter(out)(odd, false), 16)).toBe(',\n{"receiptId":"r1","extra":"x"}');
  });

  describe('properties', () => {
    it('writes the bytes of statementJsonLine for any line', () => {
      fc.assert(
        fc.property(receipts, fc.integer({ min: 1, max: 300 }), (given, size) => {
          const lines = linesOf(given);
          const expected = lines.map((line, i) => statementJsonLine(line, i === 0)).join('');
          expect(written((out) => lines.forEach((line, i) => statementJsonWriter(out)(line, i === 0)), size)).toBe(expected);
        }),
        { numRuns: 200 },
      );
    });
  });
});
