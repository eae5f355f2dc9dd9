import { known, remedy, said } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 5: « Il faut que l'on puisse jeter un coup d'œil sur le lieu de la captation : si ça risque
// de donner au final des images poisseuses, mal éclairées, alors on ne filme pas. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Il faut que l’on puisse jeter un coup d’œil sur le lieu de la captation : si ça risque de donner au final des images poisseuses, mal éclairées, alors on ne filme pas.";

/**
 * C5 `venue-scouted`: the venue was scouted by `scoutingLeadDays` before the start and its light gives
 * usable images. Scouting dated after `asOf` has not happened yet. Unusable light is unmet; scouted
 * after the deadline is unmet (too late); not scouted is pending, and scouted with no verdict on the
 * light unknown, until the deadline, then unmet.
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
    const passed = context.asOf > due.at;
    const done = known(context, scouting.doneAt);
    // What scouting found is known once it was done.
    const lightUsable = done === undefined ? undefined : scouting.lightUsable;
    const evidence = { scoutedAt: done?.text ?? null, lightUsable: lightUsable ?? null };
    const fr = context.fr;
    if (lightUsable === false) {
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
    if (done !== undefined && done.at <= due.at && lightUsable === true) {
      return {
        status: 'met',
        evidence,
        message: fr ? `Le lieu (${name}) est repéré et sa lumière donne des images exploitables.` : `The venue (${name}) was scouted and its light gives usable images.`,
      };
    }
    if (passed) {
      // Not scouted by the deadline, scouted after it, or scouted in time with no verdict on the light by then.
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? done === undefined
            ? `Le repérage du lieu (${name}) et de sa lumière n'a pas été fait à temps (avant le ${due.fr}).`
            : done.at > due.at
              ? `Le lieu (${name}) a été repéré le ${said(done.text)}, après l'échéance du ${due.fr} : trop tard.`
              : `Le lieu (${name}) est repéré mais la qualité de sa lumière n'a pas été notée à temps (avant le ${due.fr}).`
          : done === undefined
            ? `The venue (${name}) and its light were not scouted in time (due by ${due.en}).`
            : done.at > due.at
              ? `The venue (${name}) was scouted on ${said(done.text)}, after the deadline (${due.en}): too late.`
              : `The venue (${name}) was scouted but its light was not assessed in time (due by ${due.en}).`,
        remedy: remedy(
          'venue_scouted_late',
          `Scouting was due by ${due.en}, before the crew commits its gear: that came too late for this date; ask for a later date and let the platform see the venue early.`,
          `Le repérage était attendu avant le ${due.fr}, avant que l'équipe engage son matériel : c'est trop tard pour cette date ; proposez une date plus lointaine et laissez la plateforme voir le lieu tôt.`,
        ),
      };
    }
    if (done === undefined) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `Le lieu (${name}) n'a pas encore été repéré ; repérage attendu avant le ${due.fr}.`
          : `The venue (${name}) has not been scouted yet; scouting due by ${due.en}.`,
        remedy: remedy(
          'venue_not_scouted',
          `Let the platform visit the venue to check its light by ${due.en}.`,
          `Permettez à la plateforme de jeter un coup d'œil sur le lieu et sa lumière avant le ${due.fr}.`,
          due,
        ),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: fr
        ? `Le lieu est repéré mais la qualité de la lumière n'est pas notée ; attendue avant le ${due.fr}.`
        : `The venue was scouted but its light was not assessed; due by ${due.en}.`,
      remedy: remedy(
        'venue_light_unknown',
        `Ask the platform's scout to record whether the venue's light gives usable images, by ${due.en}.`,
        `Demandez au repérage de la plateforme d'indiquer si la lumière du lieu donne des images exploitables, avant le ${due.fr}.`,
        due,
      ),
    };
  },
};
