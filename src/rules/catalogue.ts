import { crewAvailable } from './crewAvailable.js';
import { editorialFit } from './editorialFit.js';
import { filmWithoutSponsor } from './filmWithoutSponsor.js';
import { fundingAgreed } from './fundingAgreed.js';
import { lightingAdviceAsked } from './lightingAdviceAsked.js';
import { mediaPartnerCredit } from './mediaPartnerCredit.js';
import { monetizationEffort } from './monetizationEffort.js';
import { organizerVeto } from './organizerVeto.js';
import { plenaryOnly } from './plenaryOnly.js';
import { postEventClip } from './postEventClip.js';
import { professionalAudio } from './professionalAudio.js';
import { signedContract } from './signedContract.js';
import { soleFilmCrew } from './soleFilmCrew.js';
import { speakerContactsProvided } from './speakerContactsProvided.js';
import { speakerProfilesComplete } from './speakerProfilesComplete.js';
import { speakerReleasesSigned } from './speakerReleasesSigned.js';
import { speakersIdentified } from './speakersIdentified.js';
import { speakersInformed } from './speakersInformed.js';
import { sponsorNoConflict } from './sponsorNoConflict.js';
import { symbolicPromotion } from './symbolicPromotion.js';
import { venueScouted } from './venueScouted.js';
import type { Rule } from './types.js';

/**
 * Every rule, in {@link RULE_IDS} order: the catalogue `docs/rules.md` describes.
 *
 * @example
 * RULES.map((rule) => rule.id).join(' ') //=> 'C0 C1 C2 C2.2 C2.3 C2.5 C3 C4 C5 C5.b C6.1 C6.2 C6.3 C7 C8 C8.b C9 C9.3 C9.4 C10 C11'
 */
export const RULES: readonly Rule[] = Object.freeze([
  symbolicPromotion,
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
  professionalAudio,
  speakersIdentified,
  speakerContactsProvided,
  signedContract,
  plenaryOnly,
  monetizationEffort,
  mediaPartnerCredit,
  postEventClip,
]);
