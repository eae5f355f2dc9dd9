import { RULE_LOGIC } from './_logic.js';
import { isRuleId, type RuleId } from '../models/ruleIds.js';
import { isRecord, own } from '../_lib/record.js';
import { rejectValue } from '../_lib/reject.js';
import type { EligibilityReport } from './types.js';

const SPONSOR_SCOPED: ReadonlySet<RuleId> = new Set(RULE_LOGIC.filter((rule) => rule.scope === 'sponsor').map((rule) => rule.id));

/**
 * The reasons a report is `ineligible`: the unique ids of its blocking, event-scoped, unmet
 * findings, in report order. Per-sponsor findings (C2.2, C2.3, with a `sponsorId`) are left
 * out: they block the sponsor they are about, never the event.
 *
 * @param report - a report from `evaluateEligibility`.
 * @returns the rule ids, empty when no blocking rule is unmet.
 * @throws {PartnershipError} `invalid_input` for a value that is not a report (`report.findings[2]`).
 * @example
 * // C1 unmet, and a vetoed sponsor (C2.3 unmet, blocking, per sponsor):
 * blockingUnmet(evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf })) //=> ['C1']
 */
export function blockingUnmet(report: Pick<EligibilityReport, 'findings'>): RuleId[] {
  // A report may come back from JSON: what is read of it is checked, never assumed.
  if (!isRecord(report)) rejectValue('invalid_input', 'report', 'a report from `evaluateEligibility`', report);
  const findings = own(report, 'findings');
  if (!Array.isArray(findings)) rejectValue('invalid_input', 'report.findings', 'a list of findings', findings);
  const out: RuleId[] = [];
  // An index loop, not forEach: a hole in a sparse list is a finding that is not one, not skipped.
  for (let i = 0; i < findings.length; i += 1) {
    const finding: unknown = findings[i];
    const path = `report.findings[${i}]`;
    if (!isRecord(finding)) rejectValue('invalid_input', path, 'a finding `{ rule, kind, status, … }`', finding);
    if (own(finding, 'kind') !== 'blocking' || own(finding, 'status') !== 'unmet') continue;
    const rule = own(finding, 'rule');
    if (!isRuleId(rule)) rejectValue('invalid_input', `${path}.rule`, 'a rule id such as `C1`', rule);
    if (own(finding, 'sponsorId') !== undefined || SPONSOR_SCOPED.has(rule)) continue;
    if (!out.includes(rule)) out.push(rule);
  }
  return out;
}
