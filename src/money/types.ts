import type { Money } from './money.js';
import type { ShareInput } from './ratio.js';
import type { Stream } from './streams.js';

/** How one revenue stream is shared: the organizer's share, and whether it also pays the breakeven. */
export interface StreamClause {
  /**
   * The organizer's share of what this stream brings above the breakeven, a decimal in [0, 1]:
   * `"0.5"` (a finite number is read through its shortest decimal, `0.5`).
   */
  readonly organizerShare: ShareInput;
  /** Whether money of this stream first pays what is left of the breakeven. */
  readonly countsTowardBreakeven: boolean;
}

/** One payment received (positive) or refunded (negative) for one event. */
export interface Receipt {
  /** Unique within the event's statement, previous statements included. */
  readonly id: string;
  readonly stream: Stream;
  readonly amount: Money;
  /** ISO 8601 instant with an offset, or a calendar date `YYYY-MM-DD` (the start of that day in UTC). */
  readonly receivedAt: string;
}

/** The money terms of one event's contract. */
export interface SettlementTerms {
  /** The breakeven fixed in the contract before the event. */
  readonly breakeven: Money;
  /** One clause per stream; sponsorship defaults to `{ organizerShare: "0.5", countsTowardBreakeven: true }`. */
  readonly clauses?: Partial<Readonly<Record<Stream, StreamClause>>>;
}

/**
 * What one receipt paid, as a line of a {@link Statement}. Amounts are canonical
 * decimal strings in the statement's `currency` (a line is kept light: a
 * statement may hold a million of them). `platform + organizer = amount`; a
 * refund's line has negative figures: what it claws back.
 */
export interface StatementLine {
  readonly receiptId: string;
  readonly stream: Stream;
  /** As the receipt gave it. */
  readonly receivedAt: string;
  readonly amount: string;
  /** What this receipt paid toward the breakeven (negative: what a refund reopened). */
  readonly toBreakeven: string;
  /** What this receipt paid to the platform, its part of the breakeven included. */
  readonly platform: string;
  /** What this receipt paid to the organizer. */
  readonly organizer: string;
}

/** The cumulative totals of one stream in a {@link Statement}, with the clause that applied. */
export interface StreamStatement {
  /** The clause's share in its shortest decimal form: `"0.5"`. */
  readonly organizerShare: string;
  readonly countsTowardBreakeven: boolean;
  readonly received: Money;
  readonly toBreakeven: Money;
  /** `received - toBreakeven`: what the clause shares. */
  readonly surplus: Money;
  readonly platform: Money;
  /** The floor of `organizerShare × surplus`. */
  readonly organizer: Money;
}

/**
 * The settlement of one event, as {@link settle} returns it: plain JSON, so
 * it can be written to disk, passed back as `previous` and summed by
 * `summarizeSeason`. Its totals are the whole state needed to continue.
 */
export interface Statement {
  readonly currency: string;
  readonly breakeven: Money;
  /** What the receipts recovered of the breakeven. */
  readonly recovered: Money;
  /** `breakeven - recovered`: the producer risk the platform still carries. */
  readonly uncovered: Money;
  /** Everything received, refunds deducted, over every stream. */
  readonly received: Money;
  readonly platform: Money;
  readonly organizer: Money;
  /** One entry per stream the terms have a clause for, in the order of `STREAMS`. */
  readonly streams: Partial<Readonly<Record<Stream, StreamStatement>>>;
  /** One line per receipt, in the order the money was received. */
  readonly lines: readonly StatementLine[];
}
