import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, parse, type Parser } from 'csv-parse';
import type { PartnershipError, PartnershipErrorCode } from '../errors.js';
import { rejection } from '../_lib/reject.js';
import { printable } from '../_lib/printable.js';

/**
 * The limits of one CSV row, so that memory stays bounded whatever the input: a record
 * (one row, quoted line breaks included) of at most 64 KiB, a field of at most 8,192 characters.
 */
export const CSV_LIMITS = Object.freeze({ recordBytes: 65_536, fieldChars: 8_192 });

/** An error in a CSV input at a line (`line 3`, or `line 3 (Montant)` with the column). */
export function csvError(code: PartnershipErrorCode, line: number, message: string, column?: string): PartnershipError {
  const path = column === undefined ? `line ${line}` : `line ${line} (${printable(column)})`;
  return rejection(code, path, message, `${path}: ${message}`);
}

/**
 * Rows of a CSV read together: their cells one row after another, as many per row as the
 * header has, and the line of the file each row starts on.
 */
export interface CsvBatch {
  readonly cells: readonly string[];
  readonly lines: readonly number[];
}

const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;

/**
 * The longest line read without csv-parse, in UTF-16 units: at most 3 bytes each, such a line
 * stays under {@link CSV_LIMITS}.recordBytes, so that csv-parse could not have refused it.
 */
const LINE_CHARS = Math.floor(CSV_LIMITS.recordBytes / 3);

/** Whether every cell of `cells[from..to)` is blank (a row a spreadsheet writes as `;;;`). */
function blank(cells: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (cells[i]!.trim() !== '') return false;
  return true;
}

/**
 * The records of a CSV input, read once, a chunk at a time, with csv-parse's verdict on every
 * byte. Plain lines (no quote, the line end of the header row, short) are split here: that is
 * csv-parse's reading of them, at a fraction of its cost. From the first line that is not plain
 * (a quote, a stray CR, a very long line), csv-parse reads the rest of the input.
 *
 * csv-parse reads an input chunk by chunk (a row is taken with the chunk that holds the byte after
 * its line end), and an error drops the rows taken with the same chunk: rows are handed out a
 * chunk at a time here too, and a chunk whose rest csv-parse refuses drops its rows the same way.
 * So an input that csv-parse refuses in its first chunk fails before its header is known, as before.
 *
 * @internal
 */
export class CsvRecords {
  /** The header's cells once read (its chunk taken), as written. */
  header: readonly string[] | undefined;
  private columns: string[] | undefined;
  private width = 0;
  /** The columns whose header is blank: their cells must be blank too. */
  private blankColumns: number[] = [];
  /** The line the next record starts on. */
  private line = 1;
  private crlf = false;
  /** Whether the header row's line end was found (csv-parse's record delimiter is then known). */
  private started = false;
  /** The bytes of the chunk's last line, whole or not, read with the next chunk. */
  private carry: Buffer | undefined;
  private pending: { cells: string[]; lines: number[] } = { cells: [], lines: [] };
  private ready: { cells: string[]; lines: number[] } = { cells: [], lines: [] };
  /** A row's problem in the chunk being read: thrown after the rows before it, once the chunk is taken. */
  private failure: PartnershipError | undefined;
  /** What to throw once the rows before it are handed out. */
  private thrown: unknown;
  private done = false;
  /** csv-parse, once a line is not plain: its records, and the line its input starts on. */
  private parser: Parser | undefined;
  private records: AsyncIterator<string[]> | undefined;
  private firstLine = 1;
  /** CRLFs in quoted fields that csv-parse counted as two lines. */
  private doubled = 0;

  constructor(
    private readonly input: AsyncIterator<Buffer>,
    private readonly delimiter: string,
  ) {}

  /**
   * The header row, once the chunk it ends in is read.
   *
   * @throws {PartnershipError} as `readCsv` does.
   */
  async readHeader(): Promise<readonly string[]> {
    while (this.header === undefined) {
      if (this.thrown !== undefined) throw this.thrown;
      if (this.done) throw csvError('csv_malformed', 1, 'Expected a header row naming the columns, got an empty line or an empty input');
      await this.advance();
    }
    return this.header;
  }

