import { remedy, said } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 5: « Il faut que l'on puisse jeter un coup d'œil sur le lieu de la captation : si ça risque
// de donner au final des images poisseuses, mal éclairées, alors on ne filme pas. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Il faut que l’on puisse jeter un coup d’œil sur le lieu de la captation : si ça risque de donner au final des images poisseuses, mal éclairées, alors on ne filme pas.";

/**
 * C5 `venue-scouted`: the venue was scouted and its light gives usable images. Not scouted is
 * pending until `scoutingLeadDays` before the start, then unmet; scouted with unusable light is
 * unmet; scouted with no verdict on the light is unknown.
 */
export const venueScouted: RuleLogic = {
  id: 'C5',
  name: 'venue-scouted',
  clause: '§ 5',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'scoutingLeadDays',
  parameters: ['scoutingLeadDays'],
  evaluate(context) {
    const { scouting } = context.request.event.venue;
    const name = said(context.request.event.venue.name);
    const due = context.due(context.policy.parameters.scoutingLeadDays);
    const deadline = due.at;
    const evidence = { scouted: scouting.done, lightUsable: scouting.lightUsable ?? null };
    const fr = context.fr;
    if (!scouting.done) {
      const late = context.asOf > deadline;
      return {
        status: late ? 'unmet' : 'pending',
        evidence,
        message: fr
          ? `Le lieu (${name}) n'a pas été repéré${late ? '' : ` ; repérage attendu avant le ${due.fr}`}.`
          : `The venue (${name}) has not been scouted${late ? '' : `; scouting due by ${due.en}`}.`,
        remedy: remedy(
          'venue_not_scouted',
          `Let the platform visit the venue to check its light before ${due.en}.`,
          `Permettez à la plateforme de jeter un coup d'œil sur le lieu et sa lumière avant le ${due.fr}.`,
          late ? undefined : due,
        ),
      };
    }
    if (scouting.lightUsable === true) {
      return {
        status: 'met',
        evidence,
        message: fr ? `Le lieu (${name}) est repéré et sa lumière donne des images exploitables.` : `The venue (${name}) was scouted and its light gives usable images.`,
      };
    }
    if (scouting.lightUsable === false) {
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? "Le repérage montre un risque d'images poisseuses, mal éclairées : alors on ne filme pas."
          : 'Scouting found the images risk being murky or badly lit: the platform does not film.',
        remedy: remedy(
          'venue_badly_lit',
          'Light the stage (or move to a better-lit room) and ask the platform to scout the venue again.',
          "Éclairez la scène (ou choisissez une salle mieux éclairée) et demandez à la plateforme un nouveau repérage.",
        ),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: fr ? "Le lieu est repéré mais la qualité de la lumière n'est pas notée." : 'The venue was scouted but its light was not assessed.',
      remedy: remedy(
        'venue_light_unknown',
        "Ask the platform's scout to record whether the venue's light gives usable images.",
        "Demandez au repérage de la plateforme d'indiquer si la lumière du lieu donne des images exploitables.",
      ),
    };
  },
};
