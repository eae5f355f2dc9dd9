/**
 * What a checked policy asks in each mode, worked out once per policy: the rules that apply, in
 * `RULE_IDS` order, each with its kind, weight, deadline and the values of the parameters it reads.
 * A checked policy is the evaluator's own parsed copy, which nothing changes. @internal
 */
import type { CoverageMode } from '../models/coverageRequest.js';
import type { Policy, RuleKind } from '../models/policy.js';
import { RULE_LOGIC } from './_logic.js';
import type { FindingParameters, RuleLogic } from './types.js';

/** One applicable rule as a policy sets it. @internal */
export interface Step {
  readonly rule: RuleLogic;
  readonly kind: RuleKind;
  /** The policy's weight for a weighing rule (0 when it gives none). */
  readonly weight: number;
  /** The number of days before the start that is the rule's deadline; `undefined` for C2.5. */
  readonly deadlineDays: number | undefined;
  /** The parameters the rule reads, in its order: copy it (`{ ...parameters }`) for each report. */
  readonly parameters: FindingParameters;
}

const plans = new WeakMap<Policy, Readonly<Record<CoverageMode, readonly Step[]>>>();

function stepsOf(policy: Policy, mode: CoverageMode): Step[] {
  const applied = policy.modes[mode];
  const steps: Step[] = [];
  for (const rule of RULE_LOGIC) {
    if (!applied.includes(rule.id)) continue;
    const parameters: { [name: string]: number } = {};
    for (const name of rule.parameters) parameters[name] = policy.parameters[name];
    steps.push({
      rule,
      // C2.5 never blocks, whatever a policy says.
      kind: rule.id !== 'C2.5' && policy.blocking.includes(rule.id) ? 'blocking' : 'weighing',
      weight: policy.weights[rule.id] ?? 0,
      deadlineDays: rule.deadline === undefined ? undefined : policy.parameters[rule.deadline],
      parameters: parameters as FindingParameters,
    });
  }
  return steps;
}

/** The rules `policy` applies in `mode`, in order, with what the policy sets for each. @internal */
export function planOf(policy: Policy, mode: CoverageMode): readonly Step[] {
  let plan = plans.get(policy);
  if (plan === undefined) {
    plan = { partnership: stepsOf(policy, 'partnership'), client: stepsOf(policy, 'client') };
    plans.set(policy, plan);
  }
  return plan[mode];
}
