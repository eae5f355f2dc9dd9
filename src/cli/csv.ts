import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse } from 'csv-parse';
import type { PartnershipError, PartnershipErrorCode } from '../errors.js';
import { rejection } from '../_lib/reject.js';
import { printable } from '../_lib/printable.js';

/** The field delimiters a CSV file may use: what spreadsheets write (`;` where the decimal mark is a comma). */
export const DELIMITERS = [',', ';', '\t'] as const;

/** A CSV field delimiter. */
export type Delimiter = (typeof DELIMITERS)[number];

/**
 * The limits of one CSV row, so that memory stays bounded whatever the input: a record
 * (one row, quoted line breaks included) of at most 64 KiB, a field of at most 8,192 characters.
 */
export const CSV_LIMITS = Object.freeze({ recordBytes: 65_536, fieldChars: 8_192 });

/** One CSV row: its cells, and the line of the file it starts on (1 is the header). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/** A CSV input being read: its delimiter, its header row, and the rows after it, one at a time. */
export interface CsvTable {
  readonly delimiter: Delimiter;
  /** The header's names, trimmed, as written (a byte order mark removed). */
  readonly header: readonly string[];
  readonly rows: AsyncIterable<CsvRow>;
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The delimiter; detected from the header row when left out. */
  readonly delimiter?: Delimiter | undefined;
}

/** An error in a CSV input at a line (`line 3`, or `line 3 (Montant)` with the column). */
export function csvError(code: PartnershipErrorCode, line: number, message: string, column?: string): PartnershipError {
  const path = column === undefined ? `line ${line}` : `line ${line} (${printable(column)})`;
  return rejection(code, path, message, `${path}: ${message}`);
}

/**
 * Reads CSV from a stream of chunks, once: the header row first (to detect the delimiter
 * among `,`, `;` and tab when none is given), then one row at a time, so that a file of
 * 10^6 rows is never held whole. A byte order mark, CRLF or LF line ends, and a missing
 * final line end are all read; blank rows (`;;;` included) are skipped. Quoted fields may
 * hold delimiters, doubled quotes and line breaks.
 *
 * @param chunks - the input, read exactly once (a file, a pipe, a FIFO or standard input).
 * @returns the delimiter, the header, and the rows, each with the line it starts on.
 * @throws {PartnershipError} `csv_malformed` (an empty input, a bad quote, a row whose field count
 *   is not the header's), `csv_too_large` (a row over 64 KiB, a field over 8,192 characters),
 *   `csv_not_utf8` (a header or a row that is not UTF-8 text, or holds U+FFFD), each at `line N`;
 *   the rows throw the same.
 */
export async function readCsv(chunks: AsyncIterable<Uint8Array | string>, options: ReadCsvOptions = {}): Promise<CsvTable> {
  const input = chunks[Symbol.asyncIterator]();
  const scan = new HeaderScan();
  const head: Buffer[] = [];
  let ended = false;
  while (!scan.done) {
    const next = await input.next();
    if (next.done === true) {
      ended = true;
      break;
    }
    const chunk = typeof next.value === 'string' ? Buffer.from(next.value, 'utf8') : Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    head.push(chunk);
    scan.feed(chunk);
    if (!scan.done && scan.bytes > CSV_LIMITS.recordBytes) {
      throw csvError('csv_too_large', 1, `Expected a header row of at most ${CSV_LIMITS.recordBytes} bytes, got a longer one`);
    }
  }
  if (head.length > 0) scan.checkUtf8(Buffer.concat(head));
  const delimiter = options.delimiter ?? scan.delimiter();

  const parser = parse({
    delimiter,
    bom: true,
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: CSV_LIMITS.recordBytes,
  });
  const rest: AsyncIterable<Uint8Array | string> = { [Symbol.asyncIterator]: () => input };
  async function* all(): AsyncGenerator<Uint8Array | string> {
    yield* head;
    if (!ended) yield* rest;
  }
  // The parser's errors reach the reader below; this promise only must not go unhandled.
  pipeline(Readable.from(all(), { objectMode: false }), parser).catch(() => undefined);
  const records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;

  let line = 1;
  // csv-parse counts a CRLF inside a quoted field as two lines: counted here to name the right line.
  let doubled = 0;
  const next = async (): Promise<{ line: number; cells: string[] } | undefined> => {
    let got;
    try {
      got = await records.next();
    } catch (error) {
      throw fromParser(error, line, doubled);
    }
    if (got.done === true) return undefined;
    const cells = got.value;
    const start = line;
    line += 1;
    for (const cell of cells) {
      if (cell.length > CSV_LIMITS.fieldChars) {
        throw csvError('csv_too_large', start, `Expected a field of at most ${CSV_LIMITS.fieldChars} characters, got ${cell.length}`);
      }
      // csv-parse decodes bytes that are not UTF-8 as U+FFFD: two different ids in another
      // encoding would then read as one. Refused at the row, where the line is known.
      if (cell.includes('\ufffd')) throw notUtf8(start);
      if (cell.includes('\n') || cell.includes('\r')) {
        const breaks = lineBreaks(cell);
        line += breaks.lines;
        doubled += breaks.crlf;
      }
    }
    return { line: start, cells };
  };

  const first = await next();
  if (first === undefined || first.cells.every((c) => c.trim() === '')) {
    throw csvError('csv_malformed', 1, 'Expected a header row naming the columns, got an empty line or an empty input');
  }
  const header = first.cells.map((c) => c.trim());

  async function* rows(): AsyncGenerator<CsvRow> {
    try {
      for (let row = await next(); row !== undefined; row = await next()) {
        if (row.cells.every((c) => c.trim() === '')) continue;
        if (row.cells.length !== header.length) {
          const hint =
            delimiter === ',' && row.cells.length > header.length
              ? '; in a comma-separated file, quote an amount with a decimal comma ("1000,50") or separate the fields with `;`'
              : '';
          throw csvError('csv_malformed', row.line, `Expected ${header.length} fields as in the header, got ${row.cells.length}${hint}`);
        }
        const named = row.cells.findIndex((cell, i) => header[i] === '' && cell.trim() !== '');
        if (named >= 0) throw csvError('csv_malformed', row.line, `Expected field ${named + 1} to be empty like its header, got a value`);
        yield row;
      }
    } finally {
      // Stops reading the input when the caller stops early (an error, a closed pipe).
      parser.destroy();
    }
  }
  return { delimiter, header, rows: rows() };
}

