/**
 * The events a simulation settles: the plan's covered partnership requests that have a contract,
 * read from the plan (a `SeasonPlan`, or its JSON as `plan --json` prints it) and the requests it
 * was made from, checked against each other. @internal
 */
import { settlementTerms } from '../models/contract.js';
import { readCoverageRequest } from '../models/coverageRequest.js';
import type { SettlementTerms } from '../money/types.js';
import { currencyTable } from '../money/currencies.js';
import { formatMinorUnits, parseMinorUnits } from '../money/money.js';
import { describeValue } from '../_lib/describe.js';
import { keyPath } from '../_lib/path.js';
import { isRecord, own } from '../_lib/record.js';
import { Issues, rejectValue } from '../_lib/reject.js';

/** One event the simulation settles. @internal */
export interface SeasonEvent {
  readonly requestId: string;
  readonly eventId: string;
  /** `YYYY-MM` of the event's start, in its own offset. */
  readonly month: string;
  readonly topics: readonly string[];
  /** The event's start: the instant a simulated sponsor pays. */
  readonly start: string;
  readonly terms: SettlementTerms;
  readonly breakeven: bigint;
}

/** The season's events and currency. @internal */
export interface SeasonEvents {
  readonly currency: string;
  readonly exponent: number;
  readonly events: readonly SeasonEvent[];
  /** Covered partnership requests without a contract (their breakeven is not fixed), sorted. */
  readonly withoutContract: readonly string[];
  /** Covered partnership requests with a contract in another currency than `options.currency`: not simulated, by request id. */
  readonly leftOut: readonly { readonly requestId: string; readonly currency: string }[];
  readonly policyVersion: string;
  readonly asOf: string;
}

type Check = (value: unknown) => boolean;
const text: Check = (v) => typeof v === 'string' && v !== '';
const list: Check = (v) => Array.isArray(v);
const record: Check = isRecord;
const flag: Check = (v) => typeof v === 'boolean';

/** The fields of a `SeasonPlan` and of its assignments, each with its check. */
const PLAN: Readonly<Record<string, [Check, string]>> = {
  policyVersion: [text, 'a string'],
  asOf: [text, 'a string'],
  assignments: [list, 'a list'],
  unassigned: [list, 'a list'],
  score: [record, 'an object'],
  optimal: [flag, 'a boolean'],
  bound: [record, 'an object'],
  money: [record, 'an object'],
};
const ASSIGNMENT: Readonly<Record<string, [Check, string]>> = {
  requestId: [text, 'a non-empty string'],
  eventId: [text, 'a non-empty string'],
  crewId: [text, 'a non-empty string'],
  decision: [(v) => v === 'eligible' || v === 'incomplete', '`eligible` or `incomplete`'],
  preference: [(v) => typeof v === 'number' && Number.isFinite(v), 'a finite number'],
  booked: [flag, 'a boolean'],
};

/** Records `plan_malformed` for each field of `value` that `checks` does not accept (a missing one included). */
function fields(value: Record<string, unknown>, root: string, checks: Readonly<Record<string, [Check, string]>>, issues: Issues): boolean {
  const before = issues.size;
  issues.unknownKeys(value, Object.keys(checks), root);
  for (const [key, [check, expected]] of Object.entries(checks)) {
    const got = own(value, key);
    if (!check(got)) issues.expected('plan_malformed', keyPath(root, key), expected, got);
  }
  return issues.size === before;
}

/** The assignments of a plan, checked; `undefined` when the plan is not one. */
function readPlan(plan: unknown, issues: Issues): { requestId: string; eventId: string; path: string }[] | undefined {
  if (!isRecord(plan)) rejectValue('plan_malformed', 'plan', 'a season plan as `planSeason` returns it (or its JSON)', plan);
  const ok = fields(plan, 'plan', PLAN, issues);
  if (!ok) return undefined;
  fields(own(plan, 'money') as Record<string, unknown>, 'plan.money', { byCurrency: [list, 'a list'], withoutContract: [(v) => Array.isArray(v) && Array.from(v as unknown[]).every((id) => typeof id === 'string'), 'a list of request ids (strings)'] }, issues);
  const seen = new Set<string>();
  const read: { requestId: string; eventId: string; path: string }[] = [];
  (own(plan, 'assignments') as unknown[]).forEach((assignment, i) => {
    const path = `plan.assignments[${i}]`;
    if (!isRecord(assignment)) return issues.expected('plan_malformed', path, 'an assignment `{ requestId, eventId, crewId, … }`', assignment);
    if (!fields(assignment, path, ASSIGNMENT, issues)) return;
    const requestId = assignment.requestId as string;
    if (seen.has(requestId)) return issues.expected('plan_malformed', `${path}.requestId`, 'a request assigned once', requestId);
    seen.add(requestId);
    read.push({ requestId, eventId: assignment.eventId as string, path });
  });
  return issues.size === 0 ? read : undefined;
}

const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The events to simulate: each covered partnership request of `plan` with a contract, parsed from
 * `requests`. The plan and the requests must agree: each covered request is there with the
 * plan's event, and the breakeven committed per currency and the requests without a contract are
 * the plan's (`plan_mismatch` otherwise). One currency per simulation: `currency` selects the events
 * in it (the others are left out); without it, a season of two currencies is `currency_mismatch`.
 *
 * @throws {PartnershipError} with every issue found.
 */
