import type { Money } from './money.js';

/** The revenue streams a contract may share (seed § 2 and § 9.1–9.3). */
export type Stream = 'sponsorship' | 'pay_per_view' | 'dvd' | 'workshop';

/** The streams, in a fixed order. */
export const STREAMS: readonly Stream[] = Object.freeze(['sponsorship', 'pay_per_view', 'dvd', 'workshop']);

/** How one revenue stream is shared: the organizer's share, and whether it also pays the breakeven. */
export interface StreamClause {
  /** The organizer's share of what this stream brings above the breakeven, a decimal string in [0, 1]: `"0.5"`. */
  readonly organizerShare: string;
  /** Whether money of this stream first pays what is left of the breakeven. */
  readonly countsTowardBreakeven: boolean;
}

/** One payment received (positive) or refunded (negative) for one event. */
export interface Receipt {
  readonly id: string;
  readonly stream: Stream;
  readonly amount: Money;
  /** ISO 8601 instant with an offset, or a calendar date `YYYY-MM-DD`. */
  readonly receivedAt: string;
}

/** The money terms of one event's contract. */
export interface SettlementTerms {
  /** The breakeven fixed in the contract before the event. */
  readonly breakeven: Money;
  /** One clause per stream; sponsorship defaults to `{ organizerShare: "0.5", countsTowardBreakeven: true }`. */
  readonly clauses?: Partial<Readonly<Record<Stream, StreamClause>>>;
}
