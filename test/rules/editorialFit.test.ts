// C4 `editorial-fit` (src/rules/editorialFit.ts): the editors approved the event's editorial quality
// and fit by `editorialLeadDays` before the start (the start itself under the test policy).
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// Once the event started: after the editors' deadline.
const AFTER_START = '2026-03-14T10:00:00+01:00';

const EDITORIAL_LATE: Remedy = {
  code: 'editorial_verdict_late',
  en: "The editors' verdict was due by 14 March 2026, 09:00 event time, before the platform promotes the event: that came too late for this date; ask for the next edition or a later date, with the programme sent to the editors early.",
  fr: "L'avis de la rédaction était attendu avant le 14 mars 2026, 9 h 00, heure de l'événement, avant que la plateforme promeuve l'événement : c'est trop tard pour cette date ; proposez l'édition suivante ou une date plus lointaine, en transmettant tôt le programme à la rédaction.",
};

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when the editors approved before the deadline',
    input: validInput(),
    expected: {
      status: 'met',
      evidence: { editorialVerdict: 'approved', verdictAt: '2026-01-15T10:00:00+01:00' },
      en: "The editors judge the event's editorial quality and fit with the platform's content lines.",
      fr: 'La rédaction juge la qualité éditoriale compatible avec notre ligne de contenus.',
    },
  },
  {
    name: 'unmet when the editors rejected the event',
    input: withChange((i) => (i.editorialVerdict = { verdict: 'rejected', at: '2026-01-20' })),
    expected: {
      status: 'unmet',
      evidence: { editorialVerdict: 'rejected', verdictAt: '2026-01-20' },
      en: "The editors judge the event does not fit the platform's content lines and community.",
      fr: "La rédaction juge l'événement incompatible avec notre ligne de contenus et l'ADN de notre communauté.",
      remedy: {
        code: 'editorial_fit_rejected',
        en: "Rework the programme toward the platform's content lines and ask the editors to review it again.",
        fr: 'Retravaillez le programme selon la ligne de contenus de la plateforme et demandez à la rédaction de le réexaminer.',
      },
    },
  },
  {
    name: 'pending while the verdict is pending, at the deadline instant itself',
    input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })),
    options: { asOf: '2026-03-14T08:00:00Z' },
    expected: {
      status: 'pending',
      evidence: { editorialVerdict: 'pending', verdictAt: null },
      en: 'The editors have not given their verdict yet; due by 14 March 2026, 09:00 event time.',
      fr: "La rédaction n'a pas encore rendu son avis éditorial ; avis attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'editorial_fit_pending',
        dueAt: '2026-03-14T08:00:00.000Z',
        dueLocal: '2026-03-14T09:00+01:00',
        en: "Send the editors the programme and speakers so they can judge the event's editorial fit by 14 March 2026, 09:00 event time.",
        fr: "Transmettez à la rédaction le programme et les intervenants pour qu'elle juge la compatibilité éditoriale avant le 14 mars 2026, 9 h 00, heure de l'événement.",
      },
    },
  },
  {
    name: 'unknown when no editorial verdict was asked for',
    input: withChange((i) => delete i.editorialVerdict),
    expected: {
      status: 'unknown',
      evidence: { editorialVerdict: null, verdictAt: null },
      en: 'No editorial verdict was asked for; due by 14 March 2026, 09:00 event time.',
      fr: "Aucun avis éditorial n'a été demandé ; avis attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
      remedy: {
        code: 'editorial_fit_unknown',
        dueAt: '2026-03-14T08:00:00.000Z',
        dueLocal: '2026-03-14T09:00+01:00',
        en: "Ask the platform's editors for their verdict on the event's editorial quality and fit, due by 14 March 2026, 09:00 event time.",
        fr: "Demandez à la rédaction de la plateforme son avis sur la qualité éditoriale et la compatibilité de l'événement, attendu avant le 14 mars 2026, 9 h 00, heure de l'événement.",
      },
    },
  },
  {
    name: 'unmet when the verdict is still pending once the deadline passed',
    input: withChange((i) => (i.editorialVerdict = { verdict: 'pending' })),
    options: { asOf: '2026-03-14T08:00:01Z' },
    expected: {
      status: 'unmet',
      evidence: { editorialVerdict: 'pending', verdictAt: null },
      en: 'The editors gave no verdict in time (due by 14 March 2026, 09:00 event time).',
      fr: "La rédaction n'a pas rendu son avis éditorial à temps (avant le 14 mars 2026, 9 h 00, heure de l'événement).",
      remedy: EDITORIAL_LATE,
    },
  },
  {
    name: 'unmet when the editors approved after the deadline, naming the date',
    input: withChange((i) => (i.editorialVerdict.at = '2026-03-14T12:00:00+01:00')),
    options: { asOf: '2026-03-15' },
    expected: {
      status: 'unmet',
      evidence: { editorialVerdict: 'approved', verdictAt: '2026-03-14T12:00:00+01:00' },
      en: 'The editors approved the event on 2026-03-14T12:00:00+01:00, after the verdict was due (14 March 2026, 09:00 event time): too late to promote it.',
      fr: "La rédaction a approuvé l'événement le 2026-03-14T12:00:00+01:00, après l'échéance du 14 mars 2026, 9 h 00, heure de l'événement : trop tard pour le promouvoir.",
      remedy: EDITORIAL_LATE,
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
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
];

describe('C4 editorial-fit', () => {
  it('is § 4, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C4'))).toStrictEqual({ id: 'C4', name: 'editorial-fit', clause: '§ 4', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C4', { parameters: ['editorialLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C4', OUTCOMES));
});
