// The CLI on a 10^6-row CSV: wall time and peak RSS of `settle`, beside a "floor": a bare-Node
// script that reads the same file once, checks ids are unique and sums the amounts. Each run is
// repeated (RUNS, default 3, interleaved) and its median time kept; the goals of issue 15 are
// printed for each CSV flavour. Printed, never asserted.
// Run: npm run build && node bench/cli.bench.mjs [rows]     (RUNS=5 node bench/cli.bench.mjs for more)
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = process.env.WP_BIN ?? join(root, 'dist/cli/index.js');
const contract = join(root, 'examples/data/contract.json');
const rows = Number(process.argv[2] ?? 1_000_000);
const runs = Number(process.env.RUNS ?? 3);
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

/** Runs a process, its stdout discarded, sampling VmHWM (peak RSS) and its CPU time from /proc before it exits. */
function measure(args) {
  return new Promise((done, fail) => {
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let peak = 0;
    let cpu = 0;
    let stderr = '';
    const sample = () => {
      try {
        const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
        if (hwm) peak = Math.max(peak, Number(hwm[1]));
        // utime and stime, in clock ticks (100 a second on Linux), after the command's name.
        const [utime, stime] = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1].split(' ').slice(11, 13).map(Number);
        cpu = Math.max(cpu, (utime + stime) / 100);
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
      done({ seconds, cpu, peakMb: peak / 1024, failed: code === 0 ? undefined : `exit ${code}: ${stderr.split('\n')[1]?.trim() ?? stderr.trim()}` });
    });
  });
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const cases = [
  { name: 'floor (bare node: read, Set of ids, bigint sum)', args: ['-e', FLOOR, comma] },
  { name: 'settle receipts.csv (table)', args: [bin, 'settle', contract, comma], goal: 'comma CSV' },
  { name: 'settle receipts.csv --json', args: [bin, 'settle', contract, comma, '--json'], goal: 'comma CSV, --json' },
  { name: 'settle receipts-fr.csv (French Excel: BOM, ;, decimal comma, CRLF)', args: [bin, 'settle', contract, excel], goal: 'French Excel CSV' },
];
const results = cases.map(() => []);
for (let run = 0; run < runs; run += 1) {
  for (const [i, { args }] of cases.entries()) results[i].push(await measure(args));
}
rmSync(scratch, { recursive: true, force: true });

console.log(`${rows.toLocaleString('en')} rows; median of ${runs} runs; peak RSS sampled from /proc/<pid>/status VmHWM every 20 ms (a lower bound), the highest of the runs; CPU is user + system time\n`);
console.log('| run | time (s) | CPU (s) | peak RSS (MB) |\n| --- | ---: | ---: | ---: |');
const summary = results.map((measured) => ({
  failed: measured.find((m) => m.failed)?.failed,
  seconds: median(measured.map((m) => m.seconds)),
  cpu: median(measured.map((m) => m.cpu)),
  peakMb: Math.max(...measured.map((m) => m.peakMb)),
}));
const floor = summary[0];
for (const [i, { name }] of cases.entries()) {
  const { failed, seconds, cpu, peakMb } = summary[i];
  if (failed) console.log(`| ${name} | failed (${failed.slice(0, 80)}) | | |`);
  else console.log(`| ${name} | ${seconds.toFixed(2)} (${(seconds / floor.seconds).toFixed(1)}× floor) | ${cpu.toFixed(2)} (${(cpu / floor.cpu).toFixed(1)}×) | ${peakMb.toFixed(0)} |`);
}

// The goals of issue 15: settle within 2× the floor's time, in at most 250 MB.
console.log('');
const verdict = (ok) => (ok ? 'OK' : 'BELOW GOAL');
for (const [i, { goal }] of cases.entries()) {
  if (goal === undefined) continue;
  const { failed, seconds, peakMb } = summary[i];
  const ratio = seconds / floor.seconds;
  console.log(`${goal}: settle ≤ 2× floor: ${failed ? 'failed' : `${ratio.toFixed(2)}×`} ${verdict(!failed && ratio <= 2)}`);
  console.log(`${goal}: peak RSS ≤ 250 MB: ${failed ? 'failed' : `${peakMb.toFixed(0)} MB`} ${verdict(!failed && peakMb <= 250)}`);
}
