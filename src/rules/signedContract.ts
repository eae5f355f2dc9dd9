import { advise, happened } from './_helpers.js';
import { say, type ContractParty } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS.C9,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const due = context.due(context.policy.parameters.contractLeadDays);
    const deadline = due.at;
    const passed = context.asOf > deadline;
    const platform = happened(context, contract?.parties.platform.signedAt);
    const organizer = happened(context, contract?.parties.organizer.signedAt);
    const missing: ContractParty[] = [];
    const late: ContractParty[] = [];
    if (platform === undefined) missing.push('platform');
    else if (platform > deadline) late.push('platform');
    if (organizer === undefined) missing.push('organizer');
    else if (organizer > deadline) late.push('organizer');
    const evidence = { contract: contract !== undefined, unsignedBy: missing, signedLateBy: late };
    if (missing.length === 0 && late.length === 0) return { status: 'met', evidence, message: say('C9.met', { due }) };
    if (late.length === 0 && !passed) {
      return {
        status: 'pending',
        evidence,
        message: contract === undefined ? say('C9.pending.no_contract', { due }) : say('C9.pending.unsigned', { parties: missing, due }),
        remedy:
          contract === undefined
            ? advise('contract_missing', say('C9.remedy.contract_missing', { due }), due)
            : advise('contract_not_signed', say('C9.remedy.contract_not_signed', { parties: missing, due }), due),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: say('C9.unmet', { due }),
      remedy: advise('contract_signed_late', say('C9.remedy.contract_signed_late', { due })),
    };
  },
};
