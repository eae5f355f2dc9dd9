/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C6.2 `speaker-releases-signed` (src/rules/speakerReleasesSigned.ts): every filmed speaker signed, in advance, a release covering every planned use.
import { describe, expect, it } from 'vitest';
import { ASOF, manySpeakersInput, validInput, withChange } from '../utils/factory.js';
import { FIVE_NAMED, messagesOf, six } from '../utils/programme.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// A week before the start under FIXED_POLICY: the releases', profiles' and audio's deadline.
const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
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
    options: { asOf: AFTER_RELEASES },
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
    options: { asOf: RELEASE_DEADLINE },
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
    options: { asOf: AFTER_RELEASES },
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
    options: { asOf: AFTER_RELEASES },
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
    options: { asOf: AFTER_RELEASES },
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
    options: { asOf: AFTER_RELEASES },
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
];

const OUTCOMES: readonly OutlineCase[] = [
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
];

describe('C6.2 speaker-releases-signed', () => {
  it('is § 6.2, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C6.2'))).toStrictEqual({ id: 'C6.2', name: 'speaker-releases-signed', clause: '§ 6.2', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C6.2', { parameters: ['releaseLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C6.2', OUTCOMES));

  // Read right for none, one and several filmed speakers, in both languages.
  describe('met wording by count', () => {
    it.each([
      [0, 'No speaker is filmed: no release to sign.', "Aucun intervenant n'est filmé : aucune autorisation à signer."],
      [1, 'The filmed speaker signed the image-rights and broadcast release in advance.', "L'intervenant filmé a signé en amont l'autorisation de cession de droit à l'image et de diffusion."],
      [2, 'All 2 filmed speakers signed the image-rights and broadcast release in advance.', "Les 2 intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion."],
    ])('with %i filmed speakers', (n, en, fr) => {
      const input = n === 0 ? withChange((i) => (i.event.sessions = [])) : manySpeakersInput(n);
      expect(messagesOf(input, 'C6.2')).toEqual({ status: 'met', en, fr });
    });
  });
});
