import { advise, known } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 7: « Nous devrons être 100% assurés que l'organisateur gère une sonorisation de qualité dans sa
// salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR
// professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles
// ne sont pas une option. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous devrons être 100% assurés que l’organisateur gère une sonorisation de qualité dans sa salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles ne sont pas une option.";

/**
 * C7 `professional-audio`: the organizer manages the room's sound and a professional feed (XLR, another
 * line-level feed, or a digital one) reaches the platform's desk or cameras, the plan confirmed by
 * `audioLeadDays` before the start. No managed sound or feed `none` is unmet; confirmed after the
 * deadline is unmet (too late); a plan not confirmed yet (or confirmed after `asOf`) is pending, and
 * one that does not say both, unknown, until the deadline, then unmet.
 */
export const professionalAudio: RuleLogic = {
  id: 'C7',
  name: 'professional-audio',
  clause: '§ 7',
  defaultKind: DEFAULT_RULE_KINDS.C7,
  scope: 'event',
  deadline: 'audioLeadDays',
  parameters: ['audioLeadDays'],
  evaluate(context) {
    const { organizerManagesSound, feed, confirmedAt } = context.request.event.audio;
    const due = context.due(context.policy.parameters.audioLeadDays);
    const passed = context.asOf > due.at;
    const confirmed = known(context, confirmedAt);
    const evidence = { organizerManagesSound: organizerManagesSound ?? null, feed: feed ?? null, confirmedAt: confirmed?.text ?? null };
    // A refusal needs no confirmation: it is unmet as soon as it is said.
    if (organizerManagesSound === false || feed === 'none') {
      return {
        status: 'unmet',
        evidence,
        message: say('C7.unmet.refused', {}),
        remedy: advise('audio_not_professional', say('C7.remedy.audio_not_professional', {})),
      };
    }
    const stated = organizerManagesSound === true && feed !== undefined;
    if (stated && confirmed !== undefined && confirmed.at <= due.at) return { status: 'met', evidence, message: say('C7.met', { feed }) };
    if (passed) {
      // Confirmed after the deadline, or no plan stating both the sound and the feed confirmed by then.
      return {
        status: 'unmet',
        evidence,
        message: confirmed !== undefined && confirmed.at > due.at ? say('C7.unmet.confirmed_late', { confirmedOn: confirmed.text, due }) : say('C7.unmet.not_confirmed', { due }),
        remedy: advise('audio_confirmed_late', say('C7.remedy.audio_confirmed_late', { due })),
      };
    }
    if (stated) {
      return {
        status: 'pending',
        evidence,
        message: say('C7.pending', { feed, due }),
        remedy: advise('audio_not_confirmed', say('C7.remedy.audio_not_confirmed', { due }), due),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: say('C7.unknown', { due }),
      remedy: advise('audio_unknown', say('C7.remedy.audio_unknown', { due }), due),
    };
  },
};