export function seasonEvents(plan: unknown, requests: unknown, currency: unknown): SeasonEvents {
  const issues = new Issues();
  if (!Array.isArray(requests)) rejectValue('invalid_options', 'options.requests', 'the list of coverage requests the plan was made from', requests);
  if (currency !== undefined && !(typeof currency === 'string' && currencyTable().has(currency))) {
    rejectValue('currency_unknown', 'options.currency', 'an ISO 4217 code such as `EUR`', currency);
  }
  const assignments = readPlan(plan, issues);
  issues.throwIfAny();
  const index = new Map<string, number>();
  requests.forEach((request: unknown, i) => {
    const id = isRecord(request) ? own(request, 'id') : undefined;
    if (typeof id !== 'string') return;
    if (index.has(id)) issues.invalid(`requests[${i}].id`, 'a request id used once', id);
    else index.set(id, i);
  });
  const events: SeasonEvent[] = [];
  const withoutContract: string[] = [];
  const leftOut: { requestId: string; currency: string }[] = [];
  let season = currency as string | undefined;
  let seasonFrom = 'options.currency';
  for (const { requestId, eventId, path } of assignments!) {
    const at = index.get(requestId);
    if (at === undefined) {
      issues.add('plan_mismatch', `${path}.requestId`, `Expected a request of \`requests\` with the id ${describeValue(requestId)}: give the requests the plan was made from`);
      continue;
    }
    const root = `requests[${at}]`;
    const request = readCoverageRequest(requests[at], root, issues);
    if (request === undefined) continue;
    if (request.event.id !== eventId) {
      issues.add('plan_mismatch', `${path}.eventId`, `Expected the event of request ${describeValue(requestId)}, ${describeValue(request.event.id)}, got ${describeValue(eventId)}`);
      continue;
    }
    if (request.mode !== 'partnership') continue;
    if (request.contract === undefined) {
      withoutContract.push(requestId);
      continue;
    }
    const terms = settlementTerms(request.contract);
    const { currency: code } = terms.breakeven;
    if (currency !== undefined && code !== currency) {
      leftOut.push({ requestId, currency: code });
      continue;
    }
    if (season === undefined) {
      season = code;
      seasonFrom = `${root}.contract.breakeven`;
    } else if (code !== season) {
      const where = `${root}.contract.breakeven.currency`;
      issues.add('currency_mismatch', where, `Expected ${season} like \`${seasonFrom}\`, got ${code}: the season mixes currencies, pass \`currency\` to simulate one of them`);
      continue;
    }
    const start = request.event.start;
    events.push({ requestId, eventId, month: start.slice(0, 7), topics: request.event.topics, start, terms, breakeven: parseMinorUnits(terms.breakeven.amount, code) });
  }
  issues.throwIfAny();
  events.sort((a, b) => byCode(a.requestId, b.requestId));
  leftOut.sort((a, b) => byCode(a.requestId, b.requestId));
  if (events.length === 0 && leftOut.length > 0) {
    const others = [...new Set(leftOut.map((e) => e.currency))].sort(byCode).join(', ');
    rejectValue('currency_mismatch', 'options.currency', `the currency of a simulated event (the season has ${others})`, currency);
  }
  if (season === undefined) rejectValue('season_currency_missing', 'options.currency', 'the season currency, as no simulated event has a contract to read it from', currency);
  const exponent = currencyTable().get(season)!;
  checkMoney(plan as Record<string, unknown>, events, withoutContract.sort(byCode), season, exponent, issues);
  issues.throwIfAny();
  const planRecord = plan as Record<string, unknown>;
  return { currency: season, exponent, events, withoutContract, leftOut, policyVersion: planRecord.policyVersion as string, asOf: planRecord.asOf as string };
}

/** The plan's money view against the requests: the same breakeven committed, events and requests without a contract. */
function checkMoney(plan: Record<string, unknown>, events: readonly SeasonEvent[], withoutContract: readonly string[], currency: string, exponent: number, issues: Issues): void {
  const money = plan.money as Record<string, unknown>;
  const committed = formatMinorUnits(events.reduce((sum, e) => sum + e.breakeven, 0n), exponent);
  const views = (money.byCurrency as unknown[]).filter((view) => isRecord(view) && view.currency === currency) as Record<string, unknown>[];
  const view = views[0];
  const planned = isRecord(view?.breakevenCommitted) ? view.breakevenCommitted.amount : events.length === 0 ? committed : undefined;
  const plannedEvents = view === undefined ? 0 : view.events;
  if (planned !== committed || plannedEvents !== events.length) {
    issues.add(
      'plan_mismatch',
      'plan.money.byCurrency',
      `Expected the plan's ${currency} breakeven committed to be the requests' (${committed} ${currency} over ${events.length} event(s)), got ${typeof planned === 'string' ? planned : 'none'} over ${typeof plannedEvents === 'number' ? String(plannedEvents) : describeValue(plannedEvents)}: were the requests changed after the plan was made?`,
    );
  }
  const listed = [...(money.withoutContract as string[])].sort(byCode);
  if (listed.join('\n') !== withoutContract.join('\n')) {
    issues.add('plan_mismatch', 'plan.money.withoutContract', `Expected the requests covered without a contract to be ${describeValue(withoutContract.join(', '))}, got ${describeValue(listed.join(', '))}`);
  }
}
