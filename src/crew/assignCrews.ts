import type { Crew } from '../models/crew.js';
import { Issues } from '../_lib/reject.js';
import { type SlotRequest, optimizeSeason, readBudget, sumPreferences } from './_optimize.js';
import { type Buffers, conflicts } from './_time.js';
import { type AvailabilityEvent, type EventSpan, type FindAvailableCrewsOptions, type TimedBooking, eventSpan, readCrewOptions } from './findAvailableCrews.js';

/** Options of {@link assignCrews}: the crews, their existing bookings and the buffers, as for `findAvailableCrews`, and the search's budget. */
export type AssignCrewsOptions = FindAvailableCrewsOptions & {
  /**
   * How much the search may do when crews differ, in states expanded over the season (default
   * 12,000,000): a whole number, at least 0. The same input and budget give the same plan on every
   * host. Past it the plan is the best found, with `optimal: false` and its `bound`.
   */
  readonly budget?: number;
};

/** A request that may be covered, with the preference its eligibility report gives it. */
export interface CrewCandidate {
  readonly requestId: string;
  /** The event: `id`, `start`, `end`, `venue.city`, `cameras`. */
  readonly event: AvailabilityEvent;
  /** The weighing score (`EligibilityReport.preference`); any finite number, compared exactly. */
  readonly preference: number;
}

/** One covered candidate and its crew. */
export interface CrewAssignment {
  readonly requestId: string;
  readonly eventId: string;
  readonly crewId: string;
}

/** A candidate left out by the assignment: outbid by the named covered requests, or no crew can ever take it. */
export type CrewLeftOut =
  | { readonly requestId: string; readonly eventId: string; readonly reason: 'outbid'; readonly by: readonly string[] }
  | { readonly requestId: string; readonly eventId: string; readonly reason: 'no_crew' };

