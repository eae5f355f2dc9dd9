import { parseCoverageRequest } from '../models/coverageRequest.js';
import { DEFAULT_POLICY } from '../models/policy.js';
import { allocate } from '../money/allocate.js';
import { minorUnits } from '../money/minorUnits.js';
import { fromMinorUnits, parseMinorUnits } from '../money/money.js';
import { settleInTimeOrder } from '../money/createSettlement.js';
import { splitRevenue } from '../money/splitRevenue.js';
import type { Receipt } from '../money/types.js';
import { blockingUnmet } from '../rules/blockingUnmet.js';
import { evaluateEligibility } from '../rules/evaluateEligibility.js';
import { amount, argumentNamer, cells, decimal, isBlank, scalar, text, throwArgument, toCellNumber, withSheetNames, type CellArgument, type CellValue } from './cells.js';
import { readTrackerRow, trackerAsOf, trackerAvailability, trackerColumnNamer, trackerRequest, trackerSubject } from './tracker.js';

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
      const units = parseMinorUnits(typeof cell === 'string' ? cell.trim() : cell, code, cellName('receipts_column', [r, c]));
      // Same date for all: the engine keeps input order for ties, which is the sheet's row order.
      list.push({ id: `row-${r + 1}-${c + 1}`, stream: 'sponsorship', amount: fromMinorUnits(units, code), receivedAt: '1970-01-01' });
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

/**
 * `=PARTNERSHIP_CHECK(header_row, value_row, [locale])`: the decision for one row of an event
 * tracker, the ids of its unmet rules, and its preference score, as one row.
 *
 * The columns are listed in docs/spreadsheets.md. A blank `as_of` means today.
 *
 * @example
 * PARTNERSHIP_CHECK(A1:AR1, A2:AR2) //=> [['ineligible', 'C1, C9.3', 0.75]]
 */
export function PARTNERSHIP_CHECK(headerRow: CellArgument, valueRow: CellArgument, locale?: CellArgument): CellRows {
  const headers = cells(headerRow);
  const values = cells(valueRow);
  if (headers.length !== values.length) {
    throwArgument('value_row', `Expected \`value_row\` to have as many cells as \`header_row\` (${headers.length}), got ${values.length}`);
  }
  const row = readTrackerRow(headers, values);
  const language = text(locale, 'locale', 'en');
  if (language !== 'en' && language !== 'fr') {
    throwArgument('locale', `Expected \`locale\` to be en or fr, got \`${language.slice(0, 20)}\``);
  }
  // The core names the request's fields (`row.event.start`); the user sees the tracker's columns (`start`).
  const report = withSheetNames(
    trackerColumnNamer(row),
    () => {
      const request = parseCoverageRequest(trackerRequest(row), 'row');
      const availability = trackerAvailability(row, request.event.id);
      return evaluateEligibility(request, {
        policy: DEFAULT_POLICY,
        // The edge may read the clock: a tracker row without `as_of` is checked as of now.
        asOf: trackerAsOf(row) ?? new Date().toISOString(),
        locale: language,
        ...(availability === undefined ? {} : { availability }),
      });
    },
    trackerSubject,
  );
  return [[report.decision, blockingUnmet(report).join(', '), report.preference]];
}
