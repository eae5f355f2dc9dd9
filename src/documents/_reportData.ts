// What the season report shows, read from the plan, the requests, the crews and the options: the
// events with their crew, decision and report; the crews; the money by month. @internal
import type { BookingInput } from '../models/booking.js';
import { settlementTerms } from '../models/contract.js';
import { readCoverageRequest, type CoverageRequest, type CoverageRequestInput } from '../models/coverageRequest.js';
import type { Crew, CrewInput } from '../models/crew.js';
import { settle } from '../money/settle.js';
import { summarizeSeason } from '../money/summarizeSeason.js';
import type { Money } from '../money/money.js';
import type { Receipt, Statement } from '../money/types.js';
import { isPartnershipError } from '../errors.js';
import type { EligibilityReport } from '../rules/types.js';
import type { SeasonPlan, SeasonUnassigned } from '../season/_plan.js';
import { readCrews, type TimedBooking } from '../crew/findAvailableCrews.js';
import { instantMs } from '../_lib/instant.js';
import { Issues, pathUnder } from '../_lib/reject.js';
import { joinPath, keyPath } from '../_lib/path.js';
import { isRecord } from '../_lib/record.js';
import { checkReport } from './_report.js';
import { checkReportPlan } from './_reportPlan.js';

/** The simulated producer risk per month, as `simulateSeason` summarizes it: amounts are decimal strings. */
export interface SeasonReportSimulation {
  readonly currency: string;
  readonly byMonth: readonly {
    /** `YYYY-MM`. */
    readonly month: string;
    readonly uncovered: { readonly mean: string; readonly median: string; readonly p5: string; readonly p95: string };
  }[];
}

/** One request of the season as the report shows it. @internal */
export interface ReportEvent {
  /** Its number on the page, in order of start. */
  readonly n: number;
  readonly request: CoverageRequest;
  readonly startMs: number;
  readonly endMs: number;
  /** From its report, else from the plan (unknown for a request left out without a report). */
  readonly decision: EligibilityReport['decision'] | undefined;
  readonly crewId: string | undefined;
  readonly booked: boolean;
  readonly unassigned: SeasonUnassigned | undefined;
  readonly report: EligibilityReport | undefined;
}

/** One month of the money view, in one currency. @internal */
export interface MonthMoney {
  readonly month: string;
  readonly committed: Money;
  readonly recovered: Money;
  readonly uncovered: Money;
}

/** The money view by currency, then month. @internal */
export interface CurrencyMoney {
  readonly currency: string;
  readonly months: readonly MonthMoney[];
  readonly simulation: SeasonReportSimulation | undefined;
}