  /** The next rows, or `undefined` at the end of the input. @throws {PartnershipError} at a bad row. */
  async next(): Promise<CsvBatch | undefined> {
    for (;;) {
      if (this.ready.lines.length > 0) {
        const batch = this.ready;
        this.ready = { cells: [], lines: [] };
        return batch;
      }
      if (this.thrown !== undefined) throw this.thrown;
      if (this.done) return undefined;
      await this.advance();
    }
  }

  /** Stops reading the input (an error, a reader that stopped early). */
  close(): void {
    this.done = true;
    // Once csv-parse reads the input through a pipeline, destroying it stops the input too.
    this.parser?.destroy();
    if (this.records === undefined) void this.input.return?.();
  }

  private async advance(): Promise<void> {
    if (this.records !== undefined) return this.advanceParser(this.records);
    const next = await this.input.next();
    const end = next.done === true;
    const carry = this.carry;
    this.carry = undefined;
    const buf = end ? (carry ?? Buffer.alloc(0)) : carry === undefined || carry.length === 0 ? next.value : Buffer.concat([carry, next.value]);
    this.scan(buf, end);
    if (this.parser !== undefined) return;
    this.take();
    if (end) {
      this.done = true;
      if (this.header === undefined && this.thrown === undefined) {
        this.thrown = csvError('csv_malformed', 1, 'Expected a header row naming the columns, got an empty line or an empty input');
      }
    }
  }

  /** The chunk is read and csv-parse would have taken it: its rows are handed out (then its row's problem). */
  private take(): void {
    if (this.columns !== undefined) this.header = this.columns;
    if (this.ready.lines.length === 0) this.ready = this.pending;
    else {
      for (const cell of this.pending.cells) this.ready.cells.push(cell);
      for (const line of this.pending.lines) this.ready.lines.push(line);
    }
    this.pending = { cells: [], lines: [] };
    if (this.failure !== undefined) {
      this.thrown = this.failure;
      this.close();
    }
  }

  /** Reads the lines of `buf`, leaving its last line for the next chunk; `end`: there is no next chunk. */
  private scan(buf: Buffer, end: boolean): void {
    let start = 0;
    if (!this.started) {
      // csv-parse looks for a byte order mark in the first 3 bytes, then takes the first line end
      // it meets, outside quotes, as the record delimiter (CRLF, LF or CR), with 2 bytes to spare.
      if (buf.length < 3 && !end) return this.keep(buf, 0);
      const from = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
      const lf = buf.indexOf(LF, from);
      const cr = buf.indexOf(CR, from);
      const eol = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
      const quote = buf.indexOf(QUOTE, from);
      if (quote >= 0 && (eol < 0 || quote < eol)) return this.bail(buf, 0, end);
      if (eol < 0 || (!end && eol + 2 >= buf.length)) {
        if (!end) return this.keep(buf, 0);
      } else if (buf[eol] === CR && buf[eol + 1] !== LF) {
        // Lines ended by CR alone (classic Mac OS): csv-parse reads them all.
        return this.bail(buf, 0, end);
      } else this.crlf = buf[eol] === CR;
      this.started = true;
      start = from;
    }
    // A row is taken with the chunk that holds the byte after its line end: a line ending the
    // chunk is read with the next one.
    let stop = buf.lastIndexOf(LF) + 1;
    if (!end && stop === buf.length && stop > start) stop = Math.max(start, buf.lastIndexOf(LF, stop - 2) + 1);
    if (stop > start && !this.lines(buf.toString('utf8', start, stop), buf, start, end)) return;
    if (!end) return this.keep(buf, Math.max(start, stop));
    if (stop < buf.length) this.finalLine(buf, Math.max(start, stop));
  }

