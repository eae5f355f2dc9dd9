import { advise, sorted } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS.C8,
  scope: 'event',
  deadline: 'speakerNoticeDays',
  parameters: ['speakerNoticeDays'],
  evaluate(context) {
    // The filmed plenaries, those without speakers and the ids that name no speaker, from the request alone.
    const programme = context.once('C8', () => {
      const plenaries = context.filmedSessions.filter((s) => s.kind === 'plenary');
      const unknown: string[] = [];
      for (const filmed of context.filmedSpeakers) if (filmed.plenary && filmed.speaker === undefined) unknown.push(filmed.id);
      return { plenaries: plenaries.length, without: sorted(plenaries.filter((s) => s.speakerIds.length === 0).map((s) => s.id)), unknown: unknown.sort() };
    });
    const due = context.due(context.policy.parameters.speakerNoticeDays);
    const deadline = due.at;
    if (programme.plenaries === 0) {
      return {
        status: 'unknown',
        evidence: { filmedPlenaries: 0, sessionsWithoutSpeakers: [], unknownSpeakerIds: [] },
        message: say('C8.unknown', {}),
        remedy: advise('programme_missing', say('C8.remedy.programme_missing', {})),
      };
    }
    // Copies: the lists are kept with a frozen request, and a caller may change the report.
    const without = [...programme.without];
    const unknownSpeakerIds = [...programme.unknown];
    const evidence = { filmedPlenaries: programme.plenaries, sessionsWithoutSpeakers: without, unknownSpeakerIds };
    if (without.length === 0 && unknownSpeakerIds.length === 0) return { status: 'met', evidence, message: say('C8.met', { n: programme.plenaries }) };
    const late = context.asOf > deadline;
    const missing = [...without, ...unknownSpeakerIds];
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: say('C8.not_identified', { sessions: without, speakerIds: unknownSpeakerIds }),
      remedy: advise('speakers_not_identified', say('C8.remedy.speakers_not_identified', late ? { missing } : { missing, due }), late ? undefined : due),
    };
  },
};
