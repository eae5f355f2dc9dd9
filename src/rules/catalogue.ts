import { SEED as crewAvailableSeed } from './crewAvailable.js';
import { SEED as editorialFitSeed } from './editorialFit.js';
import { SEED as filmWithoutSponsorSeed } from './filmWithoutSponsor.js';
import { SEED as fundingAgreedSeed } from './fundingAgreed.js';
import { SEED as lightingAdviceAskedSeed } from './lightingAdviceAsked.js';
import { SEED as mediaPartnerCreditSeed } from './mediaPartnerCredit.js';
import { SEED as monetizationEffortSeed } from './monetizationEffort.js';
import { SEED as onlineConversationSeed } from './onlineConversation.js';
import { SEED as organizerVetoSeed } from './organizerVeto.js';
import { SEED as plenaryOnlySeed } from './plenaryOnly.js';
import { SEED as postEventClipSeed } from './postEventClip.js';
import { SEED as professionalAudioSeed } from './professionalAudio.js';
import { SEED as signedContractSeed } from './signedContract.js';
import { SEED as simpleSetupSeed } from './simpleSetup.js';
import { SEED as soleFilmCrewSeed } from './soleFilmCrew.js';
import { SEED as speakerContactsProvidedSeed } from './speakerContactsProvided.js';
import { SEED as speakerProfilesCompleteSeed } from './speakerProfilesComplete.js';
import { SEED as speakerReleasesSignedSeed } from './speakerReleasesSigned.js';
import { SEED as speakersIdentifiedSeed } from './speakersIdentified.js';
import { SEED as speakersInformedSeed } from './speakersInformed.js';
import { SEED as sponsorNoConflictSeed } from './sponsorNoConflict.js';
import { SEED as symbolicPromotionSeed } from './symbolicPromotion.js';
import { SEED as venueScoutedSeed } from './venueScouted.js';
import { RULE_LOGIC } from './_logic.js';
import type { RuleId } from '../models/ruleIds.js';
import type { Rule } from './types.js';

const SEEDS: Readonly<Record<RuleId, string>> = {
  C0: symbolicPromotionSeed,
  NB: simpleSetupSeed,
  C1: soleFilmCrewSeed,
  C2: fundingAgreedSeed,
  'C2.2': sponsorNoConflictSeed,
  'C2.3': organizerVetoSeed,
  'C2.5': filmWithoutSponsorSeed,
  C3: crewAvailableSeed,
  C4: editorialFitSeed,
  C5: venueScoutedSeed,
  'C5.b': lightingAdviceAskedSeed,
  'C6.1': speakersInformedSeed,
  'C6.2': speakerReleasesSignedSeed,
  'C6.3': speakerProfilesCompleteSeed,
  'C6.4': onlineConversationSeed,
  C7: professionalAudioSeed,
  C8: speakersIdentifiedSeed,
  'C8.b': speakerContactsProvidedSeed,
  C9: signedContractSeed,
  'C9.3': plenaryOnlySeed,
  'C9.4': monetizationEffortSeed,
  C10: mediaPartnerCreditSeed,
  C11: postEventClipSeed,
};

/**
 * Every rule, in {@link RULE_IDS} order: the catalogue `docs/rules.md` describes.
 *
 * @example
 * RULES.map((rule) => rule.id).join(' ') //=> 'C0 NB C1 C2 C2.2 C2.3 C2.5 C3 C4 C5 C5.b C6.1 C6.2 C6.3 C6.4 C7 C8 C8.b C9 C9.3 C9.4 C10 C11'
 */
export const RULES: readonly Rule[] = Object.freeze(RULE_LOGIC.map((rule) => Object.freeze({ ...rule, seed: SEEDS[rule.id] })));
