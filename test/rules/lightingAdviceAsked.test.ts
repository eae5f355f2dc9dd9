// C5.b `lighting-advice-asked` (src/rules/lightingAdviceAsked.ts), weighing: the organizer asked the
// platform's advice on the lighting and on the staging of the talks, by the scouting deadline.
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, WEEK_DUE, WEEK_EN, WEEK_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const RELEASE_DEADLINE = '2026-03-07T08:00:00Z';
const AFTER_RELEASES = '2026-03-08T12:00:00Z';
// Scouting shares the releases' deadline under the test policy (7 days).
const AFTER_SCOUTING = AFTER_RELEASES;

/** C5.b's remedy: ask the advice still missing, by the scouting deadline unless `late`. */
function adviceRemedy(code: string, en: string, fr: string, late: boolean): Remedy {
  return {
    code,
    ...(late ? {} : WEEK_DUE),
    en: `Ask the platform's advice ${en}${late ? '' : ` by ${WEEK_EN}`}: asking is half the job of motivating the crew.`,
    fr: `Demandez notre avis ${fr}${late ? '' : ` avant le ${WEEK_FR}`} : c'est la moitié du boulot consistant à nous motiver.`,
  };
}

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met when the organizer asked the advice on lighting and on staging',
    input: validInput(),
    expected: {
      status: 'met',
      evidence: { lightingAdviceAsked: true, stagingAdviceAsked: true, notAsked: [] },
      en: "The organizer asked the platform's advice on lighting and on staging the talks.",
      fr: "L'organisateur nous a demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole.",
    },
  },
  {
    name: 'pending when the staging advice is not asked yet',
    input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)),
    expected: {
      status: 'pending',
      evidence: { lightingAdviceAsked: true, stagingAdviceAsked: false, notAsked: ['staging'] },
      en: `The organizer has not asked the platform's advice on staging the talks; due by ${WEEK_EN}.`,
      fr: `L'organisateur ne nous a pas demandé notre avis sur la scénarisation des prises de parole ; à demander avant le ${WEEK_FR}.`,
      remedy: adviceRemedy('staging_advice_not_asked', 'on staging the talks', 'sur la scénarisation des prises de parole', false),
    },
  },
  {
    name: 'pending at the deadline instant when the lighting advice is not asked',
    input: withChange((i) => (i.partner.commitments.lightingAdviceAsked = false)),
    options: { asOf: RELEASE_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { lightingAdviceAsked: false, stagingAdviceAsked: true, notAsked: ['lighting'] },
      en: `The organizer has not asked the platform's advice on lighting; due by ${WEEK_EN}.`,
      fr: `L'organisateur ne nous a pas demandé notre avis sur la gestion de la lumière ; à demander avant le ${WEEK_FR}.`,
      remedy: adviceRemedy('lighting_advice_not_asked', 'on lighting', 'sur la gestion de la lumière', false),
    },
  },
  {
    name: 'unmet after the deadline when neither was asked',
    input: withChange((i) => Object.assign(i.partner.commitments, { lightingAdviceAsked: false, stagingAdviceAsked: false })),
    options: { asOf: AFTER_SCOUTING },
    expected: {
      status: 'unmet',
      evidence: { lightingAdviceAsked: false, stagingAdviceAsked: false, notAsked: ['lighting', 'staging'] },
      en: "The organizer has not asked the platform's advice on lighting and on staging the talks.",
      fr: "L'organisateur ne nous a pas demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole.",
      remedy: adviceRemedy('lighting_advice_not_asked', 'on lighting and on staging the talks', 'sur la gestion de la lumière et la scénarisation des prises de parole', true),
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when the organizer asked the advice on lighting and on staging', input: validInput(), expected: { status: 'met', evidence: { lightingAdviceAsked: true, stagingAdviceAsked: true, notAsked: [] } } },
  { name: 'pending when the staging advice is not asked yet, before the scouting deadline', input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)), expected: { status: 'pending', evidence: { notAsked: ['staging'] }, dueLocal: '2026-03-07T09:00+01:00' } },
  { name: 'pending when the lighting advice is not asked yet', input: withChange((i) => (i.partner.commitments.lightingAdviceAsked = false)), expected: { status: 'pending', evidence: { notAsked: ['lighting'] } } },
  { name: 'unmet when neither is asked after the deadline', input: withChange((i) => Object.assign(i.partner.commitments, { lightingAdviceAsked: false, stagingAdviceAsked: false })), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { notAsked: ['lighting', 'staging'] } } },
  { name: 'unmet when only the lighting was asked, after the deadline: each counts', input: withChange((i) => (i.partner.commitments.stagingAdviceAsked = false)), options: { asOf: AFTER_RELEASES }, expected: { status: 'unmet', evidence: { lightingAdviceAsked: true, stagingAdviceAsked: false } } },
];

describe('C5.b lighting-advice-asked', () => {
  it('is § 5, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C5.b'))).toStrictEqual({ id: 'C5.b', name: 'lighting-advice-asked', clause: '§ 5', defaultKind: 'weighing', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C5.b', { parameters: ['scoutingLeadDays'], due: WEEK_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C5.b', OUTCOMES));
});
