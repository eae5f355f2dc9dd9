import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementJson } from '../../src/cli/statementJson.js';
import { parseContract, settlementTerms } from '../../src/models/contract.js';
import { settle } from '../../src/money/settle.js';
import type { Receipt } from '../../src/money/types.js';

// `settle` through the built bin, fed the way a user feeds it: a file, a pipe, /dev/stdin, a FIFO.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const contract = join(root, 'examples/data/contract.json');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-settle-'));
const terms = settlementTerms(parseContract(JSON.parse(readFileSync(contract, 'utf8'))));

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

// Row i of a generated receipts file: one second apart, a few streams and amounts. Written the
// same way in the writer process below and here, for the statement to expect.
const ROW = `(i, dupAt, dupOf) => [
  'r' + (i === dupAt ? dupOf : i),
  i % 7 === 0 ? 'pay_per_view' : 'sponsorship',
  ((i % 50) + 1) + '.' + String(i % 100).padStart(2, '0'),
  new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString(),
]`;
const row = eval(ROW) as (i: number, dupAt: number, dupOf: number) => [string, string, string, string];

/** A writer process: the header, then one row per write, yielding to the event loop between rows. */
const WRITER = `
const [count, dupAt, dupOf, target] = process.argv.slice(1).map((a, i) => (i < 3 ? Number(a) : a));
const row = ${ROW};
const out = target === '-' ? process.stdout : require('node:fs').createWriteStream(target);
out.on('error', () => process.exit(0)); // the reader stopped at an error: fine
let i = -1;
const next = () => {
  if (i === count) return out.end();
  const text = i < 0 ? 'id,stream,amount,receivedAt\\n' : row(i, dupAt, dupOf).join(',') + '\\n';
  i += 1;
  if (out.write(text)) setImmediate(next);
  else out.once('drain', next);
};
next();
`;

function receipts(count: number): Receipt[] {
  return Array.from({ length: count }, (_, i) => {
    const [id, stream, amount, receivedAt] = row(i, -1, -1);
    return { id, stream: stream as Receipt['stream'], amount: { amount, currency: 'EUR' }, receivedAt };
  });
}

/** Runs the bin on `source` while a writer process writes the rows into `target` (its stdin, or a FIFO). */
function viaWriter(source: string, target: '-' | string, count: number, dup: [number, number] = [-1, -1]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done, fail) => {
    const cli = spawn(process.execPath, [bin, 'settle', contract, source, '--json'], { cwd: root, stdio: [target === '-' ? 'pipe' : 'ignore', 'pipe', 'pipe'] });
    const writer = spawn(process.execPath, ['-e', WRITER, String(count), String(dup[0]), String(dup[1]), target], { stdio: ['ignore', target === '-' ? 'pipe' : 'ignore', 'inherit'] });
    if (target === '-') writer.stdout!.pipe(cli.stdin!);
    cli.stdin?.on('error', () => undefined);
    let stdout = '';
    let stderr = '';
    cli.stdout!.setEncoding('utf8').on('data', (text: string) => (stdout += text));
    cli.stderr!.setEncoding('utf8').on('data', (text: string) => (stderr += text));
    cli.on('error', fail);
    cli.on('close', (code) => {
      writer.kill();
      done({ code, stdout, stderr });
    });
  });
}

