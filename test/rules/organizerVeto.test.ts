// C2.3 `organizer-veto` (src/rules/organizerVeto.ts), per capture sponsor: the organizer accepts or
// vetoes each sponsor the platform proposes.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'met for an accepted sponsor, saying the organizer accepted it',
    input: validInput(),
    sponsorId: 'csp-1',
    expected: {
      status: 'met',
      evidence: { sponsorId: 'csp-1', status: 'accepted' },
      en: 'The organizer accepted sponsor csp-1.',
      fr: "L'organisateur a accepté le sponsor csp-1.",
    },
  },
  {
    name: 'met for a sponsor that withdrew, saying there is no veto',
    input: withChange((i) => (i.sponsors[0].status = 'withdrawn')),
    sponsorId: 'csp-1',
    expected: {
      status: 'met',
      evidence: { sponsorId: 'csp-1', status: 'withdrawn' },
      en: 'Sponsor csp-1 withdrew; no veto.',
      fr: "Le sponsor csp-1 s'est retiré ; aucun veto.",
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met for an accepted sponsor', input: validInput(), sponsorId: 'csp-1', expected: { status: 'met' } },
  { name: 'pending for a sponsor the organizer has not answered', input: withChange((i) => (i.sponsors[0].status = 'proposed')), sponsorId: 'csp-1', expected: { status: 'pending' } },
  {
    name: 'unmet for a vetoed sponsor',
    input: withChange((i) => Object.assign(i.sponsors[0], { status: 'vetoed', veto: { by: 'Olga', reason: 'competitor of our host' } })),
    sponsorId: 'csp-1',
    expected: { status: 'unmet', evidence: { sponsorId: 'csp-1', status: 'vetoed' } },
  },
  { name: 'met for a sponsor that withdrew (no veto)', input: withChange((i) => (i.sponsors[0].status = 'withdrawn')), sponsorId: 'csp-1', expected: { status: 'met' } },
];

describe('C2.3 organizer-veto', () => {
  it('is § 2.3, blocking by default, one finding per capture sponsor', () => {
    expect(described(ruleOf('C2.3'))).toStrictEqual({ id: 'C2.3', name: 'organizer-veto', clause: '§ 2.3', defaultKind: 'blocking', scope: 'sponsor' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C2.3', { parameters: ['sponsorLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C2.3', OUTCOMES));
});
