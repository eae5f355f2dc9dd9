import { exclusiveHolders, list, remedy, said } from './_helpers.js';
import type { Outcome, RuleLogic } from './types.js';

// Seed § 2.2: « Un sponsor pour la captation n'est pas forcément un sponsor qui s'impose dans votre
// événement (de la sorte pas de conflits d'intérêts avec vos autres partenaires) ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Un sponsor pour la captation n'est pas forcément un sponsor qui s'impose dans votre événement (de la sorte pas de conflits d'intérêts avec vos autres partenaires);";

/**
 * C2.2 `sponsor-no-conflict`, per capture sponsor: its sector is not a category one of the event's
 * own sponsors holds exclusively (that sponsor itself excepted). A conflicting sponsor is unusable;
 * the event stays eligible.
 */
export const sponsorNoConflict: RuleLogic = {
  id: 'C2.2',
  name: 'sponsor-no-conflict',
  clause: '§ 2.2',
  defaultKind: 'blocking',
  scope: 'sponsor',
  deadline: 'sponsorLeadDays',
  parameters: ['sponsorLeadDays'],
  evaluate(context) {
    return context.request.sponsors.map((sponsor): Outcome => {
      const holders = exclusiveHolders(context.request.event.sponsors, sponsor);
      const evidence = { sponsorId: sponsor.id, sector: sponsor.sector, exclusiveHolders: holders };
      // In sentences the id and sector are said (escaped, cut); in `sponsorId` and evidence, as given.
      const id = said(sponsor.id);
      const sector = said(sponsor.sector);
      if (holders.length === 0) {
        return {
          sponsorId: sponsor.id,
          status: 'met',
          evidence,
          message: context.fr
            ? `Le sponsor ${id} n'entre en conflit avec aucun partenaire de l'événement.`
            : `Sponsor ${id} conflicts with none of the event's sponsors.`,
        };
      }
      return {
        sponsorId: sponsor.id,
        status: 'unmet',
        evidence,
        message: context.fr
          ? `Le sponsor ${id} (secteur ${sector}) entre en conflit d'intérêts avec l'exclusivité de ${list(holders, true)} : il ne peut pas être associé.`
          : `Sponsor ${id} (sector ${sector}) conflicts with the category exclusivity of ${list(holders, false)}: it cannot be attached.`,
        remedy: remedy(
          'sponsor_exclusivity_conflict',
          `Propose a capture sponsor outside the ${sector} sector, which ${list(holders, false)} holds exclusively; the event stays eligible without ${id}.`,
          `Proposez un sponsor de captation hors du secteur ${sector}, réservé à ${list(holders, true)} ; l'événement reste éligible sans ${id}.`,
        ),
      };
    });
  },
};
