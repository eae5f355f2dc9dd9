// C7 `professional-audio` (src/rules/professionalAudio.ts): managed sound and a professional feed, confirmed in advance.
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// A week before the start under FIXED_POLICY: the releases', profiles' and audio's deadline.
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
const AUDIO_UNKNOWN: Remedy = {
  code: 'audio_unknown',
  dueAt: '2026-03-07T08:00:00.000Z',
  dueLocal: '2026-03-07T09:00+01:00',
  en: "Say whether you manage the sound and which feed the venue's sound engineer passes to the platform (XLR, line level or digital), by 7 March 2026, 09:00 event time.",
  fr: "Indiquez si vous gérez la sonorisation et quelle liaison le technicien audio de la salle nous passe (XLR, niveau ligne ou numérique), avant le 7 mars 2026, 9 h 00, heure de l'événement.",
};
const AUDIO_LATE: Remedy = {
  code: 'audio_confirmed_late',
  en: "The audio plan was due by 7 March 2026, 09:00 event time: that came too late for this date; ask for a later date, with the venue's sound engineer confirming the feed early.",
  fr: "Le plan audio était à confirmer avant le 7 mars 2026, 9 h 00, heure de l'événement : c'est trop tard pour cette date ; proposez une date plus lointaine, avec une confirmation tôt de la liaison par le technicien audio de la salle.",
};

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met with an XLR feed confirmed in time',
    input: validInput(),
    expected: {
      status: 'met',
      evidence: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2026-02-04' },
      en: "The organizer manages the sound and provides a professional XLR feed to the platform's desk; confirmed.",
      fr: "L'organisateur gère la sonorisation et fournit un câble audio XLR professionnel à notre régie ; c'est confirmé.",
    },
  },
  {
    name: 'met with a line-level feed confirmed at the deadline instant itself',
    input: withChange((i) => Object.assign(i.event.audio, { feed: 'line', confirmedAt: RELEASE_DEADLINE })),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'met',
      evidence: { organizerManagesSound: true, feed: 'line', confirmedAt: RELEASE_DEADLINE },
      en: "The organizer manages the sound and provides a line-level feed to the platform's desk; confirmed.",
      fr: "L'organisateur gère la sonorisation et fournit une sortie audio niveau ligne à notre régie ; c'est confirmé.",
    },
  },
  {
    name: 'met with a digital feed',
    input: withChange((i) => (i.event.audio.feed = 'digital')),
    expected: {
      status: 'met',
      evidence: { organizerManagesSound: true, feed: 'digital', confirmedAt: '2026-02-04' },
      en: "The organizer manages the sound and provides a digital feed (AES67, Dante) to the platform's desk; confirmed.",
      fr: "L'organisateur gère la sonorisation et fournit un flux audio numérique (AES67, Dante) à notre régie ; c'est confirmé.",
    },
  },
  {
    name: 'unmet with no feed, whatever the confirmation says',
    input: withChange((i) => (i.event.audio.feed = 'none')),
    expected: {
      status: 'unmet',
      evidence: { organizerManagesSound: true, feed: 'none', confirmedAt: '2026-02-04' },
      en: 'Inaudible conferences are not an option: no managed sound or no professional audio feed.',
      fr: 'Des conférences inaudibles ne sont pas une option : pas de sonorisation gérée ou pas de liaison audio professionnelle.',
      remedy: {
        code: 'audio_not_professional',
        en: "Have the room's sound managed (by the venue's sound engineer) and a professional feed passed to the platform's desk or cameras: an XLR cable most often, or another line-level or digital (AES67, Dante) feed.",
        fr: "Faites gérer la sonorisation de la salle (par son régisseur) et passez une liaison audio professionnelle jusqu'à notre régie ou nos caméras : le plus souvent un câble XLR, ou une autre sortie niveau ligne ou un flux numérique (AES67, Dante).",
      },
    },
  },
  {
    name: 'pending when the plan is confirmed after the evaluation date, at the deadline instant',
    input: withChange((i) => (i.event.audio.confirmedAt = '2026-03-07T10:00:00+01:00')),
    options: { asOf: RELEASE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { organizerManagesSound: true, feed: 'xlr', confirmedAt: null },
      en: 'The audio plan, a professional XLR feed, is not confirmed yet; due by 7 March 2026, 09:00 event time.',
      fr: "Le plan audio, un câble audio XLR professionnel, n'est pas encore confirmé ; à confirmer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'audio_not_confirmed',
        dueAt: '2026-03-07T08:00:00.000Z',
        dueLocal: '2026-03-07T09:00+01:00',
        en: "Have the venue's sound engineer confirm with the platform that they pass it the right connections, by 7 March 2026, 09:00 event time.",
        fr: "Faites confirmer à la plateforme par le technicien audio de la salle qu'il nous passe les bonnes connexions, avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      },
    },
  },
  {
    name: 'unmet when the plan was confirmed after the deadline, naming the date',
    input: withChange((i) => (i.event.audio.confirmedAt = '2026-03-07T10:00:00+01:00')),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { organizerManagesSound: true, feed: 'xlr', confirmedAt: '2026-03-07T10:00:00+01:00' },
      en: 'The audio plan was confirmed on 2026-03-07T10:00:00+01:00, after the deadline (7 March 2026, 09:00 event time): too late.',
      fr: "Le plan audio a été confirmé le 2026-03-07T10:00:00+01:00, après l'échéance du 7 mars 2026, 9 h 00, heure de l'événement : trop tard.",
      remedy: AUDIO_LATE,
    },
  },
  {
    name: 'unmet when the plan was never stated by the deadline',
    input: withChange((i) => delete i.event.audio),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { organizerManagesSound: null, feed: null, confirmedAt: null },
      en: 'The sound and the audio feed were not confirmed in time (due by 7 March 2026, 09:00 event time).',
      fr: "Nous ne sommes pas assurés à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement) de la sonorisation et de la liaison audio.",
      remedy: AUDIO_LATE,
    },
  },
  {
    name: 'unmet when a stated plan was still not confirmed after the deadline',
    input: withChange((i) => delete i.event.audio.confirmedAt),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { organizerManagesSound: true, feed: 'xlr', confirmedAt: null },
      en: 'The sound and the audio feed were not confirmed in time (due by 7 March 2026, 09:00 event time).',
      fr: "Nous ne sommes pas assurés à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement) de la sonorisation et de la liaison audio.",
      remedy: AUDIO_LATE,
    },
  },
  {
    name: 'unmet, not confirmed in time, when a confirmation in time covers a plan that never said who manages the sound',
    input: withChange((i) => delete i.event.audio.organizerManagesSound),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { organizerManagesSound: null, feed: 'xlr', confirmedAt: '2026-02-04' },
      en: 'The sound and the audio feed were not confirmed in time (due by 7 March 2026, 09:00 event time).',
      fr: "Nous ne sommes pas assurés à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement) de la sonorisation et de la liaison audio.",
      remedy: AUDIO_LATE,
    },
  },
  {
    name: 'unknown when the plan does not say who manages the sound, even with a feed and a confirmation',
    input: withChange((i) => delete i.event.audio.organizerManagesSound),
    expected: {
      status: 'unknown',
      evidence: { organizerManagesSound: null, feed: 'xlr', confirmedAt: '2026-02-04' },
      en: 'The sound management and the audio feed are not stated yet; due by 7 March 2026, 09:00 event time.',
      fr: "Nous ne sommes pas encore assurés de la sonorisation et de la liaison audio ; à confirmer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: AUDIO_UNKNOWN,
    },
  },
  {
    name: 'unknown when the feed is not stated, even with a confirmation',
    input: withChange((i) => delete i.event.audio.feed),
    expected: {
      status: 'unknown',
      evidence: { organizerManagesSound: true, feed: null, confirmedAt: '2026-02-04' },
      en: 'The sound management and the audio feed are not stated yet; due by 7 March 2026, 09:00 event time.',
      fr: "Nous ne sommes pas encore assurés de la sonorisation et de la liaison audio ; à confirmer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: AUDIO_UNKNOWN,
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
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
];

describe('C7 professional-audio', () => {
  it('is § 7, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C7'))).toStrictEqual({ id: 'C7', name: 'professional-audio', clause: '§ 7', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C7', { parameters: ['audioLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C7', OUTCOMES));
});
