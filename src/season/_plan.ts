/**
 * The season plan around the optimizer: eligibility per request (with C3 from the existing
 * bookings), the exact assignment, the reasons of every request left out, and the money view.
 * The evaluator is a parameter so the plan can be tested on its own. @internal
 */
import type { CrewAvailability } from '../models/availability.js';
import type { BookingInput } from '../models/booking.js';
import { settlementTerms } from '../models/contract.js';
import type { CoverageRequest } from '../models/coverageRequest.js';
import type { CrewInput } from '../models/crew.js';
import type { PolicyInput } from '../models/policy.js';
import { settle } from '../money/settle.js';
import { summarizeSeason, type SeasonSummary } from '../money/summarizeSeason.js';
import type { Statement } from '../money/types.js';
import type { RuleId } from '../models/ruleIds.js';
import { blockingUnmet } from '../rules/blockingUnmet.js';
import type { EligibilityReport } from '../rules/types.js';
import { describeValue } from '../_lib/describe.js';
import { expectation, Issues, reject } from '../_lib/reject.js';
import { formatInstant, timestampMs } from '../_lib/instant.js';
import { readBudget, sumPreferences } from '../crew/_optimize.js';
import { assignTimed } from '../crew/assignCrews.js';
import { availabilityOf, type EventSpan, eventSpan, indexBookings, policyBuffers, readCrews } from '../crew/findAvailableCrews.js';

/** Options of `planSeason`. */
export interface PlanSeasonOptions {
  /** The policy version to evaluate with (checked like `parsePolicy`): its buffers separate two events of one crew. */
  readonly policy: PolicyInput;
  /**
   * The evaluation instant, what `evaluateEligibility` accepts: an ISO 8601 instant with an
   * offset, a calendar date (start of day, UTC), or a `Date`. The plan echoes it as reports do,
   * in UTC: `2026-02-10T13:00:00+01:00` becomes `2026-02-10T12:00:00.000Z`.
   */
  readonly asOf: string | Date;
  /**
   * How much the search may do when crews differ, in states expanded over the season (default
   * 12,000,000): a whole number, at least 0, deterministic. Past it the plan is the best found, with
   * `optimal: false` and its `bound` (see docs/crews.md).
   */
  readonly budget?: number;
}

/** One request the plan covers, with the crew that films it. */
export interface SeasonAssignment {
  readonly requestId: string;
  readonly eventId: string;
  readonly crewId: string;
  /**
   * `eligible`, or `incomplete` when some condition is still pending or unknown within its deadline (to
   * follow up). A request that can no longer become eligible before it starts is `ineligible`, never assigned.
   */
  readonly decision: 'eligible' | 'incomplete';
  /** The request's preference score from its report. */
  readonly preference: number;
  /** `true` when the event already had a booking: its crew is kept as booked, not re-planned. */
  readonly booked: boolean;
}

/** A request the plan leaves out, and why. */
export type SeasonUnassigned =
  | {
      readonly requestId: string;
      readonly eventId: string;
      /** A blocking rule is unmet: the request is never planned. */
      readonly reason: 'ineligible';
      /** The unmet blocking, event-scoped rules, in report order (`blockingUnmet`): per-sponsor C2.2 and C2.3 never count. */
      readonly rules: readonly RuleId[];
    }
  | {
      readonly requestId: string;
      readonly eventId: string;
      /** Covering it would cover fewer events, or as many with a lower total preference. */
      readonly reason: 'outbid';
      /** The covered requests, overlapping it (buffers included) on every crew that could take it, sorted by id. */
      readonly by: readonly string[];
    }
  | {
      readonly requestId: string;
      readonly eventId: string;
      /** No crew can take it at all: too few cameras, or held by existing bookings. */
      readonly reason: 'no_crew';
    };

/** The season's money if no sponsor comes: what the covered partnership events commit, per currency. */
export interface SeasonMoney {
  /**
   * One `summarizeSeason` view per currency (sorted), over the covered partnership requests that
   * have a contract, settled with no receipt: `breakevenCommitted`, and `uncovered` = the producer risk.
   */
  readonly byCurrency: readonly SeasonSummary[];
  /** Covered partnership requests with no contract yet, sorted: their breakeven is not fixed. */
  readonly withoutContract: readonly string[];
}

