import { agreedAt } from '../models/contract.js';
import { remedy } from './_helpers.js';
import type { RuleLogic } from './types.js';

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
  defaultKind: 'blocking',
  scope: 'event',
  deadline: 'contractLeadDays',
  parameters: ['contractLeadDays'],
  evaluate(context) {
    const contract = context.request.contract;
    const signed = agreedAt(contract, context.asOf) === undefined ? undefined : contract;
    const clipPlanned = signed?.clipPlanned ?? true;
    const committed = signed?.postEventMailing === true || context.request.partner.commitments.postEventMailing;
    const due = context.due(context.policy.parameters.contractLeadDays);
    const deadline = due.at;
    const evidence = { clipPlanned, mailingCommitted: committed, contractSigned: signed !== undefined };
    const fr = context.fr;
    if (!clipPlanned) {
      return {
        status: 'met',
        evidence,
        message: fr ? "Aucun clip n'est prévu pour cet événement." : 'No clip is planned for this event.',
      };
    }
    if (committed) {
      return {
        status: 'met',
        evidence,
        message: fr
          ? "L'organisateur s'engage à diffuser le clip dans son mailing post-événement."
          : 'The organizer commits to send the clip in its post-event mailing.',
      };
    }
    const late = context.asOf > deadline;
    // A draft that says it is not yet the organizer's word: say so, since the fix is a signature.
    const draftSays = signed === undefined && contract?.postEventMailing === true;
    return {
      status: late ? 'unmet' : 'pending',
      evidence,
      message: fr
        ? `L'organisateur ne s'est pas engagé à diffuser le clip dans son mailing "post événement"${draftSays ? " (le projet de contrat le prévoit, mais un projet n'est pas un accord)" : ''}${late ? '' : ` ; engagement attendu avant le ${due.fr}`}.`
        : `The organizer has not committed to send the clip in its post-event mailing${draftSays ? ' (the draft contract says so, but a draft is not an agreement)' : ''}${late ? '' : `; due by ${due.en}`}.`,
      remedy: remedy(
        'post_event_mailing_missing',
        `Commit, in the contract signed by both parties, to send the platform's post-event clip in your post-event mailing${late ? '' : ` (by ${due.en})`}.`,
        `Engagez-vous, au contrat signé par les deux parties, à diffuser le clip de la plateforme dans votre mailing "post événement"${late ? '' : ` (avant le ${due.fr})`}.`,
        late ? undefined : due,
      ),
    };
  },
};
