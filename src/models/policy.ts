import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { expectation, reject } from '../_lib/reject.js';
import { calendarDateMs, timestampMs } from '../_lib/instant.js';
import { RULE_IDS } from './ruleIds.js';
import type { RuleId } from './ruleIds.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { CalendarDateSchema, NonEmptyString } from './time.js';

const Days = lazySchema(() =>
  z.number().check(z.int(), z.nonnegative()),
);
const Hours = lazySchema(() =>
  z.number().check(z.nonnegative()),
);
const Limit = lazySchema(() =>
  z.number().check(z.int(), z.positive()),
);

/**
 * The numbers behind the seed's words ("bien en amont", "in advance"): every requirement's deadline in
 * days before the event starts, the hours between two events, the fewest promotion actions.
 * docs/policy.md says why each default is what it is.
 */
export const PolicyParametersSchema = lazySchema(() =>
  z.strictObject({
    /** Speakers know they are filmed, and the sessions list who speaks, at least this many days before the event starts (C6.1, C8, C8.b). */
    speakerNoticeDays: Days,
    /** Releases are signed at least this many days before the event starts (C6.2). */
    releaseLeadDays: Days,
    /** Profiles are complete, and the speakers committed to the online conversation, at least this many days before the event starts (C6.3, C6.4). */
    profileLeadDays: Days,
    /** The contract is signed by both, and the deal's terms agreed, at least this many days before the event starts (C0, NB, C1, C2, C9, C9.3, C9.4, C10, C11). */
    contractLeadDays: Days,
    /** The venue is scouted, and the advice on light asked, at least this many days before the event starts (C5, C5.b). */
    scoutingLeadDays: Days,
    /** The audio plan is confirmed at least this many days before the event starts (C7). */
    audioLeadDays: Days,
    /** The editors give their verdict at least this many days before the event starts, before the platform promotes it (C4). */
    editorialLeadDays: Days,
    /** A production crew is known to be free at least this many days before the event starts (C3). */
    crewLeadDays: Days,
    /** The organizer accepts or vetoes a proposed capture sponsor at least this many days before the event starts (C2.2, C2.3). */
    sponsorLeadDays: Days,
    /** Hours a crew needs between two events in the same city (C3, crew planning). */
    setupBufferHours: Hours,
    /** Hours a crew needs between two events in different cities (C3, crew planning). */
    travelBufferHours: Hours,
    /**
     * The most cameras a partnership films with (NB: « les dispositifs de partenariat ne doivent
     * évidemment pas exiger un "set up" trop complexe »); a heavier set-up is bought as a client.
     */
    maxCameras: Limit,
    /**
     * The most calendar days a partnership's event spans, counted at the event's offset (NB: « en
     * raison de la lourdeur de certaines captations il ne nous semble pas propice de faire "du partenariat" »).
     */
    maxDays: Limit,
    /** The fewest promotion actions (links + tweets + blog posts) a free or semi-free deal carries (C0). */
    minPromotionActions: Days,
  }),
);

/** A policy's parameters. */
export type PolicyParameters = z.output<typeof PolicyParametersSchema>;

/** Policy parameters as a caller may write them. */
export type PolicyParametersInput = InputOf<typeof PolicyParametersSchema>;

const RuleIdSchema = lazySchema(() =>
  z.enum(RULE_IDS),
);

const Weight = lazySchema(() =>
  z.number().check(z.nonnegative()),
);

/**
 * The weight of each weighing rule, by rule id: an object whose keys are rule ids (derived from
 * `RULE_IDS`), so a misspelt id (`c10`) is an `unknown_key` and the JSON Schema lists the ids.
 */
const WeightsSchema = lazySchema(() =>
  z.strictObject(
    Object.fromEntries(RULE_IDS.map((id) => [id, z.optional(Weight)])) as { [Id in RuleId]: z.ZodMiniOptional<typeof Weight> },
  ),
);

