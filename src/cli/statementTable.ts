import { printable } from '../_lib/printable.js';
import type { StatementLine } from '../money/types.js';
import type { Words } from './labels.js';
import type { OutputBuffer } from './outputBuffer.js';

// The table of a statement's lines as `settle` streams it: fixed columns, since a streamed table
// cannot measure its column widths first.

/** The columns of a statement's lines, as {@link TERMS} names them. */
export const LINE_COLUMNS = ['receipt', 'stream', 'receivedAt', 'amount', 'toBreakeven', 'platform', 'organizer'] as const;
/** How each column is aligned. */
export const RIGHT = ['left', 'left', 'left', 'right', 'right', 'right', 'right'] as const;

/** The columns' widths: wide enough for most ids and sums, and for the headers of every locale. */
export const WIDTHS = [16, 12, 25, 14, 14, 14, 14];

/** The headers of a statement's lines, in the words of `w`. */
export function lineHeaders(w: Words): string[] {
  return LINE_COLUMNS.map(w.term);
}

/** One row of the streamed table; like `renderTable`, it shows every cell through `printable`. */
export function fixedRow(cells: readonly string[]): string {
  return `${cells.map((c, i) => (RIGHT[i] === 'right' ? printable(c).padStart(WIDTHS[i]!) : printable(c).padEnd(WIDTHS[i]!))).join('  ').trimEnd()}\n`;
}

/** The cells of a line, as the table shows them (before `printable`). */
export function lineCells(line: StatementLine, w: Words): string[] {
  return [line.receiptId, w.stream(line.stream), line.receivedAt, line.amount, line.toBreakeven, line.platform, line.organizer];
}

/**
 * Writes a line into `out` as {@link fixedRow} does, for a million of them: the amounts are the
 * core's canonical decimals and the stream one of a few words, written as they are; the caller's
 * id and instant go through `printable` only when they are not printable ASCII.
 */
export function rowWriter(w: Words, out: OutputBuffer): (line: StatementLine) => void {
  const streams = new Map<string, string>();
  /** `text` as `printable` shows it, then spaces up to `width`. */
  const shown = (text: string, width: number): void => {
    if (out.plain(text)) out.spaces(width - text.length);
    else out.padEnd(printable(text), width);
  };
  return (line) => {
    let stream = streams.get(line.stream);
    if (stream === undefined) {
      stream = `${printable(w.stream(line.stream)).padEnd(WIDTHS[1]!)}  `;
      streams.set(line.stream, stream);
    }
    shown(line.receiptId, WIDTHS[0]!);
    out.text('  ');
    out.text(stream);
    shown(line.receivedAt, WIDTHS[2]!);
    out.text('  ');
    out.padStart(line.amount, WIDTHS[3]!);
    out.text('  ');
    out.padStart(line.toBreakeven, WIDTHS[4]!);
    out.text('  ');
    out.padStart(line.platform, WIDTHS[5]!);
    out.text('  ');
    out.padStart(line.organizer, WIDTHS[6]!);
    out.text('\n');
  };
}
