import type { AudioFeed } from '../models/event.js';
import { known, remedy, said } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 7: « Nous devrons être 100% assurés que l'organisateur gère une sonorisation de qualité dans sa
// salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR
// professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles
// ne sont pas une option. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous devrons être 100% assurés que l’organisateur gère une sonorisation de qualité dans sa salle. En particulier, la solution la plus fréquente c'est qu'il nous fournisse un câble audio (XLR professionnel) qui rentre directement dans notre régie ou nos caméras […] Des conférences inaudibles ne sont pas une option.";

// The professional feeds in words: XLR is "la solution la plus fréquente", not the only one.
const FEED_EN: Readonly<Record<Exclude<AudioFeed, 'none'>, string>> = {
  xlr: 'a professional XLR feed',
  line: 'a line-level feed',
  digital: 'a digital feed (AES67, Dante)',
};
const FEED_FR: Readonly<Record<Exclude<AudioFeed, 'none'>, string>> = {
  xlr: 'un câble audio XLR professionnel',
  line: 'une sortie audio niveau ligne',
  digital: 'un flux audio numérique (AES67, Dante)',
};

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
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'audioLeadDays',
  parameters: ['audioLeadDays'],
  evaluate(context) {
    const { organizerManagesSound, feed, confirmedAt } = context.request.event.audio;
    const due = context.due(context.policy.parameters.audioLeadDays);
    const passed = context.asOf > due.at;
    const confirmed = known(context, confirmedAt);
    const evidence = { organizerManagesSound: organizerManagesSound ?? null, feed: feed ?? null, confirmedAt: confirmed?.text ?? null };
    const fr = context.fr;
    // A refusal needs no confirmation: it is unmet as soon as it is said.
    if (organizerManagesSound === false || feed === 'none') {
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? 'Des conférences inaudibles ne sont pas une option : pas de sonorisation gérée ou pas de liaison audio professionnelle.'
          : 'Inaudible conferences are not an option: no managed sound or no professional audio feed.',
        remedy: remedy(
          'audio_not_professional',
          "Have the room's sound managed (by the venue's sound engineer) and a professional feed passed to the platform's desk or cameras: an XLR cable most often, or another line-level or digital (AES67, Dante) feed.",
          "Faites gérer la sonorisation de la salle (par son régisseur) et passez une liaison audio professionnelle jusqu'à notre régie ou nos caméras : le plus souvent un câble XLR, ou une autre sortie niveau ligne ou un flux numérique (AES67, Dante).",
        ),
      };
    }
    const stated = organizerManagesSound === true && feed !== undefined;
    if (stated && confirmed !== undefined && confirmed.at <= due.at) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? `L'organisateur gère la sonorisation et fournit ${FEED_FR[feed]} à notre régie ; c'est confirmé.`
          : `The organizer manages the sound and provides ${FEED_EN[feed]} to the platform's desk; confirmed.`,
      };
    }
    if (passed) {
      // Confirmed after the deadline, or no plan stating both the sound and the feed confirmed by then.
      return {
        status: 'unmet',
        evidence,
        message: fr
          ? confirmed !== undefined && confirmed.at > due.at
            ? `Le plan audio a été confirmé le ${said(confirmed.text)}, après l'échéance du ${due.fr} : trop tard.`
            : `Nous ne sommes pas assurés à temps (avant le ${due.fr}) de la sonorisation et de la liaison audio.`
          : confirmed !== undefined && confirmed.at > due.at
            ? `The audio plan was confirmed on ${said(confirmed.text)}, after the deadline (${due.en}): too late.`
            : `The sound and the audio feed were not confirmed in time (due by ${due.en}).`,
        remedy: remedy(
          'audio_confirmed_late',
          `The audio plan was due by ${due.en}: that came too late for this date; ask for a later date, with the venue's sound engineer confirming the feed early.`,
          `Le plan audio était à confirmer avant le ${due.fr} : c'est trop tard pour cette date ; proposez une date plus lointaine, avec une confirmation tôt de la liaison par le technicien audio de la salle.`,
        ),
      };
    }
    if (stated) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `Le plan audio, ${FEED_FR[feed]}, n'est pas encore confirmé ; à confirmer avant le ${due.fr}.`
          : `The audio plan, ${FEED_EN[feed]}, is not confirmed yet; due by ${due.en}.`,
        remedy: remedy(
          'audio_not_confirmed',
          `Have the venue's sound engineer confirm with the platform that they pass it the right connections, by ${due.en}.`,
          `Faites confirmer à la plateforme par le technicien audio de la salle qu'il nous passe les bonnes connexions, avant le ${due.fr}.`,
          due,
        ),
      };
    }
    return {
      status: 'unknown',
      evidence,
      message: fr
        ? `Nous ne sommes pas encore assurés de la sonorisation et de la liaison audio ; à confirmer avant le ${due.fr}.`
        : `The sound management and the audio feed are not stated yet; due by ${due.en}.`,
      remedy: remedy(
        'audio_unknown',
        `Say whether you manage the sound and which feed the venue's sound engineer passes to the platform (XLR, line level or digital), by ${due.en}.`,
        `Indiquez si vous gérez la sonorisation et quelle liaison le technicien audio de la salle nous passe (XLR, niveau ligne ou numérique), avant le ${due.fr}.`,
        due,
      ),
    };
  },
};