  /** The last line of the input, without a line end. */
  private finalLine(buf: Buffer, at: number): void {
    const text = buf.toString('utf8', at);
    // A CR there is text to csv-parse (not a line end of its record delimiter), as is a quote.
    if (text.includes('"') || text.includes('\r') || text.length > LINE_CHARS) return this.bail(buf, at, true);
    if (this.failure === undefined) this.row(text, 0, text.length, text.includes('\ufffd'));
  }

  /** Keeps `buf` from `at` for the next chunk, unless it already holds what csv-parse must read. */
  private keep(buf: Buffer, at: number): void {
    const rest = buf.subarray(at);
    let odd = rest.indexOf(QUOTE) >= 0 || rest.length > LINE_CHARS;
    if (!odd && this.started) {
      // A CR is a line end only in CRLF files, and only before a LF (which may be in the next chunk).
      for (let cr = rest.indexOf(CR); cr >= 0 && !odd; cr = rest.indexOf(CR, cr + 1)) {
        odd = !this.crlf || (cr + 1 < rest.length && rest[cr + 1] !== LF);
      }
    }
    if (odd) return this.bail(buf, at, false);
    this.carry = rest;
  }

  /** Reads whole lines (`text`, decoded from `buf` at `base`); false when csv-parse took over. */
  private lines(text: string, buf: Buffer, base: number, end: boolean): boolean {
    const n = text.length;
    const quote = text.indexOf('"');
    const cr = this.crlf ? -1 : text.indexOf('\r');
    const odd = quote < 0 ? (cr < 0 ? n : cr) : cr < 0 ? quote : Math.min(quote, cr);
    let replaced = text.indexOf('\ufffd');
    let index = 0;
    for (let pos = 0; pos < n; index += 1) {
      const lf = text.indexOf('\n', pos);
      let stop = lf;
      let plain = odd > lf && lf - pos <= LINE_CHARS;
      if (this.crlf) {
        stop = lf - 1;
        plain &&= stop >= pos && text.indexOf('\r', pos) === stop;
      }
      if (!plain) {
        let at = base;
        for (let i = 0; i < index; i += 1) at = buf.indexOf(LF, at) + 1;
        this.bail(buf, at, end);
        return false;
      }
      if (replaced >= 0 && replaced < pos) replaced = text.indexOf('\ufffd', pos);
      if (this.failure === undefined) this.row(text, pos, stop, replaced >= 0 && replaced < stop);
      else this.line += 1;
      pos = lf + 1;
    }
    return true;
  }

  /** One plain line, `text[pos..stop)`: its cells go straight into the rows when they need no other check. */
  private row(text: string, pos: number, stop: number, replaced: boolean): void {
    const line = this.line;
    this.line += 1;
    if (this.columns === undefined) return this.accept(text.slice(pos, stop).split(this.delimiter), line);
    const { cells } = this.pending;
    const base = cells.length;
    const d = this.delimiter;
    let count = 0;
    for (let from = pos; ; ) {
      const at = text.indexOf(d, from);
      count += 1;
      if (at < 0 || at >= stop) {
        cells.push(text.slice(from, stop));
        break;
      }
      cells.push(text.slice(from, at));
      from = at + 1;
    }
    if (count === this.width && this.blankColumns.length === 0 && stop - pos <= CSV_LIMITS.fieldChars && !replaced && !blank(cells, base, cells.length)) {
      this.pending.lines.push(line);
      return;
    }
    this.accept(cells.splice(base), line);
  }

