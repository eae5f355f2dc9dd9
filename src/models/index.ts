export { CrewAvailabilitySchema, parseCrewAvailability } from './availability.js';
export type { CrewAvailability, CrewAvailabilityInput, CrewConflict } from './availability.js';
export type { Unchecked } from './parse.js';
export { InstantSchema, CalendarDateSchema, TimestampSchema } from './time.js';
export { MoneySchema } from './moneySchema.js';
export { ContactSchema, parseContact } from './contact.js';
export type { Contact, ContactInput } from './contact.js';
export {
  USES,
  UseSchema,
  SessionSchema,
  ScoutingSchema,
  VenueSchema,
  AUDIO_FEEDS,
  AudioSchema,
  FilmCrewSchema,
  EventSponsorSchema,
  EventSchema,
  parseEvent,
} from './event.js';
export type { Use, Session, Venue, AudioFeed, Audio, FilmCrew, EventSponsor, Event } from './event.js';
export type { SessionInput, VenueInput, AudioInput, FilmCrewInput, EventSponsorInput, EventInput } from './event.js';
export { MONETIZATION_EFFORTS, PromotionSchema, CommitmentsSchema, PartnerSchema, parsePartner } from './partner.js';
export type { MonetizationEffort, Commitments, CommitmentsInput, Partner, PartnerInput } from './partner.js';
export { SPONSOR_STATUSES, SponsorSchema, parseSponsor } from './sponsor.js';
export type { SponsorStatus, Sponsor, SponsorInput } from './sponsor.js';
export { RELEASE_STATES, OnBehalfSchema, ReleaseSchema, SpeakerSchema, parseSpeaker } from './speaker.js';
export type { ReleaseState, Release, ReleaseInput, Speaker, SpeakerInput } from './speaker.js';
export { ShareSchema, StreamClauseSchema, PartySchema, ContractSchema, parseContract, settlementTerms } from './contract.js';
export type { Contract, ContractInput } from './contract.js';
export { PolicyParametersSchema, PolicySchema, DEFAULT_POLICY, parsePolicy, policyFor } from './policy.js';
export type { PolicyParameters, PolicyParametersInput, Policy, PolicyInput } from './policy.js';
export { EDITORIAL_VERDICTS, EditorialVerdictSchema, CoverageRequestSchema, parseCoverageRequest } from './coverageRequest.js';
export type { EditorialVerdict, CoverageMode, CoverageRequest, CoverageRequestInput } from './coverageRequest.js';
