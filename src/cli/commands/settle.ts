import { once } from 'node:events';
import { isPartnershipError, type PartnershipIssue } from '../../errors.js';
import { Issues } from '../../_lib/reject.js';
import { parseContract, settlementTerms } from '../../models/contract.js';
import { createSettlement } from '../../money/createSettlement.js';
import { settle as settleReceipts } from '../../money/settle.js';
import type { Receipt, SettlementTerms, Statement } from '../../money/types.js';
import { stringFlag, type Command } from '../command.js';
import { DELIMITERS, readCsv, type Delimiter } from '../csv.js';
import { EXIT, fromFile, inFile, isStdin, openStream, parseJson, readJson, readText, sourceName, UsageError } from '../io.js';
import { LineMap } from '../lineMap.js';
import { csvReceipts, isIssue, onCsvLines, receiptColumns } from '../receiptsCsv.js';
import { STATEMENT_JSON_START, statementJson, statementJsonEnd, statementJsonWriter } from '../statementJson.js';
import { OutputBuffer } from '../outputBuffer.js';
import { renderTable } from '../table.js';
import { fixedRow, lineCells, lineHeaders, RIGHT, rowWriter, WIDTHS } from '../statementTable.js';
import { wordsFor, type Words } from '../labels.js';
import { localeFlag } from '../options.js';
import { describeValue } from '../../_lib/describe.js';
import { periodDocument, periodFlags } from '../statementPeriod.js';

/**
 * Receipts settled per `add` when streaming a CSV file: memory stays flat whatever the file's length.
 * Measured on 10^6 rows: 1,000 a chunk peaks at ~166 MB of RSS, 10,000 at 240-330 MB (receipts that
 * wait longer for their chunk outlive the young generation and swell the old one); time is the same.
 */
const CHUNK = 1_000;

function totals(statement: Statement, w: Words): string {
  const rows = [
    [w.term('breakeven'), statement.breakeven.amount],
    [w.term('recovered'), statement.recovered.amount],
    [w.term('uncoveredRisk'), statement.uncovered.amount],
    [w.term('received'), statement.received.amount],
    [w.term('platform'), statement.platform.amount],
    [w.term('organizer'), statement.organizer.amount],
  ];
  return renderTable([w.term('total'), statement.currency], rows, ['left', 'right']);
}

/** Statement text waiting for stdout is written once it reaches this many bytes. */
const WRITE_BYTES = 1 << 19;

/** How a CSV of receipts is read: `--delimiter` and `--decimal-comma`. */
interface CsvFlags {
  readonly delimiter: Delimiter | undefined;
  readonly decimalComma: boolean;
}

/** Writes to stdout, waiting for a slow reader, so that its buffer never holds the whole file. */
async function write(text: string | Uint8Array): Promise<void> {
  if (text.length > 0 && !process.stdout.write(text)) await once(process.stdout, 'drain');
}

/**
 * Settles a CSV of receipts read once, as a stream: rows are turned into receipts, added to
 * one `createSettlement` 1,000 at a time, and the lines settled are printed in pieces of about
 * 512 KiB (what was settled before an error is printed all the same).
 * The core checks order and duplicates over the whole input; its `receipts[k]` are lines here.
 *
 * Once an issue is found, nothing more is printed, but the file is read to its end and every
 * row still goes to the core (a chunk that fails leaves the settlement as it was), so that one
 * error names every bad row of the file, not only those of the first chunk that had one. Past
 * the first issue, a refund beyond what was received is not reported: the rows refused before it
 * are missing from what was received, so that finding could be false.
 */
