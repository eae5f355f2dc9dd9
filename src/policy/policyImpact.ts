import { expectation, Issues, reject } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import type { BookingInput } from '../models/booking.js';
import { parseCoverageRequest, type CoverageMode, type CoverageRequestInput } from '../models/coverageRequest.js';
import { findAvailableCrews } from '../crew/findAvailableCrews.js';
import type { CrewInput } from '../models/crew.js';
import type { Policy, PolicyInput } from '../models/policy.js';
import type { RuleId } from '../models/ruleIds.js';
import type { Money } from '../money/money.js';
import { evaluateEligibility } from '../rules/evaluateEligibility.js';
import type { EligibilityReport } from '../rules/types.js';
import { readPlanAsOf, type SeasonPlan } from '../season/_plan.js';
import { planSeason } from '../season/planSeason.js';
import { changesBetween, parseBoth, type PolicyChange, type PolicyDiff } from './diffPolicies.js';
import { changedFindings, responsible, type FindingChange } from './_responsible.js';
import { crewOf, placesIn, type PlanPlace } from './_place.js';
import { breakevenChange, totalsOf, type SeasonTotals } from './_totals.js';

export type { FindingChange } from './_responsible.js';
export type { PlanPlace } from './_place.js';
export type { SeasonTotals } from './_totals.js';

/** Options of {@link policyImpact}. */
export interface PolicyImpactOptions {
  /** The policy in force (checked like `parsePolicy`). */
  readonly before: PolicyInput;
  /** The policy that would replace it (checked like `parsePolicy`). */
  readonly after: PolicyInput;
  /** The evaluation instant, as `evaluateEligibility` and `planSeason` take it; echoed in UTC. */
  readonly asOf: string | Date;
  /**
   * The platform's crews: with them, C3 comes from `findAvailableCrews` (and the existing `bookings`),
   * and the crew plan of each policy is worked out (`planSeason`). Without them C3 is `unknown` until
   * its deadline, as in `check`, and there is no crew plan.
   */
  readonly crews?: readonly CrewInput[];
  /** Existing bookings that hold crews (only with `crews`). */
  readonly bookings?: readonly BookingInput[];
}

/** Something that is one value before the change and another after. */
export interface BeforeAfter<T> {
  readonly before: T;
  readonly after: T;
}

/**
 * One request whose decision, preference or a finding's status changes, or, with `crews`, whose
 * crew in the plan changes (covered under one policy only, or by another crew), and why.
 */
export interface RequestImpact {
  readonly requestId: string;
  readonly eventId: string;
  readonly mode: CoverageMode;
  readonly decision: BeforeAfter<EligibilityReport['decision']>;
  readonly preference: BeforeAfter<number>;
  /** With `crews`: whether the crew plan covers the request under each policy. */
  readonly covered?: BeforeAfter<boolean>;
  /**
   * With `crews`: the request's place in the crew plan under each policy, its crew or why it is
   * left out. A request listed only because its place changed has no finding and no rule: another
   * request took or freed its crew (`outbid` names the requests that take it).
   */
  readonly plan?: BeforeAfter<PlanPlace>;
  /** Every finding whose status or kind changes, or that applies under one policy only, in report order. */
  readonly findings: readonly FindingChange[];
  /**
   * The rules responsible, in `RULE_IDS` order: those whose finding changes, and, when the
   * preference changes, the weighing rules whose weight changed.
   */
  readonly rules: readonly RuleId[];
  /**
   * The changes of the diff those rules read, in the diff's order: a parameter they use
   * (`Rule.parameters`; for C3 with crews, the buffers too), their entry in the request's mode, in
   * `blocking`, or their weight. Empty when a rule changed through another (never so far).
   */
  readonly causes: readonly PolicyChange[];
}

/** The outcome of {@link policyImpact}: plain JSON, in a stable order. */
export interface PolicyImpact {
  /** `options.asOf` as an UTC instant. */
  readonly asOf: string;
  /** What changes from one policy to the other (`diffPolicies`). */
  readonly diff: PolicyDiff;
  /**
   * The requests that change, sorted by request id: with `crews`, every request the plan covers
   * under one policy only (or with another crew), so the `covered` totals differ by the requests
   * listed as gained minus those listed as lost.
   */
  readonly requests: readonly RequestImpact[];
  /** The season under each policy. */
  readonly totals: BeforeAfter<SeasonTotals>;
  /** With `crews`: the breakeven committed after minus before, per currency (sorted), exact; zero amounts included. */
  readonly breakevenChange?: readonly Money[];
}

const KNOWN = ['before', 'after', 'asOf', 'crews', 'bookings'];

interface Run {
  readonly reports: ReadonlyMap<string, EligibilityReport>;
  readonly plan: SeasonPlan;
}

/**
 * Evaluates every request under `policy`, with the crew plan (C3 from the crews when there are
 * some). `planSeason` checks every request, crew and booking first, and throws every issue; the
 * reports, which the plan does not return, are then evaluated as `check` does (`findAvailableCrews`),
 * through the public functions only, so that the crew entry's bundle stays as it is.
 */
function run(requests: readonly CoverageRequestInput[], policy: Policy, asOf: string, crews: readonly CrewInput[] | undefined, bookings: readonly BookingInput[]): Run {
  const plan = planSeason(requests, crews ?? [], bookings, { policy, asOf });
  const reports = new Map<string, EligibilityReport>();
  for (const input of requests) {
    const request = parseCoverageRequest(input);
    const availability = crews === undefined ? {} : { availability: findAvailableCrews(request.event, { crews, bookings, policy }) };
    reports.set(request.id, evaluateEligibility(request, { policy, asOf, ...availability }));
  }
  return { reports, plan };
}

