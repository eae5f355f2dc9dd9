/**
 * webcast-partnership: the pure core. Models, eligibility rules, exact money
 * and crew plans; nothing here imports from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export { PartnershipError, isPartnershipError } from './errors.js';
export type { PartnershipIssue } from './errors.js';
export * from './money/index.js';
export * from './models/index.js';
export * from './rules/index.js';
export * from './crew/index.js';
