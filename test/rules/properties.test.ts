/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { busyAvailability, freeAvailability, validInput } from '../utils/factory.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { FIXED_POLICY, clone, evaluate } from '../utils/evaluate.js';
import type { CaseOptions } from '../utils/evaluate.js';

import { MUTATIONS } from '../utils/mutations.js';

// C8.b needs a missing e-mail as well as no commitment.
const C8B_EMAIL = (i: any) => delete i.speakers[2].email;

const ASOFS = ['2026-02-10T12:00:00Z', '2026-03-01T00:00:00+01:00', '2026-03-10', '2026-03-14T08:30:00+01:00', '2026-04-01T12:00:00-05:00'];

interface Scenario {
  readonly mutations: readonly number[];
  readonly options: CaseOptions;
  readonly mode: 'partnership' | 'client';
}

const scenario = fc.record({
  mutations: fc.subarray(MUTATIONS.map((_, n) => n)),
  options: fc.record({
    asOf: fc.constantFrom(...ASOFS),
    availability: fc.constantFrom(null, freeAvailability(), busyAvailability()),
    locale: fc.constantFrom('en' as const, 'fr' as const),
  }),
  mode: fc.constantFrom('partnership' as const, 'partnership' as const, 'client' as const),
});

function build(s: Scenario, skip?: string): any {
  const input = validInput();
  input.mode = s.mode;
  for (const n of s.mutations) {
    const m = MUTATIONS[n];
    if (m === undefined || m.rule === skip) continue;
    m.apply(input);
    if (m.rule === 'C8.b') C8B_EMAIL(input);
  }
  return input;
}

const RANK = { ineligible: 0, incomplete: 1, eligible: 2 } as const;
const RUNS = { numRuns: 1000 };

// The dated facts of C4, C5, C6.3 and C7 (issue 12 point 3) whose truth favours the request: an approval,
// a scouting that did not find bad light, an audio confirmation, a completed profile. A rejection or murky
// light known earlier rightly makes a decision worse, so they are not re-dated.
const DATED_FACTS: readonly { readonly applies: (i: any) => boolean; readonly get: (i: any) => string; readonly set: (i: any, date: string) => void }[] = [
  { applies: (i) => i.editorialVerdict?.verdict === 'approved', get: (i) => i.editorialVerdict.at, set: (i, date) => (i.editorialVerdict.at = date) },
  { applies: (i) => i.event.venue.scouting?.doneAt !== undefined && i.event.venue.scouting.lightUsable !== false, get: (i) => i.event.venue.scouting.doneAt, set: (i, date) => (i.event.venue.scouting.doneAt = date) },
  { applies: (i) => i.event.audio?.confirmedAt !== undefined, get: (i) => i.event.audio.confirmedAt, set: (i, date) => (i.event.audio.confirmedAt = date) },
  ...[0, 1, 2].map((n) => ({
    applies: (i: any) => i.speakers[n]?.profileCompletedAt !== undefined,
    get: (i: any) => i.speakers[n].profileCompletedAt,
    set: (i: any, date: string) => (i.speakers[n].profileCompletedAt = date),
  })),
];

// Few other changes, so that the dated facts decide often: most scenarios break no other rule.
const timeScenario = fc.record({
  mutations: fc.oneof(fc.constant([] as number[]), fc.subarray(MUTATIONS.map((_, n) => n), { maxLength: 2 })),
  options: fc.record({ asOf: fc.constantFrom(...ASOFS), availability: fc.constantFrom(null, freeAvailability()), locale: fc.constant('en' as const) }),
  mode: fc.constant('partnership' as const),
});

// Instants around the factory's deadlines and evaluation dates (the event starts 2026-03-14T08:00Z).
const FACT_DATES = ['2026-01-15', '2026-02-10T12:00:00Z', '2026-02-13T23:00:00-05:00', '2026-02-20', '2026-02-28T09:00:00+01:00', '2026-03-07T08:00:01Z', '2026-03-12', '2026-03-14T10:00:00+01:00', '2026-03-20'];

function shuffle<T>(items: T[], order: readonly number[]): T[] {
  const keyed = items.map((item, n) => ({ item, key: order[n % Math.max(order.length, 1)] ?? 0, n }));
  return keyed.sort((a, b) => a.key - b.key || a.n - b.n).map((k) => k.item);
}

