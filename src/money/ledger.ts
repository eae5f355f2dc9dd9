import { HALF } from './ratio.js';
import type { Share } from './ratio.js';
import type { Clause, Terms } from './readTerms.js';
import { STREAMS } from './streams.js';

/**
 * The floor of `share × surplus`: a stream's organizer entitlement on its cumulative surplus.
 *
 * @internal
 */
export function organizerOf(surplus: bigint, share: Share): bigint {
  return share === HALF ? surplus / 2n : (surplus * share.numerator) / share.denominator;
}

/** A copy of a ledger's totals, to go back to. @internal */
export interface LedgerSnapshot {
  readonly received: readonly bigint[];
  readonly toBreakeven: readonly bigint[];
  readonly organizer: readonly bigint[];
  readonly recovered: bigint;
}

/**
 * The cumulative totals of one settlement, per stream (indexed like {@link STREAMS}), and the
 * rule that applies one receipt to them (seed § 2 and § 9):
 *
 * - money of a stream whose clause counts first pays what is left of the breakeven, once,
 *   across the streams; the rest is the stream's surplus;
 * - a stream's organizer entitlement is the floor of its share of its cumulative surplus, so
 *   many small receipts pay, to the unit, what one receipt of their sum would;
 * - a refund takes back the stream's surplus first, then its part of the breakeven, and may
 *   not take a stream below zero.
 *
 * @internal
 */
export class Ledger {
  readonly received: bigint[] = STREAMS.map(() => 0n);
  readonly toBreakeven: bigint[] = STREAMS.map(() => 0n);
  readonly organizer: bigint[] = STREAMS.map(() => 0n);
  recovered = 0n;
  /** What the last receipt applied paid toward the breakeven (negative: reopened). */
  paid = 0n;
  /** What the last receipt applied paid to the organizer (negative: took back). */
  due = 0n;

  constructor(private readonly terms: Terms) {}

  /**
   * Applies `amount` (minor units) to stream `s`, setting {@link paid} and {@link due}; `false`,
   * with nothing changed, when it is a refund beyond what the stream received so far.
   */
  apply(s: number, amount: bigint): boolean {
    const clause = this.terms.clauses[s] as Clause;
    const r = this.received[s] as bigint;
    const b = this.toBreakeven[s] as bigint;
    let paid: bigint;
    if (amount >= 0n) {
      const open = this.terms.breakeven - this.recovered;
      paid = clause.counts ? (amount < open ? amount : open) : 0n;
      this.received[s] = r + amount;
    } else {
      const left = r + amount;
      if (left < 0n) return false;
      // A refund takes back the surplus first, then what the stream paid toward the breakeven.
      paid = b < left ? 0n : left - b;
      this.received[s] = left;
    }
    const paidNow = b + paid;
    this.toBreakeven[s] = paidNow;
    this.recovered += paid;
    const entitled = organizerOf((this.received[s] as bigint) - paidNow, clause.share);
    this.due = entitled - (this.organizer[s] as bigint);
    this.organizer[s] = entitled;
    this.paid = paid;
    return true;
  }

  /** The totals as they are now. */
  save(): LedgerSnapshot {
    return { received: [...this.received], toBreakeven: [...this.toBreakeven], organizer: [...this.organizer], recovered: this.recovered };
  }

  /** Goes back to totals saved before (or read from a previous statement). */
  restore(snapshot: LedgerSnapshot): void {
    for (let s = 0; s < STREAMS.length; s += 1) {
      this.received[s] = snapshot.received[s] as bigint;
      this.toBreakeven[s] = snapshot.toBreakeven[s] as bigint;
      this.organizer[s] = snapshot.organizer[s] as bigint;
    }
    this.recovered = snapshot.recovered;
  }
}
