// Money: the split as a user writes it, `splitRevenue(money(r, 'EUR'), { breakeven: money(b, 'EUR') })`
// reading `.platform.amount` and `.organizer.amount`, against dinero.js 2.0.2 doing the same split
// with string output (`toDecimal`), a hand-written bigint floor and a naive decimal.js version; then
// settle over 10^4, 10^5 and 10^6 receipts with the growth ratio and the heap a statement keeps.
// Build first (`npx tsup`), then: node --expose-gc bench/money.bench.mjs   (`--split`: the split only)
import { Bench } from 'tinybench';
import { Decimal } from 'decimal.js';
import { add, allocate as dineroAllocate, dinero, minimum, subtract, toDecimal } from 'dinero.js';
import { EUR } from 'dinero.js/currencies';
import { createSettlement, money, settle, splitRevenue } from '../dist/index.js';

const BATCH = 1000;

// Deterministic amounts: breakevens of 500–5,000 EUR, payments of 0–10,000 EUR, to the cent.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const cents = (max) => Math.floor(next() * max);
const text = (c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const pairs = Array.from({ length: BATCH }, () => [text(cents(1_000_000)), text(50_000 + cents(450_000))]);

// The user's path: money() on both amounts, then the split; the two parts a payout needs are read.
function ours([received, breakeven]) {
  const split = splitRevenue(money(received, 'EUR'), { breakeven: money(breakeven, 'EUR') });
  return [split.platform.amount, split.organizer.amount];
}

// The same call on plain `{ amount, currency }` objects (JSON from elsewhere): parsed in splitRevenue.
function oursPlain([received, breakeven]) {
  const split = splitRevenue({ amount: received, currency: 'EUR' }, { breakeven: { amount: breakeven, currency: 'EUR' } });
  return [split.platform.amount, split.organizer.amount];
}

// dinero.js holds integer minor units: read the decimal string into cents without floats.
const toCents = (s) => {
  const [whole, fraction = ''] = s.split('.');
  return Number(whole + fraction.padEnd(2, '0'));
};
function viaDinero([received, breakeven]) {
  const r = dinero({ amount: toCents(received), currency: EUR });
  const b = dinero({ amount: toCents(breakeven), currency: EUR });
  const toBreakeven = minimum([r, b]);
  const surplus = subtract(r, toBreakeven);
  // dinero.js gives the leftover unit to the first part: the platform's.
  const [platformShare, organizer] = dineroAllocate(surplus, [1, 1]);
  return [toDecimal(add(toBreakeven, platformShare)), toDecimal(organizer)];
}

// The floor: what a careful hand-written bigint split costs, no validation, no objects.
const CENTS = /^(\d+)\.(\d\d)$/;
const cent = (s) => {
  const m = CENTS.exec(s);
  return BigInt(m[1] + m[2]);
};
const euros = (units) => {
  const digits = units.toString().padStart(3, '0');
  return `${digits.slice(0, -2)}.${digits.slice(-2)}`;
};
function floor([received, breakeven]) {
  const r = cent(received);
  const b = cent(breakeven);
  const surplus = r > b ? r - b : 0n;
  const organizer = surplus / 2n;
  return [euros(r - organizer), euros(organizer)];
}

const Naive = Decimal.clone();
function viaDecimal([received, breakeven]) {
  const r = new Naive(received);
  const b = new Naive(breakeven);
  const toBreakeven = Naive.min(r, b);
  const surplus = r.minus(toBreakeven);
  const organizer = surplus.times('0.5').toDecimalPlaces(2, Naive.ROUND_DOWN);
  return [r.minus(organizer).toFixed(2), organizer.toFixed(2)];
}

const SPLITS = {
  'ours: splitRevenue(money(), { breakeven: money() })': ours,
  'ours on plain objects': oursPlain,
  'dinero.js 2.0.2 (toDecimal)': viaDinero,
  'naive decimal.js': viaDecimal,
  'hand-written bigint floor': floor,
};
for (const pair of pairs) {
  const expected = JSON.stringify(ours(pair));
  for (const [name, split] of Object.entries(SPLITS)) {
    const got = JSON.stringify(split(pair));
    if (got !== expected) throw new Error(`${name} disagrees on ${pair}: ${got}, ours ${expected}`);
  }
}

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
for (const [name, split] of Object.entries(SPLITS)) {
  bench.add(name, () => {
    for (const pair of pairs) sink += split(pair)[1].length;
  });
}
await bench.run();

const perSplit = Object.fromEntries(bench.tasks.map((task) => [task.name, (task.result.latency.p50 * 1000) / BATCH]));
const oursUs = perSplit[Object.keys(SPLITS)[0]];
console.log(`one split as a user writes it: strings in, money() on both, platform and organizer read; ${BATCH} splits per sample, medians (all checked equal first)\n`);
console.log('| implementation | µs per split | splits / s | time ÷ ours |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, us] of Object.entries(perSplit)) {
  console.log(`| ${name} | ${us.toFixed(3)} | ${Math.round(1e6 / us).toLocaleString('en-US')} | ${(us / oursUs).toFixed(2)} |`);
}
const vsDinero = perSplit['dinero.js 2.0.2 (toDecimal)'] / oursUs;
const vsFloor = oursUs / perSplit['hand-written bigint floor'];
console.log(`\nvs dinero.js: ${vsDinero.toFixed(2)}× faster (goal ≥ 4×: ${vsDinero >= 4 ? 'met' : 'NOT met'})`);
console.log(`vs the bigint floor: ${vsFloor.toFixed(2)}× its time (goal ≤ 2.5×: ${vsFloor <= 2.5 ? 'met' : 'NOT met'})\n`);
if (process.argv.includes('--split')) process.exit(0);

// settle: receipts in time order over four streams, one in twenty a refund.
const terms = {
  breakeven: { amount: '250000.00', currency: 'EUR' },
  clauses: {
    pay_per_view: { organizerShare: '0.3', countsTowardBreakeven: true },
    dvd: { organizerShare: '0.25', countsTowardBreakeven: false },
    workshop: { organizerShare: '0.6', countsTowardBreakeven: false },
  },
};
const STREAMS = ['sponsorship', 'pay_per_view', 'dvd', 'workshop'];
function receipts(n) {
  // Filled by push: `new Array(n)` above 100,000 makes a slow dictionary-mode array in V8.
  const out = [];
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i += 1) {
    const stream = STREAMS[i % 4];
    const refund = i % 20 === 19;
    const amount = refund ? `-${text(cents(500))}` : text(100 + cents(20_000));
    out.push({ id: `r${i}`, stream, amount: { amount, currency: 'EUR' }, receivedAt: new Date(start + i * 1000).toISOString() });
  }
  return out;
}

