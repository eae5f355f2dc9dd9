import { advise, known } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS.C5,
  scope: 'event',
  deadline: 'scoutingLeadDays',
  parameters: ['scoutingLeadDays'],
  evaluate(context) {
    const { scouting } = context.request.event.venue;
    const venue = context.request.event.venue.name;
    const due = context.due(context.policy.parameters.scoutingLeadDays);
    const passed = context.asOf > due.at;
    const done = known(context, scouting.doneAt);
    // What scouting found is known once it was done.
    const lightUsable = done === undefined ? undefined : scouting.lightUsable;
    const evidence = { scoutedAt: done?.text ?? null, lightUsable: lightUsable ?? null };
    if (lightUsable === false) {
      return {
        status: 'unmet',
        evidence,
        message: say('C5.unmet.badly_lit', {}),
        remedy: advise('venue_badly_lit', say('C5.remedy.venue_badly_lit', {})),
      };
    }
    if (done !== undefined && done.at <= due.at && lightUsable === true) {
      return {
        status: 'met',
        evidence,
        message: say('C5.met', { venue }),
      };
    }
    if (passed) {
      // Not scouted by the deadline, scouted after it, or scouted in time with no verdict on the light by then.
      return {
        status: 'unmet',
        evidence,
        message:
          done === undefined
            ? say('C5.unmet.not_scouted', { venue, due })
            : done.at > due.at
              ? say('C5.unmet.scouted_late', { venue, scoutedOn: done.text, due })
              : say('C5.unmet.light_late', { venue, due }),
        remedy: advise('venue_scouted_late', say('C5.remedy.venue_scouted_late', { due })),
      };
    }
    if (done === undefined) {
      return {
        status: 'pending',
        evidence,
        message: say('C5.pending', { venue, due }),
        remedy: advise('venue_not_scouted', say('C5.remedy.venue_not_scouted', { due }), due),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: say('C5.unknown', { due }),
      remedy: advise('venue_light_unknown', say('C5.remedy.venue_light_unknown', { due }), due),
    };
  },
};
