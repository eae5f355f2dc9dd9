export { money } from './money.js';
export type { Money, AmountInput } from './money.js';
export { minorUnits, isCurrency } from './minorUnits.js';
export { STREAMS } from './types.js';
export type { Stream, StreamClause, Receipt, SettlementTerms } from './types.js';
