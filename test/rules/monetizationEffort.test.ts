// C9.4 `monetization-effort` (src/rules/monetizationEffort.ts): the organizer works toward some return.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

const clause = { organizerShare: '0.7', countsTowardBreakeven: true };
// The codes stay in the evidence; sentences say them in words.
const EFFORT_EN: Record<string, string> = { dvd: 'DVD orders', pay_per_view: 'pay-per-view', paid_workshops: 'paid workshops', sponsor_search: 'sponsor search' };
const EFFORT_FR: Record<string, string> = { dvd: 'commandes de DVD', pay_per_view: 'pay-per-view', paid_workshops: 'ateliers payants', sponsor_search: 'recherche de sponsor' };
const efforts = (list: string[]) => ({
  status: 'met' as const,
  evidence: { efforts: list },
  en: `The organizer works toward a return on the operation (${list.map((e) => EFFORT_EN[e]).join(', ')}).`,
  fr: `L'organisateur pousse vers la rentabilisation de l'opération (${list.map((e) => EFFORT_FR[e]).join(', ')}).`,
});

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  { name: 'met by a DVD clause alone', input: withChange((i) => { i.partner.commitments.monetization = []; i.contract.clauses = { dvd: clause }; }), expected: efforts(['dvd']) },
  { name: 'met by a paid workshop clause alone', input: withChange((i) => { i.partner.commitments.monetization = []; i.contract.clauses = { workshop: clause }; }), expected: efforts(['paid_workshops']) },
  { name: 'met by several efforts, listed sorted', input: withChange((i) => (i.contract.clauses = { pay_per_view: clause, dvd: clause })), expected: efforts(['dvd', 'pay_per_view', 'sponsor_search']) },
  {
    name: 'unmet with no effort at all',
    input: withChange((i) => (i.partner.commitments.monetization = [])),
    expected: {
      status: 'unmet',
      evidence: { efforts: [] },
      en: 'A partner who makes no effort toward any return is quickly dropped.',
      fr: "Un partenaire qui ne pousse pas vers la moindre recherche de rentabilisation s'expose très vite à ce que nous l'abandonnions.",
      remedy: {
        code: 'no_monetization_effort',
        en: 'Work toward some return: help the sponsor search, or agree pay-per-view, DVD orders or paid workshop coverage in the contract.',
        fr: 'Cherchez une rentabilisation : aidez à la recherche du sponsor, ou prévoyez au contrat du pay-per-view, des DVD ou des ateliers payants.',
      },
    },
  },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when the organizer helps the sponsor search', input: validInput(), expected: { status: 'met', evidence: { efforts: ['sponsor_search'] } } },
  { name: 'met through a pay-per-view clause in the contract', input: withChange((i) => { i.partner.commitments.monetization = []; i.contract.clauses = { pay_per_view: { organizerShare: '0.7', countsTowardBreakeven: true } }; }), expected: { status: 'met', evidence: { efforts: ['pay_per_view'] } } },
  { name: 'unmet with no effort toward any return', input: withChange((i) => (i.partner.commitments.monetization = [])), expected: { status: 'unmet' } },
];

describe('C9.4 monetization-effort', () => {
  it('is § 9.4, weighing by default, one finding for the event', () => {
    expect(described(ruleOf('C9.4'))).toStrictEqual({ id: 'C9.4', name: 'monetization-effort', clause: '§ 9.4', defaultKind: 'weighing', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C9.4', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C9.4', OUTCOMES));
});
