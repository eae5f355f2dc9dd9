// Eligibility: our rules against json-rules-engine encoding the same blocking rules as facts,
// side by side in one process, on a 30-speaker partnership request. Two set-ups of the engine: as its
// README writes conditions (JSONPath `$.event.cameras`), and tuned with a simple `pathResolver` (a dotted
// lookup, `event.cameras`), its idiomatic fast set-up; the goals are against the tuned one.
// Build first (`npx tsup`), then: node --expose-gc bench/eligibility.bench.mjs   (`--cpu`: CPU time, for a loaded machine)
import { Engine } from 'json-rules-engine';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

// Run once as the default entry loads (zod's runtime parser), then again in a child process with
// `webcast-partnership/compile` imported first (zod's compiled parsers): the opt-in fast path.
const COMPILED = process.env.WP_BENCH_COMPILED === '1';
if (COMPILED) await import('../dist/compile.js');
const { DEFAULT_POLICY, parseCoverageRequest } = await import('../dist/index.js');
const { evaluateEligibility } = await import('../dist/rules/index.js');

const ASOF = '2026-02-10T12:00:00Z';
const DAY = 86_400_000;

function request(n) {
  const pad = (v) => String(v).padStart(2, '0');
  const speakers = [];
  const sessions = [];
  for (let i = 0; i < n; i += 1) {
    const id = `spk-${pad(i + 1)}`;
    speakers.push({ id, name: `Speaker ${i + 1}`, email: `s${i}@example.org`, phone: '+33 6 00 00 00 00', informedAt: '2026-01-20', release: { state: 'signed', signedAt: '2026-02-01T10:00:00+01:00', covers: ['live', 'on_demand', 'clip'] }, platformAccount: id, profileCompletedAt: '2026-01-22' });
    const hour = 9 + Math.floor(i / 4);
    const minute = (i % 4) * 15;
    sessions.push({ id: `ses-${pad(i + 1)}`, kind: 'plenary', start: `2026-03-14T${pad(hour)}:${pad(minute)}:00+01:00`, end: `2026-03-14T${pad(hour)}:${pad(minute + 14)}:00+01:00`, speakerIds: [id], uses: ['live', 'on_demand'] });
  }
  return {
    id: 'req-bench',
    mode: 'partnership',
    event: {
      id: 'evt-1', title: 'Web 2.0 Days', organizerId: 'org-1', start: '2026-03-14T09:00:00+01:00', end: '2026-03-14T18:00:00+01:00',
      topics: ['social media'], sessions,
      venue: { name: 'Salle Gaveau', city: 'Paris', scouting: { doneAt: '2026-02-03T15:00:00+01:00', lightUsable: true } },
      audio: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2026-02-04', soundEngineer: { name: 'Sam', email: 'sam@example.org' } },
      cameras: 2, otherFilmCrews: [], sponsors: [{ name: 'BigTel', sector: 'telecom', exclusiveCategory: 'telecom' }],
    },
    partner: {
      id: 'org-1', organization: 'Web Days SAS', contacts: [{ name: 'Olga', email: 'olga@example.org' }],
      commitments: { mediaPartnerCredit: true, postEventMailing: true, promotion: { links: 2, tweets: 5, blogPosts: 1 }, speakerEmailsProvided: true, lightingAdviceAsked: true, stagingAdviceAsked: true, onlineConversation: true, monetization: ['sponsor_search'] },
    },
    speakers,
    sponsors: [
      { id: 'csp-1', name: 'CloudCo', sector: 'hosting', contribution: { amount: '1500', currency: 'EUR' }, status: 'accepted' },
      { id: 'csp-2', name: 'TelCo', sector: 'telecom', contribution: { amount: '900.50', currency: 'EUR' }, status: 'proposed' },
    ],
    contract: {
      parties: { platform: { name: 'Webcastory', signedAt: '2026-02-05' }, organizer: { name: 'Web Days SAS', signedAt: '2026-02-06' } },
      breakeven: { amount: '800', currency: 'EUR' }, organizerShare: '0.5', clipPlanned: true, postEventMailing: true,
    },
    editorialVerdict: { verdict: 'approved', at: '2026-01-15T10:00:00+01:00' },
  };
}

