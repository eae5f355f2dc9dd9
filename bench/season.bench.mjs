// The season plan at scale, against the built dist/: 1,000 to 8,000 requests on 10 crews, identical
// (3 cameras each) and mixed (3 x 1, 4 x 2, 3 x 3 cameras), then 1,000 requests with 100,000 existing
// bookings; time, growth exponent, whether the plan is proven optimal, and HiGHS 1.15.3 (wasm, exact
// MIP, the model of test/utils/highsModel.ts) on the same mixed instances side by side.
// Run: npx tsup && node --expose-gc bench/season.bench.mjs
// SEASON_SIZES=1000,2000 limits the sizes (default 1000,2000,4000,8000); HiGHS runs on the mixed
// 1,000 and 4,000 when they are among them (SEASON_HIGHS=1000 or SEASON_HIGHS= to change that);
// SEASON_BOOKINGS=0 skips the existing-bookings case (default 100000).
// A realistic season: events of 1-3 days (09:00-18:00+01:00 each day) spread over 2026, in five cities,
// needing 1-3 cameras, with organizers' commitments varied so that preferences differ; DEFAULT_POLICY
// (set-up 2 h in one city, travel 12 h between cities).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import ts from 'typescript';
import { DEFAULT_POLICY } from '../dist/index.js';
import { evaluateEligibility } from '../dist/rules/index.js';
import { planSeason, assignCrews, findAvailableCrews } from '../dist/crew/index.js';

const CITIES = ['Paris', 'Lyon', 'Lille', 'Nantes', 'Bordeaux'];
const ASOF = '2026-01-01T00:00:00Z';
const policy = DEFAULT_POLICY;
const HOUR = 3_600_000;
const list = (name, fallback) => (process.env[name] ?? fallback).split(',').filter((s) => s !== '').map(Number);
const sizes = list('SEASON_SIZES', '1000,2000,4000,8000');
const highsSizes = list('SEASON_HIGHS', '1000,4000').filter((n) => sizes.includes(n));
const bookingCount = Number(process.env.SEASON_BOOKINGS ?? 100_000);

// The MIP model is TypeScript with no imports: transpile it alone and load it from a data: URL.
const modelSource = readFileSync(new URL('../test/utils/highsModel.ts', import.meta.url), 'utf8');
const { outputText } = ts.transpileModule(modelSource, { compilerOptions: { module: ts.ModuleKind.ES2022, target: ts.ScriptTarget.ES2022 } });
const { solveSeason } = await import(`data:text/javascript;base64,${Buffer.from(outputText).toString('base64')}`);
const highs = highsSizes.length > 0 ? await createRequire(import.meta.url)('highs')() : undefined;

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (d) => new Date(Date.UTC(2026, 0, 1) + d * 86_400_000).toISOString().slice(0, 10);

function season(n, seed = 1) {
  const random = rng(seed);
  const requests = [];
  for (let i = 0; i < n; i++) {
    const first = 14 + Math.floor(random() * 350);
    const days = 1 + Math.floor(random() * 3);
    const start = `${day(first)}T09:00:00+01:00`;
    const end = `${day(first + days - 1)}T18:00:00+01:00`;
    const id = `req-${String(i).padStart(5, '0')}`;
    const speakers = [
      { id: 'spk-1', name: 'Ana', informedAt: '2025-12-01', release: { state: 'signed', signedAt: '2025-12-10', covers: ['live', 'on_demand', 'clip'] }, platformAccount: 'ana', profileCompletedAt: '2025-12-05' },
    ];
    requests.push({
      id,
      mode: 'partnership',
      event: {
        id: `evt-${String(i).padStart(5, '0')}`,
        title: `Conference ${i}`,
        organizerId: `org-${i % 97}`,
        start,
        end,
        topics: ['web'],
        sessions: [{ id: 'ses-1', kind: 'plenary', start: `${day(first)}T09:30:00+01:00`, end: `${day(first)}T11:00:00+01:00`, speakerIds: ['spk-1'], uses: ['live', 'on_demand'] }],
        venue: { name: 'Hall', city: CITIES[Math.floor(random() * CITIES.length)], scouting: { doneAt: '2025-12-12', lightUsable: true } },
        audio: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2025-12-12' },
        cameras: 1 + Math.floor(random() * 3),
      },
      partner: {
        id: `org-${i % 97}`,
        organization: `Organizer ${i % 97}`,
        commitments: {
          mediaPartnerCredit: random() < 0.7,
          postEventMailing: true,
          promotion: { links: 2, tweets: 3, blogPosts: 1 },
          speakerEmailsProvided: random() < 0.6,
          lightingAdviceAsked: random() < 0.5,
          monetization: random() < 0.8 ? ['sponsor_search'] : [],
        },
      },
      speakers,
      sponsors: [],
      contract: {
        id: `ctr-${i}`,
        parties: { platform: { name: 'Webcastory', signedAt: '2025-12-15' }, organizer: { name: `Organizer ${i % 97}`, signedAt: '2025-12-16' } },
        breakeven: { amount: String(500 + Math.floor(random() * 2000)), currency: 'EUR' },
        organizerShare: '0.5',
        clauses: {},
        clipPlanned: true,
        postEventMailing: true,
      },
      editorialVerdict: { verdict: 'approved', at: '2025-12-01' },
    });
  }
  return requests;
}