describe('properties', () => {
  it('determinism: the same input gives the same bytes', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const input = build(s);
        expect(JSON.stringify(evaluate(clone(input), s.options))).toBe(JSON.stringify(evaluate(input, s.options)));
      }),
      RUNS,
    );
  });

  it('determinism, golden: the factory with one unsigned release, byte for byte', () => {
    const input = validInput();
    delete input.speakers[1].release;
    const finding = evaluate(input).findings.find((f) => f.rule === 'C6.2');
    expect(JSON.stringify(finding)).toBe(
      '{"rule":"C6.2","name":"speaker-releases-signed","clause":"§ 6.2","kind":"blocking","status":"pending",' +
        '"evidence":{"filmedSpeakers":3,"contractUses":["clip"],"late":[],"unsigned":["spk-2"],"uncovered":[],"refused":[],"withdrawn":[],"notFilmable":[]},' +
        '"parameters":{"releaseLeadDays":7},"dueAt":"2026-03-07T08:00:00.000Z","dueLocal":"2026-03-07T09:00+01:00",' +
        '"message":"1 speaker has not signed a release covering every planned use: Ben (spk-2); due by 7 March 2026, 09:00 event time.",' +
        '"remedy":{"code":"release_not_signed","dueAt":"2026-03-07T08:00:00.000Z","dueLocal":"2026-03-07T09:00+01:00",' +
        '"en":"Have Ben (spk-2) sign the image-rights and broadcast release, covering the live stream, the on-demand video and the post-event clip, by 7 March 2026, 09:00 event time.",' +
        '"fr":"Faites signer à Ben (spk-2) l\'autorisation de cession de droit à l\'image et de diffusion, couvrant le direct, la vidéo à la demande et le clip post-événement, avant le 7 mars 2026, 9 h 00, heure de l\'événement."}}',
    );
  });

  it('order independence: shuffling speakers, sessions and sponsors changes nothing', () => {
    fc.assert(
      fc.property(scenario, fc.array(fc.nat(), { minLength: 1, maxLength: 8 }), (s, order) => {
        const input = build(s);
        const shuffled = clone(input);
        shuffled.speakers = shuffle(shuffled.speakers, order);
        shuffled.event.sessions = shuffle(shuffled.event.sessions, order);
        shuffled.sponsors = shuffle(shuffled.sponsors, order);
        shuffled.event.sponsors = shuffle(shuffled.event.sponsors, order);
        shuffled.event.otherFilmCrews = shuffle(shuffled.event.otherFilmCrews, order);
        for (const session of shuffled.event.sessions) if (Array.isArray(session.speakerIds)) session.speakerIds = shuffle(session.speakerIds, order);
        expect(JSON.stringify(evaluate(shuffled, s.options))).toBe(JSON.stringify(evaluate(input, s.options)));
      }),
      RUNS,
    );
  });

  it('order independence, golden: reversed speakers and sessions give the same report', () => {
    const input = validInput();
    delete input.speakers[0].informedAt;
    const reversed = clone(input);
    reversed.speakers.reverse();
    reversed.event.sessions.reverse();
    expect(evaluate(reversed)).toEqual(evaluate(input));
  });

  it('monotonicity: fixing an unmet rule never makes the decision or the preference worse', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const before = evaluate(build(s), s.options);
        for (const finding of before.findings) {
          if (finding.status !== 'unmet') continue;
          if (!MUTATIONS.some((m, n) => m.rule === finding.rule && s.mutations.includes(n))) continue;
          const after = evaluate(build(s, finding.rule), s.options);
          expect(RANK[after.decision]).toBeGreaterThanOrEqual(RANK[before.decision]);
          expect(after.preference).toBeGreaterThanOrEqual(before.preference);
        }
      }),
      RUNS,
    );
  });

  it('monotonicity in time: signing a release earlier never makes C6.2 or the decision worse', () => {
    const STATUS = { unmet: 0, unknown: 1, pending: 1, met: 2 } as const;
    const instant = fc.integer({ min: Date.UTC(2025, 11, 1), max: Date.UTC(2026, 2, 20) }).map((ms) => new Date(ms).toISOString());
    fc.assert(
      fc.property(scenario, fc.nat(2), instant, instant, (s, who, a, b) => {
        const [earlier, later] = a <= b ? [a, b] : [b, a];
        const at = (signedAt: string) => {
          const input = build(s);
          const release = input.speakers[who].release;
          // Only a release signed and never taken back: the other states are not about when it was signed.
          if (release?.state !== 'signed') return undefined;
          delete release.requestedAt;
          release.signedAt = signedAt;
          return evaluate(input, s.options);
        };
        const before = at(later);
        const after = at(earlier);
        if (before === undefined || after === undefined) return;
        const c62 = (report: typeof before) => report.findings.find((f) => f.rule === 'C6.2');
        expect(RANK[after.decision]).toBeGreaterThanOrEqual(RANK[before.decision]);
        const [x, y] = [c62(before), c62(after)];
        if (x !== undefined && y !== undefined) expect(STATUS[y.status]).toBeGreaterThanOrEqual(STATUS[x.status]);
      }),
      RUNS,
    );
  });

  it('monotonicity in time, golden: a release signed the day before the event is unmet, a week before it is met', () => {
    const asOf = { asOf: '2026-03-13T12:00:00Z' };
    const late = validInput();
    late.speakers[0].release.signedAt = '2026-03-13';
    expect(evaluate(late, asOf).findings.find((f) => f.rule === 'C6.2')?.status).toBe('unmet');
    const early = validInput();
    early.speakers[0].release.signedAt = '2026-03-07T08:00:00Z';
    expect(evaluate(early, asOf).findings.find((f) => f.rule === 'C6.2')?.status).toBe('met');
  });

  it('monotonicity, golden: fixing the crew makes an ineligible request eligible', () => {
    const input = validInput();
    input.event.otherFilmCrews = [{ name: 'TV' }];
    expect(evaluate(input).decision).toBe('ineligible');
    input.event.otherFilmCrews = [];
    expect(evaluate(input).decision).toBe('eligible');
  });

  it('monotonicity in time: bringing a favourable fact’s date earlier never makes the decision or the preference worse', () => {
    fc.assert(
      fc.property(
        timeScenario,
        // Each fact keeps the factory's date (nil) or takes one of FACT_DATES.
        fc.array(fc.option(fc.integer({ min: 0, max: FACT_DATES.length - 1 }), { nil: undefined, freq: 2 }), { minLength: DATED_FACTS.length, maxLength: DATED_FACTS.length }),
        fc.integer({ min: 0, max: DATED_FACTS.length - 1 }),
        fc.integer({ min: 1, max: 90 * 24 }),
        fc.constantFrom(DEFAULT_POLICY, FIXED_POLICY),
        (s, dates, moved, hours, policy) => {
          const input = build(s);
          DATED_FACTS.forEach((fact, n) => {
            const date = dates[n];
            if (date !== undefined && fact.applies(input)) fact.set(input, FACT_DATES[date]!);
          });
          const fact = DATED_FACTS[moved]!;
          if (!fact.applies(input)) return;
          const before = evaluate(input, { ...s.options, policy });
          const earlier = clone(input);
          fact.set(earlier, new Date(Date.parse(fact.get(input)) - hours * 3_600_000).toISOString());
          const after = evaluate(earlier, { ...s.options, policy });
          expect(RANK[after.decision]).toBeGreaterThanOrEqual(RANK[before.decision]);
          expect(after.preference).toBeGreaterThanOrEqual(before.preference);
        },
      ),
      RUNS,
    );
  });

  it('monotonicity in time, golden: a profile completed after its deadline, then before it; an audio plan confirmed after asOf, then before it', () => {
    // FIXED_POLICY: profiles and audio due 7 days before the 2026-03-14T09:00+01:00 start, 2026-03-07T08:00Z.
    const late = validInput();
    late.speakers[1].profileCompletedAt = '2026-03-10';
    expect(evaluate(late, { asOf: '2026-03-11' }).decision).toBe('ineligible');
    late.speakers[1].profileCompletedAt = '2026-03-01';
    expect(evaluate(late, { asOf: '2026-03-11' }).decision).toBe('eligible');
    // At ASOF (2026-02-10T12:00Z) a confirmation dated 20 February is not known yet: pending, so incomplete.
    const unconfirmed = validInput();
    unconfirmed.event.audio.confirmedAt = '2026-02-20';
    expect(evaluate(unconfirmed).decision).toBe('incomplete');
    unconfirmed.event.audio.confirmedAt = '2026-02-05';
    expect(evaluate(unconfirmed).decision).toBe('eligible');
  });

  it('every finding that is not met has a remedy in both languages', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const report = evaluate(build(s), s.options);
        for (const finding of report.findings) {
          if (finding.status === 'met') {
            expect(finding.remedy).toBeUndefined();
            continue;
          }
          expect(finding.remedy?.code).toMatch(/^[a-z]+(_[a-z]+)*$/);
          expect(finding.remedy?.en.length).toBeGreaterThan(20);
          expect(finding.remedy?.fr.length).toBeGreaterThan(20);
          expect(finding.remedy?.fr).not.toBe(finding.remedy?.en);
          if (finding.remedy?.dueAt !== undefined) {
            // A remedy says when it is due only while that is ahead; the instant and the local time agree.
            expect(Date.parse(finding.remedy.dueAt)).toBeGreaterThanOrEqual(Date.parse(report.asOf));
            expect(Date.parse(finding.remedy.dueLocal!)).toBe(Date.parse(finding.remedy.dueAt));
          }
        }
      }),
      RUNS,
    );
  });

  it('remedies, golden: a vetoed sponsor names what to do in English and French', () => {
    const input = validInput();
    input.sponsors[0].status = 'vetoed';
    const finding = evaluate(input).findings.find((f) => f.rule === 'C2.3');
    expect(finding?.remedy).toEqual({
      code: 'sponsor_vetoed',
      en: 'Sponsor csp-1 is vetoed and will not be attached: let the platform propose another capture sponsor.',
      fr: "Le sponsor csp-1 fait l'objet d'un veto et ne sera pas associé : laissez la plateforme proposer un autre sponsor de captation.",
    });
  });

  it('preference stays in [0, 1] with at most 4 decimals, and is 0 in client mode', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const { preference } = evaluate(build(s), s.options);
        expect(preference).toBeGreaterThanOrEqual(0);
        expect(preference).toBeLessThanOrEqual(1);
        expect(Math.round(preference * 10_000) / 10_000).toBe(preference);
        if (s.mode === 'client') expect(preference).toBe(0);
      }),
      RUNS,
    );
  });

  it('preference, golden: without lighting advice and media credit it is (4 + 2 + 3) / 15 = 0.6', () => {
    const input = validInput();
    input.partner.commitments.lightingAdviceAsked = false;
    input.partner.commitments.mediaPartnerCredit = false;
    expect(evaluate(input).preference).toBe(0.6);
  });
});