/** Text that is not UTF-8 (or holds U+FFFD, the mark of bytes that were not), at a line. */
function notUtf8(line: number): PartnershipError {
  return csvError('csv_not_utf8', line, 'Expected UTF-8 text, got other bytes (or the replacement character U+FFFD): save the sheet as «CSV UTF-8»');
}

/** Line breaks in a quoted field, a CRLF counting once; `crlf` is how many csv-parse counted twice. */
function lineBreaks(text: string): { lines: number; crlf: number } {
  let lines = 0;
  let crlf = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 10) lines += 1;
    else if (c === 13) {
      lines += 1;
      if (text.charCodeAt(i + 1) === 10) {
        crlf += 1;
        i += 1;
      }
    }
  }
  return { lines, crlf };
}

/** A csv-parse error as a PartnershipError at the line it names. */
function fromParser(error: unknown, consumed: number, doubled: number): unknown {
  if (!(error instanceof CsvError)) return error;
  const at = (error as CsvError & { lines?: unknown }).lines;
  const line = typeof at === 'number' ? Math.max(at - doubled, consumed) : consumed;
  switch (error.code) {
    case 'CSV_MAX_RECORD_SIZE':
      return csvError('csv_too_large', line, `Expected a row of at most ${CSV_LIMITS.recordBytes} bytes, got a longer one (an unclosed quote, or a wrong delimiter?)`);
    case 'CSV_QUOTE_NOT_CLOSED':
      return csvError('csv_malformed', line, 'Expected a quoted field to be closed, got the end of the input');
    case 'CSV_INVALID_CLOSING_QUOTE':
      return csvError('csv_malformed', line, 'Expected a delimiter or a line end after a closing quote, got more text');
    case 'INVALID_OPENING_QUOTE':
      return csvError('csv_malformed', line, 'Expected a quote only at the start of a field, got one inside it (double it and quote the field: `"a ""b"""`)');
    default:
      return csvError('csv_malformed', line, `Expected well-formed CSV, got ${error.message.replace(/ at line \d+.*$/s, '')}`);
  }
}

/**
 * Finds where the header row ends, counting each candidate delimiter outside quotes,
 * over chunks as they come.
 */
class HeaderScan {
  done = false;
  bytes = 0;
  private quoted = false;
  private end = -1;
  private readonly counts = new Map<number, number>(DELIMITERS.map((d) => [d.charCodeAt(0), 0]));

  feed(chunk: Buffer): void {
    for (let i = 0; i < chunk.length; i += 1) {
      const c = chunk[i]!;
      if (c === 0x22) this.quoted = !this.quoted;
      else if (!this.quoted && (c === 0x0a || c === 0x0d)) {
        this.done = true;
        this.end = this.bytes + i;
        break;
      } else if (!this.quoted && this.counts.has(c)) this.counts.set(c, this.counts.get(c)! + 1);
    }
    if (!this.done) this.bytes += chunk.length;
  }

  /** The candidate seen most often in the header (`,` when none is). */
  delimiter(): Delimiter {
    let best: Delimiter = ',';
    let most = 0;
    for (const d of DELIMITERS) {
      const n = this.counts.get(d.charCodeAt(0))!;
      if (n > most) {
        best = d;
        most = n;
      }
    }
    return best;
  }

  /** Refuses a header that is not UTF-8 (a sheet saved as «CSV» in a Windows code page). */
  checkUtf8(text: Buffer): void {
    const header = this.end < 0 ? text : text.subarray(0, this.end);
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(header);
    } catch {
      throw notUtf8(1);
    }
  }
}
