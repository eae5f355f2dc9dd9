/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// C2 `funding-agreed` (src/rules/fundingAgreed.ts): the commercial approach is agreed in a signed
// contract fixing a breakeven above zero and the organizer's share.
import { describe, expect, it } from 'vitest';
import type { Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';
import { described, findingCases, outlineCases, ruleOf, START_DUE, START_EN, START_FR } from '../utils/ruleCases.js';
import type { FindingCase, OutlineCase } from '../utils/ruleCases.js';

// Under the test policy the contract is due at the event's start, 2026-03-14T08:00Z.
const AT_DEADLINE = '2026-03-14T08:00:00Z';
const JUST_AFTER = '2026-03-14T08:00:01Z';
const AFTER_START = '2026-03-14T10:00:00+01:00';
const noContract = (): any => withChange((i) => delete i.contract);
const unsignedDraft = (party: 'platform' | 'organizer'): any => withChange((i) => delete i.contract.parties[party].signedAt);
const FUNDING = (late: boolean): Remedy => ({
  code: 'funding_not_agreed',
  ...(late ? {} : START_DUE),
  en: `Agree the commercial approach in a contract signed by both parties: the platform looks for the sponsor, with the breakeven and the organizer's share fixed before the event${late ? '' : ` (by ${START_EN})`}.`,
  fr: `Mettez-vous d'accord sur la démarche commerciale dans un contrat signé par les deux parties : la plateforme cherche le sponsor, le point mort et votre part étant fixés avant l'événement${late ? '' : ` (avant le ${START_FR})`}.`,
});
const DRAFT_EN = 'No commercial approach agreed: the contract is not signed by both parties, and a draft is not an agreement';
const DRAFT_FR = "Aucune démarche commerciale convenue : le contrat n'est pas signé par les deux parties, et un projet n'est pas un accord";
const BREAKEVEN_ZERO = {
  status: 'unmet' as const,
  en: 'Never an absolutely free deal: a breakeven of zero makes a 100% free partnership.',
  fr: 'Pas de gratuité absolue : nous ne pratiquons plus les partenariats 100% gratuits (point mort à zéro).',
  remedy: {
    code: 'breakeven_zero',
    en: 'Fix a breakeven above zero in the contract: symbolic, but it covers at least the fundamental costs.',
    fr: 'Fixez dans le contrat un point mort supérieur à zéro : symbolique, il couvre au moins les coûts fondamentaux.',
  },
};

const FINDINGS: readonly FindingCase[] = [
  {
    name: 'pending without a contract before the deadline',
    input: noContract(),
    expected: { status: 'pending', evidence: { contract: false, signed: false }, en: `No commercial approach agreed: no breakeven nor share fixed (due by ${START_EN}).`, fr: `Aucune démarche commerciale convenue : ni point mort ni partage fixés (à fixer avant le ${START_FR}).`, remedy: FUNDING(false) },
  },
  {
    name: 'still pending at the deadline instant',
    input: noContract(),
    options: { asOf: AT_DEADLINE },
    expected: { status: 'pending', evidence: { contract: false, signed: false }, en: `No commercial approach agreed: no breakeven nor share fixed (due by ${START_EN}).`, fr: `Aucune démarche commerciale convenue : ni point mort ni partage fixés (à fixer avant le ${START_FR}).`, remedy: FUNDING(false) },
  },
  {
    name: 'unmet without a contract a second after the deadline, the remedy without a due date',
    input: noContract(),
    options: { asOf: JUST_AFTER },
    expected: { status: 'unmet', evidence: { contract: false, signed: false }, en: 'No commercial approach agreed: no breakeven nor share fixed.', fr: 'Aucune démarche commerciale convenue : ni point mort ni partage fixés.', remedy: FUNDING(true) },
  },
  {
    name: 'pending with a draft the organizer has not signed: a draft is not an agreement',
    input: unsignedDraft('organizer'),
    expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${START_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${START_FR}).`, remedy: FUNDING(false) },
  },
  {
    name: 'still pending at the deadline instant with a draft the platform has not signed',
    input: unsignedDraft('platform'),
    options: { asOf: AT_DEADLINE },
    expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${START_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${START_FR}).`, remedy: FUNDING(false) },
  },
  {
    name: 'unmet with a draft still unsigned a second after the deadline',
    input: unsignedDraft('organizer'),
    options: { asOf: JUST_AFTER },
    expected: { status: 'unmet', evidence: { contract: true, signed: false }, en: `${DRAFT_EN}.`, fr: `${DRAFT_FR}.`, remedy: FUNDING(true) },
  },
  {
    name: 'pending while the last signature is dated after the evaluation date',
    input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:01Z')),
    expected: { status: 'pending', evidence: { contract: true, signed: false }, en: `${DRAFT_EN} (due by ${START_EN}).`, fr: `${DRAFT_FR} (à fixer avant le ${START_FR}).`, remedy: FUNDING(false) },
  },
  {
    name: 'met once the last signature is at the evaluation instant',
    input: withChange((i) => (i.contract.parties.organizer.signedAt = '2026-02-10T12:00:00Z')),
    expected: { status: 'met', evidence: { contract: true, signed: true, breakeven: '800.00 EUR', organizerShare: '0.5' }, en: "Commercial approach agreed: breakeven 800.00 EUR, organizer's share 0.5 above it.", fr: "Démarche commerciale convenue : point mort de 800.00 EUR, part de l'organisateur 0.5 au-delà." },
  },
  {
    name: 'met with a breakeven of a few cents',
    input: withChange((i) => (i.contract.breakeven = { amount: '0.5', currency: 'EUR' })),
    expected: {
      status: 'met',
      evidence: { contract: true, signed: true, breakeven: '0.50 EUR', organizerShare: '0.5' },
      en: "Commercial approach agreed: breakeven 0.50 EUR, organizer's share 0.5 above it.",
      fr: "Démarche commerciale convenue : point mort de 0.50 EUR, part de l'organisateur 0.5 au-delà.",
    },
  },
  { name: 'unmet with a breakeven of 0.00 EUR', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'EUR' })), expected: { ...BREAKEVEN_ZERO, evidence: { contract: true, signed: true, breakeven: '0.00 EUR', organizerShare: '0.5' } } },
  { name: 'unmet with a breakeven of 0 in a currency without decimals', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'JPY' })), expected: { ...BREAKEVEN_ZERO, evidence: { contract: true, signed: true, breakeven: '0 JPY', organizerShare: '0.5' } } },
];

