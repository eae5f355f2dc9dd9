import { advise, agreedBy } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 11: « Les organisateurs s'engagent à diffuser dans leur mailing "post événement" le petit
// reportage sympathique que nous aurons réalisé dans le contexte de l'événement. […] NB : tous les
// événements ne se prêtent pas forcément à la production d'un petit clip mais nous le proposons toujours. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  `Les organisateurs s'engagent à diffuser dans leur mailing "post événement" le petit reportage sympathique que nous aurons réalisé dans le contexte de l'événement. […] NB : tous les événements ne se prêtent pas forcément à la production d'un petit clip mais nous le proposons toujours.`;

/**
 * C11 `post-event-clip`: when a clip is planned, the organizer commits to send it in the post-event
 * mailing. The contract (`clipPlanned`, `postEventMailing`) is read only once both parties signed
 * it (at or before `asOf`): a draft is not an agreement, and until then a clip is planned, since one
 * is always offered. The organizer's own commitment (`partner.commitments.postEventMailing`) counts
 * too. Not committed is pending until the contract deadline, then unmet. No clip planned: met.
 */
export const postEventClip: RuleLogic = {
  id: 'C11',
  name: 'post-event-clip',
  clause: '§ 11',
  defaultKind: DEFAULT_RULE_KINDS.C11,
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const signed = agreedBy(context) === undefined ? undefined : contract;
    const clipPlanned = signed?.clipPlanned ?? true;
    const committed = signed?.postEventMailing === true || context.request.partner.commitments.postEventMailing;
    const due = context.due(context.policy.parameters.contractLeadDays);
    const deadline = due.at;
    const evidence = { clipPlanned, mailingCommitted: committed, contractSigned: signed !== undefined };
    if (!clipPlanned) return { status: 'met', evidence, message: say('C11.met.no_clip', {}) };
    if (committed) return { status: 'met', evidence, message: say('C11.met.committed', {}) };
    const late = context.asOf > deadline;
    // A draft that says it is not yet the organizer's word: say so, since the fix is a signature.
    const draft = signed === undefined && contract?.postEventMailing === true;
    // Past the deadline, no date to meet: the message and the remedy say none.
    const ahead = late ? {} : { due };
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: say('C11.not_committed', { draft, ...ahead }),
      remedy: advise('post_event_mailing_missing', say('C11.remedy.post_event_mailing_missing', ahead), late ? undefined : due),
    };
  },
};
