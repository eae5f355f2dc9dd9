import { rejectValue } from '../_lib/reject.js';
import { describeValue } from '../_lib/describe.js';
import { formatInstant } from '../_lib/instant.js';
import type { CrewAvailability, CrewAvailabilityInput } from '../models/availability.js';
import { isParsedRequest, parseCoverageRequest } from '../models/coverageRequest.js';
import type { Unchecked } from '../models/parse.js';
import type { CoverageRequest, CoverageRequestInput } from '../models/coverageRequest.js';
import { parsePolicy } from '../models/policy.js';
import type { Policy, PolicyInput } from '../models/policy.js';
import { parseCrewAvailability } from '../models/availability.js';
import { factsOf } from './_facts.js';
import { instantOf } from './_helpers.js';
import { planOf } from './_plan.js';
import type { Step } from './_plan.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import type { Catalogue, Message } from './messages.js';
import { catalogueFor, rendererFor } from './_render.js';
import type { Advice, Deadline, EligibilityReport, Finding, FindingParameters, LocaleOption, Outcome, Remedy, RuleContext } from './types.js';

/** Options of {@link evaluateEligibility}. */
export interface EvaluateEligibilityOptions {
  /** The policy version to apply (see `policyFor`); checked like `parsePolicy`. */
  readonly policy: PolicyInput;
  /** The evaluation date: an ISO 8601 instant with an offset, a calendar date (start of day, UTC), or a `Date`. */
  readonly asOf: string | Date;
  /** Which crews are free for the event (`findAvailableCrews`); without it C3 is `unknown`. */
  readonly availability?: CrewAvailabilityInput;
  /**
   * The language of messages, `en` (the default) or `fr`, or a catalogue of your own (`Catalogue`);
   * remedies carry English and French.
   */
  readonly locale?: LocaleOption;
}

function readAsOf(asOf: unknown): number {
  if (asOf instanceof Date) {
    const ms = asOf.getTime();
    if (Number.isFinite(ms)) return ms;
  } else if (typeof asOf === 'string') {
    const ms = instantOf(asOf);
    if (ms !== undefined) return ms;
  }
  return rejectValue('invalid_as_of', 'asOf', 'an ISO 8601 instant with an offset, a calendar date or a valid Date', asOf);
}

// The last `asOf` written: the evaluations of a batch share it.
let written = { at: Number.NaN, text: '' };

function asOfText(at: number): string {
  if (at !== written.at) written = { at, text: formatInstant(at) };
  return written.text;
}


// Policies and availabilities are data that does not change: each object is checked once.
const checkedPolicies = new WeakMap<object, Policy>();
const checkedAvailabilities = new WeakMap<object, CrewAvailability>();

function checkedPolicy(policy: unknown): Policy {
  if (typeof policy !== 'object' || policy === null) {
    return rejectValue('invalid_policy', 'policy', 'a policy (`DEFAULT_POLICY`, or one from `parsePolicy` or `policyFor`)', policy);
  }
  let checked = checkedPolicies.get(policy);
  if (checked === undefined) {
    checked = parsePolicy(policy, 'policy');
    checkedPolicies.set(policy, checked);
  }
  return checked;
}

function checkedAvailability(availability: unknown): CrewAvailability {
  if (typeof availability !== 'object' || availability === null) {
    return rejectValue('invalid_availability', 'availability', 'a crew availability `{ eventId, freeCrews, conflicts }`', availability);
  }
  let checked = checkedAvailabilities.get(availability);
  if (checked === undefined) {
    checked = parseCrewAvailability(availability, 'availability');
    checkedAvailabilities.set(availability, checked);
  }
  return checked;
}

