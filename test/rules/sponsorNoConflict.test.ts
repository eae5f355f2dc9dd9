// C2.2 `sponsor-no-conflict` (src/rules/sponsorNoConflict.ts), per capture sponsor: its sector is not
// a category one of the event's own sponsors holds exclusively.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'unmet for a capture sponsor whose sector six event sponsors hold exclusively',
    input: withChange((i) => {
      for (const l of ['F', 'E', 'D', 'C', 'B', 'A']) i.event.sponsors.push({ name: `Host ${l}`, sector: 'hosting', exclusiveCategory: 'hosting' });
    }),
    sponsorId: 'csp-1',
    expected: {
      status: 'unmet',
      evidence: { sponsorId: 'csp-1', sector: 'hosting', exclusiveHolders: ['Host A', 'Host B', 'Host C', 'Host D', 'Host E', 'Host F'] },
      en: 'Sponsor csp-1 (sector hosting) conflicts with the category exclusivity of Host A, Host B, Host C, Host D, Host E and 1 more: it cannot be attached.',
      fr: "Le sponsor csp-1 (secteur hosting) entre en conflit d'intérêts avec l'exclusivité de Host A, Host B, Host C, Host D, Host E et 1 autre : il ne peut pas être associé.",
      remedy: {
        code: 'sponsor_exclusivity_conflict',
        en: 'Propose a capture sponsor outside the hosting sector, which Host A, Host B, Host C, Host D, Host E and 1 more holds exclusively; the event stays eligible without csp-1.',
        fr: "Proposez un sponsor de captation hors du secteur hosting, réservé à Host A, Host B, Host C, Host D, Host E et 1 autre ; l'événement reste éligible sans csp-1.",
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met for a sponsor outside every exclusive category', input: validInput(), sponsorId: 'csp-1', expected: { status: 'met', evidence: { exclusiveHolders: [] } } },
  {
    name: 'unmet for a competitor of a sponsor holding the category',
    input: withChange((i) => (i.sponsors[0].sector = 'Telecom')),
    sponsorId: 'csp-1',
    expected: { status: 'unmet', evidence: { exclusiveHolders: ['BigTel'] } },
  },
  {
    name: 'met for the exclusive sponsor itself',
    input: withChange((i) => Object.assign(i.sponsors[0], { name: 'BigTel', sector: 'telecom' })),
    sponsorId: 'csp-1',
    expected: { status: 'met' },
  },
];

describe('C2.2 sponsor-no-conflict', () => {
  it('is § 2.2, blocking by default, one finding per capture sponsor', () => {
    expect(described(ruleOf('C2.2'))).toStrictEqual({ id: 'C2.2', name: 'sponsor-no-conflict', clause: '§ 2.2', defaultKind: 'blocking', scope: 'sponsor' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C2.2', { parameters: ['sponsorLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C2.2', OUTCOMES));
});
