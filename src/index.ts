export { PartnershipError, isPartnershipError } from './errors.js';
export type { PartnershipIssue } from './errors.js';
export { money } from './money/money.js';
export type { Money, AmountInput } from './money/money.js';
export { minorUnits, isCurrency } from './money/minorUnits.js';
