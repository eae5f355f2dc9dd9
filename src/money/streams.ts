/**
 * The revenue streams a contract may share (seed § 2 and § 9.1–9.3), in a fixed order: the one
 * list from which the {@link Stream} type, the contract's clause keys (`ContractSchema`) and
 * `settlementTerms` derive, so adding a stream is one edit the compiler follows.
 *
 * @example
 * STREAMS //=> ['sponsorship', 'pay_per_view', 'dvd', 'workshop']
 */
export const STREAMS = Object.freeze(['sponsorship', 'pay_per_view', 'dvd', 'workshop'] as const);

/**
 * A revenue stream: one of {@link STREAMS}.
 *
 * @example
 * const stream: Stream = 'pay_per_view';
 */
export type Stream = (typeof STREAMS)[number];
