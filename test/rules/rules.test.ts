/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import { RULE_IDS, isRuleId } from '../../src/models/ruleIds.js';
import type { FindingStatus } from '../../src/rules/types.js';
import { busyAvailability, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';
import type { CaseOptions } from '../utils/evaluate.js';

interface Case {
  readonly name: string;
  readonly input: Record<string, any>;
  readonly options?: CaseOptions;
  readonly sponsorId?: string;
  readonly expected: { readonly status: FindingStatus; readonly evidence?: Record<string, unknown>; readonly dueLocal?: string; readonly code?: string };
}

// Event start: 2026-03-14T08:00Z. The factory is evaluated on 2026-02-10T12:00Z, a month before.
// Deadlines with FIXED_POLICY: speakers 2026-02-28 (14 days), releases/profiles/scouting 2026-03-07 (7 days),
// contract 2026-03-14 (before the start).
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
// The factory's second plenary becomes a filmed workshop.
const workshop = (i: any): void => void (i.event.sessions[1].kind = 'workshop');
const noMailing = (i: any): void => {
  i.contract.postEventMailing = false;
  i.partner.commitments.postEventMailing = false;
};

const CASES: Record<string, readonly Case[]> = {
  C0: [
    { name: 'met with the factory’s 8 promotion actions', input: validInput(), expected: { status: 'met', evidence: { links: 2, tweets: 5, blogPosts: 1, required: 1 } } },
    { name: 'met with a single tweet', input: withChange((i) => (i.partner.commitments.promotion = { tweets: 1 })), expected: { status: 'met' } },
    { name: 'unmet with no promotion effort at all', input: withChange((i) => (i.partner.commitments.promotion = { links: 0, tweets: 0, blogPosts: 0 })), expected: { status: 'unmet' } },
    { name: 'unmet when no commitments are given', input: withChange((i) => delete i.partner.commitments), expected: { status: 'unmet' } },
  ],
  NB: [
    { name: 'met with the factory’s 2 cameras on one day', input: validInput(), expected: { status: 'met', evidence: { cameras: 2, days: 1, maxCameras: 3, maxDays: 2 } } },
    { name: 'met with 3 cameras, the most a partnership takes', input: withChange((i) => (i.event.cameras = 3)), expected: { status: 'met', evidence: { cameras: 3 } } },
    { name: 'unmet with 4 cameras', input: withChange((i) => (i.event.cameras = 4)), expected: { status: 'unmet', evidence: { cameras: 4, days: 1 } } },
    { name: 'met over two days, the last one ending at midnight', input: withChange((i) => (i.event.end = '2026-03-16T00:00:00+01:00')), expected: { status: 'met', evidence: { days: 2 } } },
    { name: 'unmet over three days', input: withChange((i) => (i.event.start = '2026-03-12T09:00:00+01:00')), expected: { status: 'unmet', evidence: { cameras: 2, days: 3 } } },
    { name: 'still unmet once the deadline passed, with the same remedy', input: withChange((i) => (i.event.cameras = 5)), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { cameras: 5 } } },
  ],
  C1: [
    { name: 'met when no other crew films', input: validInput(), expected: { status: 'met', evidence: { otherFilmCrews: [] } } },
    {
      name: 'unmet when another crew films, naming it',
      input: withChange((i) => (i.event.otherFilmCrews = [{ name: 'TV Locale' }, { name: 'Agence B' }])),
      expected: { status: 'unmet', evidence: { otherFilmCrews: ['Agence B', 'TV Locale'] } },
    },
  ],
  C2: [
    { name: 'met with a contract fixing a breakeven above zero', input: validInput(), expected: { status: 'met', evidence: { breakeven: '800.00 EUR', organizerShare: '0.5' } } },
    { name: 'pending without a contract before the event', input: withChange((i) => delete i.contract), expected: { status: 'pending', dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'unmet without a contract once the event started', input: withChange((i) => delete i.contract), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
    { name: 'unmet with a breakeven of zero (no 100% free deal)', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'EUR' })), expected: { status: 'unmet' } },
    { name: 'pending with a draft the organizer has not signed: a draft is not an agreement', input: withChange((i) => delete i.contract.parties.organizer.signedAt), expected: { status: 'pending', evidence: { contract: true, signed: false }, dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'pending when a signature is dated after the evaluation date', input: withChange((i) => (i.contract.parties.platform.signedAt = '2026-02-20')), expected: { status: 'pending', evidence: { signed: false } } },
    { name: 'pending with a draft fixing a breakeven of zero: not read before it is signed', input: withChange((i) => { i.contract.breakeven.amount = '0'; delete i.contract.parties.platform.signedAt; }), expected: { status: 'pending', evidence: { contract: true, signed: false } } },
    { name: 'unmet when the draft is still unsigned once the event started', input: withChange((i) => delete i.contract.parties.organizer.signedAt), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { contract: true, signed: false } } },
  ],
  'C2.2': [
    { name: 'met for a sponsor outside every exclusive category', input: validInput(), sponsorId: 'csp-1', expected: { status: 'met', evidence: { exclusiveHolders: [] } } },
    {
      name: 'unmet for a competitor of a sponsor holding the category',
      input: withChange((i) => (i.sponsors[0].sector = 'Telecom')),
      sponsorId: 'csp-1',
      expected: { status: 'unmet', evidence: { exclusiveHolders: ['BigTel'] } },
    },
    {
      name: 'met for the exclusive sponsor itself',
      input: withChange((i) => Object.assign(i.sponsors[0], { name: 'BigTel', sector: 'telecom' })),
      sponsorId: 'csp-1',
      expected: { status: 'met' },
    },
  ],
  'C2.3': [
    { name: 'met for an accepted sponsor', input: validInput(), sponsorId: 'csp-1', expected: { status: 'met' } },
    { name: 'pending for a sponsor the organizer has not answered', input: withChange((i) => (i.sponsors[0].status = 'proposed')), sponsorId: 'csp-1', expected: { status: 'pending' } },
    {
      name: 'unmet for a vetoed sponsor',
      input: withChange((i) => Object.assign(i.sponsors[0], { status: 'vetoed', veto: { by: 'Olga', reason: 'competitor of our host' } })),
      sponsorId: 'csp-1',
      expected: { status: 'unmet', evidence: { sponsorId: 'csp-1', status: 'vetoed' } },
    },
    { name: 'met for a sponsor that withdrew (no veto)', input: withChange((i) => (i.sponsors[0].status = 'withdrawn')), sponsorId: 'csp-1', expected: { status: 'met' } },
  ],
  'C2.5': [
    { name: 'met with a usable sponsor', input: validInput(), expected: { status: 'met', evidence: { sponsors: 1, usableSponsors: 1 } } },
    { name: 'met with no sponsor at all', input: withChange((i) => (i.sponsors = [])), expected: { status: 'met', evidence: { sponsors: 0, usableSponsors: 0 } } },
    { name: 'met when the only sponsor is vetoed', input: withChange((i) => (i.sponsors[0].status = 'vetoed')), expected: { status: 'met', evidence: { usableSponsors: 0 } } },
  ],
  C3: [
    { name: 'met when a crew is free', input: validInput(), expected: { status: 'met', evidence: { freeCrews: ['crew-a'] } } },
    { name: 'unknown without availability', input: validInput(), options: { availability: null }, expected: { status: 'unknown', evidence: { availability: null } } },
    {
      name: 'unmet when every crew is busy, with the conflicting bookings sorted by crew',
      input: validInput(),
      options: { availability: busyAvailability() },
      expected: {
        status: 'unmet',
        evidence: {
          freeCrews: [],
          conflicts: [
            { crewId: 'crew-a', eventId: 'evt-7', start: '2026-03-13T09:00:00+01:00', end: '2026-03-14T12:00:00+01:00' },
            { crewId: 'crew-b', eventId: 'evt-9', start: '2026-03-14T08:00:00+01:00', end: '2026-03-14T20:00:00+01:00' },
          ],
        },
      },
    },
  ],
  C4: [
    { name: 'met when the editors approved before the deadline', input: validInput(), expected: { status: 'met', evidence: { editorialVerdict: 'approved', verdictAt: '2026-01-15T10:00:00+01:00' } } },
    { name: 'met when approved at the deadline instant itself', input: withChange((i) => (i.editorialVerdict.at = '2026-03-14T09:00:00+01:00')), options: { asOf: AFTER_START }, expected: { status: 'met' } },
    { name: 'unmet when the editors rejected', input: withChange((i) => (i.editorialVerdict = { verdict: 'rejected', at: '2026-01-15' })), expected: { status: 'unmet', code: 'editorial_fit_rejected' } },
    { name: 'unmet when the editors approved after the deadline: too late', input: withChange((i) => (i.editorialVerdict.at = '2026-03-14T10:00:00+01:00')), options: { asOf: '2026-03-15' }, expected: { status: 'unmet', evidence: { editorialVerdict: 'approved' }, code: 'editorial_verdict_late' } },
    { name: 'pending while the editors have not decided, due by the deadline', input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })), expected: { status: 'pending', evidence: { editorialVerdict: 'pending', verdictAt: null }, dueLocal: '2026-03-14T09:00+01:00', code: 'editorial_fit_pending' } },
    { name: 'still pending at the deadline instant', input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })), options: { asOf: '2026-03-14T08:00:00Z' }, expected: { status: 'pending', dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'unmet when the editors have still not decided once the deadline passed', input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { editorialVerdict: 'pending' }, code: 'editorial_verdict_late' } },
    { name: 'unknown when no verdict is given', input: withChange((i) => delete i.editorialVerdict), expected: { status: 'unknown', evidence: { editorialVerdict: null, verdictAt: null }, code: 'editorial_fit_unknown' } },
    { name: 'unknown when the approval is dated after the evaluation date (not known yet)', input: withChange((i) => (i.editorialVerdict.at = '2026-02-20')), expected: { status: 'unknown', evidence: { editorialVerdict: null, verdictAt: null } } },
    { name: 'unknown, not unmet, when the rejection is dated after the evaluation date', input: withChange((i) => (i.editorialVerdict = { verdict: 'rejected', at: '2026-02-20' })), expected: { status: 'unknown', evidence: { editorialVerdict: null } } },
    { name: 'unmet when no verdict came by the deadline', input: withChange((i) => delete i.editorialVerdict), options: { asOf: AFTER_START }, expected: { status: 'unmet', code: 'editorial_verdict_late' } },
  ],
  C5: [
    { name: 'met when scouted in time with usable light', input: validInput(), expected: { status: 'met', evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: true } } },
    { name: 'pending when not scouted yet, before the deadline', input: withChange((i) => (i.event.venue.scouting = {})), expected: { status: 'pending', evidence: { scoutedAt: null, lightUsable: null }, dueLocal: '2026-03-07T09:00+01:00', code: 'venue_not_scouted' } },
    { name: 'pending when the scouting is dated after the evaluation date (not done yet), whatever it found', input: withChange((i) => (i.event.venue.scouting = { doneAt: '2026-02-20', lightUsable: false })), expected: { status: 'pending', evidence: { scoutedAt: null, lightUsable: null } } },
    { name: 'unmet when not scouted after the deadline', input: withChange((i) => delete i.event.venue.scouting), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'venue_scouted_late' } },
    { name: 'unmet when scouted after the deadline: too late', input: withChange((i) => (i.event.venue.scouting.doneAt = '2026-03-08')), options: { asOf: '2026-03-09' }, expected: { status: 'unmet', evidence: { scoutedAt: '2026-03-08', lightUsable: true }, code: 'venue_scouted_late' } },
    { name: 'unmet when the light gives murky images', input: withChange((i) => (i.event.venue.scouting.lightUsable = false)), expected: { status: 'unmet', code: 'venue_badly_lit' } },
    { name: 'unknown when scouted without a verdict on the light', input: withChange((i) => delete i.event.venue.scouting.lightUsable), expected: { status: 'unknown', evidence: { lightUsable: null }, dueLocal: '2026-03-07T09:00+01:00', code: 'venue_light_unknown' } },
    { name: 'unmet when the light was still not assessed after the deadline', input: withChange((i) => delete i.event.venue.scouting.lightUsable), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'venue_scouted_late' } },
  ],
  'C5.b': [
    { name: 'met when the organizer asked the advice on lighting and on staging', input: validInput(), expected: { status: 'met', evidence: { lightingAdviceAsked: true, stagingAdviceAsked: true, notAsked: [] } } },
    { name: 'pending when the staging advice is not asked yet, before the scouting deadline', input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)), expected: { status: 'pending', evidence: { notAsked: ['staging'] }, dueLocal: '2026-03-07T09:00+01:00' } },
    { name: 'pending when the lighting advice is not asked yet', input: withChange((i) => (i.partner.commitments.lightingAdviceAsked = false)), expected: { status: 'pending', evidence: { notAsked: ['lighting'] } } },
    { name: 'unmet when neither is asked after the deadline', input: withChange((i) => Object.assign(i.partner.commitments, { lightingAdviceAsked: false, stagingAdviceAsked: false })), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { notAsked: ['lighting', 'staging'] } } },
    { name: 'unmet when only the lighting was asked, after the deadline: each counts', input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { lightingAdviceAsked: true, stagingAdviceAsked: false } } },
  ],
};

