import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 6 (« Moralité de ce point 6 »): « Le temps du petit passage obligé sous forme de
// questions-réponses de 15 minutes en fin de conférence est révolu, il faut aussi poursuivre la
// conversation en ligne. Notre doctrine pourrait se résumer ainsi : assumez la conversation. »
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'Le temps du petit passage obligé sous forme de questions-réponses de 15 minutes en fin de conférence est révolu, il faut aussi poursuivre la conversation en ligne. Notre doctrine pourrait se résumer ainsi : assumez la conversation.';

/**
 * C6.4 `online-conversation` (weighing): the filmed speakers commit, through the organizer, to carry
 * the conversation on online after the event (`partner.commitments.onlineConversation`). Not
 * committed is pending until the profiles' deadline (`profileLeadDays`: the profile is what lets a
 * speaker take part), unmet after.
 */
export const onlineConversation: RuleLogic = {
  id: 'C6.4',
  name: 'online-conversation',
  clause: '§ 6',
  defaultKind: DEFAULT_RULE_KINDS['C6.4'],
  scope: 'event',
  deadline: 'profileLeadDays',
  parameters: ['profileLeadDays'],
  evaluate(context) {
    const committed = context.request.partner.commitments.onlineConversation;
    const evidence = { onlineConversation: committed, filmedSpeakers: context.filmedSpeakers.length };
    if (committed) return { status: 'met', evidence, message: say('C6.4.met', {}) };
    const due = context.due(context.policy.parameters.profileLeadDays);
    const late = context.asOf > due.at;
    // Past the deadline, no date to meet: the message and the remedy say none.
    const ahead = late ? {} : { due };
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: say('C6.4.not_committed', ahead),
      remedy: advise('conversation_not_committed', say('C6.4.remedy.conversation_not_committed', ahead), late ? undefined : due),
    };
  },
};
