import { byCount, count, remedy, speakers } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 6.1: « Nous ne filmons pas d'événements dont les speakers ou conférenciers : Ne savent pas
// bien en amont que nous les filmons ; »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "Nous ne filmons pas d'événements dont les speakers ou conférenciers : […] Ne savent pas bien en amont que nous les filmons ;";

/**
 * C6.1 `speakers-informed`: every filmed speaker was told they are filmed at least
 * `speakerNoticeDays` before the start. Told too late is unmet; not told yet is pending until that
 * deadline, then unmet. A speaker id with no speaker record counts as not told.
 */
export const speakersInformed: RuleLogic = {
  id: 'C6.1',
  name: 'speakers-informed',
  clause: '§ 6.1',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'speakerNoticeDays',
  parameters: ['speakerNoticeDays'],
  evaluate(context) {
    const n = context.filmedSpeakers.length;
    const days = context.policy.parameters.speakerNoticeDays;
    const due = context.due(days);
    const deadline = due.at;
    const passed = context.asOf > deadline;
    const late: string[] = [];
    const notInformed: string[] = [];
    for (const filmed of context.filmedSpeakers) {
      const at = filmed.informedAt;
      if (at === undefined || at > context.asOf) notInformed.push(filmed.id);
      else if (at > deadline) late.push(filmed.id);
    }
    late.sort();
    notInformed.sort();
    const evidence = { filmedSpeakers: n, late, notInformed };
    const fr = context.fr;
    if (late.length === 0 && notInformed.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? byCount(n, "Aucun intervenant n'est filmé : personne à prévenir.", "L'intervenant filmé sait bien en amont que nous le filmons.", `Les ${n} intervenants filmés savent bien en amont que nous les filmons.`)
          : byCount(n, 'No speaker is filmed: nobody to tell.', 'The filmed speaker knew well in advance that they are filmed.', `All ${n} filmed speakers knew well in advance that they are filmed.`),
      };
    }
    if (late.length === 0 && !passed) {
      return {
        status: 'pending',
        evidence,
        message: fr
          ? `${count(notInformed.length, 'intervenant ne sait', 'intervenants ne savent')} pas encore qu'il${notInformed.length > 1 ? 's sont filmés' : ' est filmé'} : ${speakers(context, notInformed, true)} ; à prévenir avant le ${due.fr}.`
          : `${count(notInformed.length, 'speaker has', 'speakers have')} not been told they are filmed: ${speakers(context, notInformed, false)}; due by ${due.en}.`,
        remedy: remedy(
          'speakers_not_informed',
          `Tell ${speakers(context, notInformed, false)} that the platform films them, by ${due.en} (${count(days, 'day', 'days')} before the event).`,
          `Prévenez ${speakers(context, notInformed, true)} que la plateforme ${notInformed.length === 1 ? 'le' : 'les'} filme, avant le ${due.fr} (${count(days, 'jour', 'jours')} avant l'événement).`,
          due,
        ),
      };
    }
    const unmet = [...late, ...(passed ? notInformed : [])].sort();
    return {
      status: 'unmet',
      evidence,
      message: fr
        ? `Nous ne filmons pas des intervenants qui ne savent pas bien en amont que nous les filmons : ${speakers(context, unmet, true)} (échéance ${due.fr}).`
        : `The platform does not film speakers who did not know well in advance: ${speakers(context, unmet, false)} (due by ${due.en}).`,
      remedy: remedy(
        'speakers_informed_late',
        `Speakers had to know by ${due.en}: leave ${speakers(context, unmet, false)} out of the filmed sessions (set their sessions not filmed).`,
        `Les intervenants devaient être prévenus avant le ${due.fr} : ne filmez pas ${speakers(context, unmet, true)} (sessions non filmées).`,
      ),
    };
  },
};