const RuleIdsSchema = lazySchema(() =>
  z.array(RuleIdSchema),
);

/**
 * The rules that apply in each mode, by mode: a rule not listed for a request's mode is not
 * evaluated and gives no finding.
 */
const ModesSchema = lazySchema(() =>
  z.strictObject({ partnership: RuleIdsSchema, client: RuleIdsSchema }),
);

/**
 * A version of the partnership policy: its version label, the date from which it applies, its
 * parameters, the rules that apply in each mode, the rules that block, and the weight of each
 * weighing rule. C2.5 can never block.
 */
export const PolicySchema = lazySchema(() =>
  z
    .strictObject({
      version: NonEmptyString,
      appliesFrom: CalendarDateSchema,
      parameters: PolicyParametersSchema,
      modes: ModesSchema,
      blocking: z.array(RuleIdSchema),
      weights: WeightsSchema,
    })
    .check(
      z.superRefine((policy, ctx) => {
        policy.blocking.forEach((id, index) => {
          if (id === 'C2.5') {
            ctx.addIssue({
              code: 'custom',
              path: ['blocking', index],
              input: id,
              message: 'a rule that may block: C2.5 never blocks (no sponsor found is not a reason to refuse)',
              params: { code: 'rule_never_blocks' },
            });
          }
        });
        for (const [id, weight] of Object.entries(policy.weights)) {
          if (weight !== undefined && !Number.isFinite(weight)) {
            ctx.addIssue({ code: 'custom', path: ['weights', id], input: weight, message: 'a finite weight', params: { code: 'weight_not_finite' } });
          }
        }
      }),
    ),
);

/** A version of the partnership policy. */
export type Policy = z.output<typeof PolicySchema>;

/** A policy as a caller may pass it to `parsePolicy` or as `options.policy`. */
export type PolicyInput = InputOf<typeof PolicySchema>;

/** Whether a rule decides eligibility (`blocking`) or only the preference (`weighing`). */
export type RuleKind = 'blocking' | 'weighing';

/**
 * The kind the seed gives each rule, by rule id: every condition blocks except the six the seed
 * calls preferences (C2.5, C5.b, C6.4, C8.b, C9.4, C10). {@link DEFAULT_POLICY}'s `blocking` list
 * derives from it, and each rule's `defaultKind` says the same (tested).
 *
 * @internal
 */
export const DEFAULT_RULE_KINDS: Readonly<Record<RuleId, RuleKind>> = Object.freeze({
  C0: 'blocking',
  NB: 'blocking',
  C1: 'blocking',
  C2: 'blocking',
  'C2.2': 'blocking',
  'C2.3': 'blocking',
  'C2.5': 'weighing',
  C3: 'blocking',
  C4: 'blocking',
  C5: 'blocking',
  'C5.b': 'weighing',
  'C6.1': 'blocking',
  'C6.2': 'blocking',
  'C6.3': 'blocking',
  'C6.4': 'weighing',
  C7: 'blocking',
  C8: 'blocking',
  'C8.b': 'weighing',
  C9: 'blocking',
  'C9.3': 'blocking',
  'C9.4': 'weighing',
  C10: 'weighing',
  C11: 'blocking',
});

/**
 * The policy as the seed states it. The seed names no numbers for "well in advance": the
 * parameters are the platform staff's reading, explained in docs/policy.md. Partnership mode
 * applies every rule; client mode C3, C6.2, C8 and C9 (availability, releases, speakers named,
 * contract). Every condition blocks except the six the seed calls preferences (C2.5, C5.b, C6.4,
 * C8.b, C9.4, C10).
 *
 * @example
 * DEFAULT_POLICY.parameters.releaseLeadDays //=> 7
 * DEFAULT_POLICY.modes.client //=> ['C3', 'C6.2', 'C8', 'C9']
 */
