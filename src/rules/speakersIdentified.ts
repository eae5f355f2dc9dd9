import { list, remedy, sorted } from './_helpers.js';
import type { RuleLogic } from './types.js';

// Seed § 8: « nous avons décidé de ne plus jamais filmer […] d'événements pour lesquels les noms des
// intervenants ne sont pas facilement et immédiatement disponibles à mettre en vis-à-vis de chaque vidéo ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  "nous avons décidé de ne plus jamais filmer, à plus forte raison en mode partenariat (avantageux et quasi gratuit), d’événements pour lesquels les noms des intervenants ne sont pas facilement et immédiatement disponibles à mettre en vis-à-vis de chaque vidéo comme vous le savez (peut-être) dans notre concept.";

/**
 * C8 `speakers-identified`: each filmed plenary session lists its speakers, and every listed id is a
 * known speaker. Gaps are pending until the speakers' notice deadline (`speakerNoticeDays`), then
 * unmet; with no filmed plenary session at all, unknown.
 */
export const speakersIdentified: RuleLogic = {
  id: 'C8',
  name: 'speakers-identified',
  clause: '§ 8',
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'speakerNoticeDays',
  parameters: ['speakerNoticeDays'],
  evaluate(context) {
    const plenaries = context.filmedSessions.filter((s) => s.kind === 'plenary');
    const due = context.due(context.policy.parameters.speakerNoticeDays);
    const deadline = due.at;
    const fr = context.fr;
    if (plenaries.length === 0) {
      return {
        status: 'unknown',
        evidence: { filmedPlenaries: 0, sessionsWithoutSpeakers: [], unknownSpeakerIds: [] },
        message: fr ? 'Aucune session plénière filmée dans le programme.' : 'The programme has no filmed plenary session.',
        remedy: remedy(
          'programme_missing',
          'Give the programme: the plenary sessions to film, each with its speakers.',
          'Transmettez le programme : les sessions plénières à filmer, chacune avec ses intervenants.',
        ),
      };
    }
    const without = sorted(plenaries.filter((s) => s.speakerIds.length === 0).map((s) => s.id));
    const unknownSpeakerIds: string[] = [];
    for (const filmed of context.filmedSpeakers) if (filmed.plenary && filmed.speaker === undefined) unknownSpeakerIds.push(filmed.id);
    unknownSpeakerIds.sort();
    const evidence = { filmedPlenaries: plenaries.length, sessionsWithoutSpeakers: without, unknownSpeakerIds };
    if (without.length === 0 && unknownSpeakerIds.length === 0) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? plenaries.length === 1
            ? 'Les noms des intervenants sont disponibles pour la session plénière filmée.'
            : `Les noms des intervenants sont disponibles pour chacune des ${plenaries.length} sessions plénières filmées.`
          : plenaries.length === 1
            ? 'The filmed plenary session lists who speaks.'
            : `Each of the ${plenaries.length} filmed plenary sessions lists who speaks.`,
      };
    }
    const late = context.asOf > deadline;
    const what = [...without.map((id) => `${id}`), ...unknownSpeakerIds];
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: fr
        ? `Les noms des intervenants ne sont pas disponibles pour chaque vidéo : ${without.length > 0 ? `sessions sans intervenant (${list(without, true)})` : ''}${without.length > 0 && unknownSpeakerIds.length > 0 ? ', ' : ''}${unknownSpeakerIds.length > 0 ? `intervenants inconnus (${list(unknownSpeakerIds, true)})` : ''}.`
        : `Not every video can be matched to who speaks: ${without.length > 0 ? `sessions without speakers (${list(without, false)})` : ''}${without.length > 0 && unknownSpeakerIds.length > 0 ? '; ' : ''}${unknownSpeakerIds.length > 0 ? `unknown speaker ids (${list(unknownSpeakerIds, false)})` : ''}.`,
      remedy: remedy(
        'speakers_not_identified',
        `List the speakers of every filmed plenary session, each with a name (${list(what, false)})${late ? '' : `, by ${due.en}`}.`,
        `Indiquez les intervenants de chaque session plénière filmée, avec leur nom (${list(what, true)})${late ? '' : `, avant le ${due.fr}`}.`,
        late ? undefined : due,
      ),
    };
  },
};