describe('settle (CSV read once, as a stream)', () => {
  const count = 25_000;
  const expected = statementJson(settle(terms, receipts(count)));

  it('gives, from a pipe written one row at a time, the bytes of one settle() call', async () => {
    const got = await viaWriter('-', '-', count);
    expect(got.stderr).toBe('');
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(expected);
    expect(JSON.parse(got.stdout)).toEqual(settle(terms, receipts(count)));
  });

  it('gives the same bytes from /dev/stdin fed by a pipe', async () => {
    const got = await viaWriter('/dev/stdin', '-', count);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(expected);
  });

  it('gives the same bytes from a FIFO', async () => {
    const fifo = join(scratch, 'receipts.fifo');
    execFileSync('mkfifo', [fifo]);
    const got = await viaWriter(fifo, fifo, count);
    expect(got.code).toBe(0);
    expect(got.stdout).toBe(expected);
  });

  it('gives the same bytes from a file and from the JSON of the same receipts', () => {
    const csv = file('many.csv', `id,stream,amount,receivedAt\n${Array.from({ length: count }, (_, i) => row(i, -1, -1).join(',')).join('\n')}`);
    const json = file('many.json', JSON.stringify(receipts(count)));
    expect(run(['settle', contract, csv, '--json']).stdout).toBe(expected);
    expect(run(['settle', contract, json, '--json']).stdout).toBe(expected);
  });

  it('refuses a duplicate past the first 10,000 rows of a pipe, naming both lines (exit 2)', async () => {
    // Row 15,000 (line 15,002) repeats the id of row 2 (line 4).
    const got = await viaWriter('-', '-', 15_001, [15_000, 2]);
    expect(got.code).toBe(2);
    expect(got.stderr).toContain('receipt_id_duplicate');
    expect(got.stderr).toMatch(/line 15002 \(id\): .*`r2`.*line 4/);
  });

  it('refuses a row earlier than the one before it, across a chunk boundary, naming both lines', () => {
    const rows = Array.from({ length: 10_001 }, (_, i) => row(i, -1, -1));
    rows[10_000]![3] = '2026-02-28T00:00:00Z';
    const late = file('late.csv', `id,stream,amount,receivedAt\n${rows.map((r) => r.join(',')).join('\n')}\n`);
    const { code, stderr } = run(['settle', contract, late]);
    expect(code).toBe(2);
    expect(stderr).toContain('receipts_out_of_order');
    expect(stderr).toMatch(/line 10002 \(receivedAt\): .*line 10001/);
  });
});