/** Everything the page draws. @internal */
export interface ReportData {
  readonly events: readonly ReportEvent[];
  readonly crews: readonly Crew[];
  /** Bookings of events outside the requests: they hold their crew. */
  readonly held: readonly TimedBooking[];
  readonly money: readonly CurrencyMoney[];
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const DECIMAL = /^-?\d+(\.\d+)?$/;

function readSimulation(simulation: unknown, issues: Issues): SeasonReportSimulation | undefined {
  if (simulation === undefined) return undefined;
  const root = 'options.simulation';
  if (!isRecord(simulation) || typeof simulation.currency !== 'string' || !Array.isArray(simulation.byMonth)) {
    issues.invalid(root, 'a simulation `{ currency, byMonth }`', simulation);
    return undefined;
  }
  // Array.from, not forEach: a hole in a sparse list is a month that is not one, not one skipped.
  Array.from(simulation.byMonth as unknown[], (entry, i) => {
    const path = `${root}.byMonth[${i}]`;
    if (!isRecord(entry) || typeof entry.month !== 'string' || !/^\d{4}-(0[1-9]|1[0-2])$/.test(entry.month)) {
      issues.invalid(`${path}.month`, 'a month `YYYY-MM`', isRecord(entry) ? entry.month : entry);
      return;
    }
    const uncovered = entry.uncovered;
    for (const key of ['mean', 'median', 'p5', 'p95'] as const) {
      const value: unknown = isRecord(uncovered) ? uncovered[key] : undefined;
      if (typeof value !== 'string' || !DECIMAL.test(value)) issues.invalid(`${path}.uncovered.${key}`, 'a decimal string such as `"1200.50"`', value);
    }
  });
  return simulation as unknown as SeasonReportSimulation;
}

function readReports(reports: unknown, issues: Issues): Map<string, EligibilityReport> {
  const out = new Map<string, EligibilityReport>();
  if (reports === undefined) return out;
  if (!Array.isArray(reports)) {
    issues.invalid('options.reports', 'a list of eligibility reports', reports);
    return out;
  }
  reports.forEach((report: unknown, i) => {
    if (checkReport(issues, report, `options.reports[${i}]`)) out.set(report.requestId, report);
  });
  return out;
}

/** The receipts by request id: each a covered partnership request with a contract, its value a list. */
function readReceipts(receipts: unknown, events: readonly ReportEvent[], issues: Issues): Map<string, readonly Receipt[]> {
  const out = new Map<string, readonly Receipt[]>();
  if (receipts === undefined) return out;
  const root = 'options.receipts';
  if (!isRecord(receipts)) {
    issues.invalid(root, 'the receipts by request id `{ "<request id>": [receipts] }`', receipts);
    return out;
  }
  const byId = new Map(events.map((e) => [e.request.id, e]));
  issues.unknownKeys(receipts, [...byId.keys()], root);
  for (const [id, list] of Object.entries(receipts)) {
    const event = byId.get(id);
    if (event === undefined) continue;
    const path = keyPath(root, id);
    const why =
      event.crewId === undefined || event.request.mode !== 'partnership' ? 'is not covered by the plan' : event.request.contract === undefined ? 'has no contract (no breakeven fixed)' : undefined;
    if (why !== undefined) issues.add('invalid_input', path, `Expected the receipts of a covered partnership request with a contract: \`${id}\` ${why}`);
    else if (!Array.isArray(list)) issues.invalid(path, 'a list of receipts', list);
    else out.set(id, list as readonly Receipt[]);
  }
  return out;
}

/** `settle`'s statement of one request, its issues recorded at their paths under `options.receipts["<id>"]`. */
function settleRequest(request: CoverageRequest, receipts: readonly Receipt[], issues: Issues): Statement | undefined {
  try {
    return settle(settlementTerms(request.contract!), receipts);
  } catch (error) {
    if (!isPartnershipError(error)) throw error;
    const under = keyPath('options.receipts', request.id);
    const rename = (path: string): string => {
      const rest = pathUnder(path, 'receipts');
      return rest === undefined ? path : joinPath(under, rest);
    };
    const retell = (text: string): string => text.replace(/`(receipts[^`]*)`/g, (_, path: string) => `\`${rename(path)}\``);
    issues.record(
      error.issues.map((issue) => ({ ...issue, path: rename(issue.path), message: retell(issue.message) })),
      retell(error.message),
    );
    return undefined;
  }
}