/** What every rule reads, prepared once per evaluation (what depends on a frozen request alone, once per request). @internal */
export function contextOf(request: CoverageRequest, policy: Policy, availability: CrewAvailability | undefined, catalogue: Catalogue, asOf: number, kept = true): RuleContext {
  const facts = factsOf(request, kept);
  return {
    request,
    policy,
    asOf,
    availability,
    filmedSessions: facts.filmedSessions,
    filmedSpeakers: facts.filmedSpeakers,
    start: facts.start,
    eventDays: facts.eventDays,
    due: facts.due,
    speakerOf: facts.speakerOf,
    contractUses: facts.contractUses,
    sponsorUsability: facts.sponsorUsability,
    usableSponsors: facts.usableSponsors,
    once: facts.once,
  };
}

/**
 * A `pending` or `unknown` outcome once its deadline has passed: nothing stays open after its deadline
 * ("we could not confirm it in time"), so it is `unmet`, with the rule's own words followed by "Too
 * late: it was due by …", and remedy code `too_late`.
 */
function tooLate(outcome: Outcome, deadline: Deadline, days: number): Outcome {
  const late: { -readonly [K in keyof Outcome]: Outcome[K] } = {
    status: 'unmet',
    evidence: outcome.evidence,
    message: outcome.message,
    late: deadline,
    remedy: { code: 'too_late', text: { code: 'engine.remedy.too_late', params: { due: deadline, days } } },
  };
  if (outcome.sponsorId !== undefined) late.sponsorId = outcome.sponsorId;
  return late;
}

/** An outcome's message in the report's language (with "Too late" after it when the evaluator made it unmet). */
function messageOf(outcome: Outcome, say: (message: Message) => string): string {
  const said = say(outcome.message);
  return outcome.late === undefined ? said : `${said} ${say({ code: 'engine.too_late', params: { due: outcome.late } })}`;
}

/** A remedy in English and French, with its deadline when still ahead. */
function remedyOf(remedy: Advice): Remedy {
  const english = rendererFor(en)(remedy.text);
  const french = rendererFor(fr)(remedy.text);
  return remedy.due === undefined ? { code: remedy.code, en: english, fr: french } : { code: remedy.code, dueAt: remedy.due.dueAt, dueLocal: remedy.due.dueLocal, en: english, fr: french };
}

/** Per-sponsor outcomes by sponsor id: as they come when they already are (a sort is stable). */
function inSponsorOrder(outcomes: readonly Outcome[]): readonly Outcome[] {
  for (let i = 1; i < outcomes.length; i += 1) if (bySponsor(outcomes[i - 1] as Outcome, outcomes[i] as Outcome) > 0) return outcomes.slice().sort(bySponsor);
  return outcomes;
}