/** The outcome of `planSeason`: plain JSON, in a stable order. */
export interface SeasonPlan {
  readonly policyVersion: string;
  /** `options.asOf` as an UTC instant, as reports write it: `2026-02-10T12:00:00.000Z`. */
  readonly asOf: string;
  /** Covered requests, sorted by request id. */
  readonly assignments: readonly SeasonAssignment[];
  /** Requests left out, sorted by request id. */
  readonly unassigned: readonly SeasonUnassigned[];
  /** The objective, compared lexicographically: events covered, then total preference. */
  readonly score: { readonly covered: number; readonly preference: number };
  /**
   * `true` when the plan is proven optimal. `false` when the search's budget ran out first: the plan
   * is the best found, still valid (no double booking, buffers, capacities and bookings respected).
   */
  readonly optimal: boolean;
  /** The best `{ covered, preference }` any plan could reach, booked events included, compared like `score`; equal to `score` when `optimal`. */
  readonly bound: { readonly covered: number; readonly preference: number };
  readonly money: SeasonMoney;
}

/** Evaluates one request with its crew availability. @internal */
export type Evaluate = (request: CoverageRequest, options: { policy: PolicyInput; asOf: string; availability: CrewAvailability }) => EligibilityReport;

/** Reads one request of the season, recording its issues; `undefined` when it has any. @internal */
export type ReadRequest = (request: unknown, root: string, issues: Issues) => CoverageRequest | undefined;