// --- json-rules-engine: the same blocking rules, as facts and conditions ---------------------
function ms(text) {
  return Date.parse(text.length === 10 ? `${text}T00:00:00Z` : text);
}
function filmedSpeakers(req) {
  const ids = new Set();
  for (const s of req.event.sessions) if (s.filmed !== false) for (const id of s.speakerIds) ids.add(id);
  return [...ids].map((id) => req.speakers.find((s) => s.id === id));
}
// A dotted path read property by property: what the tuned engine uses instead of JSONPath.
const dotted = (object, path) => path.split('.').reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), object);

function jreEngine(tuned) {
  const engine = new Engine([], tuned ? { allowUndefinedFacts: true, pathResolver: dotted } : { allowUndefinedFacts: true });
  const path = (jsonPath) => (tuned ? jsonPath.slice(2) : jsonPath);
  const p = DEFAULT_POLICY.parameters;
  const start = (req) => ms(req.event.start);
  engine.addFact('promotionActions', async (_, a) => {
    const pr = (await a.factValue('request')).partner.commitments.promotion;
    return pr.links + pr.tweets + pr.blogPosts;
  });
  engine.addFact('breakeven', async (_, a) => Number((await a.factValue('request')).contract?.breakeven.amount ?? 0));
  engine.addFact('conflictingSponsors', async (_, a) => {
    const req = await a.factValue('request');
    const excl = req.event.sponsors.filter((s) => s.exclusiveCategory).map((s) => [s.exclusiveCategory.toLowerCase(), s.name.toLowerCase()]);
    return req.sponsors.filter((sp) => excl.some(([cat, name]) => cat === sp.sector.toLowerCase() && name !== sp.name.toLowerCase())).length;
  });
  engine.addFact('vetoedSponsors', async (_, a) => (await a.factValue('request')).sponsors.filter((s) => s.status === 'vetoed').length);
  const late = (read, days) => async (_, a) => {
    const req = await a.factValue('request');
    const due = start(req) - days * DAY;
    const asOf = ms(await a.factValue('asOf'));
    return filmedSpeakers(req).filter((s) => !s || !read(s) || ms(read(s)) > asOf || ms(read(s)) > due).length;
  };
  engine.addFact('speakersNotInformed', late((s) => s.informedAt, p.speakerNoticeDays));
  engine.addFact('releasesMissing', async (params, a) => {
    const req = await a.factValue('request');
    const n = await late((s) => (s.release?.state === 'signed' ? s.release.signedAt : undefined), p.releaseLeadDays)(params, a);
    // The uses a session plans: its own, plus the DVD and the clip the contract adds.
    const extra = [...(req.contract?.clauses?.dvd ? ['dvd'] : []), ...(req.contract && req.contract.clipPlanned !== false ? ['clip'] : [])];
    const uncovered = filmedSpeakers(req).filter(
      (s) => s?.release && req.event.sessions.some((ses) => ses.filmed !== false && ses.speakerIds.includes(s.id) && (s.release.sessions === undefined || s.release.sessions.includes(ses.id) ? [...ses.uses, ...extra].some((u) => !s.release.covers.includes(u)) : true)),
    ).length;
    return n + uncovered;
  });
  engine.addFact('profilesIncomplete', late((s) => s.profileCompletedAt, p.profileLeadDays));
  // A dated fact counts once it happened (by asOf) and by its deadline, days before the start.
  const inTime = (text, days, req, asOf) => text !== undefined && ms(text) <= asOf && ms(text) <= start(req) - days * DAY;
  engine.addFact('editorialApproved', async (_, a) => {
    const req = await a.factValue('request');
    const v = req.editorialVerdict;
    return v?.verdict === 'approved' && inTime(v.at, p.editorialLeadDays, req, ms(await a.factValue('asOf')));
  });
  engine.addFact('venueScoutedInTime', async (_, a) => {
    const req = await a.factValue('request');
    const sc = req.event.venue.scouting;
    return sc?.lightUsable === true && inTime(sc.doneAt, p.scoutingLeadDays, req, ms(await a.factValue('asOf')));
  });
  engine.addFact('audioConfirmedInTime', async (_, a) => {
    const req = await a.factValue('request');
    const au = req.event.audio;
    return au?.organizerManagesSound === true && ['xlr', 'line', 'digital'].includes(au.feed) && inTime(au.confirmedAt, p.audioLeadDays, req, ms(await a.factValue('asOf')));
  });
  engine.addFact('sessionsWithoutSpeakers', async (_, a) => (await a.factValue('request')).event.sessions.filter((s) => s.kind === 'plenary' && s.speakerIds.length === 0).length);
  engine.addFact('contractSignedInTime', async (_, a) => {
    const req = await a.factValue('request');
    const c = req.contract;
    const due = start(req) - p.contractLeadDays * DAY;
    return Boolean(c && c.parties.platform.signedAt && c.parties.organizer.signedAt && ms(c.parties.platform.signedAt) <= due && ms(c.parties.organizer.signedAt) <= due);
  });
  // Calendar days at the offset the start is written with (an end at midnight opens no day).
  engine.addFact('eventDays', async (_, a) => {
    const { start: from, end: to } = (await a.factValue('request')).event;
    const m = /([+-])(\d{2}):(\d{2})$/.exec(from);
    const offset = m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) * 60_000 : 0;
    return Math.floor((ms(to) - 1 + offset) / DAY) - Math.floor((ms(from) + offset) / DAY) + 1;
  });
  engine.addFact('filmedWorkshops', async (_, a) => (await a.factValue('request')).event.sessions.filter((s) => s.kind === 'workshop' && s.filmed !== false).length);
  engine.addFact('clipMailingOk', async (_, a) => {
    const req = await a.factValue('request');
    return req.contract?.clipPlanned === false || req.contract?.postEventMailing === true || req.partner.commitments.postEventMailing === true;
  });
  const rule = (id, conditions) => engine.addRule({ name: id, conditions: { all: conditions }, event: { type: 'met', params: { rule: id } } });
  rule('C0', [{ fact: 'promotionActions', operator: 'greaterThanInclusive', value: p.minPromotionActions }]);
  rule('NB', [
    { fact: 'request', path: path('$.event.cameras'), operator: 'lessThanInclusive', value: p.maxCameras },
    { fact: 'eventDays', operator: 'lessThanInclusive', value: p.maxDays },
  ]);
  rule('C1', [{ fact: 'request', path: path('$.event.otherFilmCrews.length'), operator: 'equal', value: 0 }]);
  rule('C2', [{ fact: 'breakeven', operator: 'greaterThan', value: 0 }]);
  rule('C2.2', [{ fact: 'conflictingSponsors', operator: 'greaterThanInclusive', value: 0 }]);
  rule('C2.3', [{ fact: 'vetoedSponsors', operator: 'greaterThanInclusive', value: 0 }]);
  rule('C3', [{ fact: 'availability', path: path('$.freeCrews.length'), operator: 'greaterThan', value: 0 }]);
  rule('C4', [{ fact: 'editorialApproved', operator: 'equal', value: true }]);
  rule('C5', [{ fact: 'venueScoutedInTime', operator: 'equal', value: true }]);
  rule('C6.1', [{ fact: 'speakersNotInformed', operator: 'equal', value: 0 }]);
  rule('C6.2', [{ fact: 'releasesMissing', operator: 'equal', value: 0 }]);
  rule('C6.3', [{ fact: 'profilesIncomplete', operator: 'equal', value: 0 }]);
  rule('C7', [{ fact: 'audioConfirmedInTime', operator: 'equal', value: true }]);
  rule('C8', [{ fact: 'sessionsWithoutSpeakers', operator: 'equal', value: 0 }]);
  rule('C9', [{ fact: 'contractSignedInTime', operator: 'equal', value: true }]);
  rule('C9.3', [{ fact: 'filmedWorkshops', operator: 'equal', value: 0 }]);
  rule('C11', [{ fact: 'clipMailingOk', operator: 'equal', value: true }]);
  return engine;
}

