import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 10: « Que les organisateurs aient tout de même la gentillesse de nous créditer parmi les
// partenaires […] n'est pas indispensable, mais pèse évidemment dans la balance (au moins comme
// partenaire media visible sur leur site). »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Que les organisateurs aient tout de même la gentillesse de nous créditer parmi les partenaires gold premium infinite élite ou que sais-je n'est pas indispensable, mais pèse évidemment dans la balance (au moins comme partenaire media visible sur leur site).";

/** C10 `media-partner-credit` (weighing): the platform is credited as a visible media partner. */
export const mediaPartnerCredit: RuleLogic = {
  id: 'C10',
  name: 'media-partner-credit',
  clause: '§ 10',
  defaultKind: DEFAULT_RULE_KINDS.C10,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const credited = context.request.partner.commitments.mediaPartnerCredit;
    if (credited) return { status: 'met', evidence: { mediaPartnerCredit: true }, message: say('C10.met', {}) };
    return {
      status: 'unmet',
      evidence: { mediaPartnerCredit: false },
      message: say('C10.unmet', {}),
      remedy: advise('media_partner_credit_missing', say('C10.remedy.media_partner_credit_missing', {})),
    };
  },
};
