import { parseCoverageRequest } from '../models/coverageRequest.js';
import { DEFAULT_POLICY } from '../models/policy.js';
import { allocate } from '../money/allocate.js';
import { minorUnits } from '../money/minorUnits.js';
import { settleInTimeOrder } from '../money/createSettlement.js';
import { splitRevenue } from '../money/splitRevenue.js';
import type { Receipt } from '../money/types.js';
import { blockingUnmet } from '../rules/blockingUnmet.js';
import { evaluateEligibility } from '../rules/evaluateEligibility.js';
import { RULE_LOGIC } from '../rules/_logic.js';
import { nextDeadline } from '../rules/_nextDeadline.js';
import type { EligibilityReport, Locale } from '../rules/types.js';
import { amount, argumentNamer, cells, decimal, isBlank, scalar, text, throwArgument, toCellNumber, withSheetNames, type CellArgument, type CellValue } from './cells.js';
import { TRACKER_COLUMNS, readTrackerRow, trackerAsOf } from './row.js';
import { TRACKER_COLUMNS_FR } from './trackerColumnsFr.js';
import { trackerAvailability, trackerColumnNamer, trackerRequest, trackerSubject } from './tracker.js';

/** What a custom function returns: rows of cells. */
export type CellRows = (string | number)[][];

/** A cell of a range argument as messages name it: the argument, then `[row][column]` counted from 0 within the range. */
function cellName(argument: string, [row, column]: readonly [number, number]): string {
  return `${argument}[${row}][${column}]`;
}

/** A range argument as rows of cells; a scalar is a 1×1 range. */
function gridOf(value: CellArgument): CellValue[][] {
  if (!Array.isArray(value)) return [[value as CellValue]];
  return (value as CellValue[][]).map((row) => (Array.isArray(row) ? row : [row as CellValue]));
}

function currencyOf(value: CellArgument): string {
  const currency = text(value, 'currency', 'EUR').toUpperCase();
  minorUnits(currency, 'currency');
  return currency;
}

function share(value: CellArgument): string | number {
  const cell = scalar(value, 'organizer_share');
  return isBlank(cell) ? '0.5' : decimal(cell, 'organizer_share');
}

/**
 * `=PARTNERSHIP_SPLIT(received, breakeven, [organizer_share], [currency])`: one row, platform then organizer.
 *
 * The payment first covers the breakeven (to the platform); the surplus is shared, the organizer
 * getting `organizer_share` (0.5 by default), the odd minor unit to the platform.
 *
 * @example
 * PARTNERSHIP_SPLIT(5000, 3000) //=> [[4000, 1000]]
 */
export function PARTNERSHIP_SPLIT(received: CellArgument, breakeven: CellArgument, organizerShare?: CellArgument, currency?: CellArgument): CellRows {
  const code = currencyOf(currency);
  const terms = { breakeven: amount(breakeven, code, 'breakeven'), organizerShare: share(organizerShare) };
  const names = argumentNamer({ received: 'received', 'terms.organizerShare': 'organizer_share', 'terms.breakeven': 'breakeven' });
  const split = withSheetNames(names, () => splitRevenue(amount(received, code, 'received'), terms));
  return [[toCellNumber(split.platform), toCellNumber(split.organizer)]];
}

/**
 * `=PARTNERSHIP_SETTLE(receipts_column, breakeven, [organizer_share], [currency])`: the organizer's
 * payout for each receipt, in the receipts' shape (a column in, a column out).
 *
 * Receipts are sponsorship payments in row order; a negative one is a refund. The payout of each
 * row follows the cumulative rule: the organizer's entitlement is computed on the running total,
 * so many small receipts pay what one of their sum would. Blank rows give blank cells.
 *
 * @example
 * PARTNERSHIP_SETTLE([[2000], [3000]], 3000) //=> [[0], [1000]]
 */
