// Runs a scenario: evaluates its request with the core's evaluateEligibility, and compares the report
// with what the scenario expects.
import { findAvailableCrews } from '../../crew/findAvailableCrews.js';
import type { BookingInput } from '../../models/booking.js';
import { parseCoverageRequest } from '../../models/coverageRequest.js';
import type { CrewInput } from '../../models/crew.js';
import { evaluateEligibility } from '../../rules/evaluateEligibility.js';
import type { EligibilityReport, FindingStatus } from '../../rules/types.js';
import { isPartnershipError } from '../../errors.js';
import { joinPath } from '../../_lib/path.js';
import { renameIssues } from '../../_lib/reject.js';
import { inFiles, type InputIssue } from '../io.js';
import type { Expectation, Scenario } from './read.js';

/** What a report gave for an expectation: a decision, a preference, or a status (per sponsor for C2.2 and C2.3). */
export interface Got {
  readonly value: EligibilityReport['decision'] | FindingStatus | number;
  readonly sponsorId?: string;
}

/** An expectation the report does not meet: `got` is empty when the rule gave no finding. */
export interface Failure {
  /** `decision`, `preference`, or the key under `statuses` (`C9`, `C2.2 csp-1`). */
  readonly expectation: string;
  readonly kind: Expectation['kind'];
  /** The line the expectation is written on. */
  readonly line: number | undefined;
  readonly expected: Expectation['expected'];
  readonly got: readonly Got[];
}

/** The outcome of one scenario: passed when no expectation failed. */
export interface ScenarioResult {
  readonly file: string;
  readonly name: string;
  readonly passed: boolean;
  readonly decision: EligibilityReport['decision'];
  readonly preference: number;
  readonly policyVersion: string;
  readonly failures: readonly Failure[];
}

/** The report's answer to one expectation. */
function answer(report: EligibilityReport, expectation: Expectation): readonly Got[] {
  switch (expectation.kind) {
    case 'decision':
      return [{ value: report.decision }];
    case 'preference':
      return [{ value: report.preference }];
    case 'status':
      return report.findings
        .filter((f) => f.rule === expectation.rule && (expectation.sponsorId === undefined || f.sponsorId === expectation.sponsorId))
        .map((f) => (f.sponsorId === undefined ? { value: f.status } : { value: f.status, sponsorId: f.sponsorId }));
  }
}

/** The keys and indexes of a path as the core writes it: `speakers[2].release`, `clauses["dvd "]`. */
export function pathSegments(path: string): (string | number)[] {
  return [...path.matchAll(/([A-Za-z_$][\w$]*)|\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]/g)].map((m) => (m[1] ?? (m[2] === undefined ? (JSON.parse(m[3]!) as string) : Number(m[2]))));
}

/**
 * The request, checked by the core: an issue's path is told as the request's
 * (`request.speakers[2].release`), in the scenario's file, after the line that writes it when the
 * scenario does (`line 9 (request.event.audio.confirmedat)`).
 */
function parsedRequest(scenario: Scenario) {
  try {
    return parseCoverageRequest(scenario.request);
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    throw renameIssues(error, (issue): InputIssue => {
      const path = joinPath('request', issue.path);
      const line = scenario.requestLine(pathSegments(issue.path));
      return { ...issue, path: line === undefined ? path : `line ${line} (${path})`, file: scenario.file };
    });
  }
}

/**
 * Evaluates a scenario and compares the report with its expectations.
 *
 * @throws {PartnershipError} when the request (its change applied), the crews or the bookings are
 *   not valid: each issue names the scenario file (or the crews or bookings file) and the path.
 */
export function runScenario(scenario: Scenario): ScenarioResult {
  const request = parsedRequest(scenario);
  const { policy, asOf, crews, bookings } = scenario;
  const files = { ...(crews === undefined ? {} : { crews: crews.file }), ...(bookings === undefined ? {} : { bookings: bookings.file }) };
  const availability =
    crews === undefined
      ? undefined
      : inFiles(files, () => findAvailableCrews(request.event, { crews: crews.list as CrewInput[], bookings: (bookings?.list ?? []) as BookingInput[], policy }));
  const report = evaluateEligibility(request, { policy, asOf, ...(availability === undefined ? {} : { availability }) });
  const failures = scenario.expectations.flatMap((expectation): Failure[] => {
    const got = answer(report, expectation);
    if (got.length > 0 && got.every((g) => g.value === expectation.expected)) return [];
    const key = expectation.kind === 'status' ? expectation.key : expectation.kind;
    return [{ expectation: key, kind: expectation.kind, line: expectation.line, expected: expectation.expected, got }];
  });
  return {
    file: scenario.file,
    name: scenario.name,
    passed: failures.length === 0,
    decision: report.decision,
    preference: report.preference,
    policyVersion: report.policyVersion,
    failures,
  };
}
