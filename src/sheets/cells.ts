import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { moreIssues, pathUnder, reject, renameIssues } from '../_lib/reject.js';
import { fromMinorUnits, money, parseMinorUnits, type Money } from '../money/money.js';

/** A value a spreadsheet passes to a custom function: a scalar or a 2-D range. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A range as spreadsheets pass it: rows of cells. */
export type CellRange = readonly (readonly CellValue[])[];
/** A scalar argument, or a 1×1 range holding one. */
export type CellArgument = CellValue | CellRange;

/** Throws an `invalid_argument` error about the argument or column `name`: `message` is the error's and its one issue's. */
export function throwArgument(name: string, message: string): never {
  return reject('invalid_argument', name, message);
}

/**
 * Throws "Expected `name` to be {expected}, got {value}" as an `invalid_argument` error.
 *
 * @param kind - what `name` is, before it: `column ` for a tracker column.
 */
export function argumentError(name: string, expected: string, got: unknown, kind = ''): never {
  return throwArgument(name, `Expected ${kind}\`${name}\` to be ${expected}, got ${describeValue(got)}`);
}

/** True for a cell a sheet leaves empty. */
export function isBlank(value: unknown): boolean {
  return value === null || value === undefined || value === '';
}

/** Reads a scalar argument; a 1×1 range is its one cell. */
export function scalar(value: CellArgument, name: string): CellValue {
  if (Array.isArray(value)) {
    const rows = value as CellRange;
    const row: unknown = rows[0];
    if (rows.length === 1 && Array.isArray(row) && row.length === 1) return row[0] as CellValue;
    argumentError(name, 'a single cell', value);
  }
  return value as CellValue;
}

/** Reads every cell of a range (or one scalar) in row order. */
export function cells(value: CellArgument): CellValue[] {
  if (!Array.isArray(value)) return [value as CellValue];
  return (value as CellRange).flatMap((row) => (Array.isArray(row) ? [...row] : [row as unknown as CellValue]));
}

/** Reads an optional text argument with a default. */
export function text(value: CellArgument, name: string, fallback: string): string {
  const cell = scalar(value, name);
  if (isBlank(cell)) return fallback;
  if (typeof cell !== 'string') argumentError(name, 'text', cell);
  return cell.trim();
}

/**
 * Reads an amount cell as Money. A sheet's number is a float: it is read
 * through its shortest decimal form, and rejected if the currency cannot hold it.
 */
export function amount(value: CellArgument, currency: string, name: string): Money {
  const cell = scalar(value, name);
  if (typeof cell === 'number' || (typeof cell === 'string' && cell.trim() !== '')) {
    // Named after the sheet's argument, so the error says which cell is wrong.
    return fromMinorUnits(parseMinorUnits(typeof cell === 'string' ? cell.trim() : cell, currency, name), currency);
  }
  return argumentError(name, `an amount in ${currency}`, cell);
}

/** Reads a share or weight cell: a number (the core reads its shortest decimal) or decimal text. */
export function decimal(value: CellValue, name: string): string | number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) argumentError(name, 'a finite number', value);
    return value;
  }
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  return argumentError(name, 'a number', value);
}

/**
 * Writes Money as a sheet number, for cells the sheet computes further.
 *
 * @throws {PartnershipError} `amount_exceeds_sheet_precision` when no double reads back to the exact amount
 *   (beyond about 15 significant digits): a sheet number would silently round it.
 */
export function toCellNumber(value: Money): number {
  const number = Number(value.amount);
  if (money(number, value.currency).amount !== value.amount) {
    const message = `The amount ${value.amount} ${value.currency} has more digits than a spreadsheet number holds exactly`;
    reject('amount_exceeds_sheet_precision', '', message);
  }
  return number;
}

/** Names the sheet cell or argument behind a core path, or `undefined` to keep the core's path. */
export type SheetNamer = (path: string) => string | undefined;

/** A range argument: its name, and the cell behind the core's item `[index]`. */
export interface RangeName {
  readonly range: string;
  readonly cell: (index: number) => string;
}

/**
 * Builds a {@link SheetNamer} from core path prefixes to sheet arguments. An argument is one cell
 * (or one range), so whatever the core names inside it (`received.amount`) is that cell (`received`);
 * a range's item `[i]` is looked up as the cell the user sees (`receipts_column[2][0]`).
 */
export function argumentNamer(names: Readonly<Record<string, string | RangeName>>): SheetNamer {
  return (path) => {
    // In the order given: list a longer prefix (`terms.breakeven`) before a shorter one it starts with.
    for (const prefix of Object.keys(names)) {
      const rest = pathUnder(path, prefix);
      if (rest === undefined) continue;
      const name = names[prefix]!;
      if (typeof name === 'string') return name;
      const index = /^\[(\d+)\]/.exec(rest);
      return index === null ? name.range : name.cell(Number(index[1]));
    }
    return undefined;
  };
}

/** What a message calls a sheet name: `` `organizer_share` `` by default. */
export type SheetSubject = (name: string) => string;

const quoted: SheetSubject = (name) => `\`${name}\``;

/**
 * Runs a core call and renames the core's paths (`terms.organizerShare`, `receipts[1].amount`) to
 * what the sheet shows (`organizer_share`, `receipts_column[2][0]`), so an error names what the user
 * typed. Issues that come to name the same cell are reported once, and the message is said again
 * from the first of them ("Expected `receipts_column[2][0]` to be a refund of at most …"): the
 * core's own summary names its paths.
 */
export function withSheetNames<T>(namer: SheetNamer, call: () => T, subject: SheetSubject = quoted): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof PartnershipError)) throw error;
    // Nothing of the core's to rename: the error already speaks the sheet's words.
    if (error.issues.every((issue) => (namer(issue.path) ?? issue.path) === issue.path)) throw error;
    const seen = new Set<string>();
    throw renameIssues(
      error,
      (issue) => {
        const renamed = { ...issue, path: namer(issue.path) ?? issue.path };
        const key = `${renamed.code}\n${renamed.path}\n${renamed.message}`;
        if (seen.has(key)) return undefined;
        seen.add(key);
        return renamed;
      },
      (_, issues) => `Expected ${subject(issues[0]!.path)} to be ${issues[0]!.message.replace(/^Expected /, '')}${moreIssues(issues.length)}`,
    );
  }
}
