/**
 * `webcast-partnership/crew`: crews and bookings, availability and overlaps, and the optimal crew
 * plan of a season when requests compete (it evaluates each request's eligibility first).
 *
 * @packageDocumentation
 */
export { CrewSchema, parseCrew } from '../models/crew.js';
export type { Crew, CrewInput } from '../models/crew.js';
export { BookingSchema, parseBooking } from '../models/booking.js';
export type { Booking, BookingInput } from '../models/booking.js';
export type { CrewShortfall } from '../models/availability.js';
export { findAvailableCrews } from './findAvailableCrews.js';
export type { AvailabilityEvent, BufferPolicy, FindAvailableCrewsOptions } from './findAvailableCrews.js';
export { assignCrews } from './assignCrews.js';
export type { AssignCrewsOptions, CrewCandidate, CrewAssignment, CrewLeftOut, CrewPlan } from './assignCrews.js';
// The season plan lives in src/season (it evaluates eligibility and sums money, which crew does not);
// this entry publishes it.
export { planSeason } from '../season/index.js';
export type { PlanSeasonOptions, SeasonPlan, SeasonAssignment, SeasonUnassigned, SeasonMoney } from '../season/index.js';
