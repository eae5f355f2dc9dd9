import { once } from 'node:events';
import { PartnershipError, isPartnershipError } from '../../errors.js';
import { parseContract, settlementTerms } from '../../models/contract.js';
import { settle as settleReceipts } from '../../money/settle.js';
import type { Receipt, SettlementTerms, Statement, StatementLine } from '../../money/types.js';
import type { Command } from '../command.js';
import { readCsv } from '../csv.js';
import { EXIT, FileError, fromFile, openStream, parseJson, readJson, readText, sourceName, UsageError } from '../io.js';
import { renderTable } from '../table.js';
import { FingerprintSet } from '../fingerprints.js';
import { timestampMs } from '../../_lib/instant.js';
import { describeValue } from '../../_lib/describe.js';

/** Receipts settled per call when streaming a CSV file: memory stays flat whatever the file's length. */
const CHUNK = 10_000;

const LINE_HEADERS = ['receipt', 'stream', 'received at', 'amount', 'to breakeven', 'platform', 'organizer'];
const RIGHT = ['left', 'left', 'left', 'right', 'right', 'right', 'right'] as const;

// A streamed table cannot measure its columns first: fixed widths, wide enough for most ids and sums.
const WIDTHS = [16, 12, 25, 14, 14, 14, 14];

function fixedRow(cells: readonly string[]): string {
  return `${cells.map((c, i) => (RIGHT[i] === 'right' ? c.padStart(WIDTHS[i]!) : c.padEnd(WIDTHS[i]!))).join('  ').trimEnd()}\n`;
}

function lineCells(line: StatementLine): string[] {
  return [line.receiptId, line.stream, line.receivedAt, line.amount, line.toBreakeven, line.platform, line.organizer];
}

function totals(statement: Statement): string {
  const rows = [
    ['breakeven', statement.breakeven.amount],
    ['recovered', statement.recovered.amount],
    ['uncovered (producer risk)', statement.uncovered.amount],
    ['received', statement.received.amount],
    ['platform', statement.platform.amount],
    ['organizer', statement.organizer.amount],
  ];
  return renderTable(['total', statement.currency], rows, ['left', 'right']);
}

/** A statement to continue from, light: totals and the last line are all `settle` needs. */
function continuation(statement: Statement): Statement {
  const last = statement.lines[statement.lines.length - 1];
  return { ...statement, lines: last === undefined ? [] : [last] };
}

/** Names the CSV line behind a `receipts[i]` path. */
function onLines(error: PartnershipError, file: string, lineOf: (index: number) => number): FileError {
  const issues = error.issues.map((issue) => {
    const match = /^receipts\[(\d+)\](.*)$/.exec(issue.path);
    return match === null ? issue : { ...issue, path: `line ${lineOf(Number(match[1]))}${match[2] === '' ? '' : ` ${match[2]!.replace(/^\./, '')}`}` };
  });
  return new FileError(sourceName(file), new PartnershipError(error.code, error.message, issues));
}

function csvReceipt(values: Readonly<Record<string, string>>, currency: string): Record<string, unknown> {
  return {
    id: values.id,
    stream: values.stream,
    amount: { amount: values.amount, currency: values.currency === undefined || values.currency === '' ? currency : values.currency },
    receivedAt: values.receivedAt ?? values.received_at,
  };
}

