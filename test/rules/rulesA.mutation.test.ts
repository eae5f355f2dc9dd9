/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// The exact finding of every distinct branch of C9, C9.4 and C11: status,
// evidence, parameters, deadline, message in English and in French, remedy (code, due instant, both texts).
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';
import type { Evidence, Finding, FindingStatus, Remedy } from '../../src/rules/types.js';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf, FIXED_POLICY } from '../utils/evaluate.js';
import type { CaseOptions } from '../utils/evaluate.js';

// Event start 2026-03-14T08:00:00Z (09:00 in Paris); with FIXED_POLICY the contract deadline
// (contractLeadDays 0) is that instant.
const DUE_AT = '2026-03-14T08:00:00.000Z';
const DUE_LOCAL = '2026-03-14T09:00+01:00';
const DUE_EN = '14 March 2026, 09:00 event time';
const DUE_FR = "14 mars 2026, 9 h 00, heure de l'événement";
const DUE = { dueAt: DUE_AT, dueLocal: DUE_LOCAL };
// Each rule's parameters (values from the case's policy) and deadline, as the finding reports them.
const DECLARED: Record<string, { readonly parameters: readonly string[]; readonly due?: { dueAt: string; dueLocal: string } }> = {
  C9: { parameters: ['contractLeadDays'], due: DUE },
  'C9.4': { parameters: ['contractLeadDays'], due: DUE },
  C11: { parameters: ['contractLeadDays'], due: DUE },
};
const AT_DEADLINE = '2026-03-14T08:00:00Z';
const JUST_AFTER = '2026-03-14T08:00:01Z';

interface Case {
  readonly name: string;
  readonly input: Record<string, any>;
  readonly options?: CaseOptions;
  readonly expected: {
    readonly status: FindingStatus;
    readonly evidence: Evidence;
    readonly en: string;
    readonly fr: string;
    readonly remedy?: Remedy;
  };
}

const noContract = (): any => withChange((i) => delete i.contract);
const clause = { organizerShare: '0.7', countsTowardBreakeven: true };

const SIGNED = { contract: true, unsignedBy: [], signedLateBy: [] };
const SIGNED_MET = { status: 'met' as const, evidence: SIGNED, en: `The contract is signed by both parties by ${DUE_EN}.`, fr: `Le contrat est signé par nos deux entités avant le ${DUE_FR}.` };
const SIGNED_LATE = {
  status: 'unmet' as const,
  en: `Contract required: it was not signed by both parties by ${DUE_EN}.`,
  fr: `Contractualisation incontournable : le contrat n'était pas signé par les deux parties avant le ${DUE_FR}.`,
  remedy: {
    code: 'contract_signed_late',
    en: `The contract had to be signed by both parties by ${DUE_EN}: sign it and agree a new date with the platform.`,
    fr: `Le contrat devait être signé par les deux parties avant le ${DUE_FR} : signez-le et convenez d'une nouvelle date avec la plateforme.`,
  },
};
const notSigned = (en: string, fr: string, remedyEn: string, remedyFr: string) => ({
  en: `A contract signed by both parties is required: ${en}; due by ${DUE_EN}.`,
  fr: `Il doit impérativement exister un contrat signé entre nos deux entités : ${fr} ; à signer avant le ${DUE_FR}.`,
  remedy: { code: 'contract_not_signed', ...DUE, en: `Have the contract signed by the ${remedyEn} by ${DUE_EN}.`, fr: `Faites signer le contrat par ${remedyFr} avant le ${DUE_FR}.` },
});
const NO_MAILING = (late: boolean, draftSays = false) => ({
  en: `The organizer has not committed to send the clip in its post-event mailing${draftSays ? ' (the draft contract says so, but a draft is not an agreement)' : ''}${late ? '' : `; due by ${DUE_EN}`}.`,
  fr: `L'organisateur ne s'est pas engagé à diffuser le clip dans son mailing "post événement"${draftSays ? " (le projet de contrat le prévoit, mais un projet n'est pas un accord)" : ''}${late ? '' : ` ; engagement attendu avant le ${DUE_FR}`}.`,
  remedy: {
    code: 'post_event_mailing_missing',
    ...(late ? {} : DUE),
    en: `Commit, in the contract signed by both parties, to send the platform's post-event clip in your post-event mailing${late ? '' : ` (by ${DUE_EN})`}.`,
    fr: `Engagez-vous, au contrat signé par les deux parties, à diffuser le clip de la plateforme dans votre mailing "post événement"${late ? '' : ` (avant le ${DUE_FR})`}.`,
  },
});
const NO_MAILING_INPUT = (): any => withChange((i) => { i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; });
// The codes stay in the evidence; sentences say them in words.
const EFFORT_EN: Record<string, string> = { dvd: 'DVD orders', pay_per_view: 'pay-per-view', paid_workshops: 'paid workshops', sponsor_search: 'sponsor search' };
const EFFORT_FR: Record<string, string> = { dvd: 'commandes de DVD', pay_per_view: 'pay-per-view', paid_workshops: 'ateliers payants', sponsor_search: 'recherche de sponsor' };
const efforts = (list: string[]) => ({
  status: 'met' as const,
  evidence: { efforts: list },
  en: `The organizer works toward a return on the operation (${list.map((e) => EFFORT_EN[e]).join(', ')}).`,
  fr: `L'organisateur pousse vers la rentabilisation de l'opération (${list.map((e) => EFFORT_FR[e]).join(', ')}).`,
});

