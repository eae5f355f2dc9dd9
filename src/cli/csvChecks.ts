/**
 * What every CSV record must be, read by the plain-line splitter or by csv-parse: the limits,
 * UTF-8, the header, and each row's width and blank columns. @internal
 */
import { parse, type CsvError, type Parser } from 'csv-parse';
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

export const LF = 0x0a;
export const CR = 0x0d;
export const QUOTE = 0x22;

/**
 * The longest line read without csv-parse, in UTF-16 units: at most 3 bytes each, such a line
 * stays under {@link CSV_LIMITS}.recordBytes, so that csv-parse could not have refused it.
 */
export const LINE_CHARS = Math.floor(CSV_LIMITS.recordBytes / 3);

/** A CSV without a header row. */
export function noHeader(): PartnershipError {
  return csvError('csv_malformed', 1, 'Expected a header row naming the columns, got an empty line or an empty input');
}

/** Whether every cell of `cells[from..to)` is blank (a row a spreadsheet writes as `;;;`). */
export function blank(cells: readonly string[], from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) if (cells[i]!.trim() !== '') return false;
  return true;
}

/** Text that is not UTF-8 (or holds U+FFFD, the mark of bytes that were not), at a line. */
export function notUtf8(line: number): PartnershipError {
  return csvError('csv_not_utf8', line, 'Expected UTF-8 text, got other bytes (or the replacement character U+FFFD): save the sheet as «CSV UTF-8»');
}

/** Line breaks in the quoted fields of a record, a CRLF counting once; `crlf` is how many csv-parse counted twice. */
export function lineBreaks(cells: readonly string[]): { lines: number; crlf: number } {
  let lines = 0;
  let crlf = 0;
  for (const text of cells) {
    if (!text.includes('\n') && !text.includes('\r')) continue;
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
  }
  return { lines, crlf };
}

/**
 * Where the rows of an input start, from its first bytes: `keep` to wait for more, `bail` when
 * csv-parse must read it all (a quote in the header, lines ended by CR alone), else past the byte
 * order mark, with the header's line end (`crlf` unknown while the input holds a single line).
 */
export function headerStart(buf: Buffer, end: boolean): 'keep' | 'bail' | { from: number; crlf?: boolean } {
  // csv-parse looks for a byte order mark in the first 3 bytes, then takes the first line end
  // it meets, outside quotes, as the record delimiter (CRLF, LF or CR), with 2 bytes to spare.
  if (buf.length < 3 && !end) return 'keep';
  const from = buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const lf = buf.indexOf(LF, from);
  const cr = buf.indexOf(CR, from);
  const eol = lf < 0 ? cr : cr < 0 ? lf : Math.min(lf, cr);
  const quote = buf.indexOf(QUOTE, from);
  if (quote >= 0 && (eol < 0 || quote < eol)) return 'bail';
  if (eol < 0 || (!end && eol + 2 >= buf.length)) return end ? { from } : 'keep';
  // Lines ended by CR alone (classic Mac OS): csv-parse reads them all.
  if (buf[eol] === CR && buf[eol + 1] !== LF) return 'bail';
  return { from, crlf: buf[eol] === CR };
}

/** csv-parse as the splitter hands over to it: from the input's start (`fresh`: it finds the byte order mark and line end), or from a line once they are known. */
export function csvParser(delimiter: string, fresh: boolean, crlf: boolean): Parser {
  return parse({
    delimiter,
    bom: fresh,
    ...(fresh ? {} : { record_delimiter: crlf ? '\r\n' : '\n' }),
    relax_column_count: true,
    skip_empty_lines: false,
    max_record_size: CSV_LIMITS.recordBytes,
  });
}

/** The header's columns once read, and the checks of every record against them. */
export class RecordChecks {
  columns: string[] | undefined;
  width = 0;
  /** The columns whose header is blank: their cells must be blank too. */
  blankColumns: number[] = [];

  constructor(private readonly delimiter: string) {}

  /** `cells` at `line`: a problem, `true` for a row to keep, `false` for the header or a blank row. */
  check(cells: readonly string[], line: number): PartnershipError | boolean {
    for (const cell of cells) {
      if (cell.length > CSV_LIMITS.fieldChars) {
        return csvError('csv_too_large', line, `Expected a field of at most ${CSV_LIMITS.fieldChars} characters, got ${cell.length}`);
      }
      // csv-parse decodes bytes that are not UTF-8 as U+FFFD: two different ids in another
      // encoding would then read as one. Refused at the row, where the line is known.
      if (cell.includes('\ufffd')) {
        return notUtf8(line);
      }
    }
    const empty = blank(cells, 0, cells.length);
    if (this.columns === undefined) {
      if (empty) {
        return noHeader();
      }
      this.columns = [...cells];
      this.width = cells.length;
      this.blankColumns = cells.flatMap((name, i) => (name.trim() === '' ? [i] : []));
      return false;
    }
    if (empty) return false;
    if (cells.length !== this.width) {
      const hint =
        this.delimiter === ',' && cells.length > this.width
          ? '; in a comma-separated file, quote an amount with a decimal comma ("1000,50") or separate the fields with `;`'
          : '';
      return csvError('csv_malformed', line, `Expected ${this.width} fields as in the header, got ${cells.length}${hint}`);
    }
    const named = this.blankColumns.find((i) => cells[i]!.trim() !== '');
    if (named !== undefined) {
      return csvError('csv_malformed', line, `Expected field ${named + 1} to be empty like its header, got a value`);
    }
    return true;
  }
}

/** A csv-parse error as a PartnershipError at `line`. */
export function parserError(error: CsvError, line: number): PartnershipError {
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
