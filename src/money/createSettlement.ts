import { describeValue } from '../_lib/describe.js';
import { Issues, fail, isRecord, own } from './issues.js';
import { readInstant } from './instant.js';
import type { InstantKey } from './instant.js';
import { Ledger } from './ledger.js';
import { formatMinorUnits, parseMinorUnits } from './money.js';
import { readPrevious } from './readPrevious.js';
import type { LastReceipt } from './readPrevious.js';
import { readTerms } from './readTerms.js';
import type { Terms } from './readTerms.js';
import { ReceiptIds } from './receiptIds.js';
import { ReceiptReader } from './receiptReader.js';
import { LineWriter, statementOf } from './statementOf.js';
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

/** @internal */
class RunningSettlement implements Settlement {
  private readonly terms: Terms;
  private readonly ledger: Ledger;
  private readonly ids: ReceiptIds;
  private readonly reader: ReceiptReader;
  private readonly writer: LineWriter;
  private readonly keepLines: boolean;
  /** Every line (`keepLines`, the lines of `previous` first), or the lines not yet taken. */
  private lines: StatementLine[];
  /** Whether {@link lines} went out frozen in a statement: copied before it grows again. */
  private linesFrozen = false;
  /** Where the lines not yet taken start in {@link lines} (`keepLines`). */
  private taken: number;
  private lastLine: StatementLine | undefined;
  private last: LastReceipt | undefined;
  private added = 0;

  constructor(terms: unknown, options: unknown) {
    this.terms = readTerms(terms);
    if (options !== undefined && !isRecord(options)) fail('options_malformed', 'options', 'options `{ previous?, keepLines? }`', options);
    const keepLines = options === undefined ? undefined : own(options, 'keepLines');
    if (keepLines !== undefined && typeof keepLines !== 'boolean') fail('options_malformed', 'options.keepLines', '`true` or `false`', keepLines);
    this.keepLines = keepLines ?? true;
    this.ledger = new Ledger(this.terms);
    const previous = options === undefined ? undefined : own(options, 'previous');
    if (previous === undefined) {
      this.ids = new ReceiptIds();
      this.lines = [];
      this.taken = 0;
    } else {
      const continued = readPrevious(previous, this.terms);
      this.ledger.restore(continued.totals);
      this.ids = continued.ids;
      this.last = continued.last;
      this.lastLine = continued.lines[continued.lines.length - 1];
      this.lines = this.keepLines ? continued.lines.slice() : [];
      this.taken = this.lines.length;
    }
    this.reader = new ReceiptReader(this.terms, this.ids);
    this.writer = new LineWriter(this.terms.exponent);
  }

  get count(): number {
    return this.added;
  }

  add(receipts: readonly Receipt[]): this {
    this.settle(receipts, false);
    return this;
  }

  takeLines(): readonly StatementLine[] {
    if (!this.keepLines) {
      const lines = this.lines;
      this.lines = [];
      return Object.freeze(lines);
    }
    const lines = this.lines.slice(this.taken);
    this.taken = this.lines.length;
    return Object.freeze(lines);
  }

  statement(): Statement {
    if (!this.keepLines) return statementOf(this.terms, this.ledger, this.lastLine === undefined ? [] : [this.lastLine]);
    this.linesFrozen = true;
    return statementOf(this.terms, this.ledger, this.lines);
  }

