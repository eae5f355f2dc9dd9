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
export interface Ledger {
  readonly received: bigint[];
  readonly toBreakeven: bigint[];
  readonly organizer: bigint[];
  recovered: bigint;
  /** What the last receipt applied paid toward the breakeven (negative: reopened). */
  paid: bigint;
  /** What the last receipt applied paid to the organizer (negative: took back). */
  due: bigint;
  /**
   * Applies `amount` (minor units) to stream `s`, setting `paid` and `due`; `false`, with
   * nothing changed, when it is a refund beyond what the stream received so far.
   */
  apply(s: number, amount: bigint): boolean;
  /** The totals as they are now. */
  save(): LedgerSnapshot;
  /** Goes back to totals saved before (or read from a previous statement). */
  restore(snapshot: LedgerSnapshot): void;
}

/**
 * An empty {@link Ledger} under `terms`.
 *
 * @internal
 */
export function ledger(terms: Terms): Ledger {
  const { breakeven, clauses } = terms;
  const zeros = (): bigint[] => STREAMS.map(() => 0n);
  const totals: Ledger = {
    received: zeros(),
    toBreakeven: zeros(),
    organizer: zeros(),
    recovered: 0n,
    paid: 0n,
    due: 0n,
    apply(s, amount) {
      const { received, toBreakeven, organizer } = totals;
      const clause = clauses[s] as Clause;
      const r = received[s] as bigint;
      const b = toBreakeven[s] as bigint;
      let paid: bigint;
      if (amount >= 0n) {
        const open = breakeven - totals.recovered;
        paid = clause.counts ? (amount < open ? amount : open) : 0n;
        received[s] = r + amount;
      } else {
        const left = r + amount;
        if (left < 0n) return false;
        // A refund takes back the surplus first, then what the stream paid toward the breakeven.
        paid = b < left ? 0n : left - b;
        received[s] = left;
      }
      const paidNow = b + paid;
      toBreakeven[s] = paidNow;
      totals.recovered += paid;
      const entitled = organizerOf((received[s] as bigint) - paidNow, clause.share);
      totals.due = entitled - (organizer[s] as bigint);
      organizer[s] = entitled;
      totals.paid = paid;
      return true;
    },
    save() {
      return { received: [...totals.received], toBreakeven: [...totals.toBreakeven], organizer: [...totals.organizer], recovered: totals.recovered };
    },
    restore(snapshot) {
      for (let s = 0; s < STREAMS.length; s += 1) {
        totals.received[s] = snapshot.received[s] as bigint;
        totals.toBreakeven[s] = snapshot.toBreakeven[s] as bigint;
        totals.organizer[s] = snapshot.organizer[s] as bigint;
      }
      totals.recovered = snapshot.recovered;
    },
  };
  return totals;
}
