import { describeValue } from '../_lib/describe.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { compareInstants, timestampKey, type InstantKey } from '../_lib/instant.js';
import { ledger as openLedger } from './ledger.js';
import { formatMinorUnits, parseMinorUnits } from './money.js';
import { readPrevious } from './readPrevious.js';
import type { Continuation, LastReceipt } from './readPrevious.js';
import { readTerms } from './readTerms.js';
import type { Terms } from './readTerms.js';
import { receiptIds } from './receiptIds.js';
import { receiptReader } from './receiptReader.js';
import { lineWriter, statementOf } from './statementOf.js';
import { STREAMS } from './streams.js';
import type { Stream } from './streams.js';
import type { Receipt, SettlementTerms, Statement, StatementLine } from './types.js';

/**
 * Options of {@link createSettlement}.
 *
 * @example
 * const options: CreateSettlementOptions = { previous: yesterday, keepLines: false };
 */
export interface CreateSettlementOptions {
  /** The statement of the receipts settled so far (the same terms), to continue it. */
  readonly previous?: Statement;
  /**
   * Whether the settlement keeps every line for {@link Settlement.statement} (default `true`).
   * With `false`, a statement holds only the last line, enough to continue from, and memory
   * stays flat: the ids and the totals, not the lines (lines not yet taken by
   * {@link Settlement.takeLines} are held until they are).
   */
  readonly keepLines?: boolean;
}

/**
 * A settlement that receipts are added to in chunks, in the order the money was received:
 * what `settle` does in one call, for input read as a stream. See {@link createSettlement}.
 *
 * @example
 * const settlement = createSettlement({ breakeven: money('3000', 'EUR') });
 * settlement.add([{ id: 's1', stream: 'sponsorship', amount: money('5000', 'EUR'), receivedAt: '2026-03-01' }]);
 * settlement.statement().organizer //=> { amount: '1000.00', currency: 'EUR' }
 */
export interface Settlement {
  /**
   * Validates and settles receipts in the order given; paths are `receipts[k]`, k counted
   * across all `add()` calls of this settlement (0-based). A receipt earlier than the one
   * before it (in this call, an earlier one, or the last line of `previous`) is
   * `receipts_out_of_order`; equal instants keep the order given. A call that throws leaves
   * the settlement as it was. Returns this.
   *
   * @throws {PartnershipError} with every issue of the chunk: the codes of `settle`, and
   *   `receipts_out_of_order` instead of a sort.
   */
  add(receipts: readonly Receipt[]): this;
  /** The lines settled since the previous `takeLines()` call (all of them at the first call; the lines of `previous` are not repeated). */
  takeLines(): readonly StatementLine[];
  /**
   * The statement so far: the same JSON, byte for byte, as `settle()` over the same receipts.
   * With `keepLines: false`, `lines` holds only the last line (enough to continue from).
   */
  statement(): Statement;
  /** How many receipts were added so far (the lines of `previous` not counted). */
  readonly count: number;
}

/** Whether instant `key` is earlier than `seconds` + `nanos`. */
function isBefore(key: InstantKey, seconds: number, nanos: number): boolean {
  return key.seconds < seconds || (key.seconds === seconds && key.nanos < nanos);
}

/** Records `receipts_out_of_order` at receipt `k`, naming it and the receipt before it. */
function outOfOrder(issues: Issues, k: number, receipt: Record<string, unknown>, before: { readonly id: unknown; readonly at: unknown; readonly fromPrevious: boolean }): void {
  const path = `receipts[${k}].receivedAt`;
  const which = before.fromPrevious ? ', the last line of `previous`' : '';
  const got = `got ${describeValue(own(receipt, 'receivedAt'))} (receipt ${describeValue(own(receipt, 'id'))}) after ${describeValue(before.at)} (receipt ${describeValue(before.id)}${which})`;
  issues.add('receipts_out_of_order', path, `Expected a time no earlier than the receipt before it, ${got}`, `Expected \`${path}\` to be no earlier than the receipt before it, ${got}`);
}

/** A settlement and the chunk function behind it (`sort`: what `settle` does). @internal */
interface Opened {
  readonly settlement: Settlement;
  readonly chunk: (receipts: readonly Receipt[], sort: boolean) => void;
}

/**
 * Opens a settlement of terms already read, continuing `continued` (a `previous` statement
 * read by {@link readPrevious}) if given. Written as closures over local state rather than a
 * class: the state's names then shrink in the minified global bundle, which has a size budget.
 * Reading the options is left to the callers, so that the sheets' path (`settle` without
 * `previous`) carries neither the options nor the reader of previous statements.
 *
 * @internal
 */
