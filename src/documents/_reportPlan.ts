// The season plan the season report draws, checked field by field before it is drawn: a plan as
// `planSeason` returns it (or its JSON), every field the page reads of the right type, so a hostile
// value is an `invalid_input` issue at its path, never a TypeError. @internal
import type { Issues } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { isRuleId } from '../models/ruleIds.js';
import type { SeasonPlan } from '../season/_plan.js';

const isText = (value: unknown): boolean => typeof value === 'string';
/** Whether every entry is checked, holes of a sparse list included (`every` skips them). */
const each = (value: unknown, check: (entry: unknown) => boolean): boolean => Array.isArray(value) && Array.from(value as unknown[]).every(check);
const isTexts = (value: unknown): boolean => each(value, isText);

/** Records an issue at `root.key` when `check` refuses the field. */
function field(issues: Issues, record: Record<string, unknown>, root: string, key: string, check: (value: unknown) => boolean, expected: string): void {
  const value = own(record, key);
  if (!check(value)) issues.invalid(`${root}.${key}`, expected, value);
}

/** A list of records at `root.key`, each checked by `item`. */
function records(issues: Issues, plan: Record<string, unknown>, key: string, expected: string, item: (record: Record<string, unknown>, path: string) => void): void {
  const list = own(plan, key);
  if (!Array.isArray(list)) return issues.invalid(`plan.${key}`, 'a list', list);
  // Indexes, not forEach: a hole in a sparse list is an entry that is not one, not one skipped.
  for (let i = 0; i < list.length; i += 1) {
    const value: unknown = list[i];
    const path = `plan.${key}[${i}]`;
    if (isRecord(value)) item(value, path);
    else issues.invalid(path, expected, value);
  }
}

/**
 * Checks the fields of a season plan that the season report reads, recording an `invalid_input`
 * issue at the path of each that is not what `planSeason` writes.
 *
 * @returns whether the plan was read without an issue.
 */
export function checkReportPlan(issues: Issues, plan: unknown): plan is SeasonPlan {
  const before = issues.size;
  if (!isRecord(plan)) {
    issues.invalid('plan', 'a season plan from `planSeason`', plan);
    return false;
  }
  field(issues, plan, 'plan', 'policyVersion', isText, 'a string');
  field(issues, plan, 'plan', 'optimal', (v) => typeof v === 'boolean', 'a boolean');
  const score = own(plan, 'score');
  if (isRecord(score)) field(issues, score, 'plan.score', 'covered', (v) => Number.isSafeInteger(v) && (v as number) >= 0, 'a whole number of requests');
  else issues.invalid('plan.score', 'the score `{ covered, preference }`', score);
  const money = own(plan, 'money');
  if (isRecord(money)) field(issues, money, 'plan.money', 'withoutContract', isTexts, 'a list of request ids (strings)');
  else issues.invalid('plan.money', 'the money `{ byCurrency, withoutContract }`', money);
  records(issues, plan, 'assignments', 'an assignment `{ requestId, crewId, decision, booked, … }`', (assignment, path) => {
    field(issues, assignment, path, 'requestId', isText, 'a request id');
    field(issues, assignment, path, 'crewId', isText, 'a crew id');
    field(issues, assignment, path, 'decision', (v) => v === 'eligible' || v === 'incomplete', '`eligible` or `incomplete`');
    field(issues, assignment, path, 'booked', (v) => typeof v === 'boolean', 'a boolean');
  });
  records(issues, plan, 'unassigned', 'a request left out `{ requestId, reason, … }`', (unassigned, path) => {
    field(issues, unassigned, path, 'requestId', isText, 'a request id');
    const reason = own(unassigned, 'reason');
    if (reason === 'ineligible') field(issues, unassigned, path, 'rules', (v) => each(v, isRuleId), 'a list of rule ids such as `C6.2`');
    else if (reason === 'outbid') field(issues, unassigned, path, 'by', isTexts, 'a list of request ids (strings)');
    else if (reason !== 'no_crew') issues.invalid(`${path}.reason`, 'one of `ineligible`, `outbid`, `no_crew`', reason);
  });
  return issues.size === before;
}
