// C6.3 `speaker-profiles-complete` (src/rules/speakerProfilesComplete.ts): every filmed speaker completed a platform profile well in advance.
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { manySpeakersInput, validInput, withChange } from '../utils/factory.js';
import { FIVE_NAMED, messagesOf, six } from '../utils/programme.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// A week before the start under FIXED_POLICY: the releases', profiles' and audio's deadline.
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
const PROFILE_REMEDY_BEN: Remedy = {
  code: 'profile_incomplete',
  dueAt: '2026-03-07T08:00:00.000Z',
  dueLocal: '2026-03-07T09:00+01:00',
  en: 'Ask Ben (spk-2) to create their account and complete their profile on the platform by 7 March 2026, 09:00 event time: only speakers can take part in the conversation.',
  fr: "Demandez à Ben (spk-2) de se créer un compte et un profil complet sur la plateforme avant le 7 mars 2026, 9 h 00, heure de l'événement : les conférenciers sont les seuls à pouvoir prendre part à la conversation.",
};

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'pending with one incomplete profile (singular wording)',
    input: withChange((i) => delete i.speakers[1].profileCompletedAt),
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 3, noAccount: [], incomplete: ['spk-2'], late: [] },
      en: '1 speaker has no complete profile on the platform yet: Ben (spk-2); due by 7 March 2026, 09:00 event time.',
      fr: "1 intervenant n'a pas encore de profil complet sur la plateforme : Ben (spk-2) ; à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: PROFILE_REMEDY_BEN,
    },
  },
  {
    name: 'still pending at the deadline instant itself',
    input: withChange((i) => delete i.speakers[1].profileCompletedAt),
    options: { asOf: RELEASE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 3, noAccount: [], incomplete: ['spk-2'], late: [] },
      en: '1 speaker has no complete profile on the platform yet: Ben (spk-2); due by 7 March 2026, 09:00 event time.',
      fr: "1 intervenant n'a pas encore de profil complet sur la plateforme : Ben (spk-2) ; à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: PROFILE_REMEDY_BEN,
    },
  },
  {
    name: 'met when the profile was completed at the deadline instant itself',
    input: withChange((i) => (i.speakers[1].profileCompletedAt = '2026-03-07T09:00:00+01:00')),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'met',
      evidence: { filmedSpeakers: 3, noAccount: [], incomplete: [], late: [] },
      en: 'All 3 filmed speakers completed their profile on the platform well in advance.',
      fr: 'Les 3 intervenants filmés ont complété leur profil sur la plateforme bien en amont.',
    },
  },
  {
    name: 'pending with six speakers lacking an account or a complete profile, in one sorted list (plural wording)',
    input: six((speaker) => {
      for (const id of ['spk-01', 'spk-03', 'spk-05']) {
        delete speaker(id).platformAccount;
        delete speaker(id).profileCompletedAt;
      }
      for (const id of ['spk-02', 'spk-04', 'spk-06']) delete speaker(id).profileCompletedAt;
    }),
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 6, noAccount: ['spk-01', 'spk-03', 'spk-05'], incomplete: ['spk-02', 'spk-04', 'spk-06'], late: [] },
      en: `6 speakers have no complete profile on the platform yet: ${FIVE_NAMED} and 1 more; due by 7 March 2026, 09:00 event time.`,
      fr: `6 intervenants n'ont pas encore de profil complet sur la plateforme : ${FIVE_NAMED} et 1 autre ; à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
      remedy: {
        code: 'profile_incomplete',
        dueAt: '2026-03-07T08:00:00.000Z',
        dueLocal: '2026-03-07T09:00+01:00',
        en: `Ask ${FIVE_NAMED} and 1 more to create their account and complete their profile on the platform by 7 March 2026, 09:00 event time: only speakers can take part in the conversation.`,
        fr: `Demandez à ${FIVE_NAMED} et 1 autre de se créer un compte et un profil complet sur la plateforme avant le 7 mars 2026, 9 h 00, heure de l'événement : les conférenciers sont les seuls à pouvoir prendre part à la conversation.`,
      },
    },
  },
  {
    name: 'unmet once the deadline passed, the six speakers named',
    input: six((speaker) => {
      for (const id of ['spk-01', 'spk-03', 'spk-05']) {
        delete speaker(id).platformAccount;
        delete speaker(id).profileCompletedAt;
      }
      for (const id of ['spk-02', 'spk-04', 'spk-06']) delete speaker(id).profileCompletedAt;
    }),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { filmedSpeakers: 6, noAccount: ['spk-01', 'spk-03', 'spk-05'], incomplete: ['spk-02', 'spk-04', 'spk-06'], late: [] },
      en: `The platform does not film speakers without a complete profile well in advance: ${FIVE_NAMED} and 1 more (due by 7 March 2026, 09:00 event time).`,
      fr: `Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : ${FIVE_NAMED} et 1 autre (échéance 7 mars 2026, 9 h 00, heure de l'événement).`,
      remedy: {
        code: 'profile_incomplete_late',
        en: `Profiles were due by 7 March 2026, 09:00 event time, well in advance: that came too late; leave ${FIVE_NAMED} and 1 more out of the filmed sessions (set their sessions not filmed), or ask for a later date.`,
        fr: `Les profils étaient à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement, bien en amont : c'est trop tard ; ne filmez pas ${FIVE_NAMED} et 1 autre (sessions non filmées), ou proposez une date plus lointaine.`,
      },
    },
  },
  {
    name: 'unmet for two profiles completed after the deadline, listed in id order',
    input: six((speaker) => {
      speaker('spk-05').profileCompletedAt = '2026-03-08';
      speaker('spk-03').profileCompletedAt = '2026-03-07T10:00:00+01:00';
    }),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { filmedSpeakers: 6, noAccount: [], incomplete: [], late: ['spk-03', 'spk-05'] },
      en: 'The platform does not film speakers without a complete profile well in advance: Speaker 3 (spk-03), Speaker 5 (spk-05) (due by 7 March 2026, 09:00 event time).',
      fr: "Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : Speaker 3 (spk-03), Speaker 5 (spk-05) (échéance 7 mars 2026, 9 h 00, heure de l'événement).",
      remedy: {
        code: 'profile_incomplete_late',
        en: 'Profiles were due by 7 March 2026, 09:00 event time, well in advance: that came too late; leave Speaker 3 (spk-03), Speaker 5 (spk-05) out of the filmed sessions (set their sessions not filmed), or ask for a later date.',
        fr: "Les profils étaient à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement, bien en amont : c'est trop tard ; ne filmez pas Speaker 3 (spk-03), Speaker 5 (spk-05) (sessions non filmées), ou proposez une date plus lointaine.",
      },
    },
  },
  {
    name: 'unmet for a profile completed after the deadline, naming it with the ones still incomplete',
    input: six((speaker) => {
      speaker('spk-04').profileCompletedAt = '2026-03-08T10:00:00+01:00';
      delete speaker('spk-02').profileCompletedAt;
    }),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { filmedSpeakers: 6, noAccount: [], incomplete: ['spk-02'], late: ['spk-04'] },
      en: 'The platform does not film speakers without a complete profile well in advance: Speaker 2 (spk-02), Speaker 4 (spk-04) (due by 7 March 2026, 09:00 event time).',
      fr: "Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : Speaker 2 (spk-02), Speaker 4 (spk-04) (échéance 7 mars 2026, 9 h 00, heure de l'événement).",
      remedy: {
        code: 'profile_incomplete_late',
        en: 'Profiles were due by 7 March 2026, 09:00 event time, well in advance: that came too late; leave Speaker 2 (spk-02), Speaker 4 (spk-04) out of the filmed sessions (set their sessions not filmed), or ask for a later date.',
        fr: "Les profils étaient à compléter avant le 7 mars 2026, 9 h 00, heure de l'événement, bien en amont : c'est trop tard ; ne filmez pas Speaker 2 (spk-02), Speaker 4 (spk-04) (sessions non filmées), ou proposez une date plus lointaine.",
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when every filmed speaker completed a profile in time', input: validInput(), expected: { status: 'met', evidence: { filmedSpeakers: 3, noAccount: [], incomplete: [], late: [] } } },
  { name: 'pending when a profile is incomplete, before the deadline', input: withChange((i) => delete i.speakers[0].profileCompletedAt), expected: { status: 'pending', evidence: { incomplete: ['spk-1'] }, dueLocal: '2026-03-07T09:00+01:00', code: 'profile_incomplete' } },
  { name: 'pending when the profile is completed after the evaluation date (not known yet)', input: withChange((i) => (i.speakers[0].profileCompletedAt = '2026-02-20')), expected: { status: 'pending', evidence: { incomplete: ['spk-1'], late: [] } } },
  { name: 'pending when a speaker has no account yet', input: withChange((i) => { delete i.speakers[2].platformAccount; delete i.speakers[2].profileCompletedAt; }), expected: { status: 'pending', evidence: { noAccount: ['spk-3'] } } },
  { name: 'unmet when a profile is still incomplete after the deadline', input: withChange((i) => delete i.speakers[0].profileCompletedAt), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'profile_incomplete_late' } },
  { name: 'unmet when a profile was completed after the deadline: not well in advance', input: withChange((i) => (i.speakers[1].profileCompletedAt = '2026-03-10')), options: { asOf: '2026-03-11' }, expected: { status: 'unmet', evidence: { late: ['spk-2'], incomplete: [] }, code: 'profile_incomplete_late' } },
  { name: 'met when the only late speaker’s session is not filmed', input: withChange((i) => { i.speakers[2].profileCompletedAt = '2026-03-10'; i.event.sessions[1].filmed = false; }), options: { asOf: '2026-03-11' }, expected: { status: 'met', evidence: { filmedSpeakers: 2 } } },
];

describe('C6.3 speaker-profiles-complete', () => {
  it('is § 6.3 / § 8, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C6.3'))).toStrictEqual({ id: 'C6.3', name: 'speaker-profiles-complete', clause: '§ 6.3 / § 8', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C6.3', { parameters: ['profileLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C6.3', OUTCOMES));

  // Read right for none, one and several filmed speakers, in both languages.
  describe('met wording by count', () => {
    it.each([
      [0, 'No speaker is filmed: no profile to complete.', "Aucun intervenant n'est filmé : aucun profil à compléter."],
      [1, 'The filmed speaker completed their profile on the platform well in advance.', "L'intervenant filmé a complété son profil sur la plateforme bien en amont."],
      [2, 'All 2 filmed speakers completed their profile on the platform well in advance.', 'Les 2 intervenants filmés ont complété leur profil sur la plateforme bien en amont.'],
    ])('with %i filmed speakers', (n, en, fr) => {
      const input = n === 0 ? withChange((i) => (i.event.sessions = [])) : manySpeakersInput(n);
      expect(messagesOf(input, 'C6.3')).toEqual({ status: 'met', en, fr });
    });
  });
});
