import { settleInTimeOrder } from './createSettlement.js';
import { readPrevious } from './readPrevious.js';
import type { Receipt, SettlementTerms, Statement } from './types.js';

/**
 * Settles one event: shares every receipt out under the contract's terms and
 * returns the statement, line by line and in cumulative totals.
 *
 * - Receipts are taken in the order the money was received: by `receivedAt`
 *   (its UTC instant, to the nanosecond; a date is the start of its day in UTC),
 *   ties in input order. The list is sorted (stably) when it is not in that order.
 * - The breakeven is consumed once, cumulatively, by the streams whose clause
 *   counts toward it; what is above it is each stream's surplus.
 * - Each stream's organizer entitlement is the floor of `organizerShare ×`
 *   its cumulative surplus: many small receipts pay, to the unit, what one
 *   receipt of their sum would, and the odd unit stays with the platform.
 * - A refund (negative amount) takes back the stream's surplus first, then its
 *   part of the breakeven; no stream's total may go below zero.
 * - With `previous` (a statement of the same terms), the result is exactly
 *   the statement of one call over all receipts; the new receipts must not be
 *   earlier than the last one settled.
 *
 * It is `createSettlement(terms, { previous })` given the (stably sorted) receipts in one
 * chunk: a caller reading receipts as a stream uses {@link createSettlement} directly.
 *
 * @param terms - the breakeven and the clause of each stream (sponsorship: 0.5, counting, unless given).
 * @param receipts - payments (positive) and refunds (negative), in one currency, ids unique.
 * @param previous - the statement of the receipts settled so far, to continue it.
 * @returns a plain-JSON {@link Statement}.
 * @throws {PartnershipError} with every offending path (`receipts[3].amount`): `terms_malformed`,
 *   `clauses_malformed`, `clause_malformed`, `stream_unknown`, `share_*`, `receipts_malformed`,
 *   `receipt_malformed`, `receipt_id_malformed`, `receipt_id_duplicate`, `stream_not_in_terms`,
 *   `currency_mismatch`, `received_at_malformed`, `receipts_out_of_order` (earlier than the
 *   last line of `previous`), `refund_exceeds_received`, `previous_malformed`,
 *   `previous_terms_mismatch`, `previous_inconsistent`, the codes of {@link money};
 *   `invalid_input` when several kinds mix.
 * @example
 * const statement = settle({ breakeven: money('3000', 'EUR') }, [
 *   { id: 's1', stream: 'sponsorship', amount: money('2000', 'EUR'), receivedAt: '2026-03-01' },
 *   { id: 's2', stream: 'sponsorship', amount: money('3000', 'EUR'), receivedAt: '2026-03-10' },
 * ]);
 * [statement.platform.amount, statement.organizer.amount, statement.lines[1].organizer]
 * //=> ['4000.00', '1000.00', '1000.00']
 */
export function settle(terms: SettlementTerms, receipts: readonly Receipt[], previous?: Statement): Statement {
  return settleInTimeOrder(terms, receipts, previous, readPrevious);
}