describe('settle (CSV as spreadsheets write it)', () => {
  const fromJson = run(['settle', contract, data('receipts-webdays.json'), '--json']).stdout;

  it('settles the French Excel export (BOM, `;`, decimal commas, CRLF, header ID;Flux;Montant;Reçu le)', () => {
    const excel = join(root, 'test/cli/fixtures/receipts-excel-fr.csv');
    const { code, stdout, stderr } = run(['settle', contract, excel, '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toBe(fromJson);
    const totals = JSON.parse(stdout) as { platform: { amount: string }; organizer: { amount: string } };
    expect([totals.platform.amount, totals.organizer.amount]).toEqual(['3815.35', '635.15']);
  });

  it('settles the same export from standard input, with no final line end', () => {
    const excel = readFileSync(join(root, 'test/cli/fixtures/receipts-excel-fr.csv'), 'utf8').replace(/\r\n$/, '');
    expect(run(['settle', contract, '-', '--json'], excel).stdout).toBe(fromJson);
  });

  it('reads a tab-separated file with --decimal-comma, and a semicolon file with dot decimals', () => {
    const tabs = file('tabs.tsv', 'Id\tFlux\tMontant\tDate\nspons-cloudco\tsponsorship\t1500,00\t2026-02-20\n');
    expect(run(['settle', contract, tabs, '--decimal-comma', '--json']).code).toBe(0);
    expect(run(['settle', contract, tabs]).stderr).toContain('line 2 (Montant): Expected an amount with a decimal point, such as `1000.50`, got `1500,00`: give --decimal-comma');
    const dots = file('dots.csv', 'id;stream;amount;receivedAt\nr1;sponsorship;10.50;2026-03-01\n');
    expect(run(['settle', contract, dots, '--json']).code).toBe(0);
  });

  it('takes --delimiter, and refuses one it does not know', () => {
    const odd = file('odd.csv', 'id;stream,amount;receivedAt\n');
    expect(run(['settle', contract, odd, '--delimiter', ';']).stderr).toContain('line 1');
    expect(run(['settle', contract, odd, '--delimiter', '|']).stderr).toContain('--delimiter expects `,`, `;` or `tab`, got `|`');
  });

  it('refuses thousands separators, saying so, at the line and the column as the header names it', () => {
    const bad = file('thousands.csv', 'ID;Flux;Montant;Reçu le\nr1;sponsorship;1 000,50;2026-03-01\nr2;sponsorship;1.000,50;2026-03-02\n');
    const { code, stderr } = run(['settle', contract, bad]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}: invalid input (csv_amount_malformed)`);
    expect(stderr).toContain('line 2 (Montant): Expected an amount without thousands separators, such as `1000,50`, got `1 000,50`: thousands separators are not accepted');
    expect(stderr).toContain('line 3 (Montant)');
  });

  it("names the CSV line and column of the core's issues", () => {
    const bad = file('bad.csv', 'id,stream,amount,receivedAt\nr1,sponsorship,10.00,2026-03-01\nr2,sponsorship,10.001,2026-03-02\nr3,sponsorhsip,1,2026-03-03\n');
    const { code, stderr } = run(['settle', contract, bad]);
    expect(code).toBe(2);
    expect(stderr).toContain('line 3 (amount): Expected an amount with at most 2 decimals in EUR, got `10.001`');
    expect(stderr).toContain('line 4 (stream)');
  });

  it('names what the header lacks, and a column it does not know', () => {
    expect(run(['settle', contract, file('header.csv', 'id,amount\nr1,10\n')]).stderr).toContain('line 1: Expected the header row to name stream, receivedAt');
    expect(run(['settle', contract, file('typo.csv', 'id,stream,amount,receivedAt,devsie\n')]).stderr).toContain('did you mean `devise`?');
  });

  it('names a duplicated receipt id as given, even shaped like an e-mail address: an id is not personal data', () => {
    const dup = file('dup-mail.csv', 'id,stream,amount,receivedAt\nana@example.org,sponsorship,10.00,2026-03-01\nana@example.org,sponsorship,5.00,2026-03-02\n');
    const { code, stderr } = run(['settle', contract, dup]);
    expect(code).toBe(2);
    expect(stderr).toContain('receipt_id_duplicate');
    expect(stderr).toContain('`ana@example.org`');
    expect(stderr).not.toContain('hidden');
  });

  it('lists the first 100 bad rows and counts the rest, as every entry point does', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `r${i},sponsorship,1.001,2026-03-01`).join('\n');
    const { code, stderr } = run(['settle', contract, file('many-bad.csv', `id,stream,amount,receivedAt\n${rows}\n`)]);
    expect(code).toBe(2);
    expect(stderr).toContain('line 101 (amount)');
    expect(stderr).not.toContain('line 102 (amount)');
    expect(stderr).toContain('And 50 more issues not listed');
  });

  it('rejects a refund beyond what the stream received, at its line', () => {
    const refund = file('refund.csv', 'id,stream,amount,receivedAt\nr1,sponsorship,100.00,2026-03-01\nr2,sponsorship,-150.00,2026-03-02\n');
    const { code, stderr } = run(['settle', contract, refund]);
    expect(code).toBe(2);
    expect(stderr).toContain('line 3 (amount)');
  });

  it('settles CSV receipts under a contract, as a table', () => {
    const { code, stdout } = run(['settle', contract, data('receipts-webdays.csv')]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/spons-bigdata\s+sponsorship\s+2026-03-02T10:15:00\+01:00\s+2800\.00\s+1500\.00\s+2150\.00\s+650\.00/);
    expect(stdout).toMatch(/organizer\s+635\.15/);
  });

  it('refuses a field over 8 KiB, naming its line', () => {
    const big = file('big-field.csv', `id,stream,amount,receivedAt\nr1,sponsorship,"${'9'.repeat(200_000)}",2026-03-01\n`);
    const { code, stderr } = run(['settle', contract, big]);
    expect(code).toBe(2);
    expect(stderr).toContain('(csv_too_large)');
    expect(stderr).toContain('line 2');
  });
});
