import { CSV_LIMITS, csvError, notUtf8 } from './csvChecks.js';
import { CsvRecords, type CsvBatch } from './csvRecords.js';

export { CSV_LIMITS, csvError } from './csvChecks.js';
export type { CsvBatch } from './csvRecords.js';

/** The field delimiters a CSV file may use: what spreadsheets write (`;` where the decimal mark is a comma). */
export const DELIMITERS = [',', ';', '\t'] as const;

/** A CSV field delimiter. */
export type Delimiter = (typeof DELIMITERS)[number];

/** One CSV row: its cells, and the line of the file it starts on (1 is the header). */
export interface CsvRow {
  readonly line: number;
  readonly cells: readonly string[];
}

/**
 * A CSV input being read: its delimiter, its header row, and the rows after it, one at a time
 * (`rows`) or many at a time (`batches`, the cheaper); read one of the two, once.
 */
export interface CsvTable {
  readonly delimiter: Delimiter;
  /** The header's names, trimmed, as written (a byte order mark removed). */
  readonly header: readonly string[];
  readonly rows: AsyncIterable<CsvRow>;
  readonly batches: AsyncIterable<CsvBatch>;
}

/** Options of {@link readCsv}. */
export interface ReadCsvOptions {
  /** The delimiter; detected from the header row when left out. */
  readonly delimiter?: Delimiter | undefined;
}

/**
 * Reads CSV from a stream of chunks, once: the header row first (to detect the delimiter
 * among `,`, `;` and tab when none is given), then the rows, so that a file of 10^6 rows is
 * never held whole (see {@link CsvRecords} for how). A byte order mark, CRLF or LF line ends, and a missing
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
    const chunk = bufferOf(next.value);
    head.push(chunk);
    scan.feed(chunk);
    if (!scan.done && scan.bytes > CSV_LIMITS.recordBytes) {
      throw csvError('csv_too_large', 1, `Expected a header row of at most ${CSV_LIMITS.recordBytes} bytes, got a longer one`);
    }
  }
  if (head.length > 0) scan.checkUtf8(Buffer.concat(head));
  const delimiter = options.delimiter ?? scan.delimiter();

  const rest: AsyncIterable<Uint8Array | string> = { [Symbol.asyncIterator]: () => input };
  async function* all(): AsyncGenerator<Buffer> {
    yield* head;
    if (!ended) for await (const chunk of rest) yield bufferOf(chunk);
  }
  const records = new CsvRecords(all(), delimiter);
  let header: readonly string[];
  try {
    header = (await records.readHeader()).map((c) => c.trim());
  } catch (error) {
    records.close();
    throw error;
  }

  async function* batches(): AsyncGenerator<CsvBatch> {
    try {
      for (let batch = await records.next(); batch !== undefined; batch = await records.next()) yield batch;
    } finally {
      // Stops reading the input when the caller stops early (an error, a closed pipe).
      records.close();
    }
  }
  async function* rows(): AsyncGenerator<CsvRow> {
    const width = header.length;
    for await (const { cells, lines } of batches()) {
      for (let r = 0; r < lines.length; r += 1) yield { line: lines[r]!, cells: cells.slice(r * width, (r + 1) * width) };
    }
  }
  return { delimiter, header, rows: rows(), batches: batches() };
}

/** A chunk of input as a Buffer, its bytes not copied. */
function bufferOf(chunk: Uint8Array | string): Buffer {
  return typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
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
