export { CrewSchema, parseCrew, crewJsonSchema } from '../models/crew.js';
export type { Crew } from '../models/crew.js';
export { BookingSchema, parseBooking, bookingJsonSchema } from '../models/booking.js';
export type { Booking } from '../models/booking.js';
export type { CrewShortfall } from '../models/availability.js';
export { findAvailableCrews } from './findAvailableCrews.js';
export type { AvailabilityEvent, BufferPolicy } from './findAvailableCrews.js';
export { planSeason } from './planSeason.js';
export type { PlanSeasonOptions, SeasonPlan, SeasonAssignment, SeasonUnassigned, SeasonMoney } from './_plan.js';
