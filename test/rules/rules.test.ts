/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import { RULE_IDS, isRuleId } from '../../src/rules/ids.js';
import type { FindingStatus } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
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
const AFTER_SPEAKER_NOTICE = '2026-03-01T12:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
const WORKSHOP_CLAUSE = { organizerShare: '0.7', countsTowardBreakeven: false };
// The factory's second plenary becomes a filmed workshop.
const workshop = (i: any): void => void (i.event.sessions[1].kind = 'workshop');
const noMailing = (i: any): void => {
  i.contract.postEventMailing = false;
  i.partner.commitments.postEventMailing = false;
};

const CASES: Record<string, readonly Case[]> = {
  'C6.1': [
    { name: 'met when every filmed speaker was told in time', input: validInput(), expected: { status: 'met', evidence: { filmedSpeakers: 3 } } },
    { name: 'pending when a speaker is not told yet, before the deadline', input: withChange((i) => delete i.speakers[1].informedAt), expected: { status: 'pending', evidence: { notInformed: ['spk-2'] }, dueLocal: '2026-02-28T09:00+01:00' } },
    { name: 'unmet when a speaker was told too late', input: withChange((i) => (i.speakers[1].informedAt = '2026-03-01')), options: { asOf: '2026-03-02' }, expected: { status: 'unmet', evidence: { late: ['spk-2'] } } },
    { name: 'unmet when a speaker is still not told after the deadline', input: withChange((i) => delete i.speakers[2].informedAt), options: { asOf: AFTER_SPEAKER_NOTICE }, expected: { status: 'unmet' } },
    { name: 'pending when the date given is after the evaluation date', input: withChange((i) => (i.speakers[0].informedAt = '2026-02-20')), expected: { status: 'pending', evidence: { notInformed: ['spk-1'] } } },
    { name: 'pending for a listed speaker id with no speaker record', input: withChange((i) => i.speakers.splice(2, 1)), expected: { status: 'pending', evidence: { notInformed: ['spk-3'] } } },
  ],
  'C6.2': [
    { name: 'met when every release is signed in time and covers the planned uses', input: validInput(), expected: { status: 'met', evidence: { contractUses: ['clip'], late: [], unsigned: [], uncovered: [], refused: [], withdrawn: [] } } },
    { name: 'met without a contract: no DVD nor clip is planned, releases covering the sessions’ own uses suffice', input: withChange((i) => { delete i.contract; i.speakers[2].release.covers = ['on_demand']; }), expected: { status: 'met', evidence: { contractUses: [], uncovered: [] } } },
    { name: 'met, not applicable, when no speaker is filmed', input: withChange((i) => i.event.sessions.forEach((s: any) => (s.filmed = false))), expected: { status: 'met', evidence: { filmedSpeakers: 0 } } },
    { name: 'pending when a release is not signed yet', input: withChange((i) => delete i.speakers[0].release), expected: { status: 'pending', evidence: { unsigned: ['spk-1'] }, dueLocal: '2026-03-07T09:00+01:00' } },
    { name: 'pending when a release is only requested', input: withChange((i) => (i.speakers[0].release = { state: 'requested', requestedAt: '2026-01-20', covers: ['live', 'on_demand', 'clip'] })), expected: { status: 'pending', evidence: { unsigned: ['spk-1'] } } },
    { name: 'unmet when a release was signed after the deadline', input: withChange((i) => (i.speakers[0].release.signedAt = '2026-03-10')), options: { asOf: '2026-03-11' }, expected: { status: 'unmet', evidence: { late: ['spk-1'] } } },
    { name: 'unmet at once when a speaker refused, a month before the deadline', input: withChange((i) => (i.speakers[2].release = { state: 'refused', refusedAt: '2026-02-05' })), expected: { status: 'unmet', evidence: { refused: ['spk-3'], notFilmable: ['ses-2'] } } },
    { name: 'unmet at once when a speaker withdrew a signed release', input: withChange((i) => Object.assign(i.speakers[0].release, { state: 'withdrawn', withdrawnAt: '2026-02-09' })), expected: { status: 'unmet', evidence: { withdrawn: ['spk-1'], notFilmable: ['ses-1'] } } },
    { name: 'pending when the release covers live but the session is also on demand', input: withChange((i) => (i.speakers[1].release.covers = ['live', 'clip'])), expected: { status: 'pending', evidence: { uncovered: [{ speaker: 'spk-2', sessions: ['ses-1'], uses: ['on_demand'] }] } } },
    { name: 'pending when the contract sells DVDs and no release covers them', input: withChange((i) => (i.contract.clauses.dvd = { organizerShare: '0.5', countsTowardBreakeven: true })), expected: { status: 'pending', evidence: { contractUses: ['dvd', 'clip'], uncovered: [{ speaker: 'spk-1', sessions: ['ses-1'], uses: ['dvd'] }, { speaker: 'spk-2', sessions: ['ses-1'], uses: ['dvd'] }, { speaker: 'spk-3', sessions: ['ses-2'], uses: ['dvd'] }] } } },
    { name: 'unmet when the release still misses a use after the deadline', input: withChange((i) => (i.speakers[1].release.covers = ['live'])), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { notFilmable: ['ses-1'] } } },
    { name: 'met when the only unsigned speaker’s session is not filmed', input: withChange((i) => { delete i.speakers[2].release; i.event.sessions[1].filmed = false; }), expected: { status: 'met', evidence: { filmedSpeakers: 2 } } },
  ],
  'C6.3': [
    { name: 'met when every filmed speaker completed a profile in time', input: validInput(), expected: { status: 'met', evidence: { filmedSpeakers: 3, noAccount: [], incomplete: [], late: [] } } },
    { name: 'pending when a profile is incomplete, before the deadline', input: withChange((i) => delete i.speakers[0].profileCompletedAt), expected: { status: 'pending', evidence: { incomplete: ['spk-1'] }, dueLocal: '2026-03-07T09:00+01:00', code: 'profile_incomplete' } },
    { name: 'pending when the profile is completed after the evaluation date (not known yet)', input: withChange((i) => (i.speakers[0].profileCompletedAt = '2026-02-20')), expected: { status: 'pending', evidence: { incomplete: ['spk-1'], late: [] } } },
    { name: 'pending when a speaker has no account yet', input: withChange((i) => { delete i.speakers[2].platformAccount; delete i.speakers[2].profileCompletedAt; }), expected: { status: 'pending', evidence: { noAccount: ['spk-3'] } } },
    { name: 'unmet when a profile is still incomplete after the deadline', input: withChange((i) => delete i.speakers[0].profileCompletedAt), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'profile_incomplete_late' } },
    { name: 'unmet when a profile was completed after the deadline: not well in advance', input: withChange((i) => (i.speakers[1].profileCompletedAt = '2026-03-10')), options: { asOf: '2026-03-11' }, expected: { status: 'unmet', evidence: { late: ['spk-2'], incomplete: [] }, code: 'profile_incomplete_late' } },
    { name: 'met when the only late speaker’s session is not filmed', input: withChange((i) => { i.speakers[2].profileCompletedAt = '2026-03-10'; i.event.sessions[1].filmed = false; }), options: { asOf: '2026-03-11' }, expected: { status: 'met', evidence: { filmedSpeakers: 2 } } },
  ],
  'C6.4': [
    { name: 'met when the speakers commit to the online conversation', input: validInput(), expected: { status: 'met', evidence: { onlineConversation: true, filmedSpeakers: 3 } } },
    { name: 'pending without the commitment, before the profiles’ deadline', input: withChange((i) => (i.partner.commitments.onlineConversation = false)), expected: { status: 'pending', evidence: { onlineConversation: false }, dueLocal: '2026-03-07T09:00+01:00' } },
    { name: 'unmet without the commitment after the deadline', input: withChange((i) => (i.partner.commitments.onlineConversation = false)), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { onlineConversation: false } } },
  ],
  C7: [
    { name: 'met with managed sound and an XLR feed, confirmed in time', input: validInput(), expected: { status: 'met', evidence: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2026-02-04' } } },
    { name: 'met with a line-level feed', input: withChange((i) => (i.event.audio.feed = 'line')), expected: { status: 'met', evidence: { feed: 'line' } } },
    { name: 'met with a digital feed (AES67, Dante)', input: withChange((i) => (i.event.audio.feed = 'digital')), expected: { status: 'met', evidence: { feed: 'digital' } } },
    { name: 'unmet with no feed at all', input: withChange((i) => (i.event.audio.feed = 'none')), expected: { status: 'unmet', code: 'audio_not_professional' } },
    { name: 'unmet when the organizer does not manage the sound', input: withChange((i) => (i.event.audio.organizerManagesSound = false)), expected: { status: 'unmet', code: 'audio_not_professional' } },
    { name: 'pending when the plan is stated but not confirmed yet', input: withChange((i) => delete i.event.audio.confirmedAt), expected: { status: 'pending', evidence: { confirmedAt: null }, dueLocal: '2026-03-07T09:00+01:00', code: 'audio_not_confirmed' } },
    { name: 'pending when the confirmation is dated after the evaluation date (not known yet)', input: withChange((i) => (i.event.audio.confirmedAt = '2026-02-20')), expected: { status: 'pending', evidence: { confirmedAt: null } } },
    { name: 'unmet when the plan was confirmed after the deadline: too late', input: withChange((i) => (i.event.audio.confirmedAt = '2026-03-10')), options: { asOf: '2026-03-11' }, expected: { status: 'unmet', evidence: { confirmedAt: '2026-03-10' }, code: 'audio_confirmed_late' } },
    { name: 'unmet when the plan is still not confirmed after the deadline', input: withChange((i) => delete i.event.audio.confirmedAt), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'audio_confirmed_late' } },
    { name: 'unknown when the feed is not stated', input: withChange((i) => delete i.event.audio.feed), expected: { status: 'unknown', evidence: { feed: null }, code: 'audio_unknown' } },
    { name: 'unknown when the audio plan is not given', input: withChange((i) => delete i.event.audio), expected: { status: 'unknown', evidence: { organizerManagesSound: null, feed: null, confirmedAt: null } } },
    { name: 'unmet when the audio plan was never given by the deadline', input: withChange((i) => delete i.event.audio), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'audio_confirmed_late' } },
  ],
  C8: [
    { name: 'met when each filmed plenary lists its speakers', input: validInput(), expected: { status: 'met', evidence: { filmedPlenaries: 2 } } },
    {
      name: 'pending when a plenary lists no speaker, before the notice deadline',
      input: withChange((i) => i.event.sessions.push({ id: 'ses-3', kind: 'plenary', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00' })),
      expected: { status: 'pending', evidence: { sessionsWithoutSpeakers: ['ses-3'] } },
    },
    {
      name: 'unmet when a plenary still lists no speaker after it',
      input: withChange((i) => i.event.sessions.push({ id: 'ses-3', kind: 'plenary', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00' })),
      options: { asOf: AFTER_SPEAKER_NOTICE },
      expected: { status: 'unmet' },
    },
    { name: 'pending when a session lists an unknown speaker id', input: withChange((i) => i.event.sessions[1].speakerIds.push('spk-x')), expected: { status: 'pending', evidence: { unknownSpeakerIds: ['spk-x'] } } },
    { name: 'unknown when no plenary session is filmed', input: withChange((i) => i.event.sessions.forEach((s: any) => (s.filmed = false))), expected: { status: 'unknown' } },
  ],
  'C8.b': [
    { name: 'met when the organizer commits to give the e-mails', input: validInput(), expected: { status: 'met', evidence: { committed: true, filmedSpeakers: 3, speakersWithEmail: 3 } } },
    { name: 'met when every filmed speaker has an e-mail', input: withChange((i) => (i.partner.commitments.speakerEmailsProvided = false)), expected: { status: 'met' } },
    { name: 'unmet when a filmed speaker’s e-mail is missing and nothing is committed', input: withChange((i) => { i.partner.commitments.speakerEmailsProvided = false; delete i.speakers[1].email; }), expected: { status: 'unmet', evidence: { speakersWithEmail: 2 } } },
  ],
  C9: [
    { name: 'met when both parties signed before the event', input: validInput(), expected: { status: 'met' } },
    { name: 'pending while the organizer has not signed', input: withChange((i) => delete i.contract.parties.organizer.signedAt), expected: { status: 'pending', evidence: { unsignedBy: ['organizer'] }, dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'pending without a contract', input: withChange((i) => delete i.contract), expected: { status: 'pending', evidence: { contract: false } } },
    { name: 'unmet when still unsigned once the event started', input: withChange((i) => delete i.contract.parties.platform.signedAt), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
    { name: 'unmet when signed after the event started', input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-03-14T12:00:00+01:00')), options: { asOf: '2026-03-15' }, expected: { status: 'unmet', evidence: { signedLateBy: ['organizer'] } } },
  ],
  'C9.3': [
    { name: 'met when only plenaries are asked', input: validInput(), expected: { status: 'met' } },
    { name: 'unmet when a workshop is asked for free: a signed contract without a workshop clause', input: withChange(workshop), expected: { status: 'unmet', evidence: { workshops: ['ses-2'], workshopClause: false, contractSigned: true } } },
    { name: 'met when a workshop is in the programme but not filmed', input: withChange((i) => Object.assign(i.event.sessions[1], { kind: 'workshop', filmed: false })), expected: { status: 'met' } },
    { name: 'met when the filmed workshop is paid coverage under the signed contract’s workshop clause', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; }), expected: { status: 'met', evidence: { workshops: ['ses-2'], workshopClause: true, contractSigned: true } } },
    { name: 'pending when the workshop clause is in a draft not signed yet', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'pending', evidence: { workshopClause: true, contractSigned: false }, dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'pending when workshops are asked and there is no contract yet', input: withChange((i) => { workshop(i); delete i.contract; }), expected: { status: 'pending', evidence: { workshopClause: false, contractSigned: false } } },
    { name: 'unmet when the draft with the clause is still unsigned once the event started', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; delete i.contract.parties.organizer.signedAt; }), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { workshopClause: true, contractSigned: false } } },
  ],
  'C9.4': [
    { name: 'met when the organizer helps the sponsor search', input: validInput(), expected: { status: 'met', evidence: { efforts: ['sponsor_search'] } } },
    { name: 'met through a pay-per-view clause in the contract', input: withChange((i) => { i.partner.commitments.monetization = []; i.contract.clauses = { pay_per_view: { organizerShare: '0.7', countsTowardBreakeven: true } }; }), expected: { status: 'met', evidence: { efforts: ['pay_per_view'] } } },
    { name: 'unmet with no effort toward any return', input: withChange((i) => (i.partner.commitments.monetization = [])), expected: { status: 'unmet' } },
  ],
  C10: [
    { name: 'met when credited as a media partner', input: validInput(), expected: { status: 'met' } },
    { name: 'unmet when not credited', input: withChange((i) => (i.partner.commitments.mediaPartnerCredit = false)), expected: { status: 'unmet' } },
  ],
  C11: [
    { name: 'met when the organizer commits to mail the clip', input: validInput(), expected: { status: 'met' } },
    { name: 'met when the signed contract plans no clip', input: withChange((i) => { noMailing(i); i.contract.clipPlanned = false; }), expected: { status: 'met', evidence: { clipPlanned: false, contractSigned: true } } },
    { name: 'pending when a clip is planned and no mailing is committed yet', input: withChange(noMailing), expected: { status: 'pending', dueLocal: '2026-03-14T09:00+01:00' } },
    { name: 'unmet once the event started without the commitment', input: withChange(noMailing), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
    { name: 'pending when only an unsigned draft commits to the mailing', input: withChange((i) => { i.partner.commitments.postEventMailing = false; delete i.contract.parties.platform.signedAt; }), expected: { status: 'pending', evidence: { mailingCommitted: false, contractSigned: false } } },
    { name: 'pending when only an unsigned draft says no clip is planned: a clip is always offered', input: withChange((i) => { noMailing(i); i.contract.clipPlanned = false; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'pending', evidence: { clipPlanned: true, contractSigned: false } } },
    { name: 'met on the organizer’s own commitment, whatever the contract', input: withChange((i) => { i.contract.postEventMailing = false; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'met', evidence: { mailingCommitted: true } } },
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
    expect(Object.keys(CASES).sort()).toEqual(RULES.filter((r) => !files.has(fileOf(r.name))).map((r) => r.id).sort());
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
