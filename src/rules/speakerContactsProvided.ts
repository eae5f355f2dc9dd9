import { advise } from './_helpers.js';
import { say } from './messages.js';
import type { RuleLogic } from './types.js';
import { DEFAULT_RULE_KINDS } from '../models/policy.js';

// Seed § 8: « Moralité : notre préférence ira aux organisateurs qui nous facilitent ce travail-là, et qui
// nous fournissent les moyens de contacter au moins par email les conférenciers qui prennent la parole ».
/** The seed's sentence this rule encodes, in French. @internal */
export const SEED =
  'Moralité : notre préférence ira aux organisateurs qui nous facilitent ce travail-là, et qui nous fournissent les moyens de contacter au moins par email les conférenciers qui prennent la parole, et pour leur expliquer la nécessité de se créer un compte.';

/**
 * C8.b `speaker-contacts-provided` (weighing): the organizer gives at least the filmed speakers'
 * e-mail addresses: committed to it, or every filmed speaker has one. The evidence holds counts, never an address.
 */
export const speakerContactsProvided: RuleLogic = {
  id: 'C8.b',
  name: 'speaker-contacts-provided',
  clause: '§ 8',
  defaultKind: DEFAULT_RULE_KINDS['C8.b'],
  scope: 'event',
  deadline: 'speakerNoticeDays',
  parameters: ['speakerNoticeDays'],
  evaluate(context) {
    const committed = context.request.partner.commitments.speakerEmailsProvided;
    const withEmail = context.once('C8.b', () => {
      let count = 0;
      for (const filmed of context.filmedSpeakers) if (filmed.speaker?.email !== undefined) count += 1;
      return count;
    });
    const filmed = context.filmedSpeakers.length;
    const evidence = { committed, filmedSpeakers: filmed, speakersWithEmail: withEmail };
    if (committed || (filmed > 0 && withEmail === filmed)) return { status: 'met', evidence, message: say('C8.b.met', {}) };
    return {
      status: 'unmet',
      evidence,
      message: say('C8.b.unmet', { withEmail, filmed }),
      remedy: advise('speaker_emails_missing', say('C8.b.remedy.speaker_emails_missing', {})),
    };
  },
};
