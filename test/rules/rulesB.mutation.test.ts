// Exact findings (status, evidence, message in both locales, remedy) of the speaker, venue, crew,
// sponsor and weighing rules, branch by branch: singular and plural wordings, one speaker or several
// (past five ids a list ends in "and N more" / "et N autres"), deadlines ahead, at the instant, passed.
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import type { Evidence, FindingStatus, Remedy } from '../../src/rules/types.js';
import { ASOF, manySpeakersInput, validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';
import type { Json } from '../utils/evaluate.js';

// Event start: 2026-03-14T08:00Z. With FIXED_POLICY (test/utils/evaluate.ts) the speakers' notice deadline is
// 14 days before (2026-02-28T08:00Z); releases, profiles, scouting and audio 7 days before (2026-03-07T08:00Z);
// the editors' verdict at the start.
const NOTICE_DEADLINE = '2026-02-28T08:00:00Z';
const AFTER_NOTICE = '2026-03-01T12:00:00Z';
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
// Scouting (C5.b) and profiles (C6.4) share the releases' deadline in FIXED_POLICY (7 days); the contract's is the start.
const AFTER_SCOUTING = AFTER_RELEASES;
const SCOUTING_DUE = { dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' };
const SCOUTING_EN = '7 March 2026, 09:00 event time';
const SCOUTING_FR = "7 mars 2026, 9 h 00, heure de l'événement";
const CONTRACT_DEADLINE = '2026-03-14T08:00:00Z';
const AFTER_CONTRACT = '2026-03-14T08:00:01Z';
const CONTRACT_DUE = { dueAt: '2026-03-14T08:00:00.000Z', dueLocal: '2026-03-14T09:00+01:00' };
const CONTRACT_EN = '14 March 2026, 09:00 event time';
const CONTRACT_FR = "14 mars 2026, 9 h 00, heure de l'événement";
const WORKSHOP_CLAUSE = { organizerShare: '0.7', countsTowardBreakeven: false };

interface Expected {
  readonly status: FindingStatus;
  readonly evidence: Evidence;
  readonly en: string;
  readonly fr: string;
  readonly remedy?: Remedy;
}

interface Case {
  readonly name: string;
  readonly input: Json;
  readonly asOf?: string;
  readonly sponsorId?: string;
  readonly expected: Expected;
}

/** The finding's verdict in both locales, as a caller reads it. */
function verdict(rule: string, c: Case): Expected {
  const options = { asOf: c.asOf ?? ASOF };
  const en = findingOf(evaluate(c.input, { ...options, locale: 'en' }), rule, c.sponsorId);
  const fr = findingOf(evaluate(c.input, { ...options, locale: 'fr' }), rule, c.sponsorId);
  expect(fr.remedy).toStrictEqual(en.remedy);
  expect(fr.evidence).toStrictEqual(en.evidence);
  return { status: en.status, evidence: en.evidence, en: en.message, fr: fr.message, ...(en.remedy === undefined ? {} : { remedy: en.remedy }) };
}

/** Six speakers spk-01…spk-06, each alone in a plenary; sessions listed in reverse, so the rules must sort. */
function six(change: (speaker: (id: string) => Json, input: Json) => void): Json {
  const input = manySpeakersInput(6);
  input.event.sessions.reverse();
  change((id) => input.speakers.find((s: Json) => s.id === id), input);
  return input;
}

/** A filmed session of the factory's event, 16:00 + `slot` × 10 minutes (Paris time). */
function session(id: string, kind: 'plenary' | 'workshop', slot: number, speakerIds: string[] = []): Json {
  const minute = (m: number) => `2026-03-14T${String(16 + Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}:00+01:00`;
  return { id, kind, start: minute(slot * 10), end: minute(slot * 10 + 9), speakerIds, uses: ['on_demand'] };
}

// The first five of six speakers in a sentence, by name and id.
const FIVE_NAMED = 'Speaker 1 (spk-01), Speaker 2 (spk-02), Speaker 3 (spk-03), Speaker 4 (spk-04), Speaker 5 (spk-05)';

const PROFILE_REMEDY_BEN: Remedy = {
  code: 'profile_incomplete',
  dueAt: '2026-03-07T08:00:00.000Z',
  dueLocal: '2026-03-07T09:00+01:00',
  en: 'Ask Ben (spk-2) to create their account and complete their profile on the platform by 7 March 2026, 09:00 event time: only speakers can take part in the conversation.',
  fr: "Demandez à Ben (spk-2) de se créer un compte et un profil complet sur la plateforme avant le 7 mars 2026, 9 h 00, heure de l'événement : les conférenciers sont les seuls à pouvoir prendre part à la conversation.",
};

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

const CASES: Record<string, readonly Case[]> = {
  C8: [
    {
      name: 'unknown when no plenary session is filmed (a filmed workshop does not count)',
      input: withChange((i) => {
        i.event.sessions[0].kind = 'workshop';
        i.event.sessions[1].filmed = false;
      }),
      expected: {
        status: 'unknown',
        evidence: { filmedPlenaries: 0, sessionsWithoutSpeakers: [], unknownSpeakerIds: [] },
        en: 'The programme has no filmed plenary session.',
        fr: 'Aucune session plénière filmée dans le programme.',
        remedy: {
          code: 'programme_missing',
          en: 'Give the programme: the plenary sessions to film, each with its speakers.',
          fr: 'Transmettez le programme : les sessions plénières à filmer, chacune avec ses intervenants.',
        },
      },
    },
    {
      name: 'met, counting only the plenaries: a filmed workshop without speakers is not a gap',
      input: withChange((i) => i.event.sessions.push(session('ses-9', 'workshop', 0))),
      expected: {
        status: 'met',
        evidence: { filmedPlenaries: 2, sessionsWithoutSpeakers: [], unknownSpeakerIds: [] },
        en: 'Each of the 2 filmed plenary sessions lists who speaks.',
        fr: 'Les noms des intervenants sont disponibles pour chacune des 2 sessions plénières filmées.',
      },
    },
    {
      name: 'pending with a plenary that lists no speaker, before the deadline',
      input: withChange((i) => (i.event.sessions[1].speakerIds = [])),
      expected: {
        status: 'pending',
        evidence: { filmedPlenaries: 2, sessionsWithoutSpeakers: ['ses-2'], unknownSpeakerIds: [] },
        en: 'Not every video can be matched to who speaks: sessions without speakers (ses-2).',
        fr: 'Les noms des intervenants ne sont pas disponibles pour chaque vidéo : sessions sans intervenant (ses-2).',
        remedy: {
          code: 'speakers_not_identified',
          dueAt: '2026-02-28T08:00:00.000Z',
          dueLocal: '2026-02-28T09:00+01:00',
          en: 'List the speakers of every filmed plenary session, each with a name (ses-2), by 28 February 2026, 09:00 event time.',
          fr: 'Indiquez les intervenants de chaque session plénière filmée, avec leur nom (ses-2), avant le 28 février 2026, 9 h 00, heure de l\'événement.',
        },
      },
    },
    {
      name: 'still pending at the deadline instant itself, unknown speaker ids sorted',
      input: withChange((i) => (i.event.sessions[1].speakerIds = ['spk-z', 'spk-9'])),
      asOf: NOTICE_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { filmedPlenaries: 2, sessionsWithoutSpeakers: [], unknownSpeakerIds: ['spk-9', 'spk-z'] },
        en: 'Not every video can be matched to who speaks: unknown speaker ids (spk-9, spk-z).',
        fr: 'Les noms des intervenants ne sont pas disponibles pour chaque vidéo : intervenants inconnus (spk-9, spk-z).',
        remedy: {
          code: 'speakers_not_identified',
          dueAt: '2026-02-28T08:00:00.000Z',
          dueLocal: '2026-02-28T09:00+01:00',
          en: 'List the speakers of every filmed plenary session, each with a name (spk-9, spk-z), by 28 February 2026, 09:00 event time.',
          fr: 'Indiquez les intervenants de chaque session plénière filmée, avec leur nom (spk-9, spk-z), avant le 28 février 2026, 9 h 00, heure de l\'événement.',
        },
      },
    },
    {
      name: 'unmet after the deadline with six empty plenaries and six unknown ids, both named',
      input: withChange((i) => {
        i.event.sessions[1].speakerIds = ['spk-3', 'x-6', 'x-5', 'x-4', 'x-3', 'x-2', 'x-1'];
        ['ses-f', 'ses-e', 'ses-d', 'ses-c', 'ses-b', 'ses-a'].forEach((id, slot) => i.event.sessions.push(session(id, 'plenary', slot)));
      }),
      asOf: AFTER_NOTICE,
      expected: {
        status: 'unmet',
        evidence: {
          filmedPlenaries: 8,
          sessionsWithoutSpeakers: ['ses-a', 'ses-b', 'ses-c', 'ses-d', 'ses-e', 'ses-f'],
          unknownSpeakerIds: ['x-1', 'x-2', 'x-3', 'x-4', 'x-5', 'x-6'],
        },
        en: 'Not every video can be matched to who speaks: sessions without speakers (ses-a, ses-b, ses-c, ses-d, ses-e and 1 more); unknown speaker ids (x-1, x-2, x-3, x-4, x-5 and 1 more).',
        fr: 'Les noms des intervenants ne sont pas disponibles pour chaque vidéo : sessions sans intervenant (ses-a, ses-b, ses-c, ses-d, ses-e et 1 autre), intervenants inconnus (x-1, x-2, x-3, x-4, x-5 et 1 autre).',
        remedy: {
          code: 'speakers_not_identified',
          en: 'List the speakers of every filmed plenary session, each with a name (ses-a, ses-b, ses-c, ses-d, ses-e and 7 more).',
          fr: 'Indiquez les intervenants de chaque session plénière filmée, avec leur nom (ses-a, ses-b, ses-c, ses-d, ses-e et 7 autres).',
        },
      },
    },
  ],
  'C6.1': [
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
      asOf: AFTER_NOTICE,
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
      asOf: NOTICE_DEADLINE,
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
      asOf: AFTER_NOTICE,
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
      asOf: AFTER_NOTICE,
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
  ],
  'C6.2': [
    {
      name: 'met when a release was signed at the evaluation instant itself',
      input: withChange((i) => (i.speakers[0].release.signedAt = ASOF)),
      expected: {
        status: 'met',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: 'All 3 filmed speakers signed the image-rights and broadcast release in advance.',
        fr: "Les 3 intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion.",
      },
    },
    {
      name: 'met when a release was signed at the deadline instant exactly, evaluated after it',
      input: withChange((i) => (i.speakers[0].release.signedAt = RELEASE_DEADLINE)),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'met',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: 'All 3 filmed speakers signed the image-rights and broadcast release in advance.',
        fr: "Les 3 intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion.",
      },
    },
    {
      name: 'met when a withdrawal is dated after the evaluation instant (not known yet), and a release signed on the speaker’s behalf counts',
      input: withChange((i) => {
        Object.assign(i.speakers[0].release, { state: 'withdrawn', withdrawnAt: '2026-02-20' });
        i.speakers[1].release.signedOnBehalf = { by: 'Olga', paperRef: 'form 12' };
      }),
      expected: {
        status: 'met',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: 'All 3 filmed speakers signed the image-rights and broadcast release in advance.',
        fr: "Les 3 intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion.",
      },
    },
    {
      name: 'pending with one release not covering the live stream (singular wording)',
      input: withChange((i) => (i.speakers[1].release.covers = ['on_demand', 'clip'])),
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [{ speaker: 'spk-2', sessions: ['ses-1'], uses: ['live'] }], refused: [], withdrawn: [], notFilmable: [] },
        en: '1 speaker has not signed a release covering every planned use: Ben (spk-2); due by 7 March 2026, 09:00 event time.',
        fr: "1 intervenant n'a pas signé d'autorisation couvrant toutes les diffusions prévues : Ben (spk-2) ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'release_uses_not_covered',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Have the signed release extended to what it leaves out: Ben (spk-2): the live stream (ses-1), by 7 March 2026, 09:00 event time.',
          fr: "Faites étendre l'autorisation signée à ce qu'elle ne couvre pas : Ben (spk-2) : le direct (ses-1), avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'pending when a release covers named sessions only, and not the speaker’s filmed one',
      input: withChange((i) => (i.speakers[2].release.sessions = ['ses-1'])),
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [{ speaker: 'spk-3', sessions: ['ses-2'], uses: ['on_demand', 'clip'] }], refused: [], withdrawn: [], notFilmable: [] },
        en: '1 speaker has not signed a release covering every planned use: Chloé (spk-3); due by 7 March 2026, 09:00 event time.',
        fr: "1 intervenant n'a pas signé d'autorisation couvrant toutes les diffusions prévues : Chloé (spk-3) ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'release_uses_not_covered',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Have the signed release extended to what it leaves out: Chloé (spk-3): the on-demand video and the post-event clip (ses-2), by 7 March 2026, 09:00 event time.',
          fr: "Faites étendre l'autorisation signée à ce qu'elle ne couvre pas : Chloé (spk-3) : la vidéo à la demande et le clip post-événement (ses-2), avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'pending when the signature date is after the evaluation date (not signed yet)',
      input: withChange((i) => (i.speakers[0].release.signedAt = '2026-02-20')),
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: ['spk-1'], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: '1 speaker has not signed a release covering every planned use: Ana (spk-1); due by 7 March 2026, 09:00 event time.',
        fr: "1 intervenant n'a pas signé d'autorisation couvrant toutes les diffusions prévues : Ana (spk-1) ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'release_not_signed',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Have Ana (spk-1) sign the image-rights and broadcast release, covering the live stream, the on-demand video and the post-event clip, by 7 March 2026, 09:00 event time.',
          fr: "Faites signer à Ana (spk-1) l'autorisation de cession de droit à l'image et de diffusion, couvrant le direct, la vidéo à la demande et le clip post-événement, avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'pending when a refusal is dated after the evaluation date (only the request is known)',
      input: withChange((i) => (i.speakers[2].release = { state: 'refused', requestedAt: '2026-01-21', refusedAt: '2026-02-20' })),
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: ['spk-3'], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: '1 speaker has not signed a release covering every planned use: Chloé (spk-3); due by 7 March 2026, 09:00 event time.',
        fr: "1 intervenant n'a pas signé d'autorisation couvrant toutes les diffusions prévues : Chloé (spk-3) ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'release_not_signed',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Have Chloé (spk-3) sign the image-rights and broadcast release, covering the on-demand video and the post-event clip, by 7 March 2026, 09:00 event time.',
          fr: "Faites signer à Chloé (spk-3) l'autorisation de cession de droit à l'image et de diffusion, couvrant la vidéo à la demande et le clip post-événement, avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'still pending at the deadline instant itself',
      input: withChange((i) => (i.speakers[1].release.covers = ['on_demand', 'clip'])),
      asOf: RELEASE_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [{ speaker: 'spk-2', sessions: ['ses-1'], uses: ['live'] }], refused: [], withdrawn: [], notFilmable: [] },
        en: '1 speaker has not signed a release covering every planned use: Ben (spk-2); due by 7 March 2026, 09:00 event time.',
        fr: "1 intervenant n'a pas signé d'autorisation couvrant toutes les diffusions prévues : Ben (spk-2) ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        remedy: {
          code: 'release_uses_not_covered',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: 'Have the signed release extended to what it leaves out: Ben (spk-2): the live stream (ses-1), by 7 March 2026, 09:00 event time.',
          fr: "Faites étendre l'autorisation signée à ce qu'elle ne couvre pas : Ben (spk-2) : le direct (ses-1), avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'pending with six open releases, unsigned and not covering, named in one sorted list (plural wording)',
      input: six((speaker) => {
        for (const id of ['spk-01', 'spk-03', 'spk-05']) speaker(id).release.covers = ['on_demand'];
        for (const id of ['spk-02', 'spk-04', 'spk-06']) delete speaker(id).release;
      }),
      expected: {
        status: 'pending',
        evidence: {
          filmedSpeakers: 6,
          contractUses: ['clip'],
          late: [],
          unsigned: ['spk-02', 'spk-04', 'spk-06'],
          uncovered: [
            { speaker: 'spk-01', sessions: ['ses-01'], uses: ['live', 'clip'] },
            { speaker: 'spk-03', sessions: ['ses-03'], uses: ['live', 'clip'] },
            { speaker: 'spk-05', sessions: ['ses-05'], uses: ['live', 'clip'] },
          ],
          refused: [],
          withdrawn: [],
          notFilmable: [],
        },
        en: `6 speakers have not signed a release covering every planned use: ${FIVE_NAMED} and 1 more; due by 7 March 2026, 09:00 event time.`,
        fr: `6 intervenants n'ont pas signé d'autorisation couvrant toutes les diffusions prévues : ${FIVE_NAMED} et 1 autre ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
        remedy: {
          code: 'release_not_signed',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en:
            'Have Speaker 2 (spk-02), Speaker 4 (spk-04), Speaker 6 (spk-06) sign the image-rights and broadcast release, covering the live stream, the on-demand video and the post-event clip; ' +
            'have the signed releases extended to what they leave out: Speaker 1 (spk-01): the live stream and the post-event clip (ses-01), Speaker 3 (spk-03): the live stream and the post-event clip (ses-03), Speaker 5 (spk-05): the live stream and the post-event clip (ses-05), by 7 March 2026, 09:00 event time.',
          fr:
            "Faites signer à Speaker 2 (spk-02), Speaker 4 (spk-04), Speaker 6 (spk-06) l'autorisation de cession de droit à l'image et de diffusion, couvrant le direct, la vidéo à la demande et le clip post-événement ; " +
            "faites étendre les autorisations signées à ce qu'elles ne couvrent pas : Speaker 1 (spk-01) : le direct et le clip post-événement (ses-01), Speaker 3 (spk-03) : le direct et le clip post-événement (ses-03), Speaker 5 (spk-05) : le direct et le clip post-événement (ses-05), avant le 7 mars 2026, 9 h 00, heure de l'événement.",
        },
      },
    },
    {
      name: 'pending with six releases not covering the DVD the contract sells: the remedy shows five, the evidence all six',
      input: six((_, input) => (input.contract.clauses.dvd = { organizerShare: '0.5', countsTowardBreakeven: true })),
      expected: {
        status: 'pending',
        evidence: {
          filmedSpeakers: 6,
          contractUses: ['dvd', 'clip'],
          late: [],
          unsigned: [],
          uncovered: ['01', '02', '03', '04', '05', '06'].map((n) => ({ speaker: `spk-${n}`, sessions: [`ses-${n}`], uses: ['dvd'] })),
          refused: [],
          withdrawn: [],
          notFilmable: [],
        },
        en: `6 speakers have not signed a release covering every planned use: ${FIVE_NAMED} and 1 more; due by 7 March 2026, 09:00 event time.`,
        fr: `6 intervenants n'ont pas signé d'autorisation couvrant toutes les diffusions prévues : ${FIVE_NAMED} et 1 autre ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
        remedy: {
          code: 'release_uses_not_covered',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: `Have the signed releases extended to what they leave out: ${[1, 2, 3, 4, 5].map((n) => `Speaker ${n} (spk-0${n}): the DVD (ses-0${n})`).join(', ')} and 1 more, by 7 March 2026, 09:00 event time.`,
          fr: `Faites étendre les autorisations signées à ce qu'elles ne couvrent pas : ${[1, 2, 3, 4, 5].map((n) => `Speaker ${n} (spk-0${n}) : le DVD (ses-0${n})`).join(', ')} et 1 autre, avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
        },
      },
    },
    {
      name: 'pending with six releases not signed: five named, then how many more, in each language',
      input: six((speaker) => {
        for (const n of [1, 2, 3, 4, 5, 6]) delete speaker(`spk-0${n}`).release;
      }),
      expected: {
        status: 'pending',
        evidence: { filmedSpeakers: 6, contractUses: ['clip'], late: [], unsigned: ['spk-01', 'spk-02', 'spk-03', 'spk-04', 'spk-05', 'spk-06'], uncovered: [], refused: [], withdrawn: [], notFilmable: [] },
        en: `6 speakers have not signed a release covering every planned use: ${FIVE_NAMED} and 1 more; due by 7 March 2026, 09:00 event time.`,
        fr: `6 intervenants n'ont pas signé d'autorisation couvrant toutes les diffusions prévues : ${FIVE_NAMED} et 1 autre ; à signer avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
        remedy: {
          code: 'release_not_signed',
          dueAt: '2026-03-07T08:00:00.000Z',
          dueLocal: '2026-03-07T09:00+01:00',
          en: `Have ${FIVE_NAMED} and 1 more sign the image-rights and broadcast release, covering the live stream, the on-demand video and the post-event clip, by 7 March 2026, 09:00 event time.`,
          fr: `Faites signer à ${FIVE_NAMED} et 1 autre l'autorisation de cession de droit à l'image et de diffusion, couvrant le direct, la vidéo à la demande et le clip post-événement, avant le 7 mars 2026, 9 h 00, heure de l'événement.`,
        },
      },
    },
    {
      name: 'unmet with four refusals and two withdrawals: each list sorted, five named, then how many more, in each language',
      input: six((speaker) => {
        for (const n of [1, 2, 3, 4]) speaker(`spk-0${n}`).release = { state: 'refused', refusedAt: '2026-02-01' };
        for (const n of [5, 6]) Object.assign(speaker(`spk-0${n}`).release, { state: 'withdrawn', withdrawnAt: '2026-02-08' });
      }),
      expected: {
        status: 'unmet',
        evidence: {
          filmedSpeakers: 6,
          contractUses: ['clip'],
          late: [],
          unsigned: [],
          uncovered: [],
          refused: ['spk-01', 'spk-02', 'spk-03', 'spk-04'],
          withdrawn: ['spk-05', 'spk-06'],
          notFilmable: ['ses-01', 'ses-02', 'ses-03', 'ses-04', 'ses-05', 'ses-06'],
        },
        en: `The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: ${FIVE_NAMED} and 1 more refused or withdrew it.`,
        fr: `Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : ${FIVE_NAMED} et 1 autre l'ont refusée ou retirée.`,
        remedy: {
          code: 'release_refused',
          en: `Mark the sessions of ${FIVE_NAMED} and 1 more not filmed (\`filmed: false\`, pretalx's \`do_not_record\`): ses-01, ses-02, ses-03, ses-04, ses-05 and 1 more.`,
          fr: `Marquez non filmées (\`filmed: false\`, \`do_not_record\` dans pretalx) les sessions où interviennent ${FIVE_NAMED} et 1 autre : ses-01, ses-02, ses-03, ses-04, ses-05 et 1 autre.`,
        },
      },
    },
    {
      name: 'unmet once the deadline passed with a release still not covering every use',
      input: withChange((i) => (i.speakers[1].release.covers = ['on_demand', 'clip'])),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [{ speaker: 'spk-2', sessions: ['ses-1'], uses: ['live'] }], refused: [], withdrawn: [], notFilmable: ['ses-1'] },
        en: 'The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: Ben (spk-2) had no release covering every planned use signed by 7 March 2026, 09:00 event time (7 days before the event).',
        fr: "Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : Ben (spk-2) n'avait pas d'autorisation couvrant toutes les diffusions prévues signée avant le 7 mars 2026, 9 h 00, heure de l'événement (7 jours avant l'événement).",
        remedy: {
          code: 'release_signed_late',
          en: "Mark the sessions of Ben (spk-2) not filmed (`filmed: false`, pretalx's `do_not_record`): ses-1.",
          fr: 'Marquez non filmées (`filmed: false`, `do_not_record` dans pretalx) les sessions où intervient Ben (spk-2) : ses-1.',
        },
      },
    },
    {
      name: 'unmet with releases signed too late and releases missing, named in one sorted list',
      input: six((speaker) => {
        for (const id of ['spk-01', 'spk-02', 'spk-03', 'spk-04']) delete speaker(id).release;
        speaker('spk-05').release.signedAt = '2026-03-08';
        speaker('spk-06').release.signedAt = '2026-03-08';
      }),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: {
          filmedSpeakers: 6,
          contractUses: ['clip'],
          late: ['spk-05', 'spk-06'],
          unsigned: ['spk-01', 'spk-02', 'spk-03', 'spk-04'],
          uncovered: [],
          refused: [],
          withdrawn: [],
          notFilmable: ['ses-01', 'ses-02', 'ses-03', 'ses-04', 'ses-05', 'ses-06'],
        },
        en: `The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: ${FIVE_NAMED} and 1 more had no release covering every planned use signed by 7 March 2026, 09:00 event time (7 days before the event).`,
        fr: `Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : ${FIVE_NAMED} et 1 autre n'avaient pas d'autorisation couvrant toutes les diffusions prévues signée avant le 7 mars 2026, 9 h 00, heure de l'événement (7 jours avant l'événement).`,
        remedy: {
          code: 'release_signed_late',
          en: `Mark the sessions of ${FIVE_NAMED} and 1 more not filmed (\`filmed: false\`, pretalx's \`do_not_record\`): ses-01, ses-02, ses-03, ses-04, ses-05 and 1 more.`,
          fr: `Marquez non filmées (\`filmed: false\`, \`do_not_record\` dans pretalx) les sessions où interviennent ${FIVE_NAMED} et 1 autre : ses-01, ses-02, ses-03, ses-04, ses-05 et 1 autre.`,
        },
      },
    },
    {
      name: 'unmet after the deadline for a release naming one of two sessions: only the session it leaves out is marked not filmed',
      input: withChange((i) => {
        i.event.sessions[1].speakerIds.push('spk-1');
        i.speakers[0].release.sessions = ['ses-1'];
      }),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [{ speaker: 'spk-1', sessions: ['ses-2'], uses: ['on_demand', 'clip'] }], refused: [], withdrawn: [], notFilmable: ['ses-2'] },
        en: 'The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: Ana (spk-1) had no release covering every planned use signed by 7 March 2026, 09:00 event time (7 days before the event).',
        fr: "Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : Ana (spk-1) n'avait pas d'autorisation couvrant toutes les diffusions prévues signée avant le 7 mars 2026, 9 h 00, heure de l'événement (7 jours avant l'événement).",
        remedy: {
          code: 'release_signed_late',
          en: "Mark the sessions of Ana (spk-1) not filmed (`filmed: false`, pretalx's `do_not_record`): ses-2.",
          fr: 'Marquez non filmées (`filmed: false`, `do_not_record` dans pretalx) les sessions où intervient Ana (spk-1) : ses-2.',
        },
      },
    },
    {
      name: 'unmet at once, a month before the deadline, when a speaker refused',
      input: withChange((i) => (i.speakers[2].release = { state: 'refused', requestedAt: '2026-01-21', refusedAt: '2026-02-05' })),
      expected: {
        status: 'unmet',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: [], uncovered: [], refused: ['spk-3'], withdrawn: [], notFilmable: ['ses-2'] },
        en: 'The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: Chloé (spk-3) refused or withdrew it.',
        fr: "Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : Chloé (spk-3) l'a refusée ou retirée.",
        remedy: {
          code: 'release_refused',
          en: "Mark the sessions of Chloé (spk-3) not filmed (`filmed: false`, pretalx's `do_not_record`): ses-2.",
          fr: 'Marquez non filmées (`filmed: false`, `do_not_record` dans pretalx) les sessions où intervient Chloé (spk-3) : ses-2.',
        },
      },
    },
    {
      name: 'unmet with a withdrawal and a refusal sharing a session, and a release missing after the deadline: both reasons, each session once',
      input: withChange((i) => {
        Object.assign(i.speakers[0].release, { state: 'withdrawn', withdrawnAt: '2026-03-01' });
        i.speakers[1].release = { state: 'refused', refusedAt: '2026-03-02' };
        delete i.speakers[2].release;
      }),
      asOf: AFTER_RELEASES,
      expected: {
        status: 'unmet',
        evidence: { filmedSpeakers: 3, contractUses: ['clip'], late: [], unsigned: ['spk-3'], uncovered: [], refused: ['spk-2'], withdrawn: ['spk-1'], notFilmable: ['ses-1', 'ses-2'] },
        en: 'The platform does not film speakers who do not sign the image-rights and broadcast release well in advance: Ana (spk-1), Ben (spk-2) refused or withdrew it; Chloé (spk-3) had no release covering every planned use signed by 7 March 2026, 09:00 event time (7 days before the event).',
        fr: "Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : Ana (spk-1), Ben (spk-2) l'ont refusée ou retirée ; Chloé (spk-3) n'avait pas d'autorisation couvrant toutes les diffusions prévues signée avant le 7 mars 2026, 9 h 00, heure de l'événement (7 jours avant l'événement).",
        remedy: {
          code: 'release_refused',
          en: "Mark the sessions of Ana (spk-1), Ben (spk-2), Chloé (spk-3) not filmed (`filmed: false`, pretalx's `do_not_record`): ses-1, ses-2.",
          fr: 'Marquez non filmées (`filmed: false`, `do_not_record` dans pretalx) les sessions où interviennent Ana (spk-1), Ben (spk-2), Chloé (spk-3) : ses-1, ses-2.',
        },
      },
    },
  ],
  'C6.3': [
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
      asOf: RELEASE_DEADLINE,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
  ],
  'C8.b': [
    {
      name: 'met without a commitment when every filmed speaker has an e-mail address',
      input: withChange((i) => (i.partner.commitments.speakerEmailsProvided = false)),
      expected: {
        status: 'met',
        evidence: { committed: false, filmedSpeakers: 3, speakersWithEmail: 3 },
        en: "The organizer gives the speakers' e-mail addresses.",
        fr: "L'organisateur nous fournit les moyens de contacter par email les conférenciers.",
      },
    },
    {
      name: 'unmet without a commitment when no filmed session lists a speaker (0 of 0 is not every address)',
      input: withChange((i) => {
        i.partner.commitments.speakerEmailsProvided = false;
        for (const s of i.event.sessions) s.speakerIds = [];
      }),
      expected: {
        status: 'unmet',
        evidence: { committed: false, filmedSpeakers: 0, speakersWithEmail: 0 },
        en: "The speakers' e-mail addresses are not provided (0 of 0).",
        fr: 'Les emails des conférenciers ne sont pas fournis (0 sur 0).',
        remedy: {
          code: 'speaker_emails_missing',
          en: "Give the platform the filmed speakers' e-mail addresses, so it can explain why they need an account.",
          fr: 'Fournissez à la plateforme les emails des conférenciers filmés, pour leur expliquer la nécessité de se créer un compte.',
        },
      },
    },
  ],
  'C9.3': [
    {
      name: 'unmet with six filmed workshops asked for free, five named and one more',
      input: withChange((i) => ['w-6', 'w-5', 'w-4', 'w-3', 'w-2', 'w-1'].forEach((id, slot) => i.event.sessions.push(session(id, 'workshop', slot)))),
      expected: {
        status: 'unmet',
        evidence: { filmedSessions: 8, workshops: ['w-1', 'w-2', 'w-3', 'w-4', 'w-5', 'w-6'], workshopClause: false, contractSigned: true },
        en: 'Partnership coverage is for plenary sessions only: workshops asked without a signed paid workshop clause (w-1, w-2, w-3, w-4, w-5 and 1 more).',
        fr: 'Nous ne couvrons en mode partenariat que les conférences plénières : ateliers demandés sans clause ateliers payante signée (w-1, w-2, w-3, w-4, w-5 et 1 autre).',
        remedy: {
          code: 'workshop_in_partnership',
          en: 'Either add a paid workshop clause (`clauses.workshop`, which can carry a generous revenue share) to the contract, signed by both parties, or mark the workshops (w-1, w-2, w-3, w-4, w-5 and 1 more) not filmed (`filmed: false`).',
          fr: 'Ajoutez au contrat une clause ateliers payante (`clauses.workshop`, avec un partage de revenu qui peut être très généreux), signée par les deux parties, ou indiquez les ateliers (w-1, w-2, w-3, w-4, w-5 et 1 autre) comme non filmés (`filmed: false`).',
        },
      },
    },
    {
      name: 'met when the filmed workshop is paid under the signed contract’s workshop clause',
      input: withChange((i) => {
        i.event.sessions.push(session('w-1', 'workshop', 0));
        i.contract.clauses = { workshop: WORKSHOP_CLAUSE };
      }),
      expected: {
        status: 'met',
        evidence: { filmedSessions: 3, workshops: ['w-1'], workshopClause: true, contractSigned: true },
        en: "The filmed workshops (w-1) are paid coverage under the signed contract's workshop clause; the plenaries stay under partnership.",
        fr: 'Les ateliers filmés (w-1) sont couverts en prestation payante par la clause ateliers du contrat signé ; les plénières restent en partenariat.',
      },
    },
    {
      name: 'pending at the deadline instant while the draft with the clause awaits the organizer’s signature',
      input: withChange((i) => {
        i.event.sessions.push(session('w-1', 'workshop', 0));
        i.contract.clauses = { workshop: WORKSHOP_CLAUSE };
        delete i.contract.parties.organizer.signedAt;
      }),
      asOf: CONTRACT_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { filmedSessions: 3, workshops: ['w-1'], workshopClause: true, contractSigned: false },
        en: `Partnership coverage is for plenary sessions only: the filmed workshops (w-1) await a paid workshop clause in a contract signed by both parties, due by ${CONTRACT_EN}.`,
        fr: `Nous ne couvrons en mode partenariat que les conférences plénières : les ateliers filmés (w-1) attendent une clause ateliers payante dans un contrat signé par les deux parties, avant le ${CONTRACT_FR}.`,
        remedy: {
          code: 'workshop_clause_not_agreed',
          ...CONTRACT_DUE,
          en: `Commercial workshops are paid coverage: have a contract with a paid workshop clause (\`clauses.workshop\`) signed by both parties by ${CONTRACT_EN}, or mark the workshops (w-1) not filmed (\`filmed: false\`).`,
          fr: `Les ateliers commerciaux, c'est payant : faites signer par les deux parties, avant le ${CONTRACT_FR}, un contrat avec une clause ateliers payante (\`clauses.workshop\`), ou indiquez les ateliers (w-1) comme non filmés (\`filmed: false\`).`,
        },
      },
    },
    {
      name: 'unmet a second after the deadline without a contract',
      input: withChange((i) => {
        i.event.sessions.push(session('w-1', 'workshop', 0));
        delete i.contract;
      }),
      asOf: AFTER_CONTRACT,
      expected: {
        status: 'unmet',
        evidence: { filmedSessions: 3, workshops: ['w-1'], workshopClause: false, contractSigned: false },
        en: 'Partnership coverage is for plenary sessions only: workshops asked without a signed paid workshop clause (w-1).',
        fr: 'Nous ne couvrons en mode partenariat que les conférences plénières : ateliers demandés sans clause ateliers payante signée (w-1).',
        remedy: {
          code: 'workshop_in_partnership',
          en: 'Either add a paid workshop clause (`clauses.workshop`, which can carry a generous revenue share) to the contract, signed by both parties, or mark the workshops (w-1) not filmed (`filmed: false`).',
          fr: 'Ajoutez au contrat une clause ateliers payante (`clauses.workshop`, avec un partage de revenu qui peut être très généreux), signée par les deux parties, ou indiquez les ateliers (w-1) comme non filmés (`filmed: false`).',
        },
      },
    },
    {
      name: 'met with plenaries only, whatever the contract',
      input: withChange((i) => delete i.contract),
      expected: {
        status: 'met',
        evidence: { filmedSessions: 2, workshops: [], workshopClause: false, contractSigned: false },
        en: 'Only plenary sessions are asked for under partnership.',
        fr: 'Seules des conférences plénières sont demandées en mode partenariat.',
      },
    },
  ],
  C7: [
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
      asOf: AFTER_RELEASES,
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
      asOf: RELEASE_DEADLINE,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
      asOf: AFTER_RELEASES,
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
  ],
  'C6.4': [
    {
      name: 'met when the speakers commit to the online conversation',
      input: validInput(),
      expected: {
        status: 'met',
        evidence: { onlineConversation: true, filmedSpeakers: 3 },
        en: 'The speakers commit to carry the conversation on online after the event.',
        fr: "Les conférenciers s'engagent à poursuivre la conversation en ligne après l'événement.",
      },
    },
    {
      name: 'pending at the deadline instant without the commitment',
      input: withChange((i) => (i.partner.commitments.onlineConversation = false)),
      asOf: RELEASE_DEADLINE,
      expected: {
        status: 'pending',
        evidence: { onlineConversation: false, filmedSpeakers: 3 },
        en: `The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough; due by ${SCOUTING_EN}.`,
        fr: `Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu ; engagement attendu avant le ${SCOUTING_FR}.`,
        remedy: {
          code: 'conversation_not_committed',
          ...SCOUTING_DUE,
          en: `Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request by ${SCOUTING_EN}: own the conversation.`,
          fr: `Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande avant le ${SCOUTING_FR} : assumez la conversation.`,
        },
      },
    },
    {
      name: 'unmet after the profiles’ deadline without the commitment',
      input: withChange((i) => (i.partner.commitments.onlineConversation = false)),
      asOf: AFTER_SCOUTING,
      expected: {
        status: 'unmet',
        evidence: { onlineConversation: false, filmedSpeakers: 3 },
        en: 'The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough.',
        fr: 'Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu.',
        remedy: {
          code: 'conversation_not_committed',
          en: "Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request: own the conversation.",
          fr: "Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande : assumez la conversation.",
        },
      },
    },
  ],
  C10: [
    {
      name: 'met when the platform is credited as a media partner',
      input: validInput(),
      expected: {
        status: 'met',
        evidence: { mediaPartnerCredit: true },
        en: 'The platform is credited as a visible media partner.',
        fr: 'La plateforme est créditée comme partenaire media visible.',
      },
    },
    {
      name: 'unmet when it is not',
      input: withChange((i) => (i.partner.commitments.mediaPartnerCredit = false)),
      expected: {
        status: 'unmet',
        evidence: { mediaPartnerCredit: false },
        en: 'The platform is not credited as a media partner: not required, but it weighs in the balance.',
        fr: "La plateforme n'est pas créditée comme partenaire media : pas indispensable, mais cela pèse dans la balance.",
        remedy: {
          code: 'media_partner_credit_missing',
          en: "Credit the platform as a media partner, visible on the event's website.",
          fr: "Créditez la plateforme comme partenaire media, visible sur le site de l'événement.",
        },
      },
    },
  ],
};

