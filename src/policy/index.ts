/**
 * webcast-partnership/policy: what a change of policy changes, before it applies (issue 18).
 * Pure core: imports nothing from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export { diffPolicies } from './diffPolicies.js';
export type { PolicyChange, PolicyChangeKind, PolicyDiff, PolicyLabel } from './diffPolicies.js';
export { policyImpact } from './policyImpact.js';
export type { BeforeAfter, FindingChange, PlanPlace, PolicyImpact, PolicyImpactOptions, RequestImpact, SeasonTotals } from './policyImpact.js';
export type { FindingState } from './_responsible.js';
