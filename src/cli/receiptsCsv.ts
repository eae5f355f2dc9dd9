import type { PartnershipError, PartnershipIssue } from '../errors.js';
import { Issues, renameIssues } from '../_lib/reject.js';
import type { Receipt } from '../money/types.js';
import { printable } from '../_lib/printable.js';
import type { CsvRow } from './csv.js';
import { describeValue, messageText } from '../_lib/describe.js';
import { suggestion } from '../_lib/suggest.js';

/**
 * The columns of a receipts CSV and the header names each is read from, trimmed and
 * compared without case: English names, and the French a spreadsheet exported in France has.
 */
export const RECEIPT_COLUMNS = Object.freeze({
  id: ['id'],
  stream: ['stream', 'flux'],
  amount: ['amount', 'montant'],
  receivedAt: ['receivedat', 'received_at', 'reçu le', 'recu le', 'date'],
  currency: ['currency', 'devise'],
} as const);

/** A column of a receipts CSV. */
export type ReceiptColumn = keyof typeof RECEIPT_COLUMNS;

const REQUIRED: readonly ReceiptColumn[] = ['id', 'stream', 'amount', 'receivedAt'];

/** Where each column of a receipts CSV is, and its header as written (for messages). */
export interface ReceiptColumns {
  readonly index: Readonly<Record<ReceiptColumn, number>>;
  readonly names: Readonly<Record<ReceiptColumn, string>>;
}

function normalName(name: string): string {
  return name.trim().normalize('NFC').toLowerCase().replace(/\s+/g, ' ');
}

const BY_ALIAS: ReadonlyMap<string, ReceiptColumn> = new Map(
  (Object.keys(RECEIPT_COLUMNS) as ReceiptColumn[]).flatMap((column) => RECEIPT_COLUMNS[column].map((alias) => [alias, column] as const)),
);

const ALIASES: readonly string[] = [...BY_ALIAS.keys()];

/**
 * Reads a receipts CSV's header: which column holds what.
 *
 * @throws {PartnershipError} `csv_header_invalid` at `line 1`: a required column missing,
 *   one named twice, or a name that is none of {@link RECEIPT_COLUMNS} (with the closest one).
 */
export function receiptColumns(header: readonly string[]): ReceiptColumns {
  const index: Partial<Record<ReceiptColumn, number>> = {};
  const names: Partial<Record<ReceiptColumn, string>> = {};
  const problems: string[] = [];
  header.forEach((name, i) => {
    if (name === '') return;
    const normal = normalName(name);
    const column = BY_ALIAS.get(normal);
    if (column === undefined) {
      const near = suggestion(normal, ALIASES);
      problems.push(`Expected a known column name, got ${describeValue(name)}${near === undefined ? '' : `; did you mean \`${near}\`?`}`);
    } else if (index[column] !== undefined) {
      problems.push(`Expected one column for ${column}, got \`${printable(names[column]!)}\` and \`${printable(name)}\``);
    } else {
      index[column] = i;
      names[column] = name;
    }
  });
  const missing = REQUIRED.filter((c) => index[c] === undefined);
  if (missing.length > 0) {
    problems.push(`Expected the header row to name ${missing.join(', ')} (${missing.map((c) => RECEIPT_COLUMNS[c].slice(0, 2).join(' or ')).join('; ')}), got ${header.map((h) => messageText(h)).join(', ')}`);
  }
  if (problems.length > 0) {
    const issues = new Issues();
    for (const message of problems) issues.add('csv_header_invalid', 'line 1', message, `line 1: ${message}`);
    issues.throwIfAny('csv_header_invalid');
  }
  return {
    index: { currency: -1, ...index } as Record<ReceiptColumn, number>,
    names: { currency: 'currency', ...names } as Record<ReceiptColumn, string>,
  };
}

const THOUSANDS = 'thousands separators are not accepted';

/**
 * Reads an amount as a CSV cell writes it, into the decimal the core reads: with
 * `decimalComma`, `1000,50` and `-250,50` are `1000.50` and `-250.50` (a decimal point
 * is read too). Thousands separators (`1 000,50`, `1.000,50`, `1,000.50`, narrow and
 * no-break spaces) are refused rather than guessed.
 *
 * @returns the amount for the core, or what was expected when the cell cannot be read.
 */
