// C10 `media-partner-credit` (src/rules/mediaPartnerCredit.ts): the platform is credited as a visible media partner.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
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
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when credited as a media partner', input: validInput(), expected: { status: 'met' } },
  { name: 'unmet when not credited', input: withChange((i) => (i.partner.commitments.mediaPartnerCredit = false)), expected: { status: 'unmet' } },
];

describe('C10 media-partner-credit', () => {
  it('is § 10, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C10'))).toStrictEqual({ id: 'C10', name: 'media-partner-credit', clause: '§ 10', defaultKind: 'weighing', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C10', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C10', OUTCOMES));
});