describe('rules', () => {
  it('lists every rule once, in RULE_IDS order', () => {
    expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
    expect(RULE_IDS).toHaveLength(23);
    expect(RULE_IDS.slice(0, 3)).toEqual(['C0', 'NB', 'C1']);
    expect(RULE_IDS.indexOf('C6.4')).toBe(RULE_IDS.indexOf('C6.3') + 1);
    expect(isRuleId('C6.2')).toBe(true);
    expect(isRuleId('NB')).toBe(true);
    expect(isRuleId('C12')).toBe(false);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(23);
  });

  it('has a table of cases for every rule: in its own file, test/rules/<ruleName>.test.ts, or here', () => {
    const fileOf = (name: string): string => `${name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}.test.ts`;
    const files = new Set(readdirSync(new URL('.', import.meta.url)));
    expect(Object.keys(CASES).sort()).toEqual(RULES.filter((r) => !files.has(fileOf(r.name)) || r.id === 'NB').map((r) => r.id).sort());
  });

  it('carries its id, name, seed clause, kind and French seed sentence', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(C\d+(\.\d|\.b)?|NB)$/);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.clause).toMatch(/^(§ \d|overview$|NB$)/);
      expect(['blocking', 'weighing']).toContain(rule.defaultKind);
      expect(rule.seed.length).toBeGreaterThan(40);
    }
  });
});

