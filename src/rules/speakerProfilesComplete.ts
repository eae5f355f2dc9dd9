import { byCount, count, known, remedy, speakers } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 6.3: « Ne se créent pas bien en amont des profils complets sur cette plateforme » ; § 8 :
// « que les personnes filmées se soient préalablement créées un compte sur notre plateforme ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne se créent pas bien en amont des profils complets sur cette plateforme";

/**
 * C6.3 `speaker-profiles-complete`: every filmed speaker has a platform account whose profile became
 * complete at least `profileLeadDays` before the start ("bien en amont", like C6.1 and C6.2). A
 * profile completed after the deadline is unmet (too late); one not complete yet (or completed after
 * `asOf`), or with no account, is pending until that deadline, then unmet. A speaker id with no
 * speaker record counts as having no account.
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
    const due = context.due(context.policy.parameters.profileLeadDays);
    const passed = context.asOf > due.at;
    const noAccount: string[] = [];
    const incomplete: string[] = [];
    const late: string[] = [];
    for (const filmed of context.filmedSpeakers) {
      const completed = known(context, filmed.speaker?.profileCompletedAt);
      if (filmed.speaker?.platformAccount === undefined) noAccount.push(filmed.id);
      else if (completed === undefined) incomplete.push(filmed.id);
      else if (completed.at > due.at) late.push(filmed.id);
    }
    noAccount.sort();
    incomplete.sort();
    late.sort();
    const evidence = { filmedSpeakers: n, noAccount, incomplete, late };
    const fr = context.fr;
    const open = [...noAccount, ...incomplete].sort();
    if (open.length === 0 && late.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? byCount(n, "Aucun intervenant n'est filmé : aucun profil à compléter.", "L'intervenant filmé a complété son profil sur la plateforme bien en amont.", `Les ${n} intervenants filmés ont complété leur profil sur la plateforme bien en amont.`)
          : byCount(n, 'No speaker is filmed: no profile to complete.', 'The filmed speaker completed their profile on the platform well in advance.', `All ${n} filmed speakers completed their profile on the platform well in advance.`),
      };
    }
    // A profile completed after the deadline and known at `asOf` means the deadline has passed.
    if (!passed) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `${count(open.length, "intervenant n'a", "intervenants n'ont")} pas encore de profil complet sur la plateforme : ${speakers(context, open, true)} ; à compléter avant le ${due.fr}.`
          : `${count(open.length, 'speaker has', 'speakers have')} no complete profile on the platform yet: ${speakers(context, open, false)}; due by ${due.en}.`,
        remedy: remedy(
          'profile_incomplete',
          `Ask ${speakers(context, open, false)} to create their account and complete their profile on the platform by ${due.en}: only speakers can take part in the conversation.`,
          `Demandez à ${speakers(context, open, true)} de se créer un compte et un profil complet sur la plateforme avant le ${due.fr} : les conférenciers sont les seuls à pouvoir prendre part à la conversation.`,
          due,
        ),
      };
    }
    const unmet = [...late, ...open].sort();
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Nous ne filmons pas des intervenants qui ne se créent pas bien en amont un profil complet : ${speakers(context, unmet, true)} (échéance ${due.fr}).`
        : `The platform does not film speakers without a complete profile well in advance: ${speakers(context, unmet, false)} (due by ${due.en}).`,
      remedy: remedy(
        'profile_incomplete_late',
        `Profiles were due by ${due.en}, well in advance: that came too late; leave ${speakers(context, unmet, false)} out of the filmed sessions (set their sessions not filmed), or ask for a later date.`,
        `Les profils étaient à compléter avant le ${due.fr}, bien en amont : c'est trop tard ; ne filmez pas ${speakers(context, unmet, true)} (sessions non filmées), ou proposez une date plus lointaine.`,
      ),
    };
  },
};
