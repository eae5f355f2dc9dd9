/**
 * webcast-partnership: the core entry. Exact money (breakeven, the 50-50 split, settlement, the
 * season's producer risk), the typed models with their parsers, the policy, and the one error
 * family. The rest of the pure core has its own entries: `webcast-partnership/rules` (eligibility),
 * `webcast-partnership/crew` (crew plans) and `webcast-partnership/json-schema`. Nothing here
 * imports from Node, the CLI or the sheets.
 *
 * @packageDocumentation
 */
export { MAX_ISSUES, PartnershipError, isPartnershipError } from './errors.js';
export type { PartnershipErrorCode, PartnershipErrorOptions, PartnershipIssue } from './errors.js';
export * from './money/index.js';
export * from './models/index.js';
