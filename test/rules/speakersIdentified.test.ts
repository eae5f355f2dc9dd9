/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C8 `speakers-identified` (src/rules/speakersIdentified.ts): each filmed plenary lists who speaks.
import { describe, expect, it } from 'vitest';
import { manySpeakersInput, validInput, withChange } from '../utils/factory.js';
import { messagesOf, session } from '../utils/programme.js';
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
    options: { asOf: NOTICE_DEADLINE },
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
    options: { asOf: AFTER_NOTICE },
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
];

const OUTCOMES: readonly OutlineCase[] = [
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
];

describe('C8 speakers-identified', () => {
  it('is § 8, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C8'))).toStrictEqual({ id: 'C8', name: 'speakers-identified', clause: '§ 8', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C8', { parameters: ['speakerNoticeDays'], due: NOTICE_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C8', OUTCOMES));

  describe('met wording by count', () => {
    it.each([
      [1, 'The filmed plenary session lists who speaks.', 'Les noms des intervenants sont disponibles pour la session plénière filmée.'],
      [3, 'Each of the 3 filmed plenary sessions lists who speaks.', 'Les noms des intervenants sont disponibles pour chacune des 3 sessions plénières filmées.'],
    ])('with %i filmed plenaries', (n, en, fr) => {
      expect(messagesOf(manySpeakersInput(n), 'C8')).toEqual({ status: 'met', en, fr });
    });
  });
});