/** The money view by month: the plan's covered partnership requests with a contract, settled with their receipts (none when not given). */
function moneyByMonth(events: readonly ReportEvent[], simulation: SeasonReportSimulation | undefined, receipts: ReadonlyMap<string, readonly Receipt[]>): CurrencyMoney[] {
  const groups = new Map<string, Map<string, Statement[]>>();
  const issues = new Issues();
  for (const event of events) {
    const { request } = event;
    if (event.crewId === undefined || request.mode !== 'partnership' || request.contract === undefined) continue;
    const statement = settleRequest(request, receipts.get(request.id) ?? [], issues);
    if (statement === undefined) continue;
    // The month the event starts in, at its own offset.
    const month = request.event.start.slice(0, 7);
    const months = groups.get(statement.currency) ?? new Map<string, Statement[]>();
    groups.set(statement.currency, months);
    months.set(month, [...(months.get(month) ?? []), statement]);
  }
  issues.throwIfAny();
  if (simulation !== undefined && !groups.has(simulation.currency)) groups.set(simulation.currency, new Map());
  return [...groups.keys()].sort(byCode).map((currency) => {
    const months = groups.get(currency)!;
    const sim = simulation?.currency === currency ? simulation : undefined;
    for (const { month } of sim?.byMonth ?? []) if (!months.has(month)) months.set(month, []);
    return {
      currency,
      simulation: sim,
      months: [...months.keys()].sort(byCode).map((month) => {
        const summary = summarizeSeason(months.get(month)!, { currency });
        return { month, committed: summary.breakevenCommitted, recovered: summary.recovered, uncovered: summary.uncovered };
      }),
    };
  });
}

/** Reads the report's inputs, every issue recorded before one error is thrown. @internal */
export function reportData(
  plan: SeasonPlan,
  requests: readonly CoverageRequestInput[],
  crews: readonly CrewInput[],
  bookings: readonly BookingInput[],
  reportsInput: unknown,
  simulationInput: unknown,
  receiptsInput?: unknown,
): ReportData {
  const issues = new Issues();
  checkReportPlan(issues, plan);
  if (!Array.isArray(requests)) issues.invalid('options.requests', 'the list of coverage requests the plan was made from', requests);
  issues.throwIfAny('invalid_input');
  const read = requests.map((input, i) => readCoverageRequest(input, `options.requests[${i}]`, issues));
  const crewsRead = readCrews(crews, bookings, issues);
  const reports = readReports(reportsInput, issues);
  const simulation = readSimulation(simulationInput, issues);
  const parsed = read.filter((r): r is CoverageRequest => r !== undefined);
  const known = new Set(parsed.map((r) => r.id));
  const planned = [...plan.assignments, ...plan.unassigned];
  planned.forEach((item, i) => {
    if (!known.has(item.requestId)) issues.invalid(`plan.${i < plan.assignments.length ? `assignments[${i}]` : `unassigned[${i - plan.assignments.length}]`}.requestId`, 'a request of `options.requests`', item.requestId);
  });
  const crewIds = new Set(crewsRead.crews.map((c) => c.id));
  plan.assignments.forEach((a, i) => {
    if (!crewIds.has(a.crewId)) issues.invalid(`plan.assignments[${i}].crewId`, 'a crew of `options.crews`', a.crewId);
  });
  issues.throwIfAny('invalid_input');

  const assigned = new Map(plan.assignments.map((a) => [a.requestId, a]));
  const left = new Map(plan.unassigned.map((u) => [u.requestId, u]));
  const ordered = parsed
    .map((request) => ({ request, startMs: instantMs(request.event.start)!, endMs: instantMs(request.event.end)! }))
    .sort((a, b) => a.startMs - b.startMs || byCode(a.request.id, b.request.id));
  const events = ordered.map(({ request, startMs, endMs }, i): ReportEvent => {
    const assignment = assigned.get(request.id);
    const unassigned = left.get(request.id);
    const report = reports.get(request.id);
    const decision = report?.decision ?? assignment?.decision ?? (unassigned?.reason === 'ineligible' ? 'ineligible' : undefined);
    return { n: i + 1, request, startMs, endMs, decision, crewId: assignment?.crewId, booked: assignment?.booked ?? false, unassigned, report };
  });
  const receipts = readReceipts(receiptsInput, events, issues);
  issues.throwIfAny('invalid_input');
  const shown = new Set(parsed.map((r) => r.event.id));
  return {
    events,
    crews: crewsRead.crews,
    held: crewsRead.bookings.filter((b) => !shown.has(b.eventId)).sort((a, b) => a.startMs - b.startMs || byCode(a.crewId, b.crewId)),
    money: moneyByMonth(events, simulation, receipts),
  };
}