export function PARTNERSHIP_SETTLE(receipts: CellArgument, breakeven: CellArgument, organizerShare?: CellArgument, currency?: CellArgument): CellRows {
  const code = currencyOf(currency);
  const rows = gridOf(receipts);
  const list: Receipt[] = [];
  const where: [number, number][] = [];
  rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (isBlank(cell)) return;
      // Read as every amount cell is (a currency cell's number, decimal text), named after its cell.
      const received = amount(cell, code, cellName('receipts_column', [r, c]));
      // Same date for all: the engine keeps input order for ties, which is the sheet's row order.
      list.push({ id: `row-${r + 1}-${c + 1}`, stream: 'sponsorship', amount: received, receivedAt: '1970-01-01' });
      where.push([r, c]);
    }),
  );
  const terms = { breakeven: amount(breakeven, code, 'breakeven'), clauses: { sponsorship: { organizerShare: share(organizerShare), countsTowardBreakeven: true } } };
  // Blank cells are skipped, so the core's `receipts[i]` is the i-th filled cell, named by where it sits.
  const names = argumentNamer({
    receipts: { range: 'receipts_column', cell: (i) => cellName('receipts_column', where[i] ?? [i, 0]) },
    'terms.clauses.sponsorship.organizerShare': 'organizer_share',
    'terms.breakeven': 'breakeven',
  });
  // `settle(terms, list)`, through the function that does without a `previous` statement (and its reader).
  const statement = withSheetNames(names, () => settleInTimeOrder(terms, list));
  const out: CellRows = rows.map((row) => row.map(() => ''));
  statement.lines.forEach((line, i) => {
    const [r, c] = where[i]!;
    out[r]![c] = toCellNumber({ amount: line.organizer, currency: code });
  });
  return out;
}

/**
 * `=PARTNERSHIP_ALLOCATE(amount, weights_row, [currency])`: splits an amount by weights, one row out.
 *
 * Largest remainder, exact: every part is within one minor unit of its exact share, ties to the left.
 *
 * @example
 * PARTNERSHIP_ALLOCATE(100, [[1, 1, 1]]) //=> [[33.34, 33.33, 33.33]]
 */
export function PARTNERSHIP_ALLOCATE(total: CellArgument, weights: CellArgument, currency?: CellArgument): CellRows {
  const code = currencyOf(currency);
  const rows = gridOf(weights);
  const list: (string | number)[] = [];
  const where: [number, number][] = [];
  rows.forEach((row, r) =>
    row.forEach((w, c) => {
      if (isBlank(w)) return;
      list.push(decimal(w, cellName('weights_row', [r, c])));
      where.push([r, c]);
    }),
  );
  // Blank weights are skipped, so the core's `weights[i]` is the i-th filled cell, named by where it sits.
  const names = argumentNamer({ weights: { range: 'weights_row', cell: (i) => cellName('weights_row', where[i] ?? [0, i]) }, amount: 'amount' });
  const parts = withSheetNames(names, () => allocate(amount(total, code, 'amount'), list)).map(toCellNumber);
  let next = 0;
  // The parts come out in the weights' shape; a blank weight gives a blank cell.
  return rows.map((row) => row.map((w) => (isBlank(w) ? '' : parts[next++]!)));
}

/** Reads the `locale` argument: `en` (blank) or `fr`. */
function languageOf(locale: CellArgument): Locale {
  const language = text(locale, 'locale', 'en').toLowerCase();
  if (language !== 'en' && language !== 'fr') {
    throwArgument('locale', `Expected \`locale\` to be en or fr, got \`${language.slice(0, 20)}\``);
  }
  return language;
}

/** Evaluates one tracker row, as of the `as_of` argument or column, its messages in `language`. */
function evaluateRow(headerRow: CellArgument, valueRow: CellArgument, language: Locale, asOf: CellArgument): EligibilityReport {
  const headers = cells(headerRow);
  const values = cells(valueRow);
  if (headers.length !== values.length) {
    throwArgument('value_row', `Expected \`value_row\` to have as many cells as \`header_row\` (${headers.length}), got ${values.length}`);
  }
  const row = readTrackerRow(headers, values);
  const asOfCell = scalar(asOf, 'as_of');
  // The core names the request's fields (`row.event.start`); the user sees the tracker's columns (`start`).
  return withSheetNames(
    trackerColumnNamer(row),
    () => {
      const request = parseCoverageRequest(trackerRequest(row), 'row');
      const availability = trackerAvailability(row, request.event.id);
      return evaluateEligibility(request, {
        policy: DEFAULT_POLICY,
        asOf: trackerAsOf(row, asOfCell),
        locale: language,
        ...(availability === undefined ? {} : { availability }),
      });
    },
    trackerSubject,
  );
}