// --- timing ----------------------------------------------------------------------------------
// The machine is shared: the three measurements are interleaved in rounds, and each figure is the
// median over the rounds, each ratio the median of the per-round ratios.
// `--cpu`: the process's CPU time (user + system) instead of the wall clock, for a loaded machine,
// where other processes' time lands in the wall clock's rounds. No forced collection then: the
// collector's threads keep sweeping after `gc()` returns, and their CPU time would land on the
// next measurement.
const CPU = process.argv.includes('--cpu') || process.env.WP_BENCH_CPU === '1';
const now = CPU
  ? () => {
      const { user, system } = process.cpuUsage();
      return BigInt(user + system) * 1000n;
    }
  : () => process.hrtime.bigint();
function timeSync(fn, budgetNs) {
  let n = 0;
  const t0 = now();
  let t = t0;
  while (t - t0 < budgetNs) {
    for (let i = 0; i < 50; i += 1) fn();
    n += 50;
    t = now();
  }
  return Number(t - t0) / n / 1000;
}
async function timeAsync(fn, budgetNs) {
  let n = 0;
  const t0 = now();
  let t = t0;
  while (t - t0 < budgetNs) {
    for (let i = 0; i < 10; i += 1) await fn();
    n += 10;
    t = now();
  }
  return Number(t - t0) / n / 1000;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const input = request(30);
const parsed = parseCoverageRequest(input);
// What `parseCoverageRequest` is to return once it freezes what it parses: simulated by hand here.
const deepFreeze = (value) => {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const held of Object.values(value)) deepFreeze(held);
  }
  return value;
};
const wasFrozen = Object.isFrozen(parsed);
const frozen = deepFreeze(parseCoverageRequest(structuredClone(input)));
const availability = { eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [] };
const options = { policy: DEFAULT_POLICY, asOf: ASOF, availability };
const engines = { jsonPath: jreEngine(false), tuned: jreEngine(true) };
const facts = { request: input, availability, asOf: ASOF };