const CASES: Record<string, readonly Case[]> = {
  C9: [
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
        en: `A contract signed by both parties is required: no contract yet; due by ${DUE_EN}.`,
        fr: `Il doit impérativement exister un contrat signé entre nos deux entités : aucun contrat ; à signer avant le ${DUE_FR}.`,
        remedy: {
          code: 'contract_missing',
          ...DUE,
          en: `Ask the platform for its model contract and have it signed by both parties by ${DUE_EN}.`,
          fr: `Demandez à la plateforme son contrat cadre-type et faites-le signer par les deux parties avant le ${DUE_FR}.`,
        },
      },
    },
    { name: 'unmet when the platform signed a second after the deadline', input: withChange((i) => (i.contract.parties.platform.signedAt = JUST_AFTER)), options: { asOf: '2026-03-15' }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, signedLateBy: ['platform'] } } },
    { name: 'unmet when the organizer signed a second after the deadline', input: withChange((i) => (i.contract.parties.organizer.signedAt = JUST_AFTER)), options: { asOf: '2026-03-15' }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, signedLateBy: ['organizer'] } } },
    { name: 'unmet when the platform has still not signed a second after the deadline', input: withChange((i) => delete i.contract.parties.platform.signedAt), options: { asOf: JUST_AFTER }, expected: { ...SIGNED_LATE, evidence: { ...SIGNED, unsignedBy: ['platform'] } } },
  ],
  'C9.4': [
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
  ],
  C11: [
    {
      name: 'met when only the contract commits to the mailing',
      input: withChange((i) => (i.partner.commitments.postEventMailing = false)),
      expected: { status: 'met', evidence: { clipPlanned: true, mailingCommitted: true, contractSigned: true }, en: 'The organizer commits to send the clip in its post-event mailing.', fr: "L'organisateur s'engage à diffuser le clip dans son mailing post-événement." },
    },
    {
      name: 'met when only the organizer’s commitments include the mailing',
      input: withChange((i) => (i.contract.postEventMailing = false)),
      expected: { status: 'met', evidence: { clipPlanned: true, mailingCommitted: true, contractSigned: true }, en: 'The organizer commits to send the clip in its post-event mailing.', fr: "L'organisateur s'engage à diffuser le clip dans son mailing post-événement." },
    },
    {
      name: 'met when the signed contract plans no clip',
      input: withChange((i) => { i.contract.clipPlanned = false; i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; }),
      expected: { status: 'met', evidence: { clipPlanned: false, mailingCommitted: false, contractSigned: true }, en: 'No clip is planned for this event.', fr: "Aucun clip n'est prévu pour cet événement." },
    },
    {
      name: 'pending without a contract: a clip is always offered',
      input: withChange((i) => { delete i.contract; i.partner.commitments.postEventMailing = false; }),
      expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false) },
    },
    {
      name: 'pending when only a draft the organizer has not signed commits to the mailing',
      input: withChange((i) => { delete i.contract.parties.organizer.signedAt; i.partner.commitments.postEventMailing = false; }),
      expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false, true) },
    },
    {
      name: 'unmet when the draft committing to the mailing is still unsigned after the deadline',
      input: withChange((i) => { delete i.contract.parties.platform.signedAt; i.partner.commitments.postEventMailing = false; }),
      options: { asOf: JUST_AFTER },
      expected: { status: 'unmet', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(true, true) },
    },
    {
      name: 'pending when only a draft plans no clip: a clip is always offered until the contract is signed',
      input: withChange((i) => { i.contract.clipPlanned = false; i.contract.postEventMailing = false; i.partner.commitments.postEventMailing = false; delete i.contract.parties.organizer.signedAt; }),
      expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: false }, ...NO_MAILING(false) },
    },
    { name: 'still pending at the deadline instant', input: NO_MAILING_INPUT(), options: { asOf: AT_DEADLINE }, expected: { status: 'pending', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: true }, ...NO_MAILING(false) } },
    { name: 'unmet a second after the deadline, the remedy without a due date', input: NO_MAILING_INPUT(), options: { asOf: JUST_AFTER }, expected: { status: 'unmet', evidence: { clipPlanned: true, mailingCommitted: false, contractSigned: true }, ...NO_MAILING(true) } },
  ],
};

for (const [id, cases] of Object.entries(CASES)) {
  const rule = RULES.find((r) => r.id === id);
  if (rule === undefined) throw new Error(`no rule ${id}`);
  describe(`${rule.id} ${rule.name}`, () => {
    for (const c of cases) {
      it(c.name, () => {
        const { en, fr, remedy, ...rest } = c.expected;
        const declared = DECLARED[id]!;
        const policy = c.options?.policy ?? FIXED_POLICY;
        const parameters = Object.fromEntries(declared.parameters.map((name) => [name, policy.parameters[name as keyof typeof policy.parameters]]));
        const expected: Finding = {
          rule: rule.id,
          name: rule.name,
          clause: rule.clause,
          kind: rule.defaultKind,
          ...rest,
          parameters,
          message: en,
          ...(declared.due ?? {}),
          ...(remedy === undefined ? {} : { remedy }),
        };
        expect(findingOf(evaluate(c.input, { ...c.options, locale: 'en' }), id)).toStrictEqual(expected);
        expect(findingOf(evaluate(c.input, { ...c.options, locale: 'fr' }), id)).toStrictEqual({ ...expected, message: fr });
      });
    }
  });
}
