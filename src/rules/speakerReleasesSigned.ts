import { byCount, count, remedy, speakers } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 6.2: « Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne signent pas
// bien en amont des autorisations de cession de droit à l'image et de diffusion ; »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne signent pas bien en amont des autorisations de cession de droit à l'image et de diffusion;";

/**
 * C6.2 `speaker-releases-signed`: every filmed speaker signed the image-rights and broadcast release
 * at least `releaseLeadDays` before the start, covering every use (live, on-demand) planned for their
 * sessions. Signed too late is unmet; unsigned or not covering every use is pending until the
 * deadline, then unmet.
 */
export const speakerReleasesSigned: RuleLogic = {
  id: 'C6.2',
  name: 'speaker-releases-signed',
  clause: '§ 6.2',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'releaseLeadDays',
  parameters: ['releaseLeadDays'],
  evaluate(context) {
    const n = context.filmedSpeakers.length;
    const days = context.policy.parameters.releaseLeadDays;
    const due = context.due(days);
    const deadline = due.at;
    const passed = context.asOf > deadline;
    const late: string[] = [];
    const unsigned: string[] = [];
    const uncovered: string[] = [];
    for (const filmed of context.filmedSpeakers) {
      const at = filmed.releaseSignedAt;
      if (at === undefined || at > context.asOf) unsigned.push(filmed.id);
      else if (at > deadline) late.push(filmed.id);
      else {
        const covers = filmed.speaker?.releaseCovers ?? [];
        for (const use of filmed.uses) {
          if (!covers.includes(use)) {
            uncovered.push(filmed.id);
            break;
          }
        }
      }
    }
    late.sort();
    unsigned.sort();
    uncovered.sort();
    const evidence = { filmedSpeakers: n, late, unsigned, uncovered };
    const fr = context.fr;
    if (late.length === 0 && unsigned.length === 0 && uncovered.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? byCount(n, "Aucun intervenant n'est filmé : aucune autorisation à signer.", "L'intervenant filmé a signé en amont l'autorisation de cession de droit à l'image et de diffusion.", `Les ${n} intervenants filmés ont signé en amont l'autorisation de cession de droit à l'image et de diffusion.`)
          : byCount(n, 'No speaker is filmed: no release to sign.', 'The filmed speaker signed the image-rights and broadcast release in advance.', `All ${n} filmed speakers signed the image-rights and broadcast release in advance.`),
      };
    }
    const open = [...unsigned, ...uncovered].sort();
    if (late.length === 0 && !passed) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `${count(open.length, "intervenant n'a", "intervenants n'ont")} pas signé d'autorisation couvrant toutes les diffusions prévues : ${speakers(context, open, true)} ; à signer avant le ${due.fr}.`
          : `${count(open.length, 'speaker has', 'speakers have')} not signed a release covering every planned use: ${speakers(context, open, false)}; due by ${due.en}.`,
        remedy: remedy(
          'release_not_signed',
          `Have ${speakers(context, open, false)} sign the image-rights and broadcast release, covering the live stream and/or on-demand video their sessions plan, by ${due.en}.`,
          `Faites signer à ${speakers(context, open, true)} l'autorisation de cession de droit à l'image et de diffusion, couvrant le live et/ou la VOD prévus pour leurs sessions, avant le ${due.fr}.`,
          due,
        ),
      };
    }
    const unmet = [...late, ...(passed ? open : [])].sort();
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Nous ne filmons pas des intervenants qui ne signent pas bien en amont l'autorisation de cession de droit à l'image et de diffusion : ${speakers(context, unmet, true)} (échéance ${due.fr}).`
        : `The platform does not film speakers who did not sign the release in advance: ${speakers(context, unmet, false)} (due by ${due.en}).`,
      remedy: remedy(
        'release_signed_late',
        `Releases were due by ${due.en} (${days} days before the event): leave ${speakers(context, unmet, false)} out of the filmed sessions.`,
        `Les autorisations étaient à signer avant le ${due.fr} (${days} jours avant l'événement) : ne filmez pas ${speakers(context, unmet, true)}.`,
      ),
    };
  },
};