  /**
   * Settles one chunk. With `sort` (what `settle` does), receipts not in time order are
   * settled in a stable sort by instant instead of refused; only going back before the last
   * line of `previous` is refused.
   */
  settle(receipts: readonly Receipt[], sort: boolean): void {
    if (!Array.isArray(receipts)) fail('receipts_malformed', 'receipts', 'a list of receipts', receipts);
    const { ledger, reader, writer } = this;
    const n = receipts.length;
    const base = this.added;
    const issues = new Issues();
    // Refunds are judged in time order only: kept apart, so that a sort can drop them.
    let refunds = new Issues();
    const saved = ledger.save();
    let fresh: StatementLine[] = [];
    const prior = this.last;
    // The receipt before the one read: the last one whose instant could be read (-1: `prior`).
    let before = -1;
    let beforeSeconds = prior?.key.seconds ?? Number.NEGATIVE_INFINITY;
    let beforeNanos = prior?.key.nanos ?? 0;
    let inOrder = true;

    // One pass validates and, while the receipts come in time order (the usual case), settles them.
    for (let i = 0; i < n; i += 1) {
      const receipt: unknown = receipts[i];
      const k = base + i;
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
          if (ledger.apply(s, units)) fresh.push(writer.line(receipt as Receipt, units, ledger.paid, ledger.due));
          else this.refundTooLarge(refunds, k, s, units);
        }
      }
    }
    if (issues.size > 0) this.rollBack(receipts, base, saved, issues);

    let lastIndex = n - 1;
    if (!inOrder) {
      // Not in time order (`settle` only): start over in a stable sort by instant.
      ledger.restore(saved);
      fresh = [];
      refunds = new Issues();
      // Everything was validated above: read the instants again, only on this slower path.
      const seconds = new Float64Array(n);
      const nanos = new Int32Array(n);
      const order = new Uint32Array(n);
      for (let j = 0; j < n; j += 1) {
        const key = readInstant((receipts[j] as Receipt).receivedAt) as InstantKey;
        seconds[j] = key.seconds;
        nanos[j] = key.nanos;
        order[j] = j;
      }
      order.sort((x, y) => (seconds[x] as number) - (seconds[y] as number) || (nanos[x] as number) - (nanos[y] as number) || x - y);
      for (const i of order) {
        const receipt = receipts[i] as Receipt;
        const s = STREAMS.indexOf(receipt.stream);
        const units = parseMinorUnits(receipt.amount.amount, this.terms.currency);
        if (ledger.apply(s, units)) fresh.push(writer.line(receipt, units, ledger.paid, ledger.due));
        else {
          // As in time order: the receipts after the first refund beyond what was received are not judged.
          this.refundTooLarge(refunds, base + i, s, units);
          break;
        }
      }
      lastIndex = order[n - 1] as number;
    }
    if (refunds.size > 0) this.rollBack(receipts, base, saved, refunds);

    // Settled: keep it.
    this.added += n;
    if (n === 0) return;
    const last = receipts[lastIndex] as Receipt;
    this.last = { key: readInstant(last.receivedAt) as InstantKey, id: last.id, at: last.receivedAt, fromPrevious: false };
    this.lastLine = fresh[fresh.length - 1];
    if (this.lines.length === 0 && !this.linesFrozen) this.lines = fresh;
    else if (this.linesFrozen) this.lines = this.lines.concat(fresh);
    else for (const line of fresh) this.lines.push(line);
    this.linesFrozen = false;
  }

  /** Records `refund_exceeds_received` for receipt `k`. */
  private refundTooLarge(refunds: Issues, k: number, s: number, units: bigint): void {
    const { exponent } = this.terms;
    const so = formatMinorUnits(this.ledger.received[s] as bigint, exponent);
    const refund = formatMinorUnits(units, exponent);
    const stream = STREAMS[s] as Stream;
    refunds.add(
      'refund_exceeds_received',
      `receipts[${k}].amount`,
      `Expected a refund of at most what the ${stream} stream received so far (${so}), got ${refund}`,
      `Expected \`receipts[${k}].amount\` to refund at most what the ${stream} stream received so far (${so}), got ${refund}`,
    );
  }

  /** Leaves the settlement as it was before the chunk, and throws the chunk's issues. */
  private rollBack(receipts: readonly Receipt[], base: number, saved: ReturnType<Ledger['save']>, issues: Issues): never {
    this.ledger.restore(saved);
    for (let i = 0; i < receipts.length; i += 1) {
      const receipt: unknown = receipts[i];
      const id = isRecord(receipt) ? own(receipt, 'id') : undefined;
      if (typeof id === 'string') this.ids.forget(id, base + i);
    }
    issues.throwIfAny();
    throw new Error('unreachable');
  }
}

/**
 * Starts a settlement that receipts are added to in chunks, as they are read: the same
 * statement as one `settle()` call over all of them, byte for byte, in memory that does not
 * grow with the lines when `keepLines` is `false` (the receipt ids are kept, to refuse a
 * duplicate however far apart the two are: about 60 bytes per receipt, see docs/money.md).
 *
 * Receipts must come in the order the money was received, to the nanosecond, wherever a
 * chunk ends: equal instants keep the order given; an earlier one is `receipts_out_of_order`,
 * naming both receipts. (`settle` sorts a list it is given; a stream cannot be sorted.)
 *
 * @param terms - the breakeven and the clause of each stream (sponsorship: 0.5, counting, unless given).
 * @param options - `previous`: a statement (of the same terms) to continue; `keepLines`.
 * @returns a {@link Settlement}: `add(receipts)`, `takeLines()`, `statement()`, `count`.
 * @throws {PartnershipError} for bad terms or a bad `previous` (as `settle`), and
 *   `options_malformed`; `add` throws for its chunk and leaves the settlement as it was.
 * @example
 * const eur = (amount) => money(amount, 'EUR');
 * const settlement = createSettlement({ breakeven: eur('3000') }, { keepLines: false });
 * settlement.add([{ id: 's1', stream: 'sponsorship', amount: eur('2000'), receivedAt: '2026-03-01' }]);
 * settlement.add([{ id: 's2', stream: 'sponsorship', amount: eur('3000'), receivedAt: '2026-03-10' }]);
 * const { organizer, lines } = settlement.statement();
 * [organizer.amount, lines.length, settlement.count] //=> ['1000.00', 1, 2]
 */
export function createSettlement(terms: SettlementTerms, options?: CreateSettlementOptions): Settlement {
  return new RunningSettlement(terms, options);
}

/**
 * Settles `receipts` as `settle` does: in a stable sort by instant when they are not in
 * time order, which a {@link Settlement.add} refuses.
 *
 * @internal
 */
export function addInTimeOrder(settlement: Settlement, receipts: readonly Receipt[]): Settlement {
  if (!(settlement instanceof RunningSettlement)) throw new TypeError('Expected a settlement made by createSettlement');
  settlement.settle(receipts, true);
  return settlement;
}
