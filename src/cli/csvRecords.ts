import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { CsvError, type Parser } from 'csv-parse';
import type { PartnershipError } from '../errors.js';
import { CR, CSV_LIMITS, LF, LINE_CHARS, QUOTE, RecordChecks, blank, csvParser, headerStart, lineBreaks, noHeader, parserError } from './csvChecks.js';

/**
 * Rows of a CSV read together: their cells one row after another, as many per row as the
 * header has, and the line of the file each row starts on.
 */
export interface CsvBatch {
  readonly cells: readonly string[];
  readonly lines: readonly number[];
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
  /** The header's columns once read, and the checks of every row against them. */
  private readonly checks: RecordChecks;
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
  ) {
    this.checks = new RecordChecks(delimiter);
  }

  /**
   * The header row, once the chunk it ends in is read.
   *
   * @throws {PartnershipError} as `readCsv` does.
   */
  async readHeader(): Promise<readonly string[]> {
    while (this.header === undefined) {
      if (this.thrown !== undefined) throw this.thrown;
      if (this.done) throw noHeader();
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
        this.thrown = noHeader();
      }
    }
  }

  /** The chunk is read and csv-parse would have taken it: its rows are handed out (then its row's problem). */
  private take(): void {
    if (this.checks.columns !== undefined) this.header = this.checks.columns;
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
      const head = headerStart(buf, end);
      if (head === 'keep') return this.keep(buf, 0);
      if (head === 'bail') return this.bail(buf, 0, end);
      if (head.crlf !== undefined) this.crlf = head.crlf;
      this.started = true;
      start = head.from;
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
    if (this.checks.columns === undefined) return this.accept(text.slice(pos, stop).split(this.delimiter), line);
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
    if (count === this.checks.width && this.checks.blankColumns.length === 0 && stop - pos <= CSV_LIMITS.fieldChars && !replaced && !blank(cells, base, cells.length)) {
      this.pending.lines.push(line);
      return;
    }
    this.accept(cells.splice(base), line);
  }

  /** The checks of any record, read here or by csv-parse: a row kept, or the chunk's problem. */
  private accept(cells: string[], line: number): void {
    const verdict = this.checks.check(cells, line);
    if (verdict === true) {
      for (const cell of cells) this.pending.cells.push(cell);
      this.pending.lines.push(line);
    } else if (verdict !== false) this.failure = verdict;
  }

  /**
   * Hands `buf` from `at`, and the rest of the input, to csv-parse. It reads them as the same
   * chunks: if it refuses this one, the rows read from it here are dropped, as it would have.
   */
  private bail(buf: Buffer, at: number, end: boolean): void {
    // Before the header's line end, csv-parse reads the input as it came (a byte order mark, its record delimiter).
    const fresh = !this.started;
    this.firstLine = this.line;
    const parser = csvParser(this.delimiter, fresh, this.crlf);
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
    const breaks = lineBreaks(cells);
    this.line += breaks.lines;
    this.doubled += breaks.crlf;
    this.accept(cells, start);
    this.take();
  }

  /** A csv-parse error as a PartnershipError at the line it names. */
  private fromParser(error: unknown): unknown {
    if (!(error instanceof CsvError)) return error;
    const at = (error as CsvError & { lines?: unknown }).lines;
    const line = typeof at === 'number' ? Math.max(at + this.firstLine - 1 - this.doubled, this.line) : this.line;
    return parserError(error, line);
  }
}