function open(terms: Terms, keepLines: boolean, continued: Continuation | undefined): Opened {
  const ledger = openLedger(terms);
  if (continued !== undefined) ledger.restore(continued.totals);
  const ids = continued?.ids ?? receiptIds();
  const reader = receiptReader(terms, ids);
  const line = lineWriter(terms.exponent);
  /** Every line (`keepLines`, the lines of `previous` first), or the lines not yet taken. */
  let lines: StatementLine[] = keepLines && continued !== undefined ? continued.lines.slice() : [];
  /** Whether `lines` went out frozen in a statement: copied before it grows again. */
  let frozen = false;
  /** Where the lines not yet taken start in `lines` (`keepLines`). */
  let taken = lines.length;
  let lastLine = continued?.lines[continued.lines.length - 1];
  /** The receipt the next must not be earlier than. */
  let last: LastReceipt | undefined = continued?.last;
  let added = 0;

  /** Records `refund_exceeds_received` for receipt `k`. */
  const refundTooLarge = (refunds: Issues, k: number, s: number, units: bigint): void => {
    const so = formatMinorUnits(ledger.received[s] as bigint, terms.exponent);
    const refund = formatMinorUnits(units, terms.exponent);
    const stream = STREAMS[s] as Stream;
    refunds.add(
      'refund_exceeds_received',
      `receipts[${k}].amount`,
      `Expected a refund of at most what the ${stream} stream received so far (${so}), got ${refund}`,
      `Expected \`receipts[${k}].amount\` to refund at most what the ${stream} stream received so far (${so}), got ${refund}`,
    );
  };

  const chunk = (receipts: readonly Receipt[], sort: boolean): void => {
    if (!Array.isArray(receipts)) rejectValue('receipts_malformed', 'receipts', 'a list of receipts', receipts);
    const n = receipts.length;
    const issues = new Issues();
    // Refunds are judged in time order only: kept apart, so that a sort can drop them.
    let refunds = new Issues();
    const saved = ledger.save();
    const mark = ids.mark();
    /** Leaves the settlement as it was before the chunk, and throws the chunk's issues. */
    const rollBack = (found: Issues): void => {
      if (found.size === 0) return;
      ledger.restore(saved);
      ids.rollBack(mark);
      found.throwIfAny();
    };
    let fresh: StatementLine[] = [];
    const prior = last;
    // The receipt before the one read: the last one whose instant could be read (-1: `prior`).
    let before = -1;
    let beforeSeconds = prior?.key.seconds ?? Number.NEGATIVE_INFINITY;
    let beforeNanos = prior?.key.nanos ?? 0;
    let inOrder = true;

    // One pass validates and, while the receipts come in time order (the usual case), settles them.
    for (let i = 0; i < n; i += 1) {
      const receipt: unknown = receipts[i];
      const k = added + i;
      const clean = reader.read(receipt, k, issues);
      if (!reader.keyRead) continue;
      const record = receipt as Record<string, unknown>;
      const key = reader.key;
      if (isBefore(key, beforeSeconds, beforeNanos)) {
        if (sort) inOrder = false;
        else if (before < 0) outOfOrder(issues, k, record, prior as LastReceipt);
        else {
          const earlier = receipts[before] as unknown as Record<string, unknown>;
          outOfOrder(issues, k, record, { id: own(earlier, 'id'), at: own(earlier, 'receivedAt'), fromPrevious: false });
        }
      }
      if (sort && prior !== undefined && isBefore(key, prior.key.seconds, prior.key.nanos)) outOfOrder(issues, k, record, prior);
      if (inOrder) {
        beforeSeconds = key.seconds;
        beforeNanos = key.nanos;
        before = i;
        if (clean && issues.size === 0 && refunds.size === 0) {
          const s = reader.stream;
          const units = reader.units;
          if (ledger.apply(s, units)) fresh.push(line(receipt as Receipt, units, ledger.paid, ledger.due));
          else refundTooLarge(refunds, k, s, units);
        }
      }
    }
    rollBack(issues);

    let lastIndex = n - 1;
    if (!inOrder) {
      // Not in time order (`settle` only): start over in a stable sort by instant.
      ledger.restore(saved);
      fresh = [];
      refunds = new Issues();
      // Everything was validated above: read the instants again, only on this slower path.
      const keys = receipts.map((receipt) => timestampKey(receipt.receivedAt) as InstantKey);
      const order = keys.map((_, i) => i).sort((x, y) => compareInstants(keys[x] as InstantKey, keys[y] as InstantKey) || x - y);
      for (const i of order) {
        const receipt = receipts[i] as Receipt;
        const s = STREAMS.indexOf(receipt.stream);
        const units = parseMinorUnits(receipt.amount.amount, terms.currency);
        if (ledger.apply(s, units)) fresh.push(line(receipt, units, ledger.paid, ledger.due));
        else {
          // As in time order: the receipts after the first refund beyond what was received are not judged.
          refundTooLarge(refunds, added + i, s, units);
          break;
        }
      }
      lastIndex = order[n - 1] as number;
    }
    rollBack(refunds);

    // Settled: keep it.
    added += n;
    if (n === 0) return;
    const final = receipts[lastIndex] as Receipt;
    last = { key: timestampKey(final.receivedAt) as InstantKey, id: final.id, at: final.receivedAt, fromPrevious: false };
    lastLine = fresh[n - 1];
    if (lines.length === 0 && !frozen) lines = fresh;
    else if (frozen) lines = lines.concat(fresh);
    else for (const settled of fresh) lines.push(settled);
    frozen = false;
  };

  const settlement: Settlement = {
    add(receipts) {
      chunk(receipts, false);
      return this;
    },
    takeLines() {
      if (!keepLines) {
        const out = lines;
        lines = [];
        return Object.freeze(out);
      }
      const out = lines.slice(taken);
      taken = lines.length;
      return Object.freeze(out);
    },
    statement() {
      if (!keepLines) return statementOf(terms, ledger, lastLine === undefined ? [] : [lastLine]);
      frozen = true;
      return statementOf(terms, ledger, lines);
    },
    get count() {
      return added;
    },
  };
  return { settlement, chunk };
}