/** The checks `planWith` makes of a request it is given as parsed: an object with an id (its event is read by `eventSpan`). */
function requestShape(request: unknown, root: string, issues: Issues): CoverageRequest | undefined {
  if (request === null || typeof request !== 'object') {
    issues.invalid(root, 'a coverage request', request);
    return undefined;
  }
  return request as CoverageRequest;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Reads `asOf` as `evaluateEligibility` does: an instant with an offset, a calendar date, or a valid `Date`. @internal */
export function readPlanAsOf(asOf: unknown): string {
  const ms = asOf instanceof Date ? asOf.getTime() : typeof asOf === 'string' ? timestampMs(asOf) : undefined;
  if (ms === undefined || !Number.isFinite(ms)) {
    const message = `Expected \`options.asOf\` to be an ISO 8601 instant with an offset, a calendar date or a valid Date, got ${asOf instanceof Date ? 'an invalid Date' : describeValue(asOf)}`;
    reject('invalid_as_of', 'options.asOf', message);
  }
  return formatInstant(ms);
}


/** Timings of the last plan, for the benchmark. @internal */
export interface PlanTimings {
  evaluateMs: number;
  assignMs: number;
}

/**
 * The plan, with the evaluator given. Every issue of the requests, crews and bookings is recorded
 * before anything is evaluated, then thrown together. `read` reads one request (`planSeason`
 * parses it; the default only checks it is an object). @internal
 */
export function planWith(
  evaluate: Evaluate,
  requests: readonly unknown[],
  crews: readonly CrewInput[],
  bookings: readonly BookingInput[],
  options: PlanSeasonOptions,
  timings?: PlanTimings,
  read: ReadRequest = requestShape,
): SeasonPlan {
  if (!Array.isArray(requests)) reject('invalid_input', 'requests', expectation('requests', 'a list of coverage requests', requests));
  if (options === null || typeof options !== 'object') reject('invalid_options', 'options', expectation('options', 'options `{ policy, asOf }`', options));
  const { policy } = options;
  const asOf = readPlanAsOf(options.asOf);
  const issues = new Issues();
  const buffers = policyBuffers(policy, 'options.policy', issues);
  const crewsRead = readCrews(crews, bookings, issues);
  const budget = readBudget(options.budget, 'options.budget', issues);
  const seen = new Set<string>();
  const checked: { request: CoverageRequest; span: EventSpan }[] = [];
  requests.forEach((input, i) => {
    const request = read(input, `requests[${i}]`, issues);
    if (request === undefined) return;
    const before = issues.size;
    if (typeof request.id !== 'string' || request.id === '') issues.invalid(`requests[${i}].id`, 'a non-empty string', request.id);
    else if (seen.has(request.id)) issues.invalid(`requests[${i}].id`, 'a request id used once', request.id);
    else seen.add(request.id);
    const span = eventSpan(request.event, `requests[${i}].event`, issues);
    if (span !== undefined && issues.size === before) checked.push({ request, span });
  });
  issues.throwIfAny('invalid_input');
  const clock = (): number => (typeof performance === 'undefined' ? 0 : performance.now());

  const t0 = clock();
  const bookingIndex = indexBookings(crewsRead.bookings, buffers!);
  const entries = checked.map(({ request, span }) => {
    const availability = availabilityOf(span, crewsRead.crews, bookingIndex);
    const report = evaluate(request, { policy, asOf, availability });
    return { request, span, report };
  });
  const t1 = clock();

  // Events that already have a booking keep their crew; the others are planned around it.
  const bookedCrew = new Map<string, string>();
  const known = new Set(crewsRead.crews.map((c) => c.id));
  for (const b of crewsRead.bookings) {
    const held = bookedCrew.get(b.eventId);
    if (known.has(b.crewId) && (held === undefined || b.crewId < held)) bookedCrew.set(b.eventId, b.crewId);
  }
  const candidates = entries
    .filter((e) => e.report.decision !== 'ineligible' && !bookedCrew.has(e.request.event.id))
    .map(({ request, span, report }) => ({ requestId: request.id, span, preference: report.preference }));
  const crewPlan = assignTimed(candidates, crewsRead.crews, crewsRead.bookings, buffers!, budget);
  const t2 = clock();
  if (timings) {
    timings.evaluateMs = t1 - t0;
    timings.assignMs = t2 - t1;
  }

  const assignedTo = new Map(crewPlan.assignments.map((a) => [a.requestId, a.crewId]));
  const leftOut = new Map(crewPlan.unassigned.map((u) => [u.requestId, u]));
  const assignments: SeasonAssignment[] = [];
  const unassigned: SeasonUnassigned[] = [];
  for (const { request, report } of entries) {
    const eventId = request.event.id;
    const crewId = assignedTo.get(request.id);
    if (report.decision === 'ineligible') {
      unassigned.push({ requestId: request.id, eventId, reason: 'ineligible', rules: blockingUnmet(report) });
    } else if (bookedCrew.has(eventId)) {
      assignments.push({ requestId: request.id, eventId, crewId: bookedCrew.get(eventId)!, decision: report.decision, preference: report.preference, booked: true });
    } else if (crewId !== undefined) {
      assignments.push({ requestId: request.id, eventId, crewId, decision: report.decision, preference: report.preference, booked: false });
    } else {
      unassigned.push(leftOut.get(request.id)!);
    }
  }
  assignments.sort((a, b) => byCode(a.requestId, b.requestId));
  unassigned.sort((a, b) => byCode(a.requestId, b.requestId));

  const score = { covered: assignments.length, preference: sumPreferences(assignments.map((a) => a.preference)) };
  // The crew plan's bound, plus the booked events it does not plan.
  const booked = assignments.filter((a) => a.booked);
  const bound = crewPlan.optimal ? score : { covered: crewPlan.bound.covered + booked.length, preference: sumPreferences([crewPlan.bound.preference, ...booked.map((a) => a.preference)]) };
  return {
    policyVersion: policy.version,
    asOf,
    assignments,
    unassigned,
    score,
    optimal: crewPlan.optimal,
    bound,
    money: seasonMoney(entries.map((e) => e.request), new Set(assignments.map((a) => a.requestId))),
  };
}

/** The money view over every covered request, booked ones included. */
function seasonMoney(requests: readonly CoverageRequest[], covered: ReadonlySet<string>): SeasonMoney {
  const byCurrency = new Map<string, Statement[]>();
  const withoutContract: string[] = [];
  for (const request of requests) {
    if (!covered.has(request.id) || request.mode !== 'partnership') continue;
    if (request.contract === undefined) {
      withoutContract.push(request.id);
      continue;
    }
    // No receipt: what the season looks like if no sponsor comes.
    const statement = settle(settlementTerms(request.contract), []);
    const list = byCurrency.get(statement.currency);
    if (list) list.push(statement);
    else byCurrency.set(statement.currency, [statement]);
  }
  return {
    byCurrency: [...byCurrency.keys()].sort(byCode).map((currency) => summarizeSeason(byCurrency.get(currency)!, { currency })),
    withoutContract: withoutContract.sort(byCode),
  };
}
