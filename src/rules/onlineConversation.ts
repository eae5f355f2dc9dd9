import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'weighing',
  scope: 'event',
  deadline: 'profileLeadDays',
  parameters: ['profileLeadDays'],
  evaluate(context) {
    const committed = context.request.partner.commitments.onlineConversation;
    const evidence = { onlineConversation: committed, filmedSpeakers: context.filmedSpeakers.length };
    const fr = context.fr;
    if (committed) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? "Les conférenciers s'engagent à poursuivre la conversation en ligne après l'événement."
          : 'The speakers commit to carry the conversation on online after the event.',
      };
    }
    const due = context.due(context.policy.parameters.profileLeadDays);
    const late = context.asOf > due.at;
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: fr
        ? `Les conférenciers ne se sont pas engagés à poursuivre la conversation en ligne : le temps des 15 minutes de questions-réponses en fin de conférence est révolu${late ? '' : ` ; engagement attendu avant le ${due.fr}`}.`
        : `The speakers have not committed to carry the conversation on online: the 15-minute Q&A at the end of a talk is not enough${late ? '' : `; due by ${due.en}`}.`,
      remedy: remedy(
        'conversation_not_committed',
        `Ask the filmed speakers to commit to answer the members' questions online after the event, and say so in the request${late ? '' : ` by ${due.en}`}: own the conversation.`,
        `Demandez aux conférenciers filmés de s'engager à répondre en ligne aux questions des membres après l'événement, et indiquez-le dans la demande${late ? '' : ` avant le ${due.fr}`} : assumez la conversation.`,
        late ? undefined : due,
      ),
    };
  },
};