// Both engines agree on this request: every blocking rule met.
const ours = evaluateEligibility(parsed, options);
if (JSON.stringify(evaluateEligibility(frozen, options)) !== JSON.stringify(ours)) throw new Error('a frozen request gives another report');
for (const [name, engine] of Object.entries(engines)) {
  const theirs = await engine.run(facts);
  if (ours.decision !== 'eligible' || theirs.failureEvents.length !== 0 || theirs.events.length !== 17) {
    throw new Error(`engines disagree: ours ${ours.decision}, ${name} ${theirs.events.length} met, ${theirs.failureEvents.length} failed`);
  }
}
// A parsed request is recognised and not parsed again; the JSON input is parsed on every call.
if (parseCoverageRequest(input) === parseCoverageRequest(input)) throw new Error('the JSON input should be parsed each time');

let sink = 0;
const measures = {
  jsonPath: { label: 'json-rules-engine 7.3.1, JSONPath conditions', run: async () => (sink += (await engines.jsonPath.run(facts)).events.length), async: true },
  tuned: { label: 'json-rules-engine 7.3.1, tuned (`pathResolver`)', run: async () => (sink += (await engines.tuned.run(facts)).events.length), async: true },
  evaluation: { label: `ours, evaluation of the parsed request (${wasFrozen ? 'deeply frozen by the parser' : 'as the parser returns it: not frozen'})`, run: () => (sink += evaluateEligibility(parsed, options).findings.length) },
  frozen: { label: 'ours, evaluation of the parsed request deeply frozen (by hand)', run: () => (sink += evaluateEligibility(frozen, options).findings.length) },
  withParse: { label: `ours, parse${COMPILED ? ' (compiled zod)' : ''} + evaluation of the JSON input`, run: () => (sink += evaluateEligibility(input, options).findings.length) },
};
// The compiled parsers change the parse only: the second process measures that and the tuned engine.
const names = COMPILED ? ['tuned', 'withParse'] : Object.keys(measures);
for (const name of names) {
  const { run, async } = measures[name];
  for (let i = 0; i < (async ? 300 : 3_000); i += 1) await run();
}

