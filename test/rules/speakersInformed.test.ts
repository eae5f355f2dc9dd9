// C6.1 `speakers-informed` (src/rules/speakersInformed.ts): every filmed speaker was told they are filmed well in advance.
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../../src/models/policy.js';
import { ASOF, manySpeakersInput, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, FIXED_POLICY } from '../utils/evaluate.js';
import { FIVE_NAMED, messagesOf, six } from '../utils/programme.js';
import { described, findingCases, outlineCases, ruleOf } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// The speakers' notice deadline under FIXED_POLICY: 14 days before the start (2026-03-14T08:00Z).
const NOTICE_DEADLINE = '2026-02-28T08:00:00Z';
const NOTICE_DUE = { dueAt: '2026-02-28T08:00:00.000Z', dueLocal: '2026-02-28T09:00+01:00' } as const;
const AFTER_NOTICE = '2026-03-01T12:00:00Z';
const AFTER_SPEAKER_NOTICE = '2026-03-01T12:00:00Z';

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when a speaker was told at the evaluation instant itself',
    input: withChange((i) => (i.speakers[0].informedAt = ASOF)),
    expected: {
      status: 'met',
      evidence: { filmedSpeakers: 3, late: [], notInformed: [] },
      en: 'All 3 filmed speakers knew well in advance that they are filmed.',
      fr: 'Les 3 intervenants filmés savent bien en amont que nous les filmons.',
    },
  },
  {
    name: 'met when a speaker was told at the deadline instant exactly, evaluated after it',
    input: withChange((i) => (i.speakers[0].informedAt = NOTICE_DEADLINE)),
    options: { asOf: AFTER_NOTICE },
    expected: {
      status: 'met',
      evidence: { filmedSpeakers: 3, late: [], notInformed: [] },
      en: 'All 3 filmed speakers knew well in advance that they are filmed.',
      fr: 'Les 3 intervenants filmés savent bien en amont que nous les filmons.',
    },
  },
  {
    name: 'pending with one speaker not told yet (singular wording)',
    input: withChange((i) => delete i.speakers[1].informedAt),
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 3, late: [], notInformed: ['spk-2'] },
      en: '1 speaker has not been told they are filmed: Ben (spk-2); due by 28 February 2026, 09:00 event time.',
      fr: "1 intervenant ne sait pas encore qu'il est filmé : Ben (spk-2) ; à prévenir avant le 28 février 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'speakers_not_informed',
        dueAt: '2026-02-28T08:00:00.000Z',
        dueLocal: '2026-02-28T09:00+01:00',
        en: 'Tell Ben (spk-2) that the platform films them, by 28 February 2026, 09:00 event time (14 days before the event).',
        fr: "Prévenez Ben (spk-2) que la plateforme le filme, avant le 28 février 2026, 9 h 00, heure de l'événement (14 jours avant l'événement).",
      },
    },
  },
  {
    name: 'still pending at the deadline instant itself',
    input: withChange((i) => delete i.speakers[1].informedAt),
    options: { asOf: NOTICE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 3, late: [], notInformed: ['spk-2'] },
      en: '1 speaker has not been told they are filmed: Ben (spk-2); due by 28 February 2026, 09:00 event time.',
      fr: "1 intervenant ne sait pas encore qu'il est filmé : Ben (spk-2) ; à prévenir avant le 28 février 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'speakers_not_informed',
        dueAt: '2026-02-28T08:00:00.000Z',
        dueLocal: '2026-02-28T09:00+01:00',
        en: 'Tell Ben (spk-2) that the platform films them, by 28 February 2026, 09:00 event time (14 days before the event).',
        fr: "Prévenez Ben (spk-2) que la plateforme le filme, avant le 28 février 2026, 9 h 00, heure de l'événement (14 jours avant l'événement).",
      },
    },
  },
  {
    name: 'pending with six speakers not told, one with a date still ahead (plural wording)',
    input: six((speaker) => {
      for (const id of ['spk-01', 'spk-02', 'spk-03', 'spk-04', 'spk-05']) delete speaker(id).informedAt;
      speaker('spk-06').informedAt = '2026-02-20';
    }),
    expected: {
      status: 'pending',
      evidence: { filmedSpeakers: 6, late: [], notInformed: ['spk-01', 'spk-02', 'spk-03', 'spk-04', 'spk-05', 'spk-06'] },
      en: `6 speakers have not been told they are filmed: ${FIVE_NAMED} and 1 more; due by 28 February 2026, 09:00 event time.`,
      fr: `6 intervenants ne savent pas encore qu'ils sont filmés : ${FIVE_NAMED} et 1 autre ; à prévenir avant le 28 février 2026, 9 h 00, heure de l'événement.`,
      remedy: {
        code: 'speakers_not_informed',
        dueAt: '2026-02-28T08:00:00.000Z',
        dueLocal: '2026-02-28T09:00+01:00',
        en: `Tell ${FIVE_NAMED} and 1 more that the platform films them, by 28 February 2026, 09:00 event time (14 days before the event).`,
        fr: `Prévenez ${FIVE_NAMED} et 1 autre que la plateforme les filme, avant le 28 février 2026, 9 h 00, heure de l'événement (14 jours avant l'événement).`,
      },
    },
  },
  {
    name: 'unmet once the deadline passed with a speaker still not told',
    input: withChange((i) => delete i.speakers[1].informedAt),
    options: { asOf: AFTER_NOTICE },
    expected: {
      status: 'unmet',
      evidence: { filmedSpeakers: 3, late: [], notInformed: ['spk-2'] },
      en: 'The platform does not film speakers who did not know well in advance: Ben (spk-2) (due by 28 February 2026, 09:00 event time).',
      fr: 'Nous ne filmons pas des intervenants qui ne savent pas bien en amont que nous les filmons : Ben (spk-2) (échéance 28 février 2026, 9 h 00, heure de l\'événement).',
      remedy: {
        code: 'speakers_informed_late',
        en: 'Speakers had to know by 28 February 2026, 09:00 event time: leave Ben (spk-2) out of the filmed sessions (set their sessions not filmed).',
        fr: 'Les intervenants devaient être prévenus avant le 28 février 2026, 9 h 00, heure de l\'événement : ne filmez pas Ben (spk-2) (sessions non filmées).',
      },
    },
  },
  {
    name: 'unmet with speakers told too late and speakers not told, named in one sorted list',
    input: six((speaker) => {
      for (const id of ['spk-01', 'spk-02', 'spk-03', 'spk-04']) delete speaker(id).informedAt;
      speaker('spk-05').informedAt = '2026-03-01';
      speaker('spk-06').informedAt = '2026-03-01';
    }),
    options: { asOf: AFTER_NOTICE },
    expected: {
      status: 'unmet',
      evidence: { filmedSpeakers: 6, late: ['spk-05', 'spk-06'], notInformed: ['spk-01', 'spk-02', 'spk-03', 'spk-04'] },
      en: `The platform does not film speakers who did not know well in advance: ${FIVE_NAMED} and 1 more (due by 28 February 2026, 09:00 event time).`,
      fr: `Nous ne filmons pas des intervenants qui ne savent pas bien en amont que nous les filmons : ${FIVE_NAMED} et 1 autre (échéance 28 février 2026, 9 h 00, heure de l'événement).`,
      remedy: {
        code: 'speakers_informed_late',
        en: `Speakers had to know by 28 February 2026, 09:00 event time: leave ${FIVE_NAMED} and 1 more out of the filmed sessions (set their sessions not filmed).`,
        fr: `Les intervenants devaient être prévenus avant le 28 février 2026, 9 h 00, heure de l'événement : ne filmez pas ${FIVE_NAMED} et 1 autre (sessions non filmées).`,
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when every filmed speaker was told in time', input: validInput(), expected: { status: 'met', evidence: { filmedSpeakers: 3 } } },
  { name: 'pending when a speaker is not told yet, before the deadline', input: withChange((i) => delete i.speakers[1].informedAt), expected: { status: 'pending', evidence: { notInformed: ['spk-2'] }, dueLocal: '2026-02-28T09:00+01:00' } },
  { name: 'unmet when a speaker was told too late', input: withChange((i) => (i.speakers[1].informedAt = '2026-03-01')), options: { asOf: '2026-03-02' }, expected: { status: 'unmet', evidence: { late: ['spk-2'] } } },
  { name: 'unmet when a speaker is still not told after the deadline', input: withChange((i) => delete i.speakers[2].informedAt), options: { asOf: AFTER_SPEAKER_NOTICE }, expected: { status: 'unmet' } },
  { name: 'pending when the date given is after the evaluation date', input: withChange((i) => (i.speakers[0].informedAt = '2026-02-20')), expected: { status: 'pending', evidence: { notInformed: ['spk-1'] } } },
  { name: 'pending for a listed speaker id with no speaker record', input: withChange((i) => i.speakers.splice(2, 1)), expected: { status: 'pending', evidence: { notInformed: ['spk-3'] } } },
];

describe('C6.1 speakers-informed', () => {
  it('is § 6.1, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C6.1'))).toStrictEqual({ id: 'C6.1', name: 'speakers-informed', clause: '§ 6.1', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C6.1', { parameters: ['speakerNoticeDays'], due: NOTICE_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C6.1', OUTCOMES));

  // Read right for none, one and several filmed speakers, in both languages.
  describe('met wording by count', () => {
    it.each([
      [0, "No speaker is filmed: nobody to tell.", "Aucun intervenant n'est filmé : personne à prévenir."],
      [1, 'The filmed speaker knew well in advance that they are filmed.', "L'intervenant filmé sait bien en amont que nous le filmons."],
      [2, 'All 2 filmed speakers knew well in advance that they are filmed.', 'Les 2 intervenants filmés savent bien en amont que nous les filmons.'],
    ])('with %i filmed speakers', (n, en, fr) => {
      const input = n === 0 ? withChange((i) => (i.event.sessions = [])) : manySpeakersInput(n);
      expect(messagesOf(input, 'C6.1')).toEqual({ status: 'met', en, fr });
    });
  });

  describe('edge cases', () => {
    // The days before the event through `Intl.PluralRules`: French puts 0 in `one`, but the rules
    // always said « 0 jours », so the catalogue keeps it (golden case for a policy with no notice).
    it('says "0 days" and « 0 jours » when the policy asks no notice', () => {
      const policy = parsePolicy({ ...FIXED_POLICY, version: 'test', parameters: { ...FIXED_POLICY.parameters, speakerNoticeDays: 0 } });
      const input = withChange((i) => delete i.speakers[1].informedAt);
      const remedy = findingOf(evaluate(input, { policy }), 'C6.1').remedy;
      expect(remedy).toStrictEqual({
        code: 'speakers_not_informed',
        dueAt: '2026-03-14T08:00:00.000Z',
        dueLocal: '2026-03-14T09:00+01:00',
        en: 'Tell Ben (spk-2) that the platform films them, by 14 March 2026, 09:00 event time (0 days before the event).',
        fr: "Prévenez Ben (spk-2) que la plateforme le filme, avant le 14 mars 2026, 9 h 00, heure de l'événement (0 jours avant l'événement).",
      });
    });
  });
});
