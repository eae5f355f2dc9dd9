// The CLI on a 10^6-row CSV: wall time and peak RSS of `settle`, beside a "floor": a bare-Node
// script that reads the same file once, checks ids are unique and sums the amounts. Printed,
// never asserted. Run: npm run build && node bench/cli.bench.mjs [rows]
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.WP_BIN ?? join(root, 'dist/cli/index.js');
const contract = join(root, 'examples/data/contract.json');
const rows = Number(process.argv[2] ?? 1_000_000);
const scratch = mkdtempSync(join(tmpdir(), 'wp-bench-cli-'));

async function write(path, header, row) {
  const out = createWriteStream(path);
  const once = (text) => (out.write(text) ? undefined : new Promise((r) => out.once('drain', r)));
  await once(header);
  let batch = '';
  for (let i = 0; i < rows; i += 1) {
    batch += row(i);
    if (batch.length > 1 << 16) {
      await once(batch);
      batch = '';
    }
  }
  await once(batch);
  await new Promise((r) => out.end(r));
}

const at = (i) => new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
const amount = (i) => `${(i % 500) + 1}.${String(i % 100).padStart(2, '0')}`;
const stream = (i) => (i % 7 === 0 ? 'pay_per_view' : 'sponsorship');
const comma = join(scratch, 'receipts.csv');
const excel = join(scratch, 'receipts-fr.csv');
await write(comma, 'id,stream,amount,receivedAt\n', (i) => `r${i},${stream(i)},${amount(i)},${at(i)}\n`);
await write(excel, '\ufeffID;Flux;Montant;Reçu le\r\n', (i) => `r${i};${stream(i)};${amount(i).replace('.', ',')};${at(i)}\r\n`);

// The floor: read once, split lines, check ids in a Set, sum amounts in cents as bigint.
const FLOOR = `
const { createReadStream } = require('node:fs');
const { createInterface } = require('node:readline');
(async () => {
  const ids = new Set(); let sum = 0n; let first = true;
  for await (const line of createInterface({ input: createReadStream(process.argv[1]) })) {
    if (first) { first = false; continue; }
    const [id, , amount] = line.split(',');
    if (ids.has(id)) throw new Error('duplicate ' + id);
    ids.add(id);
    const [whole, cents = '0'] = amount.split('.');
    sum += BigInt(whole) * 100n + BigInt(cents.padEnd(2, '0'));
  }
  process.stdout.write(String(sum) + '\\n');
})();
`;

/** Runs a process, its stdout discarded, sampling VmHWM (peak RSS) from /proc before it exits. */
function measure(args) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let stderr = '';
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
      } catch {
        // The process has exited.
      }
    };
    const timer = setInterval(sample, 20);
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', fail);
    child.on('exit', (code) => {
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - start) / 1e9;
      done({ seconds, peakMb: peak / 1024, failed: code === 0 ? undefined : `exit ${code}: ${stderr.split('\n')[1]?.trim() ?? stderr.trim()}` });
    });
  });
}

const cases = [
  ['floor (bare node: read, Set of ids, bigint sum)', ['-e', FLOOR, comma]],
  ['settle receipts.csv (table)', [bin, 'settle', contract, comma]],
  ['settle receipts.csv --json', [bin, 'settle', contract, comma, '--json']],
  ['settle receipts-fr.csv (French Excel: BOM, ;, decimal comma, CRLF)', [bin, 'settle', contract, excel]],
];
console.log(`${rows.toLocaleString('en')} rows; peak RSS sampled from /proc/<pid>/status VmHWM every 20 ms (a lower bound)\n`);
console.log('| run | time (s) | peak RSS (MB) |\n| --- | ---: | ---: |');
let floor;
for (const [name, args] of cases) {
  const { seconds, peakMb, failed } = await measure(args);
  floor ??= seconds;
  if (failed) console.log(`| ${name} | failed (${failed.slice(0, 80)}) | |`);
  else console.log(`| ${name} | ${seconds.toFixed(2)} (${(seconds / floor).toFixed(1)}× floor) | ${peakMb.toFixed(0)} |`);
}
