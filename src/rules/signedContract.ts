import { happened, remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 9: « Contractualisation : incontournable. Il doit impérativement exister un contrat signé entre
// nos deux entités, contrat dont nous proposons un cadre-type sur demande. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'Contractualisation : incontournable. Il doit impérativement exister un contrat signé entre nos deux entités, contrat dont nous proposons un cadre-type sur demande.';

/**
 * C9 `signed-contract`: a contract signed by both parties at least
 * `contractLeadDays` days before the start. A missing signature is pending
 * until then, unmet after; a signature after the deadline is unmet.
 */
export const signedContract: RuleLogic = {
  id: 'C9',
  name: 'signed-contract',
  clause: '§ 9',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const due = context.due(context.policy.parameters.contractLeadDays);
    const deadline = due.at;
    const passed = context.asOf > deadline;
    const fr = context.fr;
    const platform = happened(context, contract?.parties.platform.signedAt);
    const organizer = happened(context, contract?.parties.organizer.signedAt);
    const missing: string[] = [];
    const late: string[] = [];
    if (platform === undefined) missing.push('platform');
    else if (platform > deadline) late.push('platform');
    if (organizer === undefined) missing.push('organizer');
    else if (organizer > deadline) late.push('organizer');
    const evidence = { contract: contract !== undefined, unsignedBy: missing, signedLateBy: late };
    if (missing.length === 0 && late.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr ? `Le contrat est signé par nos deux entités avant le ${due.fr}.` : `The contract is signed by both parties by ${due.en}.`,
      };
    }
    if (late.length === 0 && !passed) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `Il doit impérativement exister un contrat signé entre nos deux entités : ${contract === undefined ? 'aucun contrat' : `signature manquante (${missing.map((p) => (p === 'platform' ? 'plateforme' : 'organisateur')).join(', ')})`} ; à signer avant le ${due.fr}.`
          : `A contract signed by both parties is required: ${contract === undefined ? 'no contract yet' : `not signed by the ${missing.join(' and the ')}`}; due by ${due.en}.`,
        remedy: remedy(
          contract === undefined ? 'contract_missing' : 'contract_not_signed',
          contract === undefined
            ? `Ask the platform for its model contract and have it signed by both parties by ${due.en}.`
            : `Have the contract signed by the ${missing.join(' and the ')} by ${due.en}.`,
          contract === undefined
            ? `Demandez à la plateforme son contrat cadre-type et faites-le signer par les deux parties avant le ${due.fr}.`
            : `Faites signer le contrat par ${missing.map((p) => (p === 'platform' ? 'la plateforme' : "l'organisateur")).join(' et ')} avant le ${due.fr}.`,
          due,
        ),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Contractualisation incontournable : le contrat n'était pas signé par les deux parties avant le ${due.fr}.`
        : `Contract required: it was not signed by both parties by ${due.en}.`,
      remedy: remedy(
        'contract_signed_late',
        `The contract had to be signed by both parties by ${due.en}: sign it and agree a new date with the platform.`,
        `Le contrat devait être signé par les deux parties avant le ${due.fr} : signez-le et convenez d'une nouvelle date avec la plateforme.`,
      ),
    };
  },
};