/** The outcome of {@link assignCrews}, in request id order. */
export interface CrewPlan {
  readonly assignments: readonly CrewAssignment[];
  readonly unassigned: readonly CrewLeftOut[];
  /** The objective, compared lexicographically: events covered, then total preference. */
  readonly score: { readonly covered: number; readonly preference: number };
  /**
   * `true` when the plan is proven optimal (most events covered, then the highest preference, then
   * the lowest ids). `false` when the search's budget ran out first: the plan is the best found,
   * valid (no double booking, buffers, capacities and bookings respected), and `bound` says how far
   * from the optimum it can be. `bound` may then equal `score`: only the lowest-ids tie rule is unproven.
   */
  readonly optimal: boolean;
  /** The best `{ covered, preference }` any plan could reach, compared like `score`; equal to `score` when `optimal`. */
  readonly bound: { readonly covered: number; readonly preference: number };
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A candidate read into milliseconds. @internal */
export interface TimedCandidate {
  readonly requestId: string;
  readonly span: EventSpan;
  readonly preference: number;
}

/** The assignment on parsed inputs. @internal */
export function assignTimed(candidates: readonly TimedCandidate[], crews: readonly Crew[], bookings: readonly TimedBooking[], buffers: Buffers, budget?: number): CrewPlan {
  const slots: SlotRequest[] = candidates.map(({ requestId, span, preference }) => ({
    id: requestId,
    start: span.start,
    end: span.end,
    city: span.city,
    cameras: span.cameras,
    preference,
  }));
  const slotBookings = bookings.map((b) => ({ crewId: b.crewId, eventId: b.eventId, start: b.startMs, end: b.endMs, city: b.city }));
  const optimized = optimizeSeason(slots, crews, slotBookings, buffers, budget === undefined ? {} : { budget });

  const slotById = new Map(slots.map((s) => [s.id, s]));
  const onCrew = new Map<string, SlotRequest[]>();
  for (const [requestId, crewId] of optimized.assigned) {
    const list = onCrew.get(crewId);
    if (list) list.push(slotById.get(requestId)!);
    else onCrew.set(crewId, [slotById.get(requestId)!]);
  }
  const assignments: CrewAssignment[] = [];
  const unassigned: CrewLeftOut[] = [];
  const preferences: number[] = [];
  for (const { requestId, span, preference } of candidates) {
    const crewId = optimized.assigned.get(requestId);
    if (crewId !== undefined) {
      assignments.push({ requestId, eventId: span.id, crewId });
      preferences.push(preference);
    } else if (optimized.noCrew.has(requestId)) {
      unassigned.push({ requestId, eventId: span.id, reason: 'no_crew' });
    } else {
      const slot = slotById.get(requestId)!;
      const by = new Set<string>();
      for (const crew of optimized.capable.get(requestId) ?? []) {
        for (const other of onCrew.get(crew) ?? []) if (conflicts(other, slot, buffers)) by.add(other.id);
      }
      unassigned.push({ requestId, eventId: span.id, reason: 'outbid', by: [...by].sort(byCode) });
    }
  }
  assignments.sort((a, b) => byCode(a.requestId, b.requestId));
  unassigned.sort((a, b) => byCode(a.requestId, b.requestId));
  const score = { covered: assignments.length, preference: sumPreferences(preferences) };
  const bound = optimized.optimal ? score : { covered: -optimized.bound[0], preference: 0 - optimized.bound[1] / 10 ** optimized.decimals };
  return { assignments, unassigned, score, optimal: optimized.optimal, bound };
}

/**
 * The exact crew assignment alone, for requests already evaluated: `planSeason` without the
 * eligibility step and the money view. Every candidate is assumed plannable and not yet booked:
 * leave out the ineligible ones, and the events that already have a booking (which stays a hold).
 *
 * Lexicographic objective: most candidates covered, then the highest total preference, then the
 * lowest ids; no crew double-booked, buffers, capacities and existing bookings included. It never
 * throws because a season is large or hard: past its `budget` it returns the best plan found with
 * `optimal: false` and the `bound` (see docs/crews.md).
 *
 * @param candidates - `{ requestId, event, preference }`, request ids unique.
 * @param options - `crews` (ids unique), their existing `bookings`, the `policy` whose
 *   `parameters.setupBufferHours` and `parameters.travelBufferHours` give the buffers, and the
 *   search's `budget` (optional).
 * @throws {PartnershipError} `invalid_input` with every issue of every item, each at its path
 *   (`candidates[2].event.start`, `crews[0].cameras`, `crews[1].cameras`, `budget` when it is not a
 *   whole number of steps, at least 0), `preference_not_finite`, `preference_too_precise`.
 * @example
 * const event = (id, start, end) => ({ id, start, end, cameras: 1, venue: { city: 'Paris' } });
 * assignCrews(
 *   [{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T18:00:00Z'), preference: 3 },
 *    { requestId: 'b', event: event('ev-b', '2026-03-14T08:00:00Z', '2026-03-14T12:00:00Z'), preference: 1 },
 *    { requestId: 'c', event: event('ev-c', '2026-03-14T14:00:00+02:00', '2026-03-14T18:00:00Z'), preference: 1 }],
 *   { crews: [{ id: 'crew-1', name: 'One', homeCity: 'Paris', cameras: 2 }], bookings: [], policy: { parameters: { setupBufferHours: 0, travelBufferHours: 0 } } },
 * ).score
 * //=> { covered: 2, preference: 2 }  (b then c, rather than a alone)
 */
export function assignCrews(candidates: readonly CrewCandidate[], options: AssignCrewsOptions): CrewPlan {
  const issues = new Issues();
  if (!Array.isArray(candidates)) {
    issues.invalid('candidates', 'a list of candidates', candidates);
    issues.throwIfAny('invalid_input');
  }
  const read = readCrewOptions(options, issues);
  const budget = readBudget(options.budget, 'budget', issues);
  const seen = new Set<string>();
  const timed: TimedCandidate[] = [];
  candidates.forEach((candidate, i) => {
    if (candidate === null || typeof candidate !== 'object') {
      issues.invalid(`candidates[${i}]`, 'a candidate `{ requestId, event, preference }`', candidate);
      return;
    }
    const { requestId, preference } = candidate;
    const before = issues.size;
    if (typeof requestId !== 'string' || requestId === '') issues.invalid(`candidates[${i}].requestId`, 'a non-empty string', requestId);
    else if (seen.has(requestId)) issues.invalid(`candidates[${i}].requestId`, 'a request id used once', requestId);
    else seen.add(requestId);
    if (typeof preference !== 'number' || !Number.isFinite(preference)) issues.invalid(`candidates[${i}].preference`, 'a finite number', preference);
    const span = eventSpan(candidate.event, `candidates[${i}].event`, issues);
    if (span !== undefined && issues.size === before) timed.push({ requestId, span, preference });
  });
  issues.throwIfAny('invalid_input');
  return assignTimed(timed, read.crews, read.bookings, read.buffers!, budget);
}