async function settleCsv(terms: SettlementTerms, file: string, json: boolean): Promise<Statement> {
  const out = process.stdout;
  let previous: Statement | undefined;
  let chunk: Record<string, unknown>[] = [];
  let lines: number[] = [];
  let first = true;
  const seen = new FingerprintSet();
  let latest = { ms: -Infinity, text: '', line: 0 };
  let checkedHeader = false;
  if (json) out.write('{"lines":[');
  else out.write(fixedRow(LINE_HEADERS) + fixedRow(WIDTHS.map((w) => '-'.repeat(w))));
  const flush = async () => {
    if (chunk.length === 0) return;
    let statement: Statement;
    try {
      statement = settleReceipts(terms, chunk as unknown as Receipt[], previous);
    } catch (error) {
      if (isPartnershipError(error)) throw onLines(error, file, (i) => lines[i] ?? 0);
      throw error;
    }
    // The statement repeats the lines of `previous` first: print only the new ones.
    const fresh = statement.lines.slice(previous?.lines.length ?? 0);
    let text = '';
    for (const line of fresh) {
      text += json ? `${first ? '\n' : ',\n'}${JSON.stringify(line)}` : fixedRow(lineCells(line));
      first = false;
    }
    // Wait for a slow reader of stdout, or its buffer would hold the whole file.
    if (!out.write(text)) await once(out, 'drain');
    previous = continuation(statement);
    chunk = [];
    lines = [];
  };
  for await (const record of readCsv(openStream(file), sourceName(file))) {
    if (!checkedHeader) {
      checkedHeader = true;
      const missing = ['id', 'stream', 'amount'].filter((h) => !(h in record.values));
      if (!('receivedAt' in record.values) && !('received_at' in record.values)) missing.push('receivedAt');
      if (missing.length > 0) throw new UsageError(`${sourceName(file)}: the header row lacks ${missing.join(', ')} (expected id,stream,amount,receivedAt[,currency])`);
    }
    const id = record.values.id ?? '';
    if (!seen.add(id) && (await seenBefore(file, id, record.line))) {
      const got = describeValue(id);
      throw new FileError(sourceName(file), new PartnershipError('duplicate_receipt_id', `Expected receipt ids to be unique, got ${got} again`, [
        { code: 'duplicate_receipt_id', path: `line ${record.line} id`, message: `Expected a receipt id not seen before, got ${got} again` },
      ]));
    }
    // A streamed file is settled in chunks that continue one another, so it must come in
    // the order the money was received; say so at the line, rather than let a later chunk fail.
    const at = record.values.receivedAt ?? record.values.received_at ?? '';
    const when = timestampMs(at);
    if (when !== undefined) {
      if (when < latest.ms) {
        const message = `Expected receipts in the order the money was received, got ${describeValue(at)} after ${describeValue(latest.text)} on line ${latest.line}; sort the file by receivedAt, or give the receipts as JSON`;
        throw new FileError(sourceName(file), new PartnershipError('receipts_out_of_order', message, [{ code: 'receipts_out_of_order', path: `line ${record.line} receivedAt`, message }]));
      }
      latest = { ms: when, text: at, line: record.line };
    }
    chunk.push(csvReceipt(record.values, terms.breakeven.currency));
    lines.push(record.line);
    if (chunk.length >= CHUNK) await flush();
  }
  await flush();
  const statement = previous ?? settleReceipts(terms, []);
  if (json) {
    const { lines: _lines, ...rest } = statement;
    void _lines;
    out.write(`${first ? '' : '\n'}],${JSON.stringify(rest).slice(1)}\n`);
  }
  return statement;
}

/**
 * Confirms a fingerprint hit exactly: re-reads the file up to `line` looking for `id`.
 * Standard input cannot be read twice, so there a hit counts as a duplicate
 * (two distinct ids share a 64-bit fingerprint about once in 10^7 files of a million rows).
 */
async function seenBefore(file: string, id: string, line: number): Promise<boolean> {
  if (file === '-') return true;
  for await (const record of readCsv(openStream(file), sourceName(file))) {
    if (record.line >= line) return false;
    if (record.values.id === id) return true;
  }
  return false;
}

function readReceiptsJson(file: string): unknown {
  const data = parseJson(readText(file), file);
  const list = Array.isArray(data) ? data : typeof data === 'object' && data !== null && Array.isArray((data as { receipts?: unknown }).receipts) ? (data as { receipts: unknown[] }).receipts : undefined;
  if (list === undefined) throw new UsageError(`${sourceName(file)}: expected a list of receipts, or { "receipts": [...] }`);
  return list;
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
header row: id,stream,amount,receivedAt and an optional currency column (the
contract's currency when left out). A file ending in .json is read as JSON;
anything else, standard input (-) included, as CSV unless --format json is
given. CSV is streamed, so a file of a million rows settles in flat memory; its
rows must come in the order the money was received (JSON receipts are sorted).
On an error, exit code 2 and what was already printed is incomplete.

Options:
  --format <json|csv>  how to read the receipts (default: from the file name)
  --json               print the statement as JSON
  -h, --help           show this help

Example:
  webcast-partnership settle docs/examples/contract.json docs/examples/receipts.csv
`,
  options: { format: { type: 'string' }, json: { type: 'boolean' } },
  positionals: { min: 2, max: 2 },
  async run(input) {
    const [contractFile, receiptsFile] = input.positionals as [string, string];
    const json = input.values.json === true;
    const format = (input.values.format as string | undefined) ?? (receiptsFile.endsWith('.json') ? 'json' : 'csv');
    if (format !== 'json' && format !== 'csv') throw new UsageError(`settle: --format expects json or csv, got \`${format.slice(0, 20)}\``);
    if (contractFile === '-' && receiptsFile === '-') throw new UsageError('settle: only one of the two files can be standard input');
    const contract = fromFile(contractFile, () => parseContract(readJson(contractFile)));
    const terms = settlementTerms(contract);
    if (format === 'csv') {
      const statement = await settleCsv(terms, receiptsFile, json);
      if (!json) process.stdout.write(`\n${totals(statement)}`);
      return EXIT.ok;
    }
    const receipts = readReceiptsJson(receiptsFile);
    const statement = fromFile(receiptsFile, () => settleReceipts(terms, receipts as Receipt[]));
    if (json) process.stdout.write(`${JSON.stringify(statement, null, 2)}\n`);
    else process.stdout.write(`${renderTable(LINE_HEADERS, statement.lines.map(lineCells), [...RIGHT])}\n${totals(statement)}`);
    return EXIT.ok;
  },
};
