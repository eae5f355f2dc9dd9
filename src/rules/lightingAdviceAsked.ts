import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'weighing',
  scope: 'event',
  deadline: 'scoutingLeadDays',
  parameters: ['scoutingLeadDays'],
  evaluate(context) {
    const { lightingAdviceAsked: lighting, stagingAdviceAsked: staging } = context.request.partner.commitments;
    const notAsked = [...(lighting ? [] : ['lighting']), ...(staging ? [] : ['staging'])];
    const evidence = { lightingAdviceAsked: lighting, stagingAdviceAsked: staging, notAsked };
    const fr = context.fr;
    if (notAsked.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? "L'organisateur nous a demandé notre avis sur la gestion de la lumière et la scénarisation des prises de parole."
          : "The organizer asked the platform's advice on lighting and on staging the talks.",
      };
    }
    const due = context.due(context.policy.parameters.scoutingLeadDays);
    const late = context.asOf > due.at;
    // What is still to ask, in each language: the lighting, the staging of the talks, or both.
    const what = (en: boolean): string =>
      notAsked.length === 2
        ? en ? 'on lighting and on staging the talks' : 'sur la gestion de la lumière et la scénarisation des prises de parole'
        : lighting
          ? en ? 'on staging the talks' : 'sur la scénarisation des prises de parole'
          : en ? 'on lighting' : 'sur la gestion de la lumière';
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: fr
        ? `L'organisateur ne nous a pas demandé notre avis ${what(false)}${late ? '' : ` ; à demander avant le ${due.fr}`}.`
        : `The organizer has not asked the platform's advice ${what(true)}${late ? '' : `; due by ${due.en}`}.`,
      remedy: remedy(
        lighting ? 'staging_advice_not_asked' : 'lighting_advice_not_asked',
        `Ask the platform's advice ${what(true)}${late ? '' : ` by ${due.en}`}: asking is half the job of motivating the crew.`,
        `Demandez notre avis ${what(false)}${late ? '' : ` avant le ${due.fr}`} : c'est la moitié du boulot consistant à nous motiver.`,
        late ? undefined : due,
      ),
    };
  },
};