/**
 * Starts a settlement that receipts are added to in chunks, as they are read: the same
 * statement as one `settle()` call over all of them, byte for byte, in memory that does not
 * grow with the lines when `keepLines` is `false` (the receipt ids are kept, to refuse a
 * duplicate however far apart the two are: about 65 bytes per receipt of 12-character ids, see
 * docs/money.md). A `previous` that keeps only its last line (what `keepLines: false` gives)
 * carries no other id: a receipt settled before it may then come again unnoticed, so continue
 * across calls with one settlement, or with a statement that keeps its lines.
 *
 * Receipts must come in the order the money was received, to the nanosecond, wherever a
 * chunk ends: equal instants keep the order given; an earlier one is `receipts_out_of_order`,
 * naming both receipts. (`settle` sorts a list it is given; a stream cannot be sorted.)
 *
 * @param terms - the breakeven and the clause of each stream (sponsorship: 0.5, counting, unless given).
 * @param options - `previous`: a statement (of the same terms) to continue; `keepLines`.
 * @returns a {@link Settlement}: `add(receipts)`, `takeLines()`, `statement()`, `count`.
 * @throws {PartnershipError} for bad terms or a bad `previous` (as `settle`), and
 *   `invalid_options`; `add` throws for its chunk and leaves the settlement as it was.
 * @example
 * const eur = (amount) => money(amount, 'EUR');
 * const settlement = createSettlement({ breakeven: eur('3000') }, { keepLines: false });
 * settlement.add([{ id: 's1', stream: 'sponsorship', amount: eur('2000'), receivedAt: '2026-03-01' }]);
 * settlement.add([{ id: 's2', stream: 'sponsorship', amount: eur('3000'), receivedAt: '2026-03-10' }]);
 * const { organizer, lines } = settlement.statement();
 * [organizer.amount, lines.length, settlement.count] //=> ['1000.00', 1, 2]
 */
export function createSettlement(terms: SettlementTerms, options?: CreateSettlementOptions): Settlement {
  const read = readTerms(terms);
  if (options !== undefined && !isRecord(options)) rejectValue('invalid_options', 'options', 'options `{ previous?, keepLines? }`', options);
  if (options !== undefined) {
    const issues = new Issues();
    issues.unknownKeys(options, ['previous', 'keepLines'], 'options');
    issues.throwIfAny();
  }
  const keep = options === undefined ? undefined : own(options, 'keepLines');
  if (keep !== undefined && typeof keep !== 'boolean') rejectValue('invalid_options', 'options.keepLines', '`true` or `false`', keep);
  const previous = options === undefined ? undefined : own(options, 'previous');
  return open(read, keep ?? true, previous === undefined ? undefined : readPrevious(previous, read)).settlement;
}

/**
 * Settles `receipts` as `settle` does: a settlement of one chunk, sorted stably by instant
 * when it is not in time order (which {@link Settlement.add} refuses). Without `previous`
 * and `resume` it is `settle(terms, receipts)`, and needs no reader of previous statements
 * (what the sheets call: it keeps that reader out of the global bundle).
 *
 * @param resume - `readPrevious`, whenever a `previous` may be given.
 * @internal
 */
export function settleInTimeOrder(terms: SettlementTerms, receipts: readonly Receipt[], previous?: Statement, resume?: typeof readPrevious): Statement {
  const read = readTerms(terms);
  const { settlement, chunk } = open(read, true, previous === undefined || resume === undefined ? undefined : resume(previous, read));
  chunk(receipts, true);
  return settlement.statement();
}
