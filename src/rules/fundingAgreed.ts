import { advise, agreedBy } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 2: « Pas de gratuité absolue, mais ça peut ne rien vous coûter […] nous ne pratiquons plus
// les partenariats 100% gratuits […] Si vous n'avez pas de budget il faut simplement se mettre
// d'accord sur la démarche commerciale » ; § 2.4 : « au-delà d'un point mort fixé au préalable ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Pas de gratuité absolue, mais ça peut ne rien vous coûter […] nous ne pratiquons plus les partenariats 100% gratuits […] Si vous n'avez pas de budget il faut simplement se mettre d'accord sur la démarche commerciale […] Nous partageons l'apport du sponsor à hauteur de 50% avec vous au-delà d'un point mort fixé au préalable (je vous rassure il est symbolique);";

/**
 * C2 `funding-agreed`: the commercial approach is agreed in a contract fixing, before the event,
 * a breakeven above zero and the organizer's share. The contract is read only once both parties
 * signed it (at or before `asOf`): a draft is not an agreement. Without a signed contract it is
 * pending until the contract deadline (`contractLeadDays` before the start), then unmet.
 */
export const fundingAgreed: RuleLogic = {
  id: 'C2',
  name: 'funding-agreed',
  clause: '§ 2',
  defaultKind: DEFAULT_RULE_KINDS.C2,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const signed = agreedBy(context) !== undefined;
    if (contract === undefined || !signed) {
      const due = context.due(context.policy.parameters.contractLeadDays);
      const late = context.asOf > due.at;
      const draft = contract !== undefined;
      return {
        status: late ? 'unmet' : 'pending',
        evidence: { contract: draft, signed: false },
        message: late
          ? say(draft ? 'C2.unmet.draft' : 'C2.unmet.no_contract', {})
          : say(draft ? 'C2.pending.draft' : 'C2.pending.no_contract', { due }),
        remedy: late
          ? advise('funding_not_agreed', say('C2.remedy.funding_not_agreed', {}))
          : advise('funding_not_agreed', say('C2.remedy.funding_not_agreed', { due }), due),
      };
    }
    const { amount, currency } = contract.breakeven;
    const evidence = { contract: true, signed: true, breakeven: `${amount} ${currency}`, organizerShare: contract.organizerShare };
    if (/^0+(\.0+)?$/.test(amount)) {
      return {
        status: 'unmet',
        evidence,
        message: say('C2.unmet.breakeven_zero', {}),
        remedy: advise('breakeven_zero', say('C2.remedy.breakeven_zero', {})),
      };
    }
    return {
      status: 'met',
      evidence,
      message: say('C2.met', { amount, currency, share: contract.organizerShare }),
    };
  },
};
