import { byCount, count, remedy, speakers } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 6.3: « Ne se créent pas bien en amont des profils complets sur cette plateforme » ; § 8 :
// « que les personnes filmées se soient préalablement créées un compte sur notre plateforme ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne se créent pas bien en amont des profils complets sur cette plateforme";

/**
 * C6.3 `speaker-profiles-complete`: every filmed speaker has a platform account with a complete
 * profile. Missing is pending until `profileLeadDays` before the start, then unmet.
 */
export const speakerProfilesComplete: RuleLogic = {
  id: 'C6.3',
  name: 'speaker-profiles-complete',
  clause: '§ 6.3 / § 8',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'profileLeadDays',
  parameters: ['profileLeadDays'],
  evaluate(context) {
    const n = context.filmedSpeakers.length;
    const days = context.policy.parameters.profileLeadDays;
    const due = context.due(days);
    const deadline = due.at;
    const noAccount: string[] = [];
    const incomplete: string[] = [];
    for (const filmed of context.filmedSpeakers) {
      if (filmed.speaker?.platformAccount === undefined) noAccount.push(filmed.id);
      else if (!filmed.speaker.profileComplete) incomplete.push(filmed.id);
    }
    noAccount.sort();
    incomplete.sort();
    const evidence = { filmedSpeakers: n, noAccount, incomplete };
    const fr = context.fr;
    if (noAccount.length === 0 && incomplete.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? byCount(n, "Aucun intervenant n'est filmé : aucun profil à compléter.", "L'intervenant filmé a un profil complet sur la plateforme.", `Les ${n} intervenants filmés ont un profil complet sur la plateforme.`)
          : byCount(n, 'No speaker is filmed: no profile to complete.', 'The filmed speaker has a complete profile on the platform.', `All ${n} filmed speakers have a complete profile on the platform.`),
      };
    }
    const open = [...noAccount, ...incomplete].sort();
    if (context.asOf <= deadline) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `${count(open.length, "intervenant n'a", "intervenants n'ont")} pas de profil complet sur la plateforme : ${speakers(context, open, true)} ; à compléter avant le ${due.fr}.`
          : `${count(open.length, 'speaker has', 'speakers have')} no complete profile on the platform: ${speakers(context, open, false)}; due by ${due.en}.`,
        remedy: remedy(
          'profile_incomplete',
          `Ask ${speakers(context, open, false)} to create their account and complete their profile on the platform by ${due.en}: only speakers can take part in the conversation.`,
          `Demandez à ${speakers(context, open, true)} de se créer un compte et un profil complet sur la plateforme avant le ${due.fr} : les conférenciers sont les seuls à pouvoir prendre part à la conversation.`,
          due,
        ),
      };
    }
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : ${speakers(context, open, true)} (échéance ${due.fr}).`
        : `The platform does not film speakers without a complete profile well in advance: ${speakers(context, open, false)} (due by ${due.en}).`,
      remedy: remedy(
        'profile_incomplete_late',
        `Profiles were due by ${due.en}: leave ${speakers(context, open, false)} out of the filmed sessions, or have them complete their profile and ask for a new date.`,
        `Les profils étaient à compléter avant le ${due.fr} : ne filmez pas ${speakers(context, open, true)}, ou faites-leur compléter leur profil et demandez une autre date.`,
      ),
    };
  },
};
