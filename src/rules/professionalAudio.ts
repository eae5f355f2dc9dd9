import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 7: « Nous devrons être 100% assurés que l'organisateur gère une sonorisation de qualité dans sa
// salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR
// professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles
// ne sont pas une option. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous devrons être 100% assurés que l’organisateur gère une sonorisation de qualité dans sa salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles ne sont pas une option.";

/**
 * C7 `professional-audio`: the organizer manages the room's sound and a professional XLR feed
 * reaches the platform's desk or cameras. Either refused is unmet; either not stated is unknown.
 */
export const professionalAudio: RuleLogic = {
  id: 'C7',
  name: 'professional-audio',
  clause: '§ 7',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'audioLeadDays',
  parameters: ['audioLeadDays'],
  evaluate(context) {
    const { organizerManagesSound, xlrFeed } = context.request.event.audio;
    const evidence = { organizerManagesSound: organizerManagesSound ?? null, xlrFeed: xlrFeed ?? null };
    const fr = context.fr;
    if (organizerManagesSound === true && xlrFeed === true) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? "L'organisateur gère la sonorisation et fournit un câble audio XLR professionnel à notre régie."
          : "The organizer manages the sound and provides a professional XLR feed to the platform's desk.",
      };
    }
    if (organizerManagesSound === false || xlrFeed === false) {
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? 'Des conférences inaudibles ne sont pas une option : sonorisation ou câble XLR professionnel absent.'
          : 'Inaudible conferences are not an option: no managed sound or no professional XLR feed.',
        remedy: remedy(
          'audio_not_professional',
          "Have the room's sound managed (by the venue's sound engineer) and a professional XLR cable run to the platform's desk or cameras.",
          "Faites gérer la sonorisation de la salle (par son régisseur) et fournissez un câble audio XLR professionnel jusqu'à notre régie ou nos caméras.",
        ),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: fr
        ? 'Nous ne sommes pas encore assurés de la sonorisation et du câble XLR.'
        : 'The sound management and the XLR feed are not confirmed yet.',
      remedy: remedy(
        'audio_unknown',
        "Confirm that the organizer manages the sound and that the venue's sound engineer will pass a professional XLR feed to the platform.",
        'Confirmez que vous gérez la sonorisation et que le technicien audio de la salle nous passera un câble XLR professionnel.',
      ),
    };
  },
};
