/**
 * `webcast-partnership/money`: exact money alone (`money`, `splitRevenue`, `settle`,
 * `createSettlement`, `allocate`, `estimateBreakeven`, `summarizeSeason`, currencies) and the
 * errors they throw. It loads without zod: nothing here parses a model, so an app that only
 * splits and settles does not pay for the schemas' import. The same functions are in the root
 * entry, and `PartnershipError` is one class whichever entry threw it.
 *
 * @packageDocumentation
 */
export * from './index.js';
export { MAX_ISSUES, PartnershipError, isPartnershipError } from '../errors.js';
export type { PartnershipErrorCode, PartnershipErrorOptions, PartnershipIssue } from '../errors.js';