function readOptions(options: unknown): { before: Policy; after: Policy; asOf: string; crews: readonly CrewInput[] | undefined; bookings: readonly BookingInput[] } {
  if (!isRecord(options)) reject('invalid_options', 'options', expectation('options', 'options `{ before, after, asOf, crews?, bookings? }`', options));
  const issues = new Issues();
  issues.unknownKeys(options, KNOWN, 'options');
  issues.throwIfAny();
  const asOf = readPlanAsOf(own(options, 'asOf'));
  const { before, after } = parseBoth(own(options, 'before'), own(options, 'after'), 'options');
  const crews = own(options, 'crews') as readonly CrewInput[] | undefined;
  const bookings = own(options, 'bookings') as readonly BookingInput[] | undefined;
  if (crews === undefined && bookings !== undefined) {
    reject('invalid_options', 'options.crews', expectation('options.crews', 'the crews the bookings hold, as `options.bookings` is given', crews));
  }
  return { before, after, asOf, crews, bookings: bookings ?? [] };
}

/**
 * Shows what a policy change would change, before it applies: every request is evaluated under
 * both policies (`evaluateEligibility`, and the crew plan of `planSeason` when crews are given), and
 * each request whose decision, preference or any finding's status changes is listed with the rules
 * responsible and the changes of the policy they read, beside the season's totals before and after.
 * With crews, so is each request the plan covers under one policy only or with another crew, with
 * its place in each plan: one that changes only because another request took or freed its crew
 * has no rule of its own.
 *
 * @param requests - coverage requests, ids unique (parsed like `parseCoverageRequest`).
 * @param options - `before` and `after` (policies), `asOf`, and optionally `crews` and `bookings`;
 *   any other key is an error.
 * @returns plain JSON: the diff, the requests that change (sorted by id), the totals under each
 *   policy, and the breakeven change per currency with crews. Identical policies change nothing.
 * @throws {PartnershipError} `invalid_options` (not an object, `bookings` without `crews`),
 *   `unknown_key` (`options.befor`: did you mean `before`?), `invalid_as_of`, every issue of both
 *   policies (`options.after.parameters.releaseLeadDays`), and `planSeason`'s `invalid_input` for
 *   the requests, crews and bookings.
 * @example
 * // The example season (examples/data): C0, the symbolic promotion effort, no longer blocks.
 * const after = { ...DEFAULT_POLICY, version: 'lenient', blocking: DEFAULT_POLICY.blocking.filter((rule) => rule !== 'C0') };
 * const impact = policyImpact(requests, { before: DEFAULT_POLICY, after, asOf: '2026-02-10T12:00:00Z', crews, bookings });
 * impact.requests.map((r) => [r.requestId, r.decision.after, r.rules, r.plan?.after])
 * //=> [['req-free', 'eligible', ['C0'], { crewId: 'crew-lyon', booked: false }]]
 */
export function policyImpact(requests: readonly CoverageRequestInput[], options: PolicyImpactOptions): PolicyImpact {
  if (!Array.isArray(requests)) reject('invalid_input', 'requests', expectation('requests', 'a list of coverage requests', requests));
  const { before, after, asOf, crews, bookings } = readOptions(options);
  const was = run(requests, before, asOf, crews, bookings);
  // Parsed once: the second run reads the requests the first one parsed.
  const is = run(requests.map((r) => parseCoverageRequest(r)), after, asOf, crews, bookings);
  const changes = changesBetween(before, after);
  const withCrews = crews !== undefined;
  const placesBefore = placesIn(was.plan);
  const placesAfter = placesIn(is.plan);

  const impacts: RequestImpact[] = [];
  for (const id of [...was.reports.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) {
    const old = was.reports.get(id)!;
    const now = is.reports.get(id)!;
    const findings = changedFindings(old, now);
    const preferenceChanged = old.preference !== now.preference;
    const statusChanged = findings.some((f) => f.before?.status !== f.after?.status);
    const place = { before: placesBefore.get(id)!, after: placesAfter.get(id)! };
    const crewChanged = withCrews && crewOf(place.before) !== crewOf(place.after);
    if (old.decision === now.decision && !preferenceChanged && !statusChanged && !crewChanged) continue;
    const blame = responsible(old, now, findings, changes, withCrews);
    impacts.push({
      requestId: id,
      eventId: old.eventId,
      mode: old.mode,
      decision: { before: old.decision, after: now.decision },
      preference: { before: old.preference, after: now.preference },
      ...(withCrews ? { covered: { before: crewOf(place.before) !== undefined, after: crewOf(place.after) !== undefined }, plan: place } : {}),
      findings,
      rules: blame.rules,
      causes: blame.causes,
    });
  }
  const totals = { before: totalsOf(was.reports, was.plan, withCrews), after: totalsOf(is.reports, is.plan, withCrews) };
  return {
    asOf,
    diff: { before: { version: before.version, appliesFrom: before.appliesFrom }, after: { version: after.version, appliesFrom: after.appliesFrom }, changes },
    requests: impacts,
    totals,
    ...(withCrews ? { breakevenChange: breakevenChange(totals.before.breakevenCommitted!, totals.after.breakevenCommitted!) } : {}),
  };
}
