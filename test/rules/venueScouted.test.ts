// C5 `venue-scouted` (src/rules/venueScouted.ts): the venue was scouted by `scoutingLeadDays` before
// the start (a week under the test policy) and its light gives usable images.
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';

const VENUE_LATE: Remedy = {
  code: 'venue_scouted_late',
  en: 'Scouting was due by 7 March 2026, 09:00 event time, before the crew commits its gear: that came too late for this date; ask for a later date and let the platform see the venue early.',
  fr: "Le repérage était attendu avant le 7 mars 2026, 9 h 00, heure de l'événement, avant que l'équipe engage son matériel : c'est trop tard pour cette date ; proposez une date plus lointaine et laissez la plateforme voir le lieu tôt.",
};

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when scouted in time with usable light, naming the venue',
    input: validInput(),
    expected: {
      status: 'met',
      evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: true },
      en: 'The venue (Salle Gaveau) was scouted and its light gives usable images.',
      fr: 'Le lieu (Salle Gaveau) est repéré et sa lumière donne des images exploitables.',
    },
  },
  {
    name: 'met when scouted at the deadline instant itself',
    input: withChange((i) => (i.event.venue.scouting.doneAt = RELEASE_DEADLINE)),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'met',
      evidence: { scoutedAt: RELEASE_DEADLINE, lightUsable: true },
      en: 'The venue (Salle Gaveau) was scouted and its light gives usable images.',
      fr: 'Le lieu (Salle Gaveau) est repéré et sa lumière donne des images exploitables.',
    },
  },
  {
    name: 'pending when not scouted, still at the deadline instant itself',
    input: withChange((i) => (i.event.venue.scouting = {})),
    options: { asOf: RELEASE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { scoutedAt: null, lightUsable: null },
      en: 'The venue (Salle Gaveau) has not been scouted yet; scouting due by 7 March 2026, 09:00 event time.',
      fr: "Le lieu (Salle Gaveau) n'a pas encore été repéré ; repérage attendu avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'venue_not_scouted',
        dueAt: '2026-03-07T08:00:00.000Z',
        dueLocal: '2026-03-07T09:00+01:00',
        en: 'Let the platform visit the venue to check its light by 7 March 2026, 09:00 event time.',
        fr: "Permettez à la plateforme de jeter un coup d'œil sur le lieu et sa lumière avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      },
    },
  },
  {
    name: 'unmet when not scouted after the deadline, saying it came too late',
    input: withChange((i) => (i.event.venue.scouting = {})),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { scoutedAt: null, lightUsable: null },
      en: 'The venue (Salle Gaveau) and its light were not scouted in time (due by 7 March 2026, 09:00 event time).',
      fr: "Le repérage du lieu (Salle Gaveau) et de sa lumière n'a pas été fait à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement).",
      remedy: VENUE_LATE,
    },
  },
  {
    name: 'unmet when scouted one second after the deadline, naming the date',
    input: withChange((i) => (i.event.venue.scouting.doneAt = '2026-03-07T09:00:01+01:00')),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { scoutedAt: '2026-03-07T09:00:01+01:00', lightUsable: true },
      en: 'The venue (Salle Gaveau) was scouted on 2026-03-07T09:00:01+01:00, after the deadline (7 March 2026, 09:00 event time): too late.',
      fr: "Le lieu (Salle Gaveau) a été repéré le 2026-03-07T09:00:01+01:00, après l'échéance du 7 mars 2026, 9 h 00, heure de l'événement : trop tard.",
      remedy: VENUE_LATE,
    },
  },
  {
    name: 'unmet when scouted at the deadline instant but the light was still not assessed after it',
    input: withChange((i) => (i.event.venue.scouting = { doneAt: RELEASE_DEADLINE })),
    options: { asOf: AFTER_RELEASES },
    expected: {
      status: 'unmet',
      evidence: { scoutedAt: RELEASE_DEADLINE, lightUsable: null },
      en: 'The venue (Salle Gaveau) was scouted but its light was not assessed in time (due by 7 March 2026, 09:00 event time).',
      fr: "Le lieu (Salle Gaveau) est repéré mais la qualité de sa lumière n'a pas été notée à temps (avant le 7 mars 2026, 9 h 00, heure de l'événement).",
      remedy: VENUE_LATE,
    },
  },
  {
    name: 'unmet when scouting found murky, badly lit images',
    input: withChange((i) => (i.event.venue.scouting.lightUsable = false)),
    expected: {
      status: 'unmet',
      evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: false },
      en: 'Scouting found the images risk being murky or badly lit: the platform does not film.',
      fr: "Le repérage montre un risque d'images poisseuses, mal éclairées : alors on ne filme pas.",
      remedy: {
        code: 'venue_badly_lit',
        en: 'Light the stage (or move to a better-lit room) and ask the platform to scout the venue again.',
        fr: 'Éclairez la scène (ou choisissez une salle mieux éclairée) et demandez à la plateforme un nouveau repérage.',
      },
    },
  },
  {
    name: 'unknown when scouted without a verdict on the light',
    input: withChange((i) => delete i.event.venue.scouting.lightUsable),
    expected: {
      status: 'unknown',
      evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: null },
      en: 'The venue was scouted but its light was not assessed; due by 7 March 2026, 09:00 event time.',
      fr: "Le lieu est repéré mais la qualité de la lumière n'est pas notée ; attendue avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'venue_light_unknown',
        dueAt: '2026-03-07T08:00:00.000Z',
        dueLocal: '2026-03-07T09:00+01:00',
        en: "Ask the platform's scout to record whether the venue's light gives usable images, by 7 March 2026, 09:00 event time.",
        fr: "Demandez au repérage de la plateforme d'indiquer si la lumière du lieu donne des images exploitables, avant le 7 mars 2026, 9 h 00, heure de l'événement.",
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when scouted in time with usable light', input: validInput(), expected: { status: 'met', evidence: { scoutedAt: '2026-02-03T15:00:00+01:00', lightUsable: true } } },
  { name: 'pending when not scouted yet, before the deadline', input: withChange((i) => (i.event.venue.scouting = {})), expected: { status: 'pending', evidence: { scoutedAt: null, lightUsable: null }, dueLocal: '2026-03-07T09:00+01:00', code: 'venue_not_scouted' } },
  { name: 'pending when the scouting is dated after the evaluation date (not done yet), whatever it found', input: withChange((i) => (i.event.venue.scouting = { doneAt: '2026-02-20', lightUsable: false })), expected: { status: 'pending', evidence: { scoutedAt: null, lightUsable: null } } },
  { name: 'unmet when not scouted after the deadline', input: withChange((i) => delete i.event.venue.scouting), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'venue_scouted_late' } },
  { name: 'unmet when scouted after the deadline: too late', input: withChange((i) => (i.event.venue.scouting.doneAt = '2026-03-08')), options: { asOf: '2026-03-09' }, expected: { status: 'unmet', evidence: { scoutedAt: '2026-03-08', lightUsable: true }, code: 'venue_scouted_late' } },
  { name: 'unmet when the light gives murky images', input: withChange((i) => (i.event.venue.scouting.lightUsable = false)), expected: { status: 'unmet', code: 'venue_badly_lit' } },
  { name: 'unknown when scouted without a verdict on the light', input: withChange((i) => delete i.event.venue.scouting.lightUsable), expected: { status: 'unknown', evidence: { lightUsable: null }, dueLocal: '2026-03-07T09:00+01:00', code: 'venue_light_unknown' } },
  { name: 'unmet when the light was still not assessed after the deadline', input: withChange((i) => delete i.event.venue.scouting.lightUsable), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', code: 'venue_scouted_late' } },
];

describe('C5 venue-scouted', () => {
  it('is § 5, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C5'))).toStrictEqual({ id: 'C5', name: 'venue-scouted', clause: '§ 5', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C5', { parameters: ['scoutingLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C5', OUTCOMES));
});
