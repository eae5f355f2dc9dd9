import { advise, exclusiveHolders } from './_helpers.js';
import { say } from './messages.js';
import type { Outcome, RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS['C2.2'],
  scope: 'sponsor',
  deadline: 'sponsorLeadDays',
  parameters: ['sponsorLeadDays'],
  evaluate(context) {
    const conflicts = context.once('C2.2', (request) => request.sponsors.map((sponsor) => exclusiveHolders(request.event.sponsors, sponsor)));
    return context.request.sponsors.map((sponsor, n): Outcome => {
      // A copy: the list is kept with a frozen request, and a caller may change the report.
      const holders = [...(conflicts[n] as string[])];
      const evidence = { sponsorId: sponsor.id, sector: sponsor.sector, exclusiveHolders: holders };
      if (holders.length === 0) {
        return {
          sponsorId: sponsor.id,
          status: 'met',
          evidence,
          message: say('C2.2.met', { sponsor: sponsor.id }),
        };
      }
      return {
        sponsorId: sponsor.id,
        status: 'unmet',
        evidence,
        message: say('C2.2.unmet', { sponsor: sponsor.id, sector: sponsor.sector, holders }),
        remedy: advise('sponsor_exclusivity_conflict', say('C2.2.remedy.sponsor_exclusivity_conflict', { sponsor: sponsor.id, sector: sponsor.sector, holders })),
      };
    });
  },
};
