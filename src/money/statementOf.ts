import type { Ledger } from './ledger.js';
import { formatMinorUnits, moneyOf } from './money.js';
import type { Money } from './money.js';
import type { Terms } from './readTerms.js';
import { STREAMS } from './streams.js';
import type { Stream } from './streams.js';
import type { Receipt, Statement, StatementLine, StreamStatement } from './types.js';

/** Writes the line of `receipt`, of `amount` minor units, that paid `paid` toward the breakeven and `due` to the organizer. @internal */
export type LineWriter = (receipt: Receipt, amount: bigint, paid: bigint, due: bigint) => StatementLine;

/**
 * The {@link LineWriter} of a currency of `exponent` decimals. A line shares the receipt's
 * strings (id, instant and, when it is canonical, amount) rather than copying them: a
 * statement may hold a million lines.
 *
 * @internal
 */
export function lineWriter(exponent: number): LineWriter {
  const zero = formatMinorUnits(0n, exponent);
  const canonical = new RegExp(`^-?(?:0|[1-9]\\d*)${exponent === 0 ? '' : `\\.\\d{${exponent}}`}$`);
  return (receipt, amount, paid, due) => {
    // The receipt's own string when it is already canonical: shared, not copied.
    const given = receipt.amount.amount;
    const amountText = typeof given === 'string' && canonical.test(given) && !(amount === 0n && given[0] === '-') ? given : formatMinorUnits(amount, exponent);
    return Object.freeze({
      receiptId: receipt.id,
      stream: receipt.stream,
      receivedAt: receipt.receivedAt,
      amount: amountText,
      toBreakeven: paid === 0n ? zero : paid === amount ? amountText : formatMinorUnits(paid, exponent),
      platform: due === 0n ? amountText : formatMinorUnits(amount - due, exponent),
      organizer: due === 0n ? zero : due === amount ? amountText : formatMinorUnits(due, exponent),
    });
  };
}

/**
 * The plain-JSON statement of a ledger's totals under its terms, with `lines` as given; frozen
 * all the way down (`lines` included).
 *
 * @internal
 */
export function statementOf(terms: Terms, ledger: Ledger, lines: readonly StatementLine[]): Statement {
  const { currency, exponent } = terms;
  const of = (units: bigint): Money => moneyOf(units, exponent, currency);
  const streams: Partial<Record<Stream, StreamStatement>> = {};
  let received = 0n;
  let organizer = 0n;
  STREAMS.forEach((stream, s) => {
    const clause = terms.clauses[s];
    if (clause === undefined) return;
    const r = ledger.received[s] as bigint;
    const b = ledger.toBreakeven[s] as bigint;
    const o = ledger.organizer[s] as bigint;
    received += r;
    organizer += o;
    streams[stream] = Object.freeze({
      organizerShare: clause.share.text,
      countsTowardBreakeven: clause.counts,
      received: of(r),
      toBreakeven: of(b),
      surplus: of(r - b),
      platform: of(r - o),
      organizer: of(o),
    });
  });
  return Object.freeze({
    currency,
    breakeven: of(terms.breakeven),
    recovered: of(ledger.recovered),
    uncovered: of(terms.breakeven - ledger.recovered),
    received: of(received),
    platform: of(received - organizer),
    organizer: of(organizer),
    streams: Object.freeze(streams),
    lines: Object.freeze(lines),
  });
}