const identicalCrews = Array.from({ length: 10 }, (_, i) => ({ id: `crew-${String(i).padStart(2, '0')}`, name: `Crew ${i}`, homeCity: CITIES[i % CITIES.length], cameras: 3 }));
const mixedCrews = identicalCrews.map((crew, i) => ({ ...crew, cameras: 1 + (i % 3) }));

/** Each request with its eligibility report's preference; `plannable` keeps only what planSeason plans (not ineligible). */
function candidatesOf(requests, crews, bookings, plannable) {
  return requests
    .map((request) => ({ request, report: evaluateEligibility(request, { policy, asOf: ASOF, availability: findAvailableCrews(request.event, { crews, bookings, policy }) }) }))
    .filter(({ report }) => !plannable || report.decision !== 'ineligible')
    .map(({ request, report }) => ({ requestId: request.id, event: request.event, preference: report.preference }));
}

/** The same candidates for the MIP model, in milliseconds. */
function instanceOf(candidates, crews) {
  const setup = policy.parameters.setupBufferHours * HOUR;
  return {
    requests: candidates.map(({ requestId, event, preference }) => ({ id: requestId, start: Date.parse(event.start), end: Date.parse(event.end), city: event.venue.city, cameras: event.cameras, preference })),
    crews: crews.map(({ id, cameras }) => ({ id, cameras })),
    bookings: [],
    buffers: { setup, travel: Math.max(setup, policy.parameters.travelBufferHours * HOUR) },
  };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Median time of `repeats` runs; a thrown error (`season_plan_too_complex` from the old search, a stack overflow) is a result too. */
function time(run, repeats) {
  const samples = [];
  let result;
  let error;
  for (let r = 0; r < repeats; r++) {
    globalThis.gc?.();
    const t = performance.now();
    try {
      result = run();
    } catch (e) {
      error = e;
    }
    samples.push(performance.now() - t);
    if (error) break;
  }
  return { ms: median(samples), result, error };
}

const failure = (error) => `throws ${error.code ?? error.name} after`;
/** `yes`, `no (bound c / p)`, or `-` while the plan does not report it. */
function optimality(plan) {
  if (plan.optimal === undefined) return '-';
  return plan.optimal ? 'yes' : `no (bound ${plan.bound.covered} / ${plan.bound.preference})`;
}
const score = (plan) => `${plan.score.covered} / ${plan.score.preference}`;
const exponent = (a, b) => Math.log(b.ms / a.ms) / Math.log(b.n / a.n);
const growth = (rows) => rows.slice(1).map((b, i) => (rows[i].error || b.error ? 'n/a' : `${rows[i].n / 1000}k->${b.n / 1000}k k = ${exponent(rows[i], b).toFixed(2)}`)).join(', ');
const repeatsFor = (n) => (n <= 2000 ? 3 : 1);

// Warm-up on small seasons, so that the first size does not pay the JIT (nor HiGHS its wasm tiers).
for (let w = 0; w < 3; w++) planSeason(season(1000, 7 + w), identicalCrews, [], { policy, asOf: ASOF });
if (highs) for (let w = 0; w < 2; w++) solveSeason(highs, instanceOf(candidatesOf(season(300, 3 + w), mixedCrews, [], false), mixedCrews));

console.log('10 identical crews (3 cameras each): the min-cost flow, on what planSeason plans (median of 3 runs up to 2,000, then 1)\n');
console.log('| requests | candidates | covered / preference | optimal | planSeason ms | assignCrews ms |');
console.log('| ---: | ---: | ---: | :--- | ---: | ---: |');
const identical = [];
for (const n of sizes) {
  const requests = season(n);
  const full = time(() => planSeason(requests, identicalCrews, [], { policy, asOf: ASOF }), repeatsFor(n));
  const candidates = candidatesOf(requests, identicalCrews, [], true);
  const assign = time(() => assignCrews(candidates, { crews: identicalCrews, bookings: [], policy }), repeatsFor(n));
  identical.push({ n, ms: assign.ms, error: assign.error, full });
  const plan = assign.result;
  console.log(
    `| ${n} | ${candidates.length} | ${plan ? score(plan) : '-'} | ${plan ? optimality(plan) : '-'} | ${full.error ? failure(full.error) + ' ' : ''}${full.ms.toFixed(0)} | ${assign.error ? failure(assign.error) + ' ' : ''}${assign.ms.toFixed(0)} |`,
  );
}
console.log(`\ngrowth, assignCrews: ${growth(identical)}`);
console.log(`growth, planSeason: ${growth(identical.map(({ n, full }) => ({ n, ms: full.ms, error: full.error })))}`);

console.log('\n10 mixed crews (3 x 1, 4 x 2, 3 x 3 cameras): every request a candidate with its eligibility preference;');
console.log('assignCrews, one run each; HiGHS (both lexicographic solves) on the same candidates\n');
console.log('| requests | candidates | covered / preference | optimal | assignCrews ms | HiGHS covered / preference | HiGHS ms | HiGHS / assignCrews |');
console.log('| ---: | ---: | ---: | :--- | ---: | ---: | ---: | ---: |');
const mixed = [];
const models = [];
for (const n of sizes) {
  const candidates = candidatesOf(season(n), mixedCrews, [], false);
  const assign = time(() => assignCrews(candidates, { crews: mixedCrews, bookings: [], policy }), 1);
  mixed.push({ n, ms: assign.ms, error: assign.error });
  let exact = '| - | - | - |';
  if (highsSizes.includes(n)) {
    const instance = instanceOf(candidates, mixedCrews);
    const t = performance.now();
    const optimum = solveSeason(highs, instance);
    const ms = performance.now() - t;
    const preference = optimum.scaledPreference / 10 ** optimum.decimals;
    // Lexicographic: the library's plan against the optimum (above it would be a bug, in either).
    const order = assign.result ? Math.sign(assign.result.score.covered - optimum.covered || assign.result.score.preference - preference) : undefined;
    const versus = order === undefined ? '' : order === 0 ? ' (same)' : order < 0 ? ' (library below)' : ' (LIBRARY ABOVE: a bug)';
    models.push(`${n}: ${optimum.stats.columns} binaries, ${optimum.stats.rows} rows (${optimum.stats.pairRows} pair rows)`);
    exact = `| ${optimum.covered} / ${preference}${versus} | ${ms.toFixed(0)} | ${assign.error ? '-' : `x${(ms / assign.ms).toFixed(1)}`} |`;
  }
  const plan = assign.result;
  console.log(`| ${n} | ${candidates.length} | ${plan ? score(plan) : '-'} | ${plan ? optimality(plan) : '-'} | ${assign.error ? failure(assign.error) + ' ' : ''}${assign.ms.toFixed(0)} ${exact}`);
}
console.log(`\ngrowth, assignCrews: ${growth(mixed)}`);
if (models.length > 0) console.log(`HiGHS model: ${models.join('; ')}`);

// A crew company's history: by default 99,900 past bookings (one day each, 09:00-18:00, going back day by day
// from 2025 on each of the 10 crews) and 100 in the season on random crews; the season's requests
// need only the bookings near them.
if (bookingCount > 0) {
  console.log(`\n1,000 requests, ${bookingCount.toLocaleString('en-US')} existing bookings (${(bookingCount - 100).toLocaleString('en-US')} before 2026, 100 in it), 10 identical crews:`);
  const random = rng(99);
  const bookings = [];
  for (let k = 0; k < (bookingCount - 100) / 10; k++) {
    const date = new Date(Date.UTC(2025, 11, 31) - k * 86_400_000).toISOString().slice(0, 10);
    for (const crew of identicalCrews) bookings.push({ crewId: crew.id, eventId: `past-${crew.id}-${k}`, start: `${date}T09:00:00+01:00`, end: `${date}T18:00:00+01:00`, city: CITIES[k % CITIES.length] });
  }
  for (let i = 0; i < 100; i++) {
    const first = 14 + Math.floor(random() * 350);
    bookings.push({ crewId: identicalCrews[Math.floor(random() * 10)].id, eventId: `held-${i}`, start: `${day(first)}T09:00:00+01:00`, end: `${day(first + Math.floor(random() * 2))}T18:00:00+01:00`, city: CITIES[Math.floor(random() * CITIES.length)] });
  }
  const requests = season(1000, 5);
  const candidates = requests.map((request) => ({ requestId: request.id, event: request.event, preference: 1 }));
  const assign = time(() => assignCrews(candidates, { crews: identicalCrews, bookings, policy }), 1);
  const full = time(() => planSeason(requests, identicalCrews, bookings, { policy, asOf: ASOF }), 1);
  const line = (label, run) => `  ${label}: ${run.error ? failure(run.error) + ' ' : ''}${run.ms.toFixed(0)} ms${run.result ? `, ${score(run.result)}, optimal ${optimality(run.result)}` : ''} (goal < 2000 ms)`;
  console.log(line('assignCrews (preference 1 each)', assign));
  console.log(line('planSeason', full));
}
