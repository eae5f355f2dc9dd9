/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C9 `signed-contract` (src/rules/signedContract.ts): a contract signed by both parties before the deadline.
import { describe, expect, it } from 'vitest';
import { validInput, withChange } from '../utils/factory.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE, START_EN, START_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// The contract's deadline under FIXED_POLICY: the start.
const AT_DEADLINE = '2026-03-14T08:00:00Z';
const JUST_AFTER = '2026-03-14T08:00:01Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
const noContract = (): any => withChange((i) => delete i.contract);
const SIGNED = { contract: true, unsignedBy: [], signedLateBy: [] };
const SIGNED_MET = { status: 'met' as const, evidence: SIGNED, en: `The contract is signed by both parties by ${START_EN}.`, fr: `Le contrat est signé par nos deux entités avant le ${START_FR}.` };
const SIGNED_LATE = {
  status: 'unmet' as const,
  en: `Contract required: it was not signed by both parties by ${START_EN}.`,
  fr: `Contractualisation incontournable : le contrat n'était pas signé par les deux parties avant le ${START_FR}.`,
  remedy: {
    code: 'contract_signed_late',
    en: `The contract had to be signed by both parties by ${START_EN}: sign it and agree a new date with the platform.`,
    fr: `Le contrat devait être signé par les deux parties avant le ${START_FR} : signez-le et convenez d'une nouvelle date avec la plateforme.`,
  },
};
const notSigned = (en: string, fr: string, remedyEn: string, remedyFr: string) => ({
  en: `A contract signed by both parties is required: ${en}; due by ${START_EN}.`,
  fr: `Il doit impérativement exister un contrat signé entre nos deux entités : ${fr} ; à signer avant le ${START_FR}.`,
  remedy: { code: 'contract_not_signed', ...START_DUE, en: `Have the contract signed by the ${remedyEn} by ${START_EN}.`, fr: `Faites signer le contrat par ${remedyFr} avant le ${START_FR}.` },
});

// Every branch, exact (what Stryker checks the wording and the deadlines against): status, evidence,
// parameters, deadline, message in both languages, remedy; one or several, before the deadline, at its
// instant and after.
const FINDINGS: readonly FindingCase[] = [
  { name: 'met when both parties signed before the event', input: validInput(), expected: SIGNED_MET },
  { name: 'met when a party signed at the very evaluation instant', input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:00Z')), expected: SIGNED_MET },
  { name: 'met when both parties signed at the deadline instant', input: withChange((i) => { i.contract.parties.platform.signedAt = AT_DEADLINE; i.contract.parties.organizer.signedAt = AT_DEADLINE; }), options: { asOf: '2026-03-15' }, expected: SIGNED_MET },
  {
    name: 'pending when a signature is dated after the evaluation date (not happened yet)',
    input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:01Z')),
    expected: { status: 'pending', evidence: { ...SIGNED, unsignedBy: ['organizer'] }, ...notSigned('not signed by the organizer', 'signature manquante (organisateur)', 'organizer', "l'organisateur") },
  },
  {
    name: 'pending while the platform has not signed, still at the deadline instant',
    input: withChange((i) => delete i.contract.parties.platform.signedAt),
    options: { asOf: AT_DEADLINE },
    expected: { status: 'pending', evidence: { ...SIGNED, unsignedBy: ['platform'] }, ...notSigned('not signed by the platform', 'signature manquante (plateforme)', 'platform', 'la plateforme') },
  },
  {
    name: 'pending while neither party signed, naming both',
    input: withChange((i) => { delete i.contract.parties.platform.signedAt; delete i.contract.parties.organizer.signedAt; }),
    expected: {
      status: 'pending',
      evidence: { ...SIGNED, unsignedBy: ['platform', 'organizer'] },
      ...notSigned('not signed by the platform and the organizer', 'signature manquante (plateforme, organisateur)', 'platform and the organizer', "la plateforme et l'organisateur"),
    },
  },
  {
    name: 'pending without a contract, asking for the model contract',
    input: noContract(),
    expected: {
      status: 'pending',
      evidence: { contract: false, unsignedBy: ['platform', 'organizer'], signedLateBy: [] },
      en: `A contract signed by both parties is required: no contract yet; due by ${START_EN}.`,
      fr: `Il doit impérativement exister un contrat signé entre nos deux entités : aucun contrat ; à signer avant le ${START_FR}.`,
      remedy: {
        code: 'contract_missing',
        ...START_DUE,
        en: `Ask the platform for its model contract and have it signed by both parties by ${START_EN}.`,
        fr: `Demandez à la plateforme son contrat cadre-type et faites-le signer par les deux parties avant le ${START_FR}.`,
      },
    },
  },
  { name: 'unmet when the platform signed a second after the deadline', input: withChange((i) => (i.contract.parties.platform.signedAt = JUST_AFTER)), options: { asOf: '2026-03-15' }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, signedLateBy: ['platform'] } } },
  { name: 'unmet when the organizer signed a second after the deadline', input: withChange((i) => (i.contract.parties.organizer.signedAt = JUST_AFTER)), options: { asOf: '2026-03-15' }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, signedLateBy: ['organizer'] } } },
  { name: 'unmet when the platform has still not signed a second after the deadline', input: withChange((i) => delete i.contract.parties.platform.signedAt), options: { asOf: JUST_AFTER }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, unsignedBy: ['platform'] } } },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met when both parties signed before the event', input: validInput(), expected: { status: 'met' } },
  { name: 'pending while the organizer has not signed', input: withChange((i) => delete i.contract.parties.organizer.signedAt), expected: { status: 'pending', evidence: { unsignedBy: ['organizer'] }, dueLocal: '2026-03-14T09:00+01:00' } },
  { name: 'pending without a contract', input: withChange((i) => delete i.contract), expected: { status: 'pending', evidence: { contract: false } } },
  { name: 'unmet when still unsigned once the event started', input: withChange((i) => delete i.contract.parties.platform.signedAt), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
  { name: 'unmet when signed after the event started', input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-03-14T12:00:00+01:00')), options: { asOf: '2026-03-15' }, expected: { status: 'unmet', evidence: { signedLateBy: ['organizer'] } } },
];

describe('C9 signed-contract', () => {
  it('is § 9, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C9'))).toStrictEqual({ id: 'C9', name: 'signed-contract', clause: '§ 9', defaultKind: 'blocking', scope: 'event' });
  });

  describe('findings, exact in English and French', () => findingCases('C9', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C9', OUTCOMES));
});