async function settleCsv(terms: SettlementTerms, file: string, mode: 'table' | 'json' | 'quiet', flags: CsvFlags, w: Words): Promise<Statement> {
  const json = mode === 'json';
  // `quiet` (for `--period`): every line kept for the statement, nothing printed on the way.
  const quiet = mode === 'quiet';
  /** The line of every receipt the settlement took, by its index there. */
  const lines = new LineMap();
  // The first 100 issues found are kept, the others counted; the first names its line in the message.
  const problems = new Issues();
  const record = (issues: readonly PartnershipIssue[]): void => {
    const [first] = issues;
    if (first !== undefined) problems.record(issues, `${first.path}: ${first.message}`);
  };
  let statement: Statement | undefined;
  try {
    const table = await readCsv(openStream(file), { delimiter: flags.delimiter });
    const known = receiptColumns(table.header);
    const decimalComma = flags.decimalComma || table.delimiter === ';';
    const currency = terms.breakeven.currency;
    const settlement = createSettlement(terms, { keepLines: quiet });
    const receiptOf = csvReceipts(known, currency, decimalComma);
    const out = new OutputBuffer();
    const writeRow = rowWriter(w, out);
    const writeJson = statementJsonWriter(out);
    const width = table.header.length;
    let chunk: Receipt[] = [];
    /** The line of each receipt of `chunk`. */
    let chunkLines: number[] = [];
    let first = true;
    // Set at the first issue: from then on rows are only checked, and nothing more is printed.
    let failed = false;
    if (!quiet) out.text(json ? STATEMENT_JSON_START : fixedRow(lineHeaders(w)) + fixedRow(WIDTHS.map((width) => '-'.repeat(width))));

    const flush = async (): Promise<void> => {
      if (chunk.length === 0) return;
      const added = chunk;
      const addedLines = chunkLines;
      chunk = [];
      chunkLines = [];
      const start = settlement.count;
      try {
        settlement.add(added);
      } catch (error) {
        if (!isPartnershipError(error)) throw error;
        // A chunk that fails is not counted: its receipts are numbered from `start` again.
        const told = onCsvLines(error, known, (k) => (k >= start ? (addedLines[k - start] ?? 0) : lines.lineOf(k)));
        record(failed ? told.issues.filter((issue) => issue.code !== 'refund_exceeds_received') : told.issues);
        failed = true;
        // The chunk's other receipts are taken all the same, so that the rows after it are judged
        // against them (an id seen there is a duplicate later). If that fails too, they are left out.
        const refused = new Set(error.issues.map((issue) => /^receipts\[(\d+)\]/.exec(issue.path)?.[1]).filter((k) => k !== undefined).map(Number));
        const kept = added.flatMap((receipt, i) => (refused.has(start + i) ? [] : [{ receipt, line: addedLines[i]! }]));
        try {
          settlement.add(kept.map((k) => k.receipt));
        } catch (retried) {
          if (!isPartnershipError(retried)) throw retried;
          return;
        }
        kept.forEach((k, i) => lines.add(start + i, k.line));
        settlement.takeLines();
        return;
      }
      addedLines.forEach((line, i) => lines.add(start + i, line));
      const settled = settlement.takeLines();
      if (failed || quiet) return;
      for (const line of settled) {
        if (json) writeJson(line, first);
        else writeRow(line);
        first = false;
      }
      if (out.length >= WRITE_BYTES) await write(out.take());
    };

    try {
      for await (const batch of table.batches) {
        const { cells } = batch;
        const rowLines = batch.lines;
        for (let r = 0; r < rowLines.length; r += 1) {
          const receipt = receiptOf(cells, r * width, rowLines[r]!);
          if (isIssue(receipt)) {
            failed = true;
            record([receipt]);
            continue;
          }
          chunkLines.push(rowLines[r]!);
          chunk.push(receipt);
          if (chunk.length >= CHUNK) await flush();
        }
      }
      await flush();
    } finally {
      // What was settled before an error is printed all the same, as it was line by line.
      await write(out.take());
    }
    if (problems.size === 0) {
      statement = settlement.statement();
      if (json) await write(statementJsonEnd(statement, first));
    }
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    if (problems.size === 0) throw inFile(file, error);
    // A file that stops being readable (a row too large) after bad rows: all of them, in order.
    record(error.issues);
  }
  if (statement === undefined) throw inFile(file, problems.toError(problems.list[0]!.code)!);
  return statement;
}

function readReceiptsJson(file: string): unknown {
  const data = parseJson(readText(file), file);
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { receipts?: unknown }).receipts) ? (data as { receipts: unknown[] }).receipts : undefined;
  if (list === undefined) throw new UsageError(`${sourceName(file)}: expected a list of receipts, or { "receipts": [...] }`);
  return list;
}

/** Reads `--delimiter`: `,`, `;` or `tab` (a tab character too). */
function delimiterFlag(value: string | undefined): Delimiter | undefined {
  if (value === undefined) return undefined;
  const delimiter = value === 'tab' ? '\t' : value;
  if (!(DELIMITERS as readonly string[]).includes(delimiter)) {
    throw new UsageError(`settle: --delimiter expects \`,\`, \`;\` or \`tab\`, got ${describeValue(value)}`);
  }
  return delimiter as Delimiter;
}