export const DEFAULT_POLICY: Policy = Object.freeze({
  version: '2009-04',
  appliesFrom: '2009-04-01',
  parameters: Object.freeze({
    speakerNoticeDays: 21,
    releaseLeadDays: 7,
    profileLeadDays: 14,
    contractLeadDays: 21,
    scoutingLeadDays: 14,
    audioLeadDays: 7,
    editorialLeadDays: 28,
    crewLeadDays: 14,
    sponsorLeadDays: 3,
    setupBufferHours: 2,
    travelBufferHours: 12,
    minPromotionActions: 1,
    maxCameras: 3,
    maxDays: 2,
  }),
  modes: Object.freeze({
    partnership: RULE_IDS as readonly RuleId[] as RuleId[],
    client: Object.freeze(['C3', 'C6.2', 'C8', 'C9'] as RuleId[]) as RuleId[],
  }),
  blocking: Object.freeze(RULE_IDS.filter((id) => DEFAULT_RULE_KINDS[id] === 'blocking')) as RuleId[],
  weights: Object.freeze({ 'C2.5': 0, 'C5.b': 2, 'C6.4': 4, 'C8.b': 2, 'C9.4': 3, C10: 4 }),
}) as Policy;

/**
 * Parses a {@link Policy}.
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`parameters.releaseLeadDays`); a misspelt
 *   parameter or rule id is `unknown_key` (`parameters.releaseLeadDay`: "did you mean `releaseLeadDays`?").
 * @example
 * parsePolicy({ ...DEFAULT_POLICY, version: '2027-01', appliesFrom: '2027-01-01' }).version //=> '2027-01'
 */
export function parsePolicy(input: PolicyInput, root?: string): Policy;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parsePolicy<T>(input: T & Unchecked<T>, root?: string): Policy;
export function parsePolicy(input: unknown, root = ''): Policy {
  return parseWith(PolicySchema, input, 'policy', root);
}

/**
 * Picks the policy version in force on a date: the one with the latest `appliesFrom` on or before it.
 *
 * @param date - an instant with an offset or a calendar date; compared in UTC.
 * @throws {PartnershipError} `invalid_date` for a bad date, `policy_not_in_force` when every version
 *   applies later, `policy_ambiguous` when two versions apply from the same day.
 * @example
 * policyFor([DEFAULT_POLICY], '2026-03-14').version //=> '2009-04'
 */
export function policyFor(policies: readonly Policy[], date: string): Policy {
  const at = typeof date === 'string' ? timestampMs(date) : undefined;
  if (at === undefined) {
    reject('invalid_date', 'date', expectation('date', 'an ISO 8601 instant with an offset or a calendar date', date));
  }
  if (!Array.isArray(policies)) {
    reject('invalid_input', 'policies', expectation('policies', 'a list of policy versions', policies));
  }
  let best: Policy | undefined;
  let bestFrom = -Infinity;
  let tie = false;
  for (const [index, policy] of policies.entries()) {
    const appliesFrom: unknown = typeof policy === 'object' && policy !== null ? (policy as { appliesFrom?: unknown }).appliesFrom : undefined;
    if (typeof appliesFrom !== 'string' || calendarDateMs(appliesFrom) === undefined) {
      // Versions are parsed policies (parsePolicy); anything else is named, not crashed on.
      const path = `policies[${index}].appliesFrom`;
      reject('invalid_input', path, expectation(path, 'a calendar date such as `2026-01-01`', appliesFrom));
    }
    const from = calendarDateMs(appliesFrom);
    if (from === undefined || from > at) continue;
    if (from > bestFrom) {
      best = policy;
      bestFrom = from;
      tie = false;
    } else if (from === bestFrom) tie = true;
  }
  if (best === undefined) {
    reject('policy_not_in_force', '', `Expected a policy in force on ${date}, got none among ${policies.length} version${policies.length === 1 ? '' : 's'}`);
  }
  if (tie) {
    reject('policy_ambiguous', '', `Expected one policy version to apply from ${best.appliesFrom}, got several`);
  }
  return best;
}
