/**
 * Which findings of a request change from one report to the other, and which rules and policy
 * changes are responsible. @internal
 */
import type { ParameterName } from '../rules/types.js';
import { RULE_IDS, type RuleId } from '../models/ruleIds.js';
import { RULE_LOGIC } from '../rules/_logic.js';
import type { EligibilityReport, Finding, FindingStatus, RuleKind } from '../rules/types.js';
import type { PolicyChange } from './diffPolicies.js';

/** A finding as one policy gives it: its status and kind. */
export interface FindingState {
  readonly status: FindingStatus;
  readonly kind: RuleKind;
}

/** One finding that changes: `before` or `after` is absent when the rule applies under one policy only (`modes`). */
export interface FindingChange {
  readonly rule: RuleId;
  /** For a per-sponsor rule (C2.2, C2.3): the capture sponsor it is about. */
  readonly sponsorId?: string;
  readonly before?: FindingState;
  readonly after?: FindingState;
}

const ORDER = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

/** The parameters each rule reads, from the rules themselves. */
const READS = new Map<RuleId, readonly ParameterName[]>(RULE_LOGIC.map((rule) => [rule.id, rule.parameters]));

/** C3 with crews: availability comes from the bookings, kept apart by the buffers. */
const CREW_BUFFERS: readonly ParameterName[] = ['setupBufferHours', 'travelBufferHours'];

const keyOf = (finding: Finding): string => `${finding.rule}\u0000${finding.sponsorId ?? ''}`;

const byReportOrder = (a: Finding, b: Finding): number =>
  ORDER.get(a.rule)! - ORDER.get(b.rule)! || ((a.sponsorId ?? '') < (b.sponsorId ?? '') ? -1 : (a.sponsorId ?? '') > (b.sponsorId ?? '') ? 1 : 0);

/** The findings whose status or kind differ, or that are in one report only, in report order. */
export function changedFindings(before: EligibilityReport, after: EligibilityReport): FindingChange[] {
  const was = new Map(before.findings.map((f) => [keyOf(f), f]));
  const is = new Map(after.findings.map((f) => [keyOf(f), f]));
  const all = [...before.findings, ...after.findings.filter((f) => !was.has(keyOf(f)))].sort(byReportOrder);
  const changes: FindingChange[] = [];
  for (const finding of all) {
    const old = was.get(keyOf(finding));
    const now = is.get(keyOf(finding));
    if (old !== undefined && now !== undefined && old.status === now.status && old.kind === now.kind) continue;
    changes.push({
      rule: finding.rule,
      ...(finding.sponsorId === undefined ? {} : { sponsorId: finding.sponsorId }),
      ...(old === undefined ? {} : { before: { status: old.status, kind: old.kind } }),
      ...(now === undefined ? {} : { after: { status: now.status, kind: now.kind } }),
    });
  }
  return changes;
}

/** Whether a policy change is one that `rule` reads for a request in `mode`. */
function reads(change: PolicyChange, rule: RuleId, mode: EligibilityReport['mode'], withCrews: boolean): boolean {
  switch (change.kind) {
    case 'parameter':
      return READS.get(rule)!.includes(change.parameter) || (withCrews && rule === 'C3' && CREW_BUFFERS.includes(change.parameter));
    case 'mode':
      return change.rule === rule && change.mode === mode;
    default:
      return change.rule === rule;
  }
}

/**
 * The rules responsible for a request's change: those whose finding changes, and, when the
 * preference changes, the weighing rules whose weight changed; then the changes they read.
 */
export function responsible(
  before: EligibilityReport,
  after: EligibilityReport,
  findings: readonly FindingChange[],
  changes: readonly PolicyChange[],
  withCrews: boolean,
): { rules: RuleId[]; causes: PolicyChange[] } {
  const rules = new Set(findings.map((f) => f.rule));
  if (before.preference !== after.preference) {
    const weighing = new Set([...before.findings, ...after.findings].filter((f) => f.kind === 'weighing').map((f) => f.rule));
    for (const change of changes) if (change.kind === 'weight' && weighing.has(change.rule)) rules.add(change.rule);
  }
  const sorted = [...rules].sort((a, b) => ORDER.get(a)! - ORDER.get(b)!);
  return { rules: sorted, causes: changes.filter((change) => sorted.some((rule) => reads(change, rule, before.mode, withCrews))) };
}
