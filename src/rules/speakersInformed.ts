import { advise, refs } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

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
  defaultKind: DEFAULT_RULE_KINDS['C6.1'],
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
    if (late.length === 0 && notInformed.length === 0) return { status: 'met', evidence, message: say('C6.1.met', { n }) };
    if (late.length === 0 && !passed) {
      const untold = refs(context, notInformed);
      return {
        status: 'pending',
        evidence,
        message: say('C6.1.pending', { speakers: untold, due }),
        remedy: advise('speakers_not_informed', say('C6.1.remedy.speakers_not_informed', { speakers: untold, due, days }), due),
      };
    }
    const unmet = refs(context, [...late, ...(passed ? notInformed : [])].sort());
    return {
      status: 'unmet',
      evidence,
      message: say('C6.1.unmet', { speakers: unmet, due }),
      remedy: advise('speakers_informed_late', say('C6.1.remedy.speakers_informed_late', { speakers: unmet, due })),
    };
  },
};
