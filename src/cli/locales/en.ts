// The words the command line prints itself, in English. Codes (JSON output, rule ids, remedy codes)
// stay stable English identifiers; the core's own messages come from the core's catalogues.
import type { SeasonUnassigned } from '../../season/_plan.js';
import type { CoverageMode } from '../../models/coverageRequest.js';
import type { Stream } from '../../money/streams.js';
import type { EligibilityReport, FindingStatus, RuleKind } from '../../rules/types.js';

/** The English words of the CLI, by group and key: the reference every language follows. */
export const en = {
  /** Decisions, by the report's code. */
  decision: {
    eligible: 'eligible',
    ineligible: 'ineligible',
    incomplete: 'incomplete',
  } satisfies Record<EligibilityReport['decision'], string>,
  /** Finding statuses. */
  status: {
    met: 'met',
    unmet: 'unmet',
    pending: 'pending',
    unknown: 'unknown',
  } satisfies Record<FindingStatus, string>,
  /** Rule kinds. */
  kind: {
    blocking: 'blocking',
    weighing: 'weighing',
  } satisfies Record<RuleKind, string>,
  /** Coverage modes. */
  mode: {
    partnership: 'partnership',
    client: 'client',
  } satisfies Record<CoverageMode, string>,
  /** Revenue streams. */
  stream: {
    sponsorship: 'sponsorship',
    pay_per_view: 'pay_per_view',
    dvd: 'dvd',
    workshop: 'workshop',
  } satisfies Record<Stream, string>,
  /** Why a season plan leaves a request out, by its `reason`; `{rules}` and `{by}` are lists of ids. */
  reason: {
    ineligible: 'ineligible: {rules}',
    outbid: 'outbid by {by}',
    no_crew: 'no crew can take it',
  } satisfies Record<SeasonUnassigned['reason'], string>,
  /** Table headers and the names of amounts. */
  term: {
    rule: 'rule',
    status: 'status',
    kind: 'kind',
    finding: 'finding',
    request: 'request',
    mode: 'mode',
    event: 'event',
    events: 'events',
    decision: 'decision',
    preference: 'preference',
    blockingNotMet: 'blocking rules not met',
    crew: 'crew',
    why: 'why',
    currency: 'currency',
    breakevenCommitted: 'breakeven committed',
    riskIfNoSponsor: 'producer risk if no sponsor',
    receipt: 'receipt',
    stream: 'stream',
    receivedAt: 'received at',
    amount: 'amount',
    toBreakeven: 'to breakeven',
    platform: 'platform',
    organizer: 'organizer',
    total: 'total',
    part: 'part',
    surplus: 'surplus',
    breakeven: 'breakeven',
    recovered: 'recovered',
    uncoveredRisk: 'uncovered (producer risk)',
    received: 'received',
    organizerPaid: 'organizer shares paid',
    platformNet: 'platform net',
    dueLocal: 'due (event time)',
    concerns: 'concerns',
    todo: 'what to do',
    overdue: 'overdue',
    theOrganizer: 'the organizer',
    scenario: 'scenario',
    result: 'result',
    expectation: 'expectation',
    line: 'line',
    expected: 'expected',
    got: 'got',
  },
  /** Lines and sentences, with `{name}` placeholders filled by `Words.say`. */
  text: {
    reportHead: '{request} · {event} · {mode} · policy {policy} · as of {asOf}',
    decisionLine: 'Decision: {decision}   Preference: {preference}',
    remedies: 'What to do:',
    remedy: '  {rule}{due}: {remedy}',
    due: ' (due {due})',
    nothingToDo: 'Nothing to do: every rule is met.',
    planHead: 'Season plan · policy {policy} · as of {asOf}',
    covered: 'Covered: {covered} event(s), total preference {preference}',
    notProven: 'Not proven optimal within the search budget: no plan covers more than {covered} event(s), total preference {preference}',
    leftOut: 'Left out:',
    money: 'Money:',
    withoutContract: 'Covered without a contract yet (breakeven not fixed): {requests}',
    demoHead: 'webcast-partnership demo · policy {policy} · as of {asOf}',
    demoEligibility: '1. Eligibility of each request (crew availability from the existing bookings)',
    demoModes: 'Rules applied (policy.modes): partnership {partnership} rules; client {client}.',
    demoPlan: '2. Crew plan',
    demoSettlement: '3. Settlement of two events',
    demoWebdays: 'Web 2.0 Days (two sponsors, pay-per-view at 30% to the organizer, a refund):',
    demoLate: 'E-learning Forum (one small sponsor):',
    statementFoot: 'breakeven {breakeven} · recovered {recovered} · uncovered {uncovered} · platform {platform} · organizer {organizer} {currency}',
    demoSeason: '4. The season: producer risk',
    amountsIn: 'Amounts in {currency}.',
    contractWritten: 'Wrote {file}: the contract draft, {articles} articles.',
    checklistHead: 'Checklist · {title} · {request} · {decision} · as of {asOf}',
    scenarioPassed: 'pass',
    scenarioFailed: 'FAIL',
    scenarioSummary: '{count} scenario(s): {passed} passed, {failed} failed',
    noFinding: '(no finding)',
    scenarioNotRun: '{count} file(s) not run: see the errors above',
  },
} as const;

/** The words of one language: every group and key of {@link en}. */
export type CliWords = { readonly [G in keyof typeof en]: { readonly [K in keyof (typeof en)[G]]: string } };
