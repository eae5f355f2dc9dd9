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
import type { RuleLogic } from './types.js';

/**
 * Every rule's logic, in {@link RULE_IDS} order: what the evaluator runs. The public catalogue,
 * {@link RULES}, adds each rule's seed sentence; keeping the sentences out of this list keeps them
 * out of bundles that only evaluate (the global sheets bundle).
 *
 * @internal
 */
export const RULE_LOGIC: readonly RuleLogic[] = Object.freeze([
  symbolicPromotion,
  simpleSetup,
  soleFilmCrew,
  fundingAgreed,
  sponsorNoConflict,
  organizerVeto,
  filmWithoutSponsor,
  crewAvailable,
  editorialFit,
  venueScouted,
  lightingAdviceAsked,
  speakersInformed,
  speakerReleasesSigned,
  speakerProfilesComplete,
  onlineConversation,
  professionalAudio,
  speakersIdentified,
  speakerContactsProvided,
  signedContract,
  plenaryOnly,
  monetizationEffort,
  mediaPartnerCredit,
  postEventClip,
]);