const gc = globalThis.gc;
const mib = (bytes) => (bytes / 1048576).toFixed(1);
console.log('settle, receipts over four streams in time order, 5 % refunds\n');
console.log('| receipts | ms per call (best of 5 rounds) | µs per receipt | growth vs 10× fewer | heap kept by the statement |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
// Warm the JIT up first, so that the smallest size is not timed while it compiles.
for (let i = 0, warm = receipts(10_000); i < 20; i += 1) sink += settle(terms, warm).lines.length;
// Each size settles the same million receipts, cut in calls of its size (100 calls of
// 10^4, 10 of 10^5, 1 of 10^6), back to back: every size reads the same memory and pays
// for the garbage it makes and the statements it keeps (a lone call of 10^4 would stop the
// clock before its first collection, and one input settled 100 times would sit in the CPU
// cache). Sizes take turns over 5 rounds, keeping each one's best time per call, as the
// machine's load drifts.
const SIZES = [10_000, 100_000, 1_000_000];
const million = receipts(1_000_000);
const chunks = SIZES.map((n) => Array.from({ length: 1_000_000 / n }, (_, c) => million.slice(c * n, (c + 1) * n)));
const inputs = chunks.map((list) => list[0]);
const best = SIZES.map(() => Infinity);
for (let round = 0; round < 5; round += 1) {
  SIZES.forEach((n, k) => {
    // Every statement of the round is kept, as a caller keeps what it settles: each size
    // then holds the same million lines, and the garbage collector sees the same survivors.
    const statements = [];
    gc?.();
    const t0 = performance.now();
    for (const chunk of chunks[k]) statements.push(settle(terms, chunk));
    best[k] = Math.min(best[k], (performance.now() - t0) / chunks[k].length);
    sink += statements.length;
  });
}
// The heap one statement keeps: collected before and after, the statement held.
const kept = SIZES.map((n, k) => {
  if (gc === undefined) return Number.NaN;
  gc();
  const before = process.memoryUsage().heapUsed;
  const statement = settle(terms, inputs[k]);
  gc();
  const after = process.memoryUsage().heapUsed;
  sink += statement.lines.length;
  return after - before;
});
SIZES.forEach((n, k) => {
  const growth = k === 0 ? '' : `${(best[k] / best[k - 1]).toFixed(2)}×`;
  const heap = gc === undefined ? 'run with --expose-gc' : `${mib(kept[k])} MiB (${Math.round(kept[k] / n)} B per line)`;
  console.log(`| ${n.toLocaleString('en-US')} | ${best[k].toFixed(1)} | ${((best[k] * 1000) / n).toFixed(3)} | ${growth} | ${heap} |`);
});
console.log('\ngrowth goal: 10× the receipts in at most 11× the time.');

// The slower path: the same receipts given newest first, so that settle sorts them.
const reversed = [...inputs[1]].reverse();
let sortedBest = Infinity;
for (let run = 0; run < 3; run += 1) {
  const t0 = performance.now();
  sink += settle(terms, reversed).lines.length;
  sortedBest = Math.min(sortedBest, performance.now() - t0);
}
console.log(`out of time order, 100,000 receipts: ${sortedBest.toFixed(1)} ms (${(sortedBest / best[1]).toFixed(2)}× the in-order time; checksum ${sink % 1000})`);

// createSettlement: the same million receipts fed in chunks of 10,000 with keepLines: false, the
// lines taken after each chunk as a streaming caller writes them out; then the heap a settlement
// holds per receipt (the full ids, for the duplicate check), the receipts themselves dropped.
let chunkedBest = Infinity;
for (let run = 0; run < 3; run += 1) {
  gc?.();
  const t0 = performance.now();
  const settlement = createSettlement(terms, { keepLines: false });
  for (const chunk of chunks[0]) {
    settlement.add(chunk);
    sink += settlement.takeLines().length;
  }
  sink += settlement.statement().lines.length;
  chunkedBest = Math.min(chunkedBest, performance.now() - t0);
}
console.log(`createSettlement, 10^6 receipts in chunks of 10,000 (keepLines: false, lines taken): ${chunkedBest.toFixed(1)} ms (${(chunkedBest / (best[2] * 1)).toFixed(2)}× one settle() call)`);
if (gc !== undefined) {
  const fresh = (from) => {
    // Made per chunk, so that only what the settlement keeps survives: ids of 12 characters.
    const out = [];
    for (let i = from; i < from + 10_000; i += 1) {
      out.push({ id: `rcpt-${String(i).padStart(7, '0')}`, stream: 'sponsorship', amount: { amount: '12.34', currency: 'EUR' }, receivedAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() });
    }
    return out;
  };
  gc();
  gc();
  const before = process.memoryUsage().heapUsed;
  const settlement = createSettlement(terms, { keepLines: false });
  for (let at = 0; at < 1_000_000; at += 10_000) {
    settlement.add(fresh(at));
    settlement.takeLines();
  }
  gc();
  gc();
  const held = process.memoryUsage().heapUsed - before;
  sink += settlement.count;
  console.log(`createSettlement memory, 10^6 receipts, keepLines: false: ${mib(held)} MiB held, ${Math.round(held / 1_000_000)} B per receipt (checksum ${sink % 1000})`);
}
