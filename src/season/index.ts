/**
 * The season plan: every request's eligibility (with C3 from the existing bookings), the exact crew
 * assignment, the reasons of every request left out, and the money view. Published through the
 * `webcast-partnership/crew` entry, which re-exports this module.
 *
 * @packageDocumentation
 */
export { planSeason } from './planSeason.js';
export type { PlanSeasonOptions, SeasonPlan, SeasonAssignment, SeasonUnassigned, SeasonMoney } from './_plan.js';