describe('evaluateEligibility', () => {
  for (const [rule, cases] of Object.entries(CASES)) {
    describe(`rule ${rule}: exact findings in English and French`, () => {
      it.each(cases)('$name', (c) => {
        expect(verdict(rule, c)).toStrictEqual(c.expected);
      });
    });
  }
});

describe('RULES', () => {
  const CATALOGUE = [
    { id: 'C6.1', name: 'speakers-informed', clause: '§ 6.1', defaultKind: 'blocking', scope: 'event' },
    { id: 'C6.2', name: 'speaker-releases-signed', clause: '§ 6.2', defaultKind: 'blocking', scope: 'event' },
    { id: 'C6.3', name: 'speaker-profiles-complete', clause: '§ 6.3 / § 8', defaultKind: 'blocking', scope: 'event' },
    { id: 'C6.4', name: 'online-conversation', clause: '§ 6', defaultKind: 'weighing', scope: 'event' },
    { id: 'C7', name: 'professional-audio', clause: '§ 7', defaultKind: 'blocking', scope: 'event' },
    { id: 'C8', name: 'speakers-identified', clause: '§ 8', defaultKind: 'blocking', scope: 'event' },
    { id: 'C8.b', name: 'speaker-contacts-provided', clause: '§ 8', defaultKind: 'weighing', scope: 'event' },
    { id: 'C9.3', name: 'plenary-only', clause: '§ 9.3', defaultKind: 'blocking', scope: 'event' },
    { id: 'C10', name: 'media-partner-credit', clause: '§ 10', defaultKind: 'weighing', scope: 'event' },
  ] as const;

  it.each(CATALOGUE)('describes $id $name: clause, default kind, scope', (expected) => {
    const rule = RULES.find((r) => r.id === expected.id);
    expect(rule && { id: rule.id, name: rule.name, clause: rule.clause, defaultKind: rule.defaultKind, scope: rule.scope }).toStrictEqual(expected);
  });
});