const OUTCOMES: readonly OutlineCase[] = [
  { name: 'met with a contract fixing a breakeven above zero', input: validInput(), expected: { status: 'met', evidence: { breakeven: '800.00 EUR', organizerShare: '0.5' } } },
  { name: 'pending without a contract before the event', input: withChange((i) => delete i.contract), expected: { status: 'pending', dueLocal: '2026-03-14T09:00+01:00' } },
  { name: 'unmet without a contract once the event started', input: withChange((i) => delete i.contract), options: { asOf: AFTER_START }, expected: { status: 'unmet' } },
  { name: 'unmet with a breakeven of zero (no 100% free deal)', input: withChange((i) => (i.contract.breakeven = { amount: '0', currency: 'EUR' })), expected: { status: 'unmet' } },
  { name: 'pending with a draft the organizer has not signed: a draft is not an agreement', input: withChange((i) => delete i.contract.parties.organizer.signedAt), expected: { status: 'pending', evidence: { contract: true, signed: false }, dueLocal: '2026-03-14T09:00+01:00' } },
  { name: 'pending when a signature is dated after the evaluation date', input: withChange((i) => (i.contract.parties.platform.signedAt = '2026-02-20')), expected: { status: 'pending', evidence: { signed: false } } },
  { name: 'pending with a draft fixing a breakeven of zero: not read before it is signed', input: withChange((i) => { i.contract.breakeven.amount = '0'; delete i.contract.parties.platform.signedAt; }), expected: { status: 'pending', evidence: { contract: true, signed: false } } },
  { name: 'unmet when the draft is still unsigned once the event started', input: withChange((i) => delete i.contract.parties.organizer.signedAt), options: { asOf: AFTER_START }, expected: { status: 'unmet', evidence: { contract: true, signed: false } } },
];

describe('C2 funding-agreed', () => {
  it('is § 2, blocking by default, one finding for the event', () => {
    expect(described(ruleOf('C2'))).toStrictEqual({ id: 'C2', name: 'funding-agreed', clause: '§ 2', defaultKind: 'blocking', scope: 'event' });
  });

  // Every branch's finding, whole: status, evidence, parameters, deadline, message in both languages,
  // remedy (code, due instant, both texts); singular and plural, at the deadline instant and after.
  describe('findings, exact in English and French', () => findingCases('C2', { parameters: ['contractLeadDays'], due: START_DUE }, FINDINGS));

  describe('outcomes', () => outlineCases('C2', OUTCOMES));

  describe('edge cases', () => {
    it('says a share longer than 120 characters cut, with its length, as any caller text; the evidence keeps it whole', () => {
      // 0.5 then 147 zeros: 150 characters, a share the contract accepts (up to 200).
      const share = `0.5${'0'.repeat(147)}`;
      const finding = findingOf(evaluate(withChange((i) => (i.contract.organizerShare = share))), 'C2');
      expect(finding.evidence.organizerShare).toBe(share);
      expect(finding.message).toBe(`Commercial approach agreed: breakeven 800.00 EUR, organizer's share 0.5${'0'.repeat(117)}… (150 characters) above it.`);
    });
  });
});
