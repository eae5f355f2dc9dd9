import type { Statement, StatementLine } from '../money/types.js';
import type { OutputBuffer } from './outputBuffer.js';

// The `--json` statement of `settle`, written so that it can be streamed: its lines first, one a
// line, then the totals, which are known only at the end. Every input (a JSON file, a CSV file,
// a pipe) gives these same bytes for the same receipts, and `JSON.parse` of them is the `Statement`.

/** The start of a `--json` statement, before its first line. */
export const STATEMENT_JSON_START = '{"lines":[';

/** One line of a `--json` statement; `first` for the first of them. */
export function statementJsonLine(line: StatementLine, first: boolean): string {
  return `${first ? '\n' : ',\n'}${JSON.stringify(line)}`;
}

/** The keys of a line, in the order `JSON.stringify` writes them. */
const LINE_KEYS = ['receiptId', 'stream', 'receivedAt', 'amount', 'toBreakeven', 'platform', 'organizer'] as const;

/**
 * Writes lines into `out` as {@link statementJsonLine} does, for a million of them: the same
 * bytes, written key by key rather than through `JSON.stringify` (amounts and streams need no
 * escaping; ids and instants are escaped unless plain). A line whose keys are not the ones known
 * here goes through `JSON.stringify`.
 */
export function statementJsonWriter(out: OutputBuffer): (line: StatementLine, first: boolean) => void {
  /** `JSON.stringify(text)`: the text in quotes when it is printable ASCII but `"` and `\`. */
  const quoted = (text: string) => {
    out.text('"');
    if (out.plain(text, true)) out.text('"');
    else {
      out.back(1);
      out.text(JSON.stringify(text));
    }
  };
  const known = (line: StatementLine): boolean => {
    const keys = Object.keys(line);
    return keys.length === LINE_KEYS.length && keys.every((key, i) => key === LINE_KEYS[i]);
  };
  return (line, first) => {
    if (!known(line)) return out.text(statementJsonLine(line, first));
    out.text(first ? '\n{"receiptId":' : ',\n{"receiptId":');
    quoted(line.receiptId);
    out.text(',"stream":');
    quoted(line.stream);
    out.text(',"receivedAt":');
    quoted(line.receivedAt);
    out.text(',"amount":');
    quoted(line.amount);
    out.text(',"toBreakeven":');
    quoted(line.toBreakeven);
    out.text(',"platform":');
    quoted(line.platform);
    out.text(',"organizer":');
    quoted(line.organizer);
    out.text('}');
  };
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