/**
 * `=PARTNERSHIP_CHECK(header_row, value_row, [locale], [as_of])`: the decision for one row of an
 * event tracker, the ids of its unmet rules, and its preference score, as one row.
 *
 * The columns are listed in docs/spreadsheets.md. The row is checked as of the `as_of` argument
 * (`=TODAY()`) or the `as_of` column; the function never reads the clock.
 *
 * @throws {PartnershipError} `as_of_missing` when neither is given.
 * @example
 * PARTNERSHIP_CHECK(A1:AR1, A2:AR2, "en", TODAY()) //=> [['ineligible', 'C1, C9.3', 0.75]]
 */
export function PARTNERSHIP_CHECK(headerRow: CellArgument, valueRow: CellArgument, locale?: CellArgument, asOf?: CellArgument): CellRows {
  const report = evaluateRow(headerRow, valueRow, languageOf(locale), asOf);
  return [[report.decision, blockingUnmet(report).join(', '), report.preference]];
}

/** A finding's local deadline as a sheet shows it, `2026-03-07 09:00` (the event's time), or blank. */
function localDue(dueLocal: string | undefined): string {
  return dueLocal === undefined ? '' : `${dueLocal.slice(0, 10)} ${dueLocal.slice(11, 16)}`;
}

/**
 * `=PARTNERSHIP_EXPLAIN(header_row, value_row, [locale], [as_of])`: one row per rule, in
 * `RULE_IDS` order (23 rows, whatever the row: a sheet keeps room for them): its id, its name, its
 * status (`met`, `unmet`, `pending`, `unknown`, or `not_applicable` for a rule the mode does not
 * apply or, without sponsors, C2.2 and C2.3), its deadline in the event's local time
 * (`2026-03-07 09:00`, blank for a rule without one) and what to do (blank when met), in
 * `locale`'s language.
 *
 * @example
 * PARTNERSHIP_EXPLAIN(A1:AR1, A2:AR2, "fr", TODAY())
 * //=> [['C0', 'symbolic-promotion', 'met', '2026-02-12 09:00', ''], ['NB', 'simple-setup', 'met', '', ''], …]
 */
export function PARTNERSHIP_EXPLAIN(headerRow: CellArgument, valueRow: CellArgument, locale?: CellArgument, asOf?: CellArgument): CellRows {
  const language = languageOf(locale);
  const report = evaluateRow(headerRow, valueRow, language, asOf);
  return RULE_LOGIC.map((rule) => {
    const finding = report.findings.find((found) => found.rule === rule.id);
    if (finding === undefined) return [rule.id, rule.name, 'not_applicable', '', ''];
    return [finding.rule, finding.name, finding.status, localDue(finding.dueLocal), finding.remedy?.[language] ?? ''];
  });
}

/**
 * `=PARTNERSHIP_NEXT_DEADLINE(header_row, value_row, [as_of], [locale])`: the next deadline still
 * ahead as of `as_of`, as one row: when (the event's local time, `2026-03-07 09:00`), the rule's
 * id, and what to do by then. The earliest remedy due; on a tie, the first rule in report order.
 * A blank row when nothing is due any more.
 *
 * @example
 * PARTNERSHIP_NEXT_DEADLINE(A1:AR1, A2:AR2, TODAY()) //=> [['2026-03-07 09:00', 'C6.2', 'Have every filmed speaker sign …']]
 */
export function PARTNERSHIP_NEXT_DEADLINE(headerRow: CellArgument, valueRow: CellArgument, asOf?: CellArgument, locale?: CellArgument): CellRows {
  const language = languageOf(locale);
  const report = evaluateRow(headerRow, valueRow, language, asOf);
  const next = nextDeadline(report);
  return [next === undefined ? ['', '', ''] : [localDue(next.remedy.dueLocal), next.finding.rule, next.remedy[language]]];
}

/**
 * `=PARTNERSHIP_TRACKER_HEADERS([locale])`: the tracker's header row, every column the tracker
 * functions read, in English or in French, to paste as row 1 of a tracker. The functions read
 * either language's names.
 *
 * @example
 * PARTNERSHIP_TRACKER_HEADERS() //=> [['request_id', 'mode', 'event_id', …, 'as_of']]
 * PARTNERSHIP_TRACKER_HEADERS("fr") //=> [['id_demande', 'mode_couverture', 'id_evenement', …, 'evaluer_au']]
 */
export function PARTNERSHIP_TRACKER_HEADERS(locale?: CellArgument): CellRows {
  const language = languageOf(locale);
  return [language === 'fr' ? TRACKER_COLUMNS.map((column) => TRACKER_COLUMNS_FR[column]) : [...TRACKER_COLUMNS]];
}
