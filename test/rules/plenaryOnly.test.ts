/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C9.3 `plenary-only` (src/rules/plenaryOnly.ts): partnership coverage is for plenary sessions; workshops are paid coverage.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { session } from '../utils/programme.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE, START_EN, START_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// The contract's deadline under FIXED_POLICY: the start.
const CONTRACT_DEADLINE = '2026-03-14T08:00:00Z';
const AFTER_CONTRACT = '2026-03-14T08:00:01Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
const WORKSHOP_CLAUSE = { organizerShare: '0.7', countsTowardBreakeven: false };
// The factory's second plenary becomes a filmed workshop.
const workshop = (i: any): void => void (i.event.sessions[1].kind = 'workshop');

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
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
    options: { asOf: CONTRACT_DEADLINE },
    expected: {
      status: 'pending',
      evidence: { filmedSessions: 3, workshops: ['w-1'], workshopClause: true, contractSigned: false },
      en: `Partnership coverage is for plenary sessions only: the filmed workshops (w-1) await a paid workshop clause in a contract signed by both parties, due by ${START_EN}.`,
      fr: `Nous ne couvrons en mode partenariat que les conférences plénières : les ateliers filmés (w-1) attendent une clause ateliers payante dans un contrat signé par les deux parties, avant le ${START_FR}.`,
      remedy: {
        code: 'workshop_clause_not_agreed',
        ...START_DUE,
        en: `Commercial workshops are paid coverage: have a contract with a paid workshop clause (\`clauses.workshop\`) signed by both parties by ${START_EN}, or mark the workshops (w-1) not filmed (\`filmed: false\`).`,
        fr: `Les ateliers commerciaux, c'est payant : faites signer par les deux parties, avant le ${START_FR}, un contrat avec une clause ateliers payante (\`clauses.workshop\`), ou indiquez les ateliers (w-1) comme non filmés (\`filmed: false\`).`,
      },
    },
  },
  {
    name: 'unmet a second after the deadline without a contract',
    input: withChange((i) => {
      i.event.sessions.push(session('w-1', 'workshop', 0));
      delete i.contract;
    }),
    options: { asOf: AFTER_CONTRACT },
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
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when only plenaries are asked', input: validInput(), expected: { status: 'met' } },
  { name: 'unmet when a workshop is asked for free: a signed contract without a workshop clause', input: withChange(workshop), expected: { status: 'unmet', evidence: { workshops: ['ses-2'], workshopClause: false, contractSigned: true } } },
  { name: 'met when a workshop is in the programme but not filmed', input: withChange((i) => Object.assign(i.event.sessions[1], { kind: 'workshop', filmed: false })), expected: { status: 'met' } },
  { name: 'met when the filmed workshop is paid coverage under the signed contract’s workshop clause', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; }), expected: { status: 'met', evidence: { workshops: ['ses-2'], workshopClause: true, contractSigned: true } } },
  { name: 'pending when the workshop clause is in a draft not signed yet', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; delete i.contract.parties.organizer.signedAt; }), expected: { status: 'pending', evidence: { workshopClause: true, contractSigned: false }, dueLocal: '2026-03-14T09:00+01:00' } },
  { name: 'pending when workshops are asked and there is no contract yet', input: withChange((i) => { workshop(i); delete i.contract; }), expected: { status: 'pending', evidence: { workshopClause: false, contractSigned: false } } },
  { name: 'unmet when the draft with the clause is still unsigned once the event started', input: withChange((i) => { workshop(i); i.contract.clauses = { workshop: WORKSHOP_CLAUSE }; delete i.contract.parties.organizer.signedAt; }), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { workshopClause: true, contractSigned: false } } },
];

describe('C9.3 plenary-only', () => {
  it('is § 9.3, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C9.3'))).toStrictEqual({ id: 'C9.3', name: 'plenary-only', clause: '§ 9.3', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C9.3', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C9.3', OUTCOMES));
});
