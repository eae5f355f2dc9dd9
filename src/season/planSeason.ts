import type { BookingInput } from '../models/booking.js';
import { readCoverageRequest } from '../models/coverageRequest.js';
import type { CoverageRequestInput } from '../models/coverageRequest.js';
import type { CrewInput } from '../models/crew.js';
import { evaluateEligibility } from '../rules/evaluateEligibility.js';
import { expectation, reject } from '../_lib/reject.js';
import { type PlanSeasonOptions, type PlanTimings, type SeasonPlan, planWith, readPlanAsOf } from './_plan.js';

/**
 * Decides which crew covers which request over a season, exactly.
 *
 * Each request is evaluated with `evaluateEligibility`, its C3 computed by `findAvailableCrews`
 * from the existing bookings. Ineligible requests are never planned, and information missing past its
 * deadline makes a request ineligible, so no crew goes to a request that can no longer become eligible
 * before it starts; `incomplete` ones (their deadlines still ahead) are planned, to follow up. Among the others the plan
 * covers as many events as possible, then maximizes the total preference score, then prefers
 * lower request ids; no crew is double-booked, buffers and existing bookings included, and no crew
 * films an event that needs more cameras than it runs. The result is optimal, not greedy: a
 * min-cost flow on the time line when the crews are interchangeable, a bound and a search otherwise
 * (see docs/crews.md). It never throws because a season is large or hard: when crews differ and the
 * search's `budget` runs out first, the plan is the best found, `optimal: false`, with the `bound`
 * any plan could reach. The same input and budget, in any order, give the same plan on every host.
 *
 * @param requests - coverage requests, ids unique (parsed like `parseCoverageRequest`).
 * @param crews - the platform's crews, ids unique.
 * @param bookings - existing bookings: the crews they hold are not free then.
 * @param options - `policy` (its buffers and rules), `asOf`, the evaluation instant: an ISO 8601
 *   instant with an offset, a calendar date or a `Date`, echoed in UTC as reports do (`plan.asOf`),
 *   and the search's `budget` (optional, states expanded; default 12,000,000).
 * @returns plain JSON: assignments and unassigned requests (with the reason) by request id, the
 *   score `{ covered, preference }`, `optimal` and `bound`, and the money view if no sponsor comes.
 * @throws {PartnershipError} `invalid_input` with every issue of every request, crew and booking, each
 *   at its path (`requests[3].event.end`, `crews[0].cameras`, `crews[1].cameras`, `bookings[0].start`, a
 *   repeated id, `options.budget`), the first 100 listed and the rest counted; `invalid_as_of`.
 * @example
 * const plan = planSeason([requestA, requestB], [crewA], [], { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' });
 * plan.assignments //=> [{ requestId: 'req-a', eventId: 'evt-a', crewId: 'crew-a', decision: 'eligible', preference: 1 }]
 * plan.unassigned //=> [{ requestId: 'req-b', eventId: 'evt-b', reason: 'outbid', by: ['req-a'] }]
 */
export function planSeason(
  requests: readonly CoverageRequestInput[],
  crews: readonly CrewInput[],
  bookings: readonly BookingInput[],
  options: PlanSeasonOptions,
): SeasonPlan {
  return planSeasonTimed(requests, crews, bookings, options);
}

/** {@link planSeason}, reporting the time spent evaluating and assigning. @internal */
export function planSeasonTimed(
  requests: readonly CoverageRequestInput[],
  crews: readonly CrewInput[],
  bookings: readonly BookingInput[],
  options: PlanSeasonOptions,
  timings?: PlanTimings,
): SeasonPlan {
  if (!Array.isArray(requests)) {
    reject('invalid_input', 'requests', expectation('requests', 'a list of coverage requests', requests));
  }
  readPlanAsOf((options as Partial<PlanSeasonOptions> | null | undefined)?.asOf);
  return planWith((request, evaluation) => evaluateEligibility(request, evaluation), requests, crews, bookings, options, timings, readCoverageRequest);
}
