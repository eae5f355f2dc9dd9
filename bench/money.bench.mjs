// Money: splitRevenue against dinero.js 2.0.2 and a naive decimal.js version doing the
// same split (strings in, canonical strings out), then settle over 10^4, 10^5 and 10^6
// receipts with the growth ratio and the heap a statement keeps.
// Build first (`npx tsup`), then: node --expose-gc bench/money.bench.mjs
import { Bench } from 'tinybench';
import { Decimal } from 'decimal.js';
import { add, allocate as dineroAllocate, dinero, minimum, subtract, toDecimal } from 'dinero.js';
import { EUR } from 'dinero.js/currencies';
import { settle, splitRevenue } from '../dist/index.js';

const BATCH = 1000;

// Deterministic amounts: breakevens of 500–5,000 EUR, payments of 0–10,000 EUR, to the cent.
let seed = 42;
const next = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const cents = (max) => Math.floor(next() * max);
const text = (c) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
const pairs = Array.from({ length: BATCH }, () => [text(cents(1_000_000)), text(50_000 + cents(450_000))]);

function ours([received, breakeven]) {
  const split = splitRevenue({ amount: received, currency: 'EUR' }, { breakeven: { amount: breakeven, currency: 'EUR' } });
  return [split.toBreakeven.amount, split.surplus.amount, split.platform.amount, split.organizer.amount];
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
  return [toDecimal(toBreakeven), toDecimal(surplus), toDecimal(add(toBreakeven, platformShare)), toDecimal(organizer)];
}

const Naive = Decimal.clone();
function viaDecimal([received, breakeven]) {
  const r = new Naive(received);
  const b = new Naive(breakeven);
  const toBreakeven = Naive.min(r, b);
  const surplus = r.minus(toBreakeven);
  const organizer = surplus.times('0.5').toDecimalPlaces(2, Naive.ROUND_DOWN);
  return [toBreakeven.toFixed(2), surplus.toFixed(2), r.minus(organizer).toFixed(2), organizer.toFixed(2)];
}

for (const pair of pairs) {
  const expected = JSON.stringify(ours(pair));
  if (JSON.stringify(viaDinero(pair)) !== expected || JSON.stringify(viaDecimal(pair)) !== expected) {
    throw new Error(`The three splits disagree on ${pair}: ${expected} / ${JSON.stringify(viaDinero(pair))} / ${JSON.stringify(viaDecimal(pair))}`);
  }
}

let sink = 0;
const bench = new Bench({ time: 1500, warmupTime: 300 });
bench
  .add('splitRevenue (ours, bigint)', () => {
    for (const pair of pairs) sink += ours(pair)[3].length;
  })
  .add('dinero.js 2.0.2 allocate', () => {
    for (const pair of pairs) sink += viaDinero(pair)[3].length;
  })
  .add('naive decimal.js', () => {
    for (const pair of pairs) sink += viaDecimal(pair)[3].length;
  });
await bench.run();

const perSplit = Object.fromEntries(bench.tasks.map((task) => [task.name, (task.result.latency.mean * 1000) / BATCH]));
const oursUs = perSplit['splitRevenue (ours, bigint)'];
console.log(`splitRevenue, strings in → canonical strings out, ${BATCH} splits per sample (all three checked equal first)\n`);
console.log('| implementation | µs per split | splits / s | ours is × faster |');
console.log('| --- | ---: | ---: | ---: |');
for (const [name, us] of Object.entries(perSplit)) {
  console.log(`| ${name} | ${us.toFixed(3)} | ${Math.round(1e6 / us).toLocaleString('en-US')} | ${(us / oursUs).toFixed(2)} |`);
}
const vsDinero = perSplit['dinero.js 2.0.2 allocate'] / oursUs;
console.log(`\nthroughput vs dinero.js: ${vsDinero.toFixed(2)}× (goal ≥ 4×: ${vsDinero >= 4 ? 'met' : 'NOT met'})\n`);

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
  const out = new Array(n);
  const start = Date.UTC(2026, 0, 1);
  for (let i = 0; i < n; i += 1) {
    const stream = STREAMS[i % 4];
    const refund = i % 20 === 19;
    const amount = refund ? `-${text(cents(500))}` : text(100 + cents(20_000));
    out[i] = { id: `r${i}`, stream, amount: { amount, currency: 'EUR' }, receivedAt: new Date(start + i * 1000).toISOString() };
  }
  return out;
}

const gc = globalThis.gc;
const mib = (bytes) => (bytes / 1048576).toFixed(1);
console.log('settle, receipts over four streams in time order, 5 % refunds\n');
console.log('| receipts | ms (best of runs) | µs per receipt | growth vs 10× fewer | heap kept by the statement |');
console.log('| ---: | ---: | ---: | ---: | ---: |');
// Warm the JIT up first, so that the smallest size is not timed while it compiles.
for (let i = 0, warm = receipts(10_000); i < 20; i += 1) sink += settle(terms, warm).lines.length;
let previousMs;
// Holds the last statement so that the heap it keeps can be measured, released before each run.
const held = [];
for (const n of [10_000, 100_000, 1_000_000]) {
  const input = receipts(n);
  const runs = n >= 1_000_000 ? 3 : 7;
  let best = Infinity;
  let kept = Number.NaN;
  for (let run = 0; run < runs; run += 1) {
    held.length = 0;
    gc?.();
    const before = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const statement = settle(terms, input);
    const ms = performance.now() - t0;
    held.push(statement);
    best = Math.min(best, ms);
    if (gc !== undefined && run === 0) {
      gc();
      kept = process.memoryUsage().heapUsed - before;
    }
    sink += statement.lines.length;
  }
  const growth = previousMs === undefined ? '' : `${(best / previousMs).toFixed(2)}×`;
  console.log(`| ${n.toLocaleString('en-US')} | ${best.toFixed(1)} | ${((best * 1000) / n).toFixed(3)} | ${growth} | ${gc === undefined ? 'run with --expose-gc' : `${mib(kept)} MiB (${Math.round(kept / n)} B per line)`} |`);
  previousMs = best;
}
console.log(`\ngrowth goal: 10× the receipts in at most 11× the time. (checksum ${sink % 1000})`);
