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
export type { AvailabilityEvent, BufferPolicy } from './findAvailableCrews.js';
export { planSeason } from './planSeason.js';
export type { PlanSeasonOptions, SeasonPlan, SeasonAssignment, SeasonUnassigned, SeasonMoney } from './_plan.js';
export { assignCrews } from './assignCrews.js';
export type { CrewCandidate, CrewAssignment, CrewLeftOut, CrewPlan } from './assignCrews.js';
