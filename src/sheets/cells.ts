import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { fromMinorUnits, money, parseMinorUnits, type Money } from '../money/money.js';

/** A value a spreadsheet passes to a custom function: a scalar or a 2-D range. */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A range as spreadsheets pass it: rows of cells. */
export type CellRange = readonly (readonly CellValue[])[];
/** A scalar argument, or a 1×1 range holding one. */
export type CellArgument = CellValue | CellRange;

function argumentError(name: string, expected: string, got: unknown): never {
  const message = `Expected \`${name}\` to be ${expected}, got ${describeValue(got)}`;
  throw new PartnershipError('invalid_argument', message, [{ code: 'invalid_argument', path: name, message }]);
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
    throw new PartnershipError('amount_exceeds_sheet_precision', message);
  }
  return number;
}

/**
 * Runs a core call and renames the core's paths (`terms.organizerShare`) to the
 * sheet's argument names (`organizer_share`), so an error names what the user typed.
 */
export function withArgumentNames<T>(names: Readonly<Record<string, string>>, call: () => T): T {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof PartnershipError)) throw error;
    const rename = (path: string) => {
      for (const [core, sheet] of Object.entries(names)) if (path === core || path.startsWith(`${core}.`) || path.startsWith(`${core}[`)) return sheet + path.slice(core.length);
      return path;
    };
    let message = error.message;
    for (const [core, sheet] of Object.entries(names)) message = message.split(`\`${core}`).join(`\`${sheet}`);
    throw new PartnershipError(error.code, message, error.issues.map((i) => ({ ...i, path: rename(i.path) })));
  }
}
