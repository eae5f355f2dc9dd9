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
 * The seed's sentences in English, as the platform's staff translate them for organizers who do not
 * read French: beside the French, so that docs/rules.md is written from here (`npm run docs:rules`).
 */
const SEEDS_EN: Readonly<Record<RuleId, string>> = {
  C0: 'A free or semi-free service also carries a symbolic intellectual investment, as exchanged links, tweets and blog posts, to join the effort we make on our side.',
  NB: 'Do not take offence if, because some shoots are heavy, partnership does not seem fitting to us: partnership set-ups must obviously not need a set-up too complex, or they soon bury the goodwill of everyone involved.',
  C1: 'We are the only film crew: we are not partners of events we do not film!',
  C2: "No absolute free deal, but it can cost you nothing: we no longer do 100% free partnerships; if you have no budget, simply agree on the commercial approach. We share the sponsor's contribution 50-50 with you above a breakeven fixed beforehand.",
  'C2.2': 'A sponsor of the filming is not necessarily a sponsor imposed on your event (so there is no conflict of interest with your other partners).',
  'C2.3': 'You may veto a sponsor we propose if it does not suit your criteria.',
  'C2.5': "If no sponsor comes forward we still do the filming: in that sense we take a producer's risk, balanced over the number of events filmed in the year.",
  C3: 'The first condition, then, is that one of our production crews is available on the proposed date: too many events overlap; that is what we must check first.',
  C4: "It is fundamental that we can make sure of the event's editorial quality and of its fit with our own content lines and our community's DNA.",
  C5: 'We must be able to take a look at the filming venue: if it risks giving murky, badly lit images in the end, we do not film.',
  'C5.b': 'If the organizers kindly ask our opinion on managing the light and staging the talks to make the shoot a success, they will have done half the job of motivating us.',
  'C6.1': 'We do not film events whose speakers do not know well in advance that we film them.',
  'C6.2': 'We do not film events whose speakers do not sign, well in advance, the image-rights and broadcast release.',
  'C6.3': 'We do not film events whose speakers do not create, well in advance, complete profiles on this platform.',
  'C6.4': 'The time of the obligatory little 15-minute Q&A at the end of a talk is over: the conversation must go on online too. Our doctrine could be summed up as: own the conversation.',
  C7: 'We must be 100% sure that the organizer manages quality sound in the room. Most often, it gives us an audio cable (professional XLR) straight into our control desk or cameras. Inaudible conferences are not an option.',
  C8: "We decided never again to film, all the more in partnership mode, events whose speakers' names are not easily and immediately available to match with each video.",
  'C8.b': 'Moral: our preference goes to the organizers who make this work easier for us, and who give us the means to contact the speakers, at least by e-mail.',
  C9: 'Contract: essential. There must be a contract signed between our two entities; we offer a model contract on request.',
  'C9.3': 'In partnership mode we only cover plenary conferences: commercial workshops are paid, but can carry a very generous and stimulating revenue share.',
  'C9.4': 'In short, a partner who does not push toward the least return on the operation soon risks being dropped along the way.',
  C10: 'That the organizers kindly credit us among their partners is not essential, but obviously weighs in the balance (at least as a media partner visible on their site).',
  C11: 'The organizers commit to send, in their post-event mailing, the little clip we will have made at the event. Not every event lends itself to a clip, but we always offer one.',
};

/**
 * Every rule, in {@link RULE_IDS} order: the catalogue `docs/rules.md` describes.
 *
 * @example
 * RULES.map((rule) => rule.id).join(' ') //=> 'C0 NB C1 C2 C2.2 C2.3 C2.5 C3 C4 C5 C5.b C6.1 C6.2 C6.3 C6.4 C7 C8 C8.b C9 C9.3 C9.4 C10 C11'
 */
export const RULES: readonly Rule[] = Object.freeze(RULE_LOGIC.map((rule) => Object.freeze({ ...rule, seed: SEEDS[rule.id], seedEn: SEEDS_EN[rule.id] })));
