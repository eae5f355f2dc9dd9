// Reads the eligibility report a checklist is built from: the fields the checklist uses, checked,
// every bad one named by its path, so that a hand-edited or truncated report is an error, never a
// silently shorter checklist.
import { instantMs } from '../_lib/instant.js';
import { Issues } from '../_lib/reject.js';
import { isRuleId } from '../models/ruleIds.js';
import type { EligibilityReport, Finding } from '../rules/types.js';

const STATUSES: readonly string[] = ['met', 'unmet', 'pending', 'unknown'];
const DECISIONS: readonly string[] = ['eligible', 'ineligible', 'incomplete'];

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Checks `record[key]` is a string (an instant, when `instant`), or absent when `optional`. */
function text(issues: Issues, record: Record<string, unknown>, key: string, path: string, optional = false, instant = false): void {
  const value = record[key];
  if (value === undefined && optional) return;
  if (typeof value !== 'string') issues.invalid(`${path}.${key}`, 'a string', value);
  else if (instant && instantMs(value) === undefined) issues.invalid(`${path}.${key}`, 'an ISO 8601 instant with an offset', value);
}

/** Checks one finding: the fields a checklist reads. */
function checkFinding(issues: Issues, finding: unknown, path: string): void {
  if (!isRecord(finding)) return issues.invalid(path, 'a finding `{ rule, status, … }`', finding);
  if (!isRuleId(finding.rule)) issues.invalid(`${path}.rule`, 'a rule id such as `C6.2`', finding.rule);
  for (const key of ['name', 'clause', 'message']) text(issues, finding, key, path);
  if (finding.kind !== 'blocking' && finding.kind !== 'weighing') issues.invalid(`${path}.kind`, '`blocking` or `weighing`', finding.kind);
  if (!STATUSES.includes(finding.status as string)) issues.invalid(`${path}.status`, 'one of `met`, `unmet`, `pending`, `unknown`', finding.status);
  text(issues, finding, 'sponsorId', path, true);
  // A deadline is its instant and the same instant at the event's offset: both or neither.
  text(issues, finding, 'dueAt', path, true, true);
  text(issues, finding, 'dueLocal', path, true, true);
  if ((finding.dueAt === undefined) !== (finding.dueLocal === undefined)) {
    const missing = finding.dueAt === undefined ? 'dueAt' : 'dueLocal';
    issues.invalid(`${path}.${missing}`, `an ISO 8601 instant with an offset beside \`${missing === 'dueAt' ? 'dueLocal' : 'dueAt'}\``, undefined);
  }
  else if (typeof finding.dueAt === 'string' && typeof finding.dueLocal === 'string') {
    const at = instantMs(finding.dueAt);
    const local = instantMs(finding.dueLocal);
    if (at !== undefined && local !== undefined && at !== local) issues.invalid(`${path}.dueLocal`, `the instant of \`dueAt\` (${finding.dueAt})`, finding.dueLocal);
  }
  if (!isRecord(finding.evidence)) issues.invalid(`${path}.evidence`, 'an object', finding.evidence);
  if (finding.remedy === undefined) {
    if (finding.status !== 'met' && STATUSES.includes(finding.status as string)) issues.invalid(`${path}.remedy`, 'a remedy on a finding that is not met', undefined);
    return;
  }
  if (!isRecord(finding.remedy)) return issues.invalid(`${path}.remedy`, 'a remedy `{ code, en, fr }`', finding.remedy);
  for (const key of ['code', 'en', 'fr']) text(issues, finding.remedy, key, `${path}.remedy`);
  // The season report shows a remedy's deadline: an instant, as the finding's.
  text(issues, finding.remedy, 'dueAt', `${path}.remedy`, true, true);
  text(issues, finding.remedy, 'dueLocal', `${path}.remedy`, true, true);
}

/**
 * Records an issue at its path (from `root`) for each field of an eligibility report that a
 * document reads and that is not what `evaluateEligibility` writes.
 *
 * @returns whether the report was read without an issue.
 */
export function checkReport(issues: Issues, report: unknown, root: string): report is EligibilityReport {
  const before = issues.size;
  if (!isRecord(report)) {
    issues.invalid(root, 'an eligibility report (from `evaluateEligibility`)', report);
    return false;
  }
  for (const key of ['requestId', 'eventId', 'policyVersion']) text(issues, report, key, root);
  text(issues, report, 'asOf', root, false, true);
  if (!DECISIONS.includes(report.decision as string)) issues.invalid(`${root}.decision`, 'one of `eligible`, `ineligible`, `incomplete`', report.decision);
  if (!Array.isArray(report.findings)) issues.invalid(`${root}.findings`, 'a list of findings', report.findings);
  // Indexes, not forEach: a hole in a sparse list is a finding that is not one, not one skipped.
  else for (let i = 0; i < report.findings.length; i += 1) checkFinding(issues, (report.findings as unknown[])[i], `${root}.findings[${i}]`);
  return issues.size === before;
}

/**
 * The report, checked: an {@link EligibilityReport} as `evaluateEligibility` returns it (or its JSON
 * read back).
 *
 * @throws {PartnershipError} `invalid_input`, every issue with its path from `report`.
 */
export function readReport(report: unknown): EligibilityReport {
  const issues = new Issues();
  checkReport(issues, report, 'report');
  issues.throwIfAny();
  return report as EligibilityReport;
}

/** A finding's deadline, epoch ms, or `undefined` when it has none. */
export function dueMs(finding: Finding): number | undefined {
  return finding.dueAt === undefined ? undefined : instantMs(finding.dueAt);
}