const ROUNDS = CPU ? 21 : 7;
// CPU mode: shorter rounds, more of them.
const BUDGET = CPU ? 100_000_000n : 300_000_000n; // 0.3 s per measurement (0.1 s of CPU time with --cpu)
const times = Object.fromEntries(names.map((name) => [name, []]));
// Each measurement starts from a collected heap (with --expose-gc, as `npm run bench` runs it), so
// no engine pays for the garbage the one before it left.
for (let round = 0; round < ROUNDS; round += 1) {
  for (const name of names) {
    if (!CPU) globalThis.gc?.();
    times[name].push(measures[name].async ? await timeAsync(measures[name].run, BUDGET) : timeSync(measures[name].run, BUDGET));
  }
}
/** How many times faster than `peer` each round, and the median of those ratios. */
const ratios = (name, peer) => times[name].map((us, round) => times[peer][round] / us);

if (!COMPILED) {
  console.log(`30-speaker partnership request (30 plenary sessions, 2 capture sponsors), ${ROUNDS} interleaved rounds, medians${CPU ? ', CPU time' : ''}`);
  console.log('json-rules-engine: the 17 blocking rules of DEFAULT_POLICY as facts and conditions; ours: all 23 rules, with findings, evidence and messages\n');
  console.log('### default entry (zod runtime parser)\n');
} else {
  console.log("\n### with `import 'webcast-partnership/compile'` first (zod's compiled parsers), in a second process\n");
}
console.log('| engine | µs per call | calls / s |');
console.log('| --- | ---: | ---: |');
for (const name of names) {
  const us = median(times[name]);
  console.log(`| ${measures[name].label} | ${us.toFixed(2)} | ${Math.round(1e6 / us).toLocaleString('en-US')} |`);
}
const mine = names.filter((name) => name !== 'jsonPath' && name !== 'tuned');
const peers = names.filter((name) => name === 'jsonPath' || name === 'tuned');
console.log(`\n| ours, times faster (median of per-round ratios) | ${peers.map((peer) => `than ${peer === 'tuned' ? 'the tuned engine' : 'JSONPath engine'}`).join(' | ')} |`);
console.log(`| --- | ${peers.map(() => '---:').join(' | ')} |`);
for (const name of mine) console.log(`| ${measures[name].label.replace(/^ours, /, '')} | ${peers.map((peer) => `${median(ratios(name, peer)).toFixed(1)}×`).join(' | ')} |`);

const goal = (text, name, least) => {
  const r = median(ratios(name, 'tuned'));
  console.log(`${text}: ${r.toFixed(1)}× ${r >= least ? 'OK' : 'BELOW GOAL'} (per round: ${ratios(name, 'tuned').map((x) => x.toFixed(1)).join(' ')})`);
};
console.log('');
if (!COMPILED) {
  goal('evaluation ≥ 25× tuned engine', 'evaluation', 25);
  if (!wasFrozen) goal('  (the same goal for the request deeply frozen, as the parser is to return it)', 'frozen', 25);
  goal('parse + evaluate, default entry ≥ 3× tuned engine', 'withParse', 3);
} else {
  goal('parse (compiled) + evaluate, for comparison with the default entry (≥ 3× tuned engine)', 'withParse', 3);
}
if (sink === 0) console.log('!');
if (!COMPILED) {
  execFileSync(process.execPath, process.execArgv.concat(fileURLToPath(import.meta.url)), { stdio: 'inherit', env: { ...process.env, WP_BENCH_COMPILED: '1', WP_BENCH_CPU: CPU ? '1' : '0' } });
}
