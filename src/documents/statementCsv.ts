import { stringify } from 'csv-stringify/sync';
import { STREAMS } from '../money/streams.js';
import type { Locale } from '../rules/types.js';
import { readDocumentOptions } from './_options.js';
import { readPeriodStatement } from './_readPeriod.js';
import type { PeriodColumns, PeriodFigures, PeriodStatement } from './statementPeriod.js';
import { STATEMENT_WORDS } from './statementWords.js';

/** Options of {@link statementCsv}. */
export interface StatementCsvOptions {
  /** `en` (default): `,` between cells and a decimal point; `fr`: `;` and a decimal comma, as French Excel reads them. */
  readonly locale?: Locale;
}

/** The characters a spreadsheet may read as the start of a formula (OWASP's list). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell that a spreadsheet cannot take for a formula: prefixed with `'` when it starts with
 * `=`, `+`, `-`, `@`, a tab or a carriage return.
 *
 * @internal
 */
export function textCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** The width of every row: the receipts' table, the widest of the three. */
const WIDTH = 7;
const FIGURES = ['received', 'toBreakeven', 'platform', 'organizer'] as const;

/**
 * A period statement as CSV, for a spreadsheet: three tables, each under its header row and
 * apart from the next by an empty row, every row of 7 cells so that the file is rectangular:
 *
 * 1. the period (first and last days, both included), the currency, the breakeven, what was
 *    recovered of it by the end of the period, what is left, and what is due to the organizer;
 * 2. the waterfall: per stream and figure (received, to breakeven, platform, organizer), the
 *    prior, this period and cumulative columns, then the totals;
 * 3. the receipts of the period, one row each, with the statement's figures.
 *
 * Amounts are plain numbers with the locale's decimal mark and no thousands separator (a refund
 * is `-300.00`, a number). Text cells (receipt ids) that start with `=`, `+`, `-`, `@`, a tab or a
 * carriage return are prefixed with `'`, so a spreadsheet shows them as text and runs no formula.
 * The file starts with a UTF-8 byte order mark (Excel then reads `reçu` right) and ends its lines
 * with CRLF (RFC 4180); a cell holding the delimiter, a quote or a line break is quoted.
 *
 * @param period - what {@link statementForPeriod} returned.
 * @param options - `locale`: `en` (`,`, `1250.50`) or `fr` (`;`, `1250,50`).
 * @throws {PartnershipError} `invalid_options`, `unknown_key`, `invalid_locale`; `statement_malformed`
 *   (or `currency_unknown`, `unknown_key`) at the path of a `period` field that is not what
 *   `statementForPeriod` writes (`period.lines[0].amount`).
 * @example
 * statementCsv(statementForPeriod(statement, { from: '2026-03', to: '2026-03' }), { locale: 'fr' })
 * //=> '\uFEFFpériode du;au;devise;point mort;…\r\n2026-03-01;2026-03-31;EUR;3000,00;…'
 */
export function statementCsv(period: PeriodStatement, options?: StatementCsvOptions): string {
  const { locale } = readDocumentOptions(options, ['locale']);
  return csvOf(readPeriodStatement(period), locale);
}

/** The CSV of a period statement that was read. */
function csvOf(period: PeriodStatement, locale: Locale): string {
  const w = STATEMENT_WORDS[locale];
  const amount = (money: { readonly amount: string }): string => (locale === 'fr' ? money.amount.replace('.', ',') : money.amount);
  const row = (cells: readonly string[]): string[] => [...cells, ...Array<string>(WIDTH - cells.length).fill('')];
  const blank = row([]);
  const figureRows = (name: string, columns: PeriodColumns): string[][] =>
    FIGURES.map((figure) => {
      const of = (column: PeriodFigures) => amount(column[figure]);
      return row([name, w.figures[figure], of(columns.prior), of(columns.period), of(columns.cumulative)]);
    });
  const rows: string[][] = [
    row([w.periodFrom, w.periodTo, w.currency, w.breakeven, w.recovered, w.uncovered, w.dueToOrganizer]),
    row([period.from, period.to, period.currency, amount(period.breakeven), amount(period.totals.cumulative.toBreakeven), amount(period.uncovered), amount(period.dueToOrganizer)]),
    blank,
    row([w.stream, w.figure, w.prior, w.thisPeriod, w.cumulative]),
    ...STREAMS.flatMap((stream) => {
      const columns = period.streams[stream];
      return columns === undefined ? [] : figureRows(w.streams[stream], columns);
    }),
    ...figureRows(w.total, period.totals),
    blank,
    row([w.receipt, w.stream, w.receivedAt, ...FIGURES.map((figure) => w.figures[figure])]),
    ...period.lines.map((line) =>
      row([textCell(line.receiptId), w.streams[line.stream], textCell(line.receivedAt), amount({ amount: line.amount }), amount({ amount: line.toBreakeven }), amount({ amount: line.platform }), amount({ amount: line.organizer })]),
    ),
  ];
  return stringify(rows, { delimiter: locale === 'fr' ? ';' : ',', record_delimiter: 'windows', bom: true });
}