  /** The checks of any record, read here or by csv-parse: the header's, then each row's. */
  private accept(cells: string[], line: number): void {
    for (const cell of cells) {
      if (cell.length > CSV_LIMITS.fieldChars) {
        this.failure = csvError('csv_too_large', line, `Expected a field of at most ${CSV_LIMITS.fieldChars} characters, got ${cell.length}`);
        return;
      }
      // csv-parse decodes bytes that are not UTF-8 as U+FFFD: two different ids in another
      // encoding would then read as one. Refused at the row, where the line is known.
      if (cell.includes('\ufffd')) {
        this.failure = notUtf8(line);
        return;
      }
    }
    const empty = blank(cells, 0, cells.length);
    if (this.columns === undefined) {
      if (empty) {
        this.failure = csvError('csv_malformed', 1, 'Expected a header row naming the columns, got an empty line or an empty input');
        return;
      }
      this.columns = cells;
      this.width = cells.length;
      this.blankColumns = cells.flatMap((name, i) => (name.trim() === '' ? [i] : []));
      return;
    }
    if (empty) return;
    if (cells.length !== this.width) {
      const hint =
        this.delimiter === ',' && cells.length > this.width
          ? '; in a comma-separated file, quote an amount with a decimal comma ("1000,50") or separate the fields with `;`'
          : '';
      this.failure = csvError('csv_malformed', line, `Expected ${this.width} fields as in the header, got ${cells.length}${hint}`);
      return;
    }
    const named = this.blankColumns.find((i) => cells[i]!.trim() !== '');
    if (named !== undefined) {
      this.failure = csvError('csv_malformed', line, `Expected field ${named + 1} to be empty like its header, got a value`);
      return;
    }
    for (const cell of cells) this.pending.cells.push(cell);
    this.pending.lines.push(line);
  }

  /**
   * Hands `buf` from `at`, and the rest of the input, to csv-parse. It reads them as the same
   * chunks: if it refuses this one, the rows read from it here are dropped, as it would have.
   */
  private bail(buf: Buffer, at: number, end: boolean): void {
    // Before the header's line end, csv-parse reads the input as it came (a byte order mark, its record delimiter).
    const fresh = !this.started;
    this.firstLine = this.line;
    const parser = parse({
      delimiter: this.delimiter,
      bom: fresh,
      ...(fresh ? {} : { record_delimiter: this.crlf ? '\r\n' : '\n' }),
      relax_column_count: true,
      skip_empty_lines: false,
      max_record_size: CSV_LIMITS.recordBytes,
    });
    this.parser = parser;
    parser.on('error', () => undefined);
    parser.write(buf.subarray(at));
    if (parser.errored !== null) {
      this.thrown = this.fromParser(parser.errored);
      this.close();
      return;
    }
    this.take();
    if (this.thrown !== undefined) return;
    const input = this.input;
    const rest: AsyncIterable<Buffer> = { [Symbol.asyncIterator]: () => input };
    const source = end ? Readable.from([]) : Readable.from(rest, { objectMode: false });
    // The parser's errors reach the reader below; this promise only must not go unhandled.
    pipeline(source, parser).catch(() => undefined);
    this.records = parser[Symbol.asyncIterator]() as AsyncIterator<string[]>;
  }

  /** The next record from csv-parse. */
  private async advanceParser(records: AsyncIterator<string[]>): Promise<void> {
    let got;
    try {
      got = await records.next();
    } catch (error) {
      this.thrown = this.fromParser(error);
      this.close();
      return;
    }
    if (got.done === true) {
      this.done = true;
      return;
    }
    const cells = got.value;
    const start = this.line;
    this.line += 1;
    for (const cell of cells) {
      if (cell.includes('\n') || cell.includes('\r')) {
        const breaks = lineBreaks(cell);
        this.line += breaks.lines;
        this.doubled += breaks.crlf;
      }
    }
    this.accept(cells, start);
    this.take();
  }

  /** A csv-parse error as a PartnershipError at the line it names. */
  private fromParser(error: unknown): unknown {
    if (!(error instanceof CsvError)) return error;
    const at = (error as CsvError & { lines?: unknown }).lines;
    const line = typeof at === 'number' ? Math.max(at + this.firstLine - 1 - this.doubled, this.line) : this.line;
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
}

/** Text that is not UTF-8 (or holds U+FFFD, the mark of bytes that were not), at a line. */
export function notUtf8(line: number): PartnershipError {
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
