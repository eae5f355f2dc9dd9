import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { own } from '../_lib/record.js';
import { moreIssues, pathUnder, reject, renameIssues } from '../_lib/reject.js';
import { fromMinorUnits, money, parseMinorUnits, type Money } from '../money/money.js';

/**
 * A number a sheet engine passes with its format, as HyperFormula does: `DateNumber`,
 * `DateTimeNumber`, `TimeNumber`, `PercentNumber`, `CurrencyNumber` (its `val` is the number,
 * `getDetailedType()` its kind, `format` the date pattern or the currency symbol).
 */
export interface TypedNumber {
  readonly val: number;
  readonly format?: string | undefined;
  getDetailedType(): string;
}

/** A value a spreadsheet passes to a custom function: a scalar or a 2-D range. */
export type CellValue = string | number | boolean | Date | TypedNumber | null | undefined;
/** A range as spreadsheets pass it: rows of cells. */
export type CellRange = readonly (readonly CellValue[])[];
/** A scalar argument, or a 1×1 range holding one. */
export type CellArgument = CellValue | CellRange;

/** What kind of number a cell holds. */
export type NumberKind = 'number' | 'date' | 'date-time' | 'time' | 'percentage' | 'currency';

const KINDS: Readonly<Record<string, NumberKind>> = {
  NUMBER_RAW: 'number',
  NUMBER_DATE: 'date',
  NUMBER_DATETIME: 'date-time',
  NUMBER_TIME: 'time',
  NUMBER_PERCENT: 'percentage',
  NUMBER_CURRENCY: 'currency',
};

/** A number cell read: its kind, its value, and the engine's format (a currency symbol) if any. */
export interface SheetNumber {
  readonly kind: NumberKind;
  readonly value: number;
  readonly format?: string | undefined;
}

/**
 * True for a `Date`, from this realm or another: a host may build its cells in its own global
 * scope (a `node:vm` context, an iframe), where `instanceof Date` is false.
 */
export function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** Reads a number cell, plain or typed by its engine; `undefined` for anything else. */
export function sheetNumber(value: unknown): SheetNumber | undefined {
  if (typeof value === 'number') return { kind: 'number', value };
  if (typeof value !== 'object' || value === null || isDate(value)) return undefined;
  const typed = value as Partial<TypedNumber>;
  if (typeof typed.val !== 'number' || typeof typed.getDetailedType !== 'function') return undefined;
  let kind: NumberKind | undefined;
  try {
    kind = own(KINDS, String(typed.getDetailedType())) as NumberKind | undefined;
  } catch {
    // Not an engine's number: the caller says what it expected.
    return undefined;
  }
  return kind === undefined ? undefined : { kind, value: typed.val, format: typeof typed.format === 'string' ? typed.format : undefined };
}

/** How a message shows a cell: a typed number by its kind (`a percentage cell (0.5)`), the rest as usual. */
export function describeCell(value: unknown): string {
  const number = sheetNumber(value);
  if (number !== undefined && number.kind !== 'number') return `a ${number.kind} cell (${describeValue(number.value)})`;
  if (isDate(value)) return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString()}`;
  return describeValue(value);
}

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
  return throwArgument(name, `Expected ${kind}\`${name}\` to be ${expected}, got ${describeCell(got)}`);
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
 * Reads an amount cell as Money: a number (a currency cell's too) or decimal text. A sheet's
 * number is a float: it is read through its shortest decimal form, and rejected if the currency
 * cannot hold it. A currency cell whose format is an ISO 4217 code (`EUR`) must be in `currency`;
 * a symbol (`€`, `$`) is the cell's display and is not checked.
 */
export function amount(value: CellArgument, currency: string, name: string, kind = ''): Money {
  const cell = scalar(value, name);
  const number = sheetNumber(cell);
  const expected = `an amount in ${currency}`;
  if (number !== undefined) {
    if (number.kind !== 'number' && number.kind !== 'currency') return argumentError(name, expected, cell, kind);
    if (number.format !== undefined && /^[A-Z]{3}$/.test(number.format) && number.format !== currency) return argumentError(name, expected, `${number.value} ${number.format}`, kind);
    // Named after the sheet's argument, so the error says which cell is wrong.
    return fromMinorUnits(parseMinorUnits(number.value, currency, name), currency);
  }
  if (typeof cell === 'string' && cell.trim() !== '') return fromMinorUnits(parseMinorUnits(cell.trim(), currency, name), currency);
  return argumentError(name, expected, cell, kind);
}

/** The most significant digits a percentage cell is read with: a double holds 15, a share needs far fewer. */
const PERCENT_DIGITS = 12;

/** A number's shortest decimal written without an exponent: `1e-7` as `0.0000001`, `1e+21` as `1` and 21 zeros. */
export function withoutExponent(value: number): string {
  const text = String(value);
  const e = text.indexOf('e');
  if (e < 0) return text;
  const sign = text.startsWith('-') ? '-' : '';
  const [whole = '', fraction = ''] = text.slice(sign.length, e).split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(text.slice(e + 1));
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** `digits` per cent as a decimal, exactly (`57.1` → `0.571`), or `undefined` if not a plain non-negative decimal. */
function perCent(digits: string): string | undefined {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(digits);
  if (match === null) return undefined;
  const whole = match[1]!.padStart(3, '0');
  const digitsAfter = `${whole.slice(-2)}${match[2] ?? ''}`;
  // Trailing zeros cut by a loop: `/0+$/` backtracks on a long run of zeros that ends in another digit.
  let end = digitsAfter.length;
  while (end > 0 && digitsAfter.charCodeAt(end - 1) === 48) end--;
  const fraction = digitsAfter.slice(0, end);
  const units = whole.slice(0, -2).replace(/^0+(?=\d)/, '');
  return fraction === '' ? units : `${units}.${fraction}`;
}

/**
 * Reads a share or weight cell as a decimal: a number (the core reads its shortest decimal),
 * decimal text, a percentage cell or text (`50%` is 0.5). A percentage cell holds its value divided
 * by 100 as a double (57.1% as `0.5710000000000001`): it is read as its percentage to 12 significant
 * digits, divided by 100 exactly (`0.571`).
 */
export function decimal(value: CellValue, name: string, kind = ''): string | number {
  const number = sheetNumber(value);
  if (number !== undefined) {
    if (!Number.isFinite(number.value)) return argumentError(name, 'a finite number', value, kind);
    if (number.kind === 'number') return number.value;
    const share = number.kind === 'percentage' ? perCent(withoutExponent(Number((number.value * 100).toPrecision(PERCENT_DIGITS)))) : undefined;
    return share ?? argumentError(name, 'a number or a percentage of zero or more', value, kind);
  }
  if (typeof value === 'string' && value.trim() !== '') {
    const textValue = value.trim();
    if (!textValue.endsWith('%')) return textValue;
    return perCent(textValue.slice(0, -1).trim()) ?? argumentError(name, 'a percentage such as `50%`', value, kind);
  }
  return argumentError(name, 'a number', value, kind);
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
