import { Issues } from '../_lib/reject.js';
import { isPartnershipError } from '../errors.js';
import { parsePolicy, PolicyParametersSchema, type Policy, type PolicyInput } from '../models/policy.js';
import { RULE_IDS, type RuleId } from '../models/ruleIds.js';
import type { CoverageMode } from '../models/coverageRequest.js';

/** What a policy change is about: a parameter, a mode's rule set, the blocking set, or a weight. */
export type PolicyChangeKind = 'parameter' | 'mode' | 'blocking' | 'weight';

/**
 * One change between two policies. `path` is where it is in the policy (`parameters.releaseLeadDays`,
 * `modes.client`, `blocking`, `weights.C10`); `before` and `after` are the values exactly as given:
 * a number for a parameter or a weight, the rule id for a set (`added` has only `after`, `removed`
 * only `before`, `changed` both). Set and weight changes name their `rule`.
 */
export type PolicyChange =
  | { readonly kind: 'parameter'; readonly path: string; readonly parameter: keyof Policy['parameters']; readonly change: 'changed'; readonly before: number; readonly after: number }
  | { readonly kind: 'mode'; readonly path: string; readonly mode: CoverageMode; readonly rule: RuleId; readonly change: 'added'; readonly after: RuleId }
  | { readonly kind: 'mode'; readonly path: string; readonly mode: CoverageMode; readonly rule: RuleId; readonly change: 'removed'; readonly before: RuleId }
  | { readonly kind: 'blocking'; readonly path: 'blocking'; readonly rule: RuleId; readonly change: 'added'; readonly after: RuleId }
  | { readonly kind: 'blocking'; readonly path: 'blocking'; readonly rule: RuleId; readonly change: 'removed'; readonly before: RuleId }
  | { readonly kind: 'weight'; readonly path: string; readonly rule: RuleId; readonly change: 'added'; readonly after: number }
  | { readonly kind: 'weight'; readonly path: string; readonly rule: RuleId; readonly change: 'removed'; readonly before: number }
  | { readonly kind: 'weight'; readonly path: string; readonly rule: RuleId; readonly change: 'changed'; readonly before: number; readonly after: number };

/** The label of a policy version: its `version` and the day it applies from. */
export interface PolicyLabel {
  readonly version: string;
  readonly appliesFrom: string;
}

/** The outcome of {@link diffPolicies}: plain JSON, in a stable order. */
export interface PolicyDiff {
  readonly before: PolicyLabel;
  readonly after: PolicyLabel;
  /**
   * Every change, in the policy's own order: parameters (in the schema's order), then `modes.partnership`, `modes.client`, `blocking`, `weights`; within a set or the
   * weights, in `RULE_IDS` order, a removal before an addition. Empty when the rules are the same.
   */
  readonly changes: readonly PolicyChange[];
}

/** The parameters in the schema's order: one source for the list, read on first use (importing builds no schema). */
let parameters: (keyof Policy['parameters'])[] | undefined;
const PARAMETERS = (): (keyof Policy['parameters'])[] => (parameters ??= Object.keys(PolicyParametersSchema._zod.def.shape) as (keyof Policy['parameters'])[]);

const MODES: readonly CoverageMode[] = ['partnership', 'client'];

/** Parses both policies, every issue of both reported together (`before.parameters.x`, `after.blocking[2]`). @internal */
export function parseBoth(before: unknown, after: unknown, root = ''): { before: Policy; after: Policy } {
  const issues = new Issues();
  const read = (input: unknown, name: string): Policy | undefined => {
    try {
      return parsePolicy(input as PolicyInput, root === '' ? name : `${root}.${name}`);
    } catch (error) {
      if (!isPartnershipError(error)) throw error;
      issues.record(error.issues, error.message);
      return undefined;
    }
  };
  const parsed = { before: read(before, 'before'), after: read(after, 'after') };
  issues.throwIfAny();
  return parsed as { before: Policy; after: Policy };
}

function setChanges(path: string, before: readonly RuleId[], after: readonly RuleId[], make: (rule: RuleId, change: 'added' | 'removed') => PolicyChange): PolicyChange[] {
  const was = new Set(before);
  const is = new Set(after);
  return RULE_IDS.flatMap((rule) => (was.has(rule) && !is.has(rule) ? [make(rule, 'removed')] : !was.has(rule) && is.has(rule) ? [make(rule, 'added')] : []));
}

/** The changes from one parsed policy to another. @internal */
export function changesBetween(before: Policy, after: Policy): PolicyChange[] {
  const changes: PolicyChange[] = [];
  for (const parameter of PARAMETERS()) {
    const was = before.parameters[parameter];
    const is = after.parameters[parameter];
    if (was !== is) changes.push({ kind: 'parameter', path: `parameters.${parameter}`, parameter, change: 'changed', before: was, after: is });
  }
  for (const mode of MODES) {
    const path = `modes.${mode}`;
    changes.push(
      ...setChanges(path, before.modes[mode], after.modes[mode], (rule, change) =>
        change === 'added' ? { kind: 'mode', path, mode, rule, change, after: rule } : { kind: 'mode', path, mode, rule, change, before: rule },
      ),
    );
  }
  changes.push(
    ...setChanges('blocking', before.blocking, after.blocking, (rule, change) =>
      change === 'added' ? { kind: 'blocking', path: 'blocking', rule, change, after: rule } : { kind: 'blocking', path: 'blocking', rule, change, before: rule },
    ),
  );
  for (const rule of RULE_IDS) {
    const was = before.weights[rule];
    const is = after.weights[rule];
    const path = `weights.${rule}`;
    if (was === undefined && is !== undefined) changes.push({ kind: 'weight', path, rule, change: 'added', after: is });
    else if (was !== undefined && is === undefined) changes.push({ kind: 'weight', path, rule, change: 'removed', before: was });
    else if (was !== undefined && is !== undefined && was !== is) changes.push({ kind: 'weight', path, rule, change: 'changed', before: was, after: is });
  }
  return changes;
}

/**
 * Lists what changes from one policy to another: every parameter, rule of a mode, blocking rule
 * and weight that differs. `modes` and `blocking` are sets: their order and repeats change nothing.
 * A weight left out and a weight of 0 weigh the same, but a weight added or removed is listed as
 * given. `version` and `appliesFrom` are the labels, not changes.
 *
 * @param before - the policy in force (checked like `parsePolicy`).
 * @param after - the policy that would replace it (checked like `parsePolicy`).
 * @returns plain JSON: both labels and the changes, in a stable order; a policy compared with
 *   itself has none.
 * @throws {PartnershipError} every issue of both policies at once, each at its path under `before`
 *   or `after` (`after.parameters.releaseLeadDay`: `unknown_key`, did you mean `releaseLeadDays`?).
 * @example
 * const after = { ...DEFAULT_POLICY, version: '2026-06', appliesFrom: '2026-06-01', parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDays: 10 } };
 * diffPolicies(DEFAULT_POLICY, after).changes
 * //=> [{ kind: 'parameter', path: 'parameters.releaseLeadDays', parameter: 'releaseLeadDays', change: 'changed', before: 7, after: 10 }]
 */
export function diffPolicies(before: PolicyInput, after: PolicyInput): PolicyDiff {
  const parsed = parseBoth(before, after);
  return {
    before: { version: parsed.before.version, appliesFrom: parsed.before.appliesFrom },
    after: { version: parsed.after.version, appliesFrom: parsed.after.appliesFrom },
    changes: changesBetween(parsed.before, parsed.after),
  };
}
