import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'weighing',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const credited = context.request.partner.commitments.mediaPartnerCredit;
    if (credited) {
      return {
        status: 'met',
        evidence: { mediaPartnerCredit: true },
        message: context.fr ? 'La plateforme est créditée comme partenaire media visible.' : 'The platform is credited as a visible media partner.',
      };
    }
    return {
      status: 'unmet',
      evidence: { mediaPartnerCredit: false },
      message: context.fr
        ? "La plateforme n'est pas créditée comme partenaire media : pas indispensable, mais cela pèse dans la balance."
        : 'The platform is not credited as a media partner: not required, but it weighs in the balance.',
      remedy: remedy(
        'media_partner_credit_missing',
        "Credit the platform as a media partner, visible on the event's website.",
        "Créditez la plateforme comme partenaire media, visible sur le site de l'événement.",
      ),
    };
  },
};
