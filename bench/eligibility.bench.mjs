// Eligibility: our rules against json-rules-engine encoding the same blocking rules as facts,
// side by side in one process, on a 30-speaker partnership request.
// Build first (`npx tsup`), then: node bench/eligibility.bench.mjs
import { Engine } from 'json-rules-engine';
import { DEFAULT_POLICY, evaluateEligibility, parseCoverageRequest } from '../dist/index.js';

const ASOF = '2026-02-10T12:00:00Z';
const DAY = 86_400_000;

function request(n) {
  const pad = (v) => String(v).padStart(2, '0');
  const speakers = [];
  const sessions = [];
  for (let i = 0; i < n; i += 1) {
    const id = `spk-${pad(i + 1)}`;
    speakers.push({ id, name: `Speaker ${i + 1}`, email: `s${i}@example.org`, phone: '+33 6 00 00 00 00', informedAt: '2026-01-20', releaseSignedAt: '2026-02-01T10:00:00+01:00', releaseCovers: ['live', 'on_demand'], platformAccount: id, profileComplete: true });
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
      venue: { name: 'Salle Gaveau', city: 'Paris', scouting: { done: true, lightUsable: true } },
      audio: { organizerManagesSound: true, xlrFeed: true, soundEngineer: { name: 'Sam', email: 'sam@example.org' } },
      cameras: 2, otherFilmCrews: [], sponsors: [{ name: 'BigTel', sector: 'telecom', exclusiveCategory: 'telecom' }],
    },
    partner: {
      id: 'org-1', organization: 'Web Days SAS', contacts: [{ name: 'Olga', email: 'olga@example.org' }],
      commitments: { mediaPartnerCredit: true, postEventMailing: true, promotion: { links: 2, tweets: 5, blogPosts: 1 }, speakerEmailsProvided: true, lightingAdviceAsked: true, monetization: ['sponsor_search'] },
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
    editorialFit: 'approved',
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
function jreEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
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
  const late = (field, days) => async (_, a) => {
    const req = await a.factValue('request');
    const due = start(req) - days * DAY;
    const asOf = ms(await a.factValue('asOf'));
    return filmedSpeakers(req).filter((s) => !s || !s[field] || ms(s[field]) > asOf || ms(s[field]) > due).length;
  };
  engine.addFact('speakersNotInformed', late('informedAt', p.speakerNoticeDays));
  engine.addFact('releasesMissing', async (params, a) => {
    const req = await a.factValue('request');
    const n = await late('releaseSignedAt', p.releaseLeadDays)(params, a);
    const uncovered = filmedSpeakers(req).filter((s) => s && s.releaseCovers && req.event.sessions.some((ses) => ses.speakerIds.includes(s.id) && ses.uses.some((u) => !s.releaseCovers.includes(u)))).length;
    return n + uncovered;
  });
  engine.addFact('profilesIncomplete', async (_, a) => filmedSpeakers(await a.factValue('request')).filter((s) => !s || !s.platformAccount || !s.profileComplete).length);
  engine.addFact('sessionsWithoutSpeakers', async (_, a) => (await a.factValue('request')).event.sessions.filter((s) => s.kind === 'plenary' && s.speakerIds.length === 0).length);
  engine.addFact('contractSignedInTime', async (_, a) => {
    const req = await a.factValue('request');
    const c = req.contract;
    const due = start(req) - p.contractLeadDays * DAY;
    return Boolean(c && c.parties.platform.signedAt && c.parties.organizer.signedAt && ms(c.parties.platform.signedAt) <= due && ms(c.parties.organizer.signedAt) <= due);
  });
  engine.addFact('filmedWorkshops', async (_, a) => (await a.factValue('request')).event.sessions.filter((s) => s.kind === 'workshop' && s.filmed !== false).length);
  engine.addFact('clipMailingOk', async (_, a) => {
    const req = await a.factValue('request');
    return req.contract?.clipPlanned === false || req.contract?.postEventMailing === true || req.partner.commitments.postEventMailing === true;
  });
  const rule = (id, conditions) => engine.addRule({ name: id, conditions: { all: conditions }, event: { type: 'met', params: { rule: id } } });
  rule('C0', [{ fact: 'promotionActions', operator: 'greaterThanInclusive', value: p.minPromotionActions }]);
  rule('C1', [{ fact: 'request', path: '$.event.otherFilmCrews.length', operator: 'equal', value: 0 }]);
  rule('C2', [{ fact: 'breakeven', operator: 'greaterThan', value: 0 }]);
  rule('C2.2', [{ fact: 'conflictingSponsors', operator: 'greaterThanInclusive', value: 0 }]);
  rule('C2.3', [{ fact: 'vetoedSponsors', operator: 'greaterThanInclusive', value: 0 }]);
  rule('C3', [{ fact: 'availability', path: '$.freeCrews.length', operator: 'greaterThan', value: 0 }]);
  rule('C4', [{ fact: 'request', path: '$.editorialFit', operator: 'equal', value: 'approved' }]);
  rule('C5', [
    { fact: 'request', path: '$.event.venue.scouting.done', operator: 'equal', value: true },
    { fact: 'request', path: '$.event.venue.scouting.lightUsable', operator: 'equal', value: true },
  ]);
  rule('C6.1', [{ fact: 'speakersNotInformed', operator: 'equal', value: 0 }]);
  rule('C6.2', [{ fact: 'releasesMissing', operator: 'equal', value: 0 }]);
  rule('C6.3', [{ fact: 'profilesIncomplete', operator: 'equal', value: 0 }]);
  rule('C7', [
    { fact: 'request', path: '$.event.audio.organizerManagesSound', operator: 'equal', value: true },
    { fact: 'request', path: '$.event.audio.xlrFeed', operator: 'equal', value: true },
  ]);
  rule('C8', [{ fact: 'sessionsWithoutSpeakers', operator: 'equal', value: 0 }]);
  rule('C9', [{ fact: 'contractSignedInTime', operator: 'equal', value: true }]);
  rule('C9.3', [{ fact: 'filmedWorkshops', operator: 'equal', value: 0 }]);
  rule('C11', [{ fact: 'clipMailingOk', operator: 'equal', value: true }]);
  return engine;
}

// --- timing ----------------------------------------------------------------------------------
function timeSync(fn, seconds = 1) {
  for (let i = 0; i < 2_000; i += 1) fn();
  const samples = [];
  for (let round = 0; round < 5; round += 1) {
    let n = 0;
    const t0 = process.hrtime.bigint();
    const budget = BigInt(Math.round((seconds / 5) * 1e9));
    let t = t0;
    while (t - t0 < budget) {
      for (let i = 0; i < 100; i += 1) fn();
      n += 100;
      t = process.hrtime.bigint();
    }
    samples.push(Number(t - t0) / n / 1000);
  }
  return samples.sort((a, b) => a - b)[2];
}
async function timeAsync(fn, seconds = 1) {
  for (let i = 0; i < 500; i += 1) await fn();
  const samples = [];
  for (let round = 0; round < 5; round += 1) {
    let n = 0;
    const t0 = process.hrtime.bigint();
    const budget = BigInt(Math.round((seconds / 5) * 1e9));
    let t = t0;
    while (t - t0 < budget) {
      for (let i = 0; i < 20; i += 1) await fn();
      n += 20;
      t = process.hrtime.bigint();
    }
    samples.push(Number(t - t0) / n / 1000);
  }
  return samples.sort((a, b) => a - b)[2];
}

const input = request(30);
const parsed = parseCoverageRequest(input);
const availability = { eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [] };
const options = { policy: DEFAULT_POLICY, asOf: ASOF, availability };
const engine = jreEngine();

// Both engines agree on this request: every blocking rule met.
const ours = evaluateEligibility(parsed, options);
const theirs = await engine.run({ request: input, availability, asOf: ASOF });
if (ours.decision !== 'eligible' || theirs.failureEvents.length !== 0) {
  throw new Error(`engines disagree: ours ${ours.decision}, theirs ${theirs.failureEvents.length} failures`);
}

let sink = 0;
const evalOnly = timeSync(() => {
  sink += evaluateEligibility(parsed, options).findings.length;
});
const withParse = timeSync(() => {
  sink += evaluateEligibility(structuredClone(input), options).findings.length;
});
const cloneOnly = timeSync(() => {
  sink += structuredClone(input).speakers.length;
});
const jre = await timeAsync(async () => {
  sink += (await engine.run({ request: input, availability, asOf: ASOF })).events.length;
});

// Each parse gets a fresh copy of the JSON input (a parsed value would be recognised and not parsed again);
// the copy's own cost is measured and subtracted.
const parsing = Math.max(withParse - cloneOnly, evalOnly);
const rows = [
  ['json-rules-engine 7.3.1 (blocking rules as facts)', jre],
  ['webcast-partnership: evaluation (parsed input)', evalOnly],
  ['webcast-partnership: zod parsing + evaluation', parsing],
];
console.log('30-speaker partnership request, 16 blocking rules (ours: all 21 rules, findings in English)\n');
console.log('| engine | µs per evaluation | evaluations / s |');
console.log('| --- | ---: | ---: |');
for (const [name, us] of rows) console.log(`| ${name} | ${us.toFixed(2)} | ${Math.round(1e6 / us).toLocaleString('en-US')} |`);
const r1 = jre / evalOnly;
const r2 = jre / parsing;
console.log(`\nratio, evaluation alone: ${r1.toFixed(1)}x (goal >= 20x) ${r1 >= 20 ? 'OK' : 'BELOW GOAL'}`);
console.log(`ratio, including zod parsing: ${r2.toFixed(1)}x (goal >= 5x) ${r2 >= 5 ? 'OK' : 'BELOW GOAL'}`);
console.log(`(structuredClone of the input, subtracted: ${cloneOnly.toFixed(2)} µs; sink ${sink > 0 ? 'ok' : ''})`);