export function csvAmount(cell: string, decimalComma: boolean): { amount: string } | { expected: string; note?: string } {
  const text = cell.trim();
  const example = decimalComma ? '`1000,50`' : '`1000.50`';
  const thousands = { expected: `an amount without thousands separators, such as ${example}`, note: THOUSANDS };
  if (/\d[\s\u00a0\u2009\u202f'’]+\d/.test(text)) return thousands;
  if (decimalComma) {
    if (/^[+-]?\d+,\d+$/.test(text)) return { amount: text.replace(',', '.') };
    if (text.includes(',')) return thousands;
    // `1.000` or `12.500`: in a sheet that writes decimal commas, a dot before three digits groups thousands.
    if (/^[+-]?\d{1,3}(?:\.\d{3})+$/.test(text)) return thousands;
    return { amount: text };
  }
  if (/^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(text)) return thousands;
  if (/^[+-]?\d+,\d+$/.test(text)) return { expected: `an amount with a decimal point, such as ${example}`, note: 'give --decimal-comma to read decimal commas' };
  return { amount: text };
}

/** Whether a character code is a decimal digit. */
function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * What {@link csvAmount} gives for the amounts most cells hold, without its regular
 * expressions: digits with a sign or not, and a decimal point (`decimalComma`: a decimal comma,
 * then read as a point); `undefined` for anything else, left to {@link csvAmount}.
 */
export function plainAmount(text: string, decimalComma: boolean): string | undefined {
  const n = text.length;
  let i = text.charCodeAt(0) === 43 || text.charCodeAt(0) === 45 ? 1 : 0;
  const whole = i;
  while (i < n && isDigit(text.charCodeAt(i))) i += 1;
  if (i === whole) return undefined;
  if (i === n) return text;
  if (text.charCodeAt(i) !== (decimalComma ? 44 : 46)) return undefined;
  const fraction = (i += 1);
  while (i < n && isDigit(text.charCodeAt(i))) i += 1;
  if (i !== n || i === fraction) return undefined;
  return decimalComma ? text.replace(',', '.') : text;
}

/**
 * A copy of `text` that does not share the memory of a longer string: an id cut out of a chunk of
 * the file would otherwise keep the whole chunk alive for as long as the settlement keeps the id
 * (V8 makes a slice of 13 characters or more share its parent). Its UTF-8 bytes read back to a
 * string of its own, the same unless it holds a lone surrogate (never, in text decoded from a file).
 */
function own(text: string): string {
  if (text.length < 13) return text;
  const copy = Buffer.from(text, 'utf8').toString('utf8');
  return copy === text ? copy : text;
}

/**
 * Reads receipts from rows of a CSV: `read(cells, at, line)` is the receipt of the row whose
 * cells start at `cells[at]`, for the core to check, or the issue with its amount.
 *
 * @param currency - the contract's currency, for a row without a currency column or cell.
 */
export function csvReceipts(columns: ReceiptColumns, currency: string, decimalComma: boolean): (cells: readonly string[], at: number, line: number) => Receipt | PartnershipIssue {
  const { id, stream, amount, receivedAt, currency: currencyAt } = columns.index;
  return (cells, at, line) => {
    const written = cells[at + amount]!.trim();
    let read = plainAmount(written, decimalComma);
    if (read === undefined) {
      const told = csvAmount(written, decimalComma);
      if ('expected' in told) {
        return {
          code: 'csv_amount_malformed',
          path: `line ${line} (${printable(columns.names.amount)})`,
          message: `Expected ${told.expected}, got ${describeValue(written)}${told.note === undefined ? '' : `: ${told.note}`}`,
        };
      }
      read = told.amount;
    }
    const given = currencyAt < 0 ? '' : cells[at + currencyAt]!.trim();
    return {
      id: own(cells[at + id]!),
      stream: cells[at + stream]!.trim() as Receipt['stream'],
      amount: { amount: read, currency: given === '' ? currency : given },
      receivedAt: cells[at + receivedAt]!.trim(),
    };
  };
}

/**
 * The receipt of one CSV row, for the core to check, or the issue with its amount.
 *
 * @param currency - the contract's currency, for a row without a currency column or cell.
 */
export function csvReceipt(row: CsvRow, columns: ReceiptColumns, currency: string, decimalComma: boolean): Receipt | PartnershipIssue {
  return csvReceipts(columns, currency, decimalComma)(row.cells, 0, row.line);
}

/** Whether {@link csvReceipt} gave an issue rather than a receipt. */
export function isIssue(value: Receipt | PartnershipIssue): value is PartnershipIssue {
  return 'path' in value;
}

const FIELD_COLUMN: Readonly<Record<string, ReceiptColumn>> = {
  '.id': 'id',
  '.stream': 'stream',
  '.amount': 'amount',
  '.amount.amount': 'amount',
  '.amount.currency': 'currency',
  '.receivedAt': 'receivedAt',
};

/**
 * The core's error about `receipts[k]` (k counted over the whole input) told in the file's
 * terms: `receipts[3].amount.amount`, in a path or a message, becomes `line 5 (Montant)`,
 * and `receipts[3]` becomes `line 5`; the receipt before an out-of-order one is named by its line.
 */
export function onCsvLines(error: PartnershipError, columns: ReceiptColumns, lineOf: (k: number) => number): PartnershipError {
  const where = (k: string, field: string): string => {
    const line = `line ${lineOf(Number(k))}`;
    if (field === '') return line;
    const column = FIELD_COLUMN[field];
    return column === undefined ? `${line} ${field.slice(1)}` : `${line} (${printable(columns.names[column])})`;
  };
  const told = (text: string) => text.replace(/receipts\[(\d+)\]((?:\.[A-Za-z]+)*)/g, (_, k: string, field: string) => where(k, field));
  // The core names the receipt before an out-of-order one by its id; that receipt is the row before.
  const before = (issue: PartnershipIssue): string => {
    const k = issue.code === 'receipts_out_of_order' ? /^receipts\[(\d+)\]/.exec(issue.path) : null;
    return k === null || Number(k[1]) === 0 ? '' : ` on line ${lineOf(Number(k[1]) - 1)}`;
  };
  return renameIssues(
    error,
    (issue) => ({ ...issue, path: told(issue.path), message: told(issue.message) + before(issue) }),
    (message) => told(message) + (error.issues[0] === undefined ? '' : before(error.issues[0])),
  );
}
