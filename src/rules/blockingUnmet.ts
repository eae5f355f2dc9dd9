import { RULE_LOGIC } from './_logic.js';
import type { RuleId } from '../models/ruleIds.js';
import type { EligibilityReport } from './types.js';

const SPONSOR_SCOPED: ReadonlySet<RuleId> = new Set(RULE_LOGIC.filter((rule) => rule.scope === 'sponsor').map((rule) => rule.id));

/**
 * The reasons a report is `ineligible`: the unique ids of its blocking, event-scoped, unmet
 * findings, in report order. Per-sponsor findings (C2.2, C2.3, with a `sponsorId`) are left
 * out: they block the sponsor they are about, never the event.
 *
 * @param report - a report from `evaluateEligibility`.
 * @returns the rule ids, empty when no blocking rule is unmet.
 * @example
 * // C1 unmet, and a vetoed sponsor (C2.3 unmet, blocking, per sponsor):
 * blockingUnmet(evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf })) //=> ['C1']
 */
export function blockingUnmet(report: Pick<EligibilityReport, 'findings'>): RuleId[] {
  const out: RuleId[] = [];
  for (const finding of report.findings) {
    if (finding.kind !== 'blocking' || finding.status !== 'unmet') continue;
    if (finding.sponsorId !== undefined || SPONSOR_SCOPED.has(finding.rule)) continue;
    if (!out.includes(finding.rule)) out.push(finding.rule);
  }
  return out;
}