for (const rule of RULES) {
  // A rule with its own test file has its cases there.
  if (CASES[rule.id] === undefined) continue;
  describe(`${rule.id} ${rule.name}`, () => {
    for (const c of CASES[rule.id] ?? []) {
      it(c.name, () => {
        for (const locale of ['en', 'fr'] as const) {
          const report = evaluate(c.input, { ...c.options, locale });
          const finding = findingOf(report, rule.id, c.sponsorId);
          expect(finding.status).toBe(c.expected.status);
          if (c.expected.evidence !== undefined) expect(finding.evidence).toMatchObject(c.expected.evidence);
          if (c.expected.dueLocal !== undefined) expect(finding.remedy?.dueLocal).toBe(c.expected.dueLocal);
          if (c.expected.code !== undefined) expect(finding.remedy?.code).toBe(c.expected.code);
          if (finding.status === 'met') expect(finding.remedy).toBeUndefined();
          else {
            expect(finding.remedy?.en).toBeTruthy();
            expect(finding.remedy?.fr).toBeTruthy();
          }
          expect(finding.message.length).toBeGreaterThan(10);
        }
      });
    }
  });
}

// Not applicable: a rule the policy does not list for the request's mode gives no finding. With
// the default modes, a client who buys the filming is held to none of these.
describe('not applicable in client mode', () => {
  it.each(['NB', 'C2', 'C5.b', 'C6.4', 'C9.3', 'C11'])('%s gives no finding when the organizer buys the filming', (id) => {
    const heavy = withChange((i) => {
      i.mode = 'client';
      i.event.cameras = 6;
      workshop(i);
      noMailing(i);
      delete i.contract.parties.organizer.signedAt;
      Object.assign(i.partner.commitments, { lightingAdviceAsked: false, onlineConversation: false });
    });
    expect(evaluate(heavy).findings.filter((f) => f.rule === id)).toEqual([]);
  });
});

describe('C4, C5, C6.3 and C7 in client mode', () => {
  it('do not apply: a paying client gets no finding on them, even with every fact missing', () => {
    const input = withChange((i) => {
      i.mode = 'client';
      delete i.editorialVerdict;
      i.event.venue.scouting = {};
      i.event.audio = { feed: 'none' };
      for (const speaker of i.speakers) delete speaker.profileCompletedAt;
    });
    const report = evaluate(input, { asOf: AFTER_START });
    expect(report.findings.map((f) => f.rule).filter((id) => ['C4', 'C5', 'C6.3', 'C7'].includes(id))).toEqual([]);
    expect(report.decision).toBe('eligible');
  });
});
