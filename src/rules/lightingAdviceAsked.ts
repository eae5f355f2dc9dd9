import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 5: « Si les organisateurs nous font le plaisir de nous demander notre avis sur la gestion de la
// lumière et la scénarisation des prises de parole pour optimiser la réussite du tournage : alors ils
// auront fait la moitié du boulot consistant à nous motiver. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'Si les organisateurs nous font le plaisir de nous demander notre avis sur la gestion de la lumière et la scénarisation des prises de parole pour optimiser la réussite du tournage : alors ils auront fait la moitié du boulot consistant à nous motiver.';

/**
 * C5.b `lighting-advice-asked` (weighing): the organizer asked the platform's advice on the lighting
 * and on the staging of the talks: two commitments (`lightingAdviceAsked`, `stagingAdviceAsked`),
 * met only with both; the evidence says which is missing. Either missing is pending until the
 * scouting deadline (`scoutingLeadDays`: advice on light is asked when the venue is looked at),
 * unmet after.
 */
export const lightingAdviceAsked: RuleLogic = {
  id: 'C5.b',
  name: 'lighting-advice-asked',
  clause: '§ 5',
  defaultKind: DEFAULT_RULE_KINDS['C5.b'],
  scope: 'event',
  deadline: 'scoutingLeadDays',
  parameters: ['scoutingLeadDays'],
  evaluate(context) {
    const { lightingAdviceAsked: lighting, stagingAdviceAsked: staging } = context.request.partner.commitments;
    const notAsked = [...(lighting ? [] : ['lighting' as const]), ...(staging ? [] : ['staging' as const])];
    const evidence = { lightingAdviceAsked: lighting, stagingAdviceAsked: staging, notAsked };
    if (notAsked.length === 0) {
      return {
        status: 'met',
        evidence,
        message: say('C5.b.met', {}),
      };
    }
    const due = context.due(context.policy.parameters.scoutingLeadDays);
    const late = context.asOf > due.at;
    // A remedy gives the deadline while it is ahead. Lighting asked: only the staging is missing.
    const ahead = late ? {} : { due };
    const remedy = lighting
      ? advise('staging_advice_not_asked', say('C5.b.remedy.staging_advice_not_asked', ahead), ahead.due)
      : advise('lighting_advice_not_asked', say('C5.b.remedy.lighting_advice_not_asked', { notAsked, ...ahead }), ahead.due);
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: late ? say('C5.b.unmet', { notAsked }) : say('C5.b.pending', { notAsked, due }),
      remedy,
    };
  },
};