/** `settle`: settles one event's receipts under its contract. */
export const settle: Command = {
  name: 'settle',
  summary: "settle an event's receipts (JSON or CSV) under its contract",
  help: `Usage: webcast-partnership settle <contract.json> <receipts.json | receipts.csv | -> [options]

Settles every receipt (sponsorship, pay_per_view, dvd, workshop; a refund is a
negative amount) under the contract's breakeven and per-stream clauses, in the
order the money was received, and prints each line and the totals.

Receipts come as JSON (a list, or { "receipts": [...] }, each
{ id, stream, amount: { amount, currency }, receivedAt }) or as CSV with a
header row naming id, stream, amount, receivedAt and optionally currency (the
contract's currency when left out); French names work too: ID, Flux, Montant,
Reçu le (or Date), Devise. The delimiter (\`,\`, \`;\` or tab) is read from the
header row; with \`;\` amounts take a decimal comma (1000,50). Thousands
separators are refused. A file ending in .json is read as JSON; anything else,
standard input (-), /dev/stdin, a pipe or a FIFO included, as CSV unless
--format json is given. CSV is read once, as a stream, so a file of a million
rows settles in flat memory; its rows must come in the order the money was
received (equal instants keep their order; JSON receipts are sorted).
On an error, exit code 2 and what was already printed is incomplete.

Options:
  --format <json|csv>     how to read the receipts (default: from the file name)
  --delimiter <,|;|tab>   the CSV delimiter (default: detected from the header row)
  --decimal-comma         read CSV amounts with a decimal comma (default with \`;\`)
  --locale <en|fr>        language of the tables (default en)
  --json                  print the statement as JSON
  --period <when>         the statement of a period: 2026-03, 2026-03-15 or FROM..TO
                          (days or months, both included, UTC days), with one of:
  --csv                   print it as CSV (fr: \`;\` and a decimal comma)
  --html                  print it as a printable HTML page
  -h, --help              show this help

Example:
  webcast-partnership settle examples/data/contract.json examples/data/receipts-webdays.csv
  webcast-partnership settle examples/data/contract.json examples/data/receipts-webdays.csv --period 2026-03 --html --locale fr > march.html
`,
  options: { format: { type: 'string' }, delimiter: { type: 'string' }, 'decimal-comma': { type: 'boolean' }, locale: { type: 'string' }, json: { type: 'boolean' }, period: { type: 'string' }, csv: { type: 'boolean' }, html: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run(input) {
    const [contractFile, receiptsFile] = input.positionals as [string, string];
    const request = periodFlags(input);
    const json = request === undefined && input.values.json === true;
    const w = wordsFor(localeFlag(input));
    const format = stringFlag(input, 'format') ?? (receiptsFile.endsWith('.json') ? 'json' : 'csv');
    if (format !== 'json' && format !== 'csv') throw new UsageError(`settle: --format expects json or csv, got ${describeValue(format)}`);
    const flags: CsvFlags = { delimiter: delimiterFlag(stringFlag(input, 'delimiter')), decimalComma: input.values['decimal-comma'] === true };
    if (format === 'json' && (flags.delimiter !== undefined || flags.decimalComma)) throw new UsageError('settle: --delimiter and --decimal-comma apply to CSV receipts only');
    if (isStdin(contractFile) && isStdin(receiptsFile)) throw new UsageError('settle: only one of the two files can be standard input');
    const contract = fromFile(contractFile, () => parseContract(readJson(contractFile)));
    const terms = settlementTerms(contract);
    const title = [contract.parties.organizer.name, contract.id].filter((part) => part !== undefined).join(' · ');
    if (request !== undefined) {
      const statement = format === 'csv' ? await settleCsv(terms, receiptsFile, 'quiet', flags, w) : fromFile(receiptsFile, () => settleReceipts(terms, readReceiptsJson(receiptsFile) as Receipt[]));
      await write(periodDocument(statement, request, w.locale, title));
      return EXIT.ok;
    }
    if (format === 'csv') {
      const statement = await settleCsv(terms, receiptsFile, json ? 'json' : 'table', flags, w);
      if (!json) await write(`\n${totals(statement, w)}`);
      return EXIT.ok;
    }
    const receipts = readReceiptsJson(receiptsFile);
    const statement = fromFile(receiptsFile, () => settleReceipts(terms, receipts as Receipt[]));
    if (json) await write(statementJson(statement));
    else await write(`${renderTable(lineHeaders(w), statement.lines.map((line) => lineCells(line, w)), [...RIGHT])}\n${totals(statement, w)}`);
    return EXIT.ok;
  },
};
