import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 5: « Si les organisateurs nous font le plaisir de nous demander notre avis sur la gestion de la
// lumière et la scénarisation des prises de parole pour optimiser la réussite du tournage : alors ils
// auront fait la moitié du boulot consistant à nous motiver. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'Si les organisateurs nous font le plaisir de nous demander notre avis sur la gestion de la lumière et la scénarisation des prises de parole pour optimiser la réussite du tournage : alors ils auront fait la moitié du boulot consistant à nous motiver.';

/** C5.b `lighting-advice-asked` (weighing): the organizer asked the platform's advice on lighting and staging. */
export const lightingAdviceAsked: RuleLogic = {
  id: 'C5.b',
  name: 'lighting-advice-asked',
  clause: '§ 5',
  defaultKind: 'weighing',
  scope: 'event',
  deadline: 'scoutingLeadDays',
  parameters: ['scoutingLeadDays'],
  evaluate(context) {
    const asked = context.request.partner.commitments.lightingAdviceAsked;
    if (asked) {
      return {
        status: 'met',
        evidence: { lightingAdviceAsked: true },
        message: context.fr
          ? "L'organisateur nous a demandé notre avis sur la lumière et la scénarisation des prises de parole."
          : "The organizer asked the platform's advice on lighting and staging.",
      };
    }
    return {
      status: 'unmet',
      evidence: { lightingAdviceAsked: false },
      message: context.fr
        ? "L'organisateur n'a pas demandé notre avis sur la lumière et la scénarisation."
        : "The organizer has not asked the platform's advice on lighting and staging.",
      remedy: remedy(
        'lighting_advice_not_asked',
        "Ask the platform's advice on lighting and on staging the talks: half the job of motivating the crew.",
        'Demandez notre avis sur la gestion de la lumière et la scénarisation des prises de parole : la moitié du boulot consistant à nous motiver.',
      ),
    };
  },
};