function bySponsor(a: Outcome, b: Outcome): number {
  const x = a.sponsorId ?? '';
  const y = b.sponsorId ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * Evaluates a coverage request against a policy, at an explicit date: every applicable rule is
 * reported with its status, evidence and (when not met) a remedy in English and French.
 *
 * The policy's `modes` say which rules apply in the request's mode (with `DEFAULT_POLICY`, every rule
 * in partnership mode; C3, C6.2, C8 and C9 in client mode). Per-sponsor rules (C2.2, C2.3)
 * make a sponsor unusable, never the event ineligible. The report is plain JSON, in a stable
 * order: the same input gives the same bytes.
 *
 * @param request - a {@link CoverageRequestInput} (a parsed {@link CoverageRequest} is one), or data of
 *   unknown shape ({@link Unchecked}), parsed like `parseCoverageRequest`.
 * @throws {PartnershipError} `invalid_input` (with every issue's path) for a bad request,
 *   `invalid_as_of`, `invalid_locale`, `invalid_options`, `invalid_policy` or `invalid_input` (a policy or
 *   availability of the wrong shape, with paths from `policy.` and `availability.`), or `availability_mismatch`
 *   when `availability` is for another event. Each policy and availability object is checked once, so do not
 *   mutate one between evaluations. A deeply frozen parsed request (every object in it frozen) is read once:
 *   what depends on it alone is kept for its later evaluations, at any `asOf` and under any policy, with the
 *   same reports; any other request is read afresh on every call.
 * @example
 * const report = evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' });
 * report.decision //=> 'eligible'
 */
export function evaluateEligibility(request: CoverageRequestInput, options: EvaluateEligibilityOptions): EligibilityReport;
/** Evaluates data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function evaluateEligibility<T>(request: T & Unchecked<T>, options: EvaluateEligibilityOptions): EligibilityReport;
export function evaluateEligibility(request: unknown, options: EvaluateEligibilityOptions): EligibilityReport {
  if (typeof options !== 'object' || options === null) rejectValue('invalid_options', 'options', 'an options object `{ policy, asOf }`', options);
  // A request parsed here is seen by no later call: its facts are not kept.
  const kept = isParsedRequest(request);
  const value: CoverageRequest = parseCoverageRequest(request);
  const asOf = readAsOf(options.asOf);
  const catalogue = catalogueFor(options.locale);
  const policy = checkedPolicy(options.policy);
  const availability = options.availability === undefined ? undefined : checkedAvailability(options.availability);
  if (availability !== undefined && availability.eventId !== value.event.id) {
    rejectValue('availability_mismatch', 'availability.eventId', `the event's id ${describeValue(value.event.id)}`, availability.eventId);
  }
  const context = contextOf(value, policy, availability, catalogue, asOf, kept);
  const say = rendererFor(catalogue);
  const findings: Finding[] = [];
  let unmet = false;
  let open = false;
  let weightMet = 0;
  let weightAll = 0;
  const add = (step: Step, found: Outcome, deadline: Deadline | undefined, parameters: FindingParameters): void => {
    const { rule, kind } = step;
    const outcome = deadline !== undefined && asOf > deadline.at && (found.status === 'pending' || found.status === 'unknown') ? tooLate(found, deadline, step.deadlineDays as number) : found;
    const message = messageOf(outcome, say);
    // Keys in one fixed order, optional ones only when present: the same input gives the same bytes.
    const finding: { -readonly [K in keyof Finding]: Finding[K] } =
      deadline === undefined
        ? { rule: rule.id, name: rule.name, clause: rule.clause, kind, status: outcome.status, evidence: outcome.evidence, parameters, message }
        : { rule: rule.id, name: rule.name, clause: rule.clause, kind, status: outcome.status, evidence: outcome.evidence, parameters, dueAt: deadline.dueAt, dueLocal: deadline.dueLocal, message };
    if (outcome.sponsorId !== undefined) finding.sponsorId = outcome.sponsorId;
    if (outcome.remedy !== undefined) finding.remedy = remedyOf(outcome.remedy);
    findings.push(finding);
    if (rule.scope === 'sponsor') return;
    if (kind === 'blocking') {
      if (outcome.status === 'unmet') unmet = true;
      else if (outcome.status !== 'met') open = true;
    } else {
      weightAll += step.weight;
      if (outcome.status === 'met') weightMet += step.weight;
    }
  };
  for (const step of planOf(policy, value.mode)) {
    const deadline = step.deadlineDays === undefined ? undefined : context.due(step.deadlineDays);
    // A copy per report: a caller may change the report.
    const parameters = { ...step.parameters };
    const result = step.rule.evaluate(context);
    if (!Array.isArray(result)) add(step, result as Outcome, deadline, parameters);
    else for (const found of inSponsorOrder(result as readonly Outcome[])) add(step, found, deadline, parameters);
  }
  return {
    requestId: value.id,
    eventId: value.event.id,
    mode: value.mode,
    policyVersion: policy.version,
    asOf: asOfText(asOf),
    decision: unmet ? 'ineligible' : open ? 'incomplete' : 'eligible',
    preference: weightAll === 0 ? 0 : Math.round((weightMet / weightAll) * 10_000) / 10_000,
    findings,
    // A copy: the usability may be kept with the request, and a caller may change the report.
    sponsors: context.sponsorUsability.map((s) => ({ sponsorId: s.sponsorId, usable: s.usable, reasons: [...s.reasons] })),
  };
}

