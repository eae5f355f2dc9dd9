import { crewAvailable } from './crewAvailable.js';
import { editorialFit } from './editorialFit.js';
import { filmWithoutSponsor } from './filmWithoutSponsor.js';
import { fundingAgreed } from './fundingAgreed.js';
import { lightingAdviceAsked } from './lightingAdviceAsked.js';
import { mediaPartnerCredit } from './mediaPartnerCredit.js';
import { monetizationEffort } from './monetizationEffort.js';
import { onlineConversation } from './onlineConversation.js';
import { organizerVeto } from './organizerVeto.js';
import { plenaryOnly } from './plenaryOnly.js';
import { postEventClip } from './postEventClip.js';
import { professionalAudio } from './professionalAudio.js';
import { signedContract } from './signedContract.js';
import { simpleSetup } from './simpleSetup.js';
import { soleFilmCrew } from './soleFilmCrew.js';
import { speakerContactsProvided } from './speakerContactsProvided.js';
import { speakerProfilesComplete } from './speakerProfilesComplete.js';
import { speakerReleasesSigned } from './speakerReleasesSigned.js';
import { speakersIdentified } from './speakersIdentified.js';
import { speakersInformed } from './speakersInformed.js';
import { sponsorNoConflict } from './sponsorNoConflict.js';
import { symbolicPromotion } from './symbolicPromotion.js';
import { venueScouted } from './venueScouted.js';
import { RULE_IDS, type RuleId } from '../models/ruleIds.js';
import type { RuleLogic } from './types.js';

// One entry per rule id, checked by the compiler: a new id in RULE_IDS without its rule (or a rule
// under an id that is not one) does not compile.
const REGISTRY = {
  C0: symbolicPromotion,
  NB: simpleSetup,
  C1: soleFilmCrew,
  C2: fundingAgreed,
  'C2.2': sponsorNoConflict,
  'C2.3': organizerVeto,
  'C2.5': filmWithoutSponsor,
  C3: crewAvailable,
  C4: editorialFit,
  C5: venueScouted,
  'C5.b': lightingAdviceAsked,
  'C6.1': speakersInformed,
  'C6.2': speakerReleasesSigned,
  'C6.3': speakerProfilesComplete,
  'C6.4': onlineConversation,
  C7: professionalAudio,
  C8: speakersIdentified,
  'C8.b': speakerContactsProvided,
  C9: signedContract,
  'C9.3': plenaryOnly,
  'C9.4': monetizationEffort,
  C10: mediaPartnerCredit,
  C11: postEventClip,
} satisfies Record<RuleId, RuleLogic>;

/**
 * Every rule's logic, in {@link RULE_IDS} order: what the evaluator runs. The public catalogue,
 * {@link RULES}, adds each rule's seed sentences; keeping the sentences out of this list keeps them
 * out of bundles that only evaluate (the global sheets bundle).
 *
 * @internal
 */
export const RULE_LOGIC: readonly RuleLogic[] = Object.freeze(RULE_IDS.map((id) => REGISTRY[id]));
