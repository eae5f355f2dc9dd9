import type { Statement, StatementLine } from '../money/types.js';

// The `--json` statement of `settle`, written so that it can be streamed: its lines first, one a
// line, then the totals, which are known only at the end. Every input (a JSON file, a CSV file,
// a pipe) gives these same bytes for the same receipts, and `JSON.parse` of them is the `Statement`.

/** The start of a `--json` statement, before its first line. */
export const STATEMENT_JSON_START = '{"lines":[';

/** One line of a `--json` statement; `first` for the first of them. */
export function statementJsonLine(line: StatementLine, first: boolean): string {
  return `${first ? '\n' : ',\n'}${JSON.stringify(line)}`;
}

/** The end of a `--json` statement: its totals, after its lines (`empty` when it has none). */
export function statementJsonEnd(statement: Statement, empty: boolean): string {
  const { lines: _lines, ...totals } = statement;
  void _lines;
  return `${empty ? '' : '\n'}],${JSON.stringify(totals).slice(1)}\n`;
}

/**
 * A whole statement as `settle --json` prints it: `{"lines":[` then one line per line, then the totals.
 *
 * @example
 * statementJson(settle(terms, receipts)) === output of `settle contract.json receipts.csv --json`
 */
export function statementJson(statement: Statement): string {
  return STATEMENT_JSON_START + statement.lines.map((line, i) => statementJsonLine(line, i === 0)).join('') + statementJsonEnd(statement, statement.lines.length === 0);
}
