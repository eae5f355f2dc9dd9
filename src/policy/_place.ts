/** Where the crew plan puts each request under one policy. @internal */
import type { RuleId } from '../models/ruleIds.js';
import type { SeasonPlan } from '../season/_plan.js';

/**
 * Where the crew plan (`planSeason`) puts a request under one policy: the crew that films it
 * (`booked` when an existing booking holds it), or why it is left out, as `planSeason`'s
 * `unassigned` says it: `ineligible` (its unmet blocking rules), `outbid` (by the covered requests
 * that take every crew it could have) or `no_crew` (no crew can take it at all).
 */
export type PlanPlace =
  | { readonly crewId: string; readonly booked: boolean }
  | { readonly reason: 'ineligible'; readonly rules: readonly RuleId[] }
  | { readonly reason: 'outbid'; readonly by: readonly string[] }
  | { readonly reason: 'no_crew' };

/** Each request's place in `plan`, by request id. */
export function placesIn(plan: SeasonPlan): Map<string, PlanPlace> {
  const places = new Map<string, PlanPlace>();
  for (const a of plan.assignments) places.set(a.requestId, { crewId: a.crewId, booked: a.booked });
  for (const u of plan.unassigned) {
    places.set(u.requestId, u.reason === 'ineligible' ? { reason: u.reason, rules: u.rules } : u.reason === 'outbid' ? { reason: u.reason, by: u.by } : { reason: u.reason });
  }
  return places;
}

/** The crew a place gives the request, `undefined` when it is left out. */
export const crewOf = (place: PlanPlace | undefined): string | undefined => (place !== undefined && 'crewId' in place ? place.crewId : undefined);
