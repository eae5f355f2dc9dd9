import { describeValue } from '../_lib/describe.js';
import { Issues, fail, isRecord, keyPath, own } from './issues.js';
import { formatMinorUnits, moneyOf, parseMinorUnits } from './money.js';
import type { Money } from './money.js';
import { IdCheck } from './ids.js';
import { compareInstants, readInstant } from './instant.js';
import type { InstantKey } from './instant.js';
import { HALF, readShare } from './ratio.js';
import type { Share } from './ratio.js';
import { readCurrency, readMoney } from './read.js';
import { STREAMS } from './types.js';
import type { Receipt, SettlementTerms, Statement, StatementLine, Stream, StreamStatement } from './types.js';

/** The longest receipt id accepted, in characters. */
const MAX_ID_LENGTH = 200;

interface Clause {
  readonly share: Share;
  readonly counts: boolean;
}

interface Terms {
  readonly currency: string;
  readonly exponent: number;
  readonly breakeven: bigint;
  /** Indexed like {@link STREAMS}; `undefined` where the contract has no clause. */
  readonly clauses: readonly (Clause | undefined)[];
}

/** The cumulative state of one settlement, per stream (indexed like {@link STREAMS}). */
interface State {
  readonly received: bigint[];
  readonly toBreakeven: bigint[];
  readonly organizer: bigint[];
  recovered: bigint;
}

const SPONSORSHIP_DEFAULT: Clause = { share: HALF, counts: true };

function readTerms(terms: unknown): Terms {
  if (!isRecord(terms)) fail('terms_malformed', 'terms', 'settlement terms `{ breakeven, clauses? }`', terms);
  const issues = new Issues();
  const unit = readCurrency(own(terms, 'breakeven'), 'terms.breakeven', issues);
  issues.throwIfAny();
  const { currency, exponent } = unit as { currency: string; exponent: number };
  const breakeven = readMoney(own(terms, 'breakeven'), 'terms.breakeven', currency, issues);

  const clauses: (Clause | undefined)[] = [SPONSORSHIP_DEFAULT, undefined, undefined, undefined];
  const given = own(terms, 'clauses');
  if (given !== undefined) {
    if (!isRecord(given)) {
      issues.expected('clauses_malformed', 'terms.clauses', 'one clause per stream `{ sponsorship?, pay_per_view?, dvd?, workshop? }`', given);
    } else {
      for (const key of Object.keys(given)) {
        const index = STREAMS.indexOf(key as Stream);
        const path = keyPath('terms.clauses', key);
        if (index < 0) {
          issues.add('unknown_stream', path, `Expected one of ${STREAMS.join(', ')}, got ${describeValue(key)}`, `Expected \`terms.clauses\` to name only the streams ${STREAMS.join(', ')}, got ${describeValue(key)}`);
          continue;
        }
        const clause = given[key];
        if (clause === undefined) continue;
        if (!isRecord(clause)) {
          issues.expected('clause_malformed', path, 'a clause `{ organizerShare, countsTowardBreakeven }`', clause);
          continue;
        }
        const share = readShare(own(clause, 'organizerShare'), `${path}.organizerShare`, issues);
        const counts = own(clause, 'countsTowardBreakeven');
        if (typeof counts !== 'boolean') issues.expected('clause_malformed', `${path}.countsTowardBreakeven`, '`true` or `false`', counts);
        if (share !== undefined && typeof counts === 'boolean') clauses[index] = { share, counts };
      }
    }
  }
  issues.throwIfAny();
  return { currency, exponent, breakeven: breakeven as bigint, clauses };
}

function organizerOf(surplus: bigint, share: Share): bigint {
  return share === HALF ? surplus / 2n : (surplus * share.numerator) / share.denominator;
}

interface Continuation {
  readonly state: State;
  readonly lines: readonly StatementLine[];
  readonly ids: IdCheck;
  readonly last: InstantKey | undefined;
}

function readPrevious(previous: unknown, terms: Terms, more: number): Continuation {
  if (!isRecord(previous)) fail('previous_malformed', 'previous', 'a statement returned by `settle`', previous);
  const issues = new Issues();
  const { currency, exponent } = terms;
  const mismatch = (path: string, what: string): void =>
    issues.add('previous_terms_mismatch', path, `Expected ${what} of the terms`, `Expected \`${path}\` to be ${what} of the terms: a statement continues only under the same terms`);
  const inconsistent = (path: string, what: string): void =>
    issues.add('previous_inconsistent', path, `Expected ${what}`, `Expected \`${path}\` to be ${what}: the statement was not produced by \`settle\` or was changed`);

  if (own(previous, 'currency') !== currency) mismatch('previous.currency', `the currency (${currency})`);
  else {
    const breakeven = readMoney(own(previous, 'breakeven'), 'previous.breakeven', currency, issues);
    if (breakeven !== undefined && breakeven !== terms.breakeven) mismatch('previous.breakeven', `the breakeven (${formatMinorUnits(terms.breakeven, exponent)})`);
  }
  issues.throwIfAny();

  const state: State = { received: [0n, 0n, 0n, 0n], toBreakeven: [0n, 0n, 0n, 0n], organizer: [0n, 0n, 0n, 0n], recovered: 0n };
  const streams = own(previous, 'streams');
  if (!isRecord(streams)) issues.expected('previous_malformed', 'previous.streams', 'the totals of each stream', streams);
  else {
    for (const key of Object.keys(streams)) {
      if (!STREAMS.includes(key as Stream)) mismatch(keyPath('previous.streams', key), 'only the streams');
    }
    STREAMS.forEach((stream, s) => {
      const clause = terms.clauses[s];
      const entry = own(streams, stream);
      const path = `previous.streams.${stream}`;
      if (clause === undefined) {
        if (entry !== undefined) mismatch(path, `absent, as there is no clause for ${stream}`);
        return;
      }
      if (!isRecord(entry)) {
        if (entry === undefined) mismatch(path, `present, as there is a clause for ${stream}`);
        else issues.expected('previous_malformed', path, 'the totals of one stream', entry);
        return;
      }
      const share = own(entry, 'organizerShare');
      if (share !== clause.share.text) mismatch(`${path}.organizerShare`, `the share \`${clause.share.text}\``);
      if (own(entry, 'countsTowardBreakeven') !== clause.counts) mismatch(`${path}.countsTowardBreakeven`, `\`${String(clause.counts)}\``);
      const like = 'the terms';
      const received = readMoney(own(entry, 'received'), `${path}.received`, currency, issues, false, like);
      const toBreakeven = readMoney(own(entry, 'toBreakeven'), `${path}.toBreakeven`, currency, issues, false, like);
      const surplus = readMoney(own(entry, 'surplus'), `${path}.surplus`, currency, issues, false, like);
      const platform = readMoney(own(entry, 'platform'), `${path}.platform`, currency, issues, false, like);
      const organizer = readMoney(own(entry, 'organizer'), `${path}.organizer`, currency, issues, false, like);
      if (received === undefined || toBreakeven === undefined || surplus === undefined || platform === undefined || organizer === undefined) return;
      if (toBreakeven > received || (!clause.counts && toBreakeven !== 0n)) inconsistent(`${path}.toBreakeven`, 'between zero and what the stream received (zero when it does not count)');
      else if (surplus !== received - toBreakeven) inconsistent(`${path}.surplus`, '`received - toBreakeven`');
      else if (organizer !== organizerOf(surplus, clause.share)) inconsistent(`${path}.organizer`, 'the floor of `organizerShare × surplus`');
      else if (platform !== received - organizer) inconsistent(`${path}.platform`, '`received - organizer`');
      else {
        state.received[s] = received;
        state.toBreakeven[s] = toBreakeven;
        state.organizer[s] = organizer;
        state.recovered += toBreakeven;
      }
    });
  }
  issues.throwIfAny();

  const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
  const totals: [keyof Statement, bigint][] = [
    ['recovered', state.recovered],
    ['uncovered', terms.breakeven - state.recovered],
    ['received', sum(state.received)],
    ['organizer', sum(state.organizer)],
    ['platform', sum(state.received) - sum(state.organizer)],
  ];
  if (state.recovered > terms.breakeven) inconsistent('previous.recovered', 'at most the breakeven');
  for (const [field, expected] of totals) {
    const value = readMoney(own(previous, field), `previous.${field}`, currency, issues, false, 'the terms');
    if (value !== undefined && value !== expected) inconsistent(`previous.${field}`, `the sum of its streams (${formatMinorUnits(expected, exponent)})`);
  }

  const lines = own(previous, 'lines');
  const ids = new IdCheck((Array.isArray(lines) ? lines.length : 0) + more);
  let last: InstantKey | undefined;
  if (!Array.isArray(lines)) issues.expected('previous_malformed', 'previous.lines', 'the list of the statement lines', lines);
  else {
    for (let i = 0; i < lines.length; i += 1) {
      const line: unknown = lines[i];
      const id = isRecord(line) ? own(line, 'receiptId') : undefined;
      if (typeof id !== 'string') issues.expected('previous_malformed', `previous.lines[${i}].receiptId`, 'a receipt id', id);
      else ids.add(id, i - lines.length);
    }
    const final: unknown = lines[lines.length - 1];
    if (final !== undefined) {
      const at = isRecord(final) ? own(final, 'receivedAt') : undefined;
      last = readInstant(at);
      if (last === undefined) issues.expected('previous_malformed', `previous.lines[${lines.length - 1}].receivedAt`, 'an ISO 8601 instant', at);
    }
  }
  issues.throwIfAny();
  return { state, lines: lines as StatementLine[], ids, last };
}

/** Reads a receipt's amount; the path of an issue is only spelled out when there is one. */
function readAmount(value: unknown, i: number, currency: string, issues: Issues): bigint | undefined {
  if (isRecord(value) && own(value, 'currency') === currency) {
    try {
      return parseMinorUnits(own(value, 'amount'), currency);
    } catch {
      // Read again below, to record the issue at its path.
    }
  }
  return readMoney(value, `receipts[${i}].amount`, currency, issues, true);
}

/**
 * Settles one event: shares every receipt out under the contract's terms and
 * returns the statement, line by line and in cumulative totals.
 *
 * - Receipts are taken in the order the money was received: by `receivedAt`
 *   (its UTC instant; a date is the start of its day in UTC), ties in input order.
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
 * @param terms - the breakeven and the clause of each stream (sponsorship: 0.5, counting, unless given).
 * @param receipts - payments (positive) and refunds (negative), in one currency, ids unique.
 * @param previous - the statement of the receipts settled so far, to continue it.
 * @returns a plain-JSON {@link Statement}.
 * @throws {PartnershipError} with every offending path (`receipts[3].amount`): `terms_malformed`,
 *   `clauses_malformed`, `clause_malformed`, `unknown_stream`, `share_*`, `receipts_malformed`,
 *   `receipt_malformed`, `receipt_id_malformed`, `duplicate_receipt_id`, `stream_not_in_terms`,
 *   `currency_mismatch`, `received_at_malformed`, `receipt_before_previous`,
 *   `refund_exceeds_received`, `previous_malformed`, `previous_terms_mismatch`,
 *   `previous_inconsistent`, the codes of {@link money}; `invalid_input` when several kinds mix.
 * @example
 * const statement = settle({ breakeven: money('3000', 'EUR') }, [
 *   { id: 's1', stream: 'sponsorship', amount: money('2000', 'EUR'), receivedAt: '2026-03-01' },
 *   { id: 's2', stream: 'sponsorship', amount: money('3000', 'EUR'), receivedAt: '2026-03-10' },
 * ]);
 * [statement.platform.amount, statement.organizer.amount, statement.lines[1].organizer]
 * //=> ['4000.00', '1000.00', '1000.00']
 */
export function settle(terms: SettlementTerms, receipts: readonly Receipt[], previous?: Statement): Statement {
  const t = readTerms(terms);
  const { currency, exponent } = t;
  if (!Array.isArray(receipts)) fail('receipts_malformed', 'receipts', 'a list of receipts', receipts);
  const continued = previous === undefined ? undefined : readPrevious(previous, t, receipts.length);

  const n = receipts.length;
  const issues = new Issues();
  const ids = continued?.ids ?? new IdCheck(n);
  const last = continued?.last;
  const state: State = continued?.state ?? { received: [0n, 0n, 0n, 0n], toBreakeven: [0n, 0n, 0n, 0n], organizer: [0n, 0n, 0n, 0n], recovered: 0n };
  // Kept to start over in time order if the receipts turn out not to be in it.
  const initial: State = { received: [...state.received], toBreakeven: [...state.toBreakeven], organizer: [...state.organizer], recovered: state.recovered };
  const { received, toBreakeven, organizer } = state;
  const breakeven = t.breakeven;
  const zero = formatMinorUnits(0n, exponent);
  const canonical = new RegExp(`^-?(?:0|[1-9]\\d*)${exponent === 0 ? '' : `\\.\\d{${exponent}}`}$`);
  let fresh: StatementLine[] = [];
  // Refunds are judged in time order only: kept apart, so that a start over can drop them.
  let refunds = new Issues();

  /** Settles receipt `i` of stream `s` on the cumulative state and writes its line. */
  const apply = (i: number, s: number, amount: bigint, receipt: Receipt): void => {
    const clause = t.clauses[s] as Clause;
    const r = received[s] as bigint;
    const b = toBreakeven[s] as bigint;
    let paid: bigint;
    if (amount >= 0n) {
      const open = breakeven - state.recovered;
      paid = clause.counts ? (amount < open ? amount : open) : 0n;
      received[s] = r + amount;
    } else {
      const left = r + amount;
      if (left < 0n) {
        const so = formatMinorUnits(r, exponent);
        const refund = formatMinorUnits(amount, exponent);
        refunds.add(
          'refund_exceeds_received',
          `receipts[${i}].amount`,
          `Expected a refund of at most what the ${STREAMS[s] as string} stream received so far (${so}), got ${refund}`,
          `Expected \`receipts[${i}].amount\` to refund at most what the ${STREAMS[s] as string} stream received so far (${so}), got ${refund}`,
        );
        return;
      }
      // A refund takes back the surplus first, then what the stream paid toward the breakeven.
      paid = b < left ? 0n : left - b;
      received[s] = left;
    }
    const paidNow = b + paid;
    toBreakeven[s] = paidNow;
    state.recovered += paid;
    const entitled = organizerOf((received[s] as bigint) - paidNow, clause.share);
    const due = entitled - (organizer[s] as bigint);
    organizer[s] = entitled;

    // The receipt's own string when it is already canonical: shared, not copied.
    const given = receipt.amount.amount;
    const amountText = typeof given === 'string' && canonical.test(given) && !(amount === 0n && given[0] === '-') ? given : formatMinorUnits(amount, exponent);
    fresh.push(Object.freeze({
      receiptId: receipt.id,
      stream: receipt.stream,
      receivedAt: receipt.receivedAt,
      amount: amountText,
      toBreakeven: paid === 0n ? zero : paid === amount ? amountText : formatMinorUnits(paid, exponent),
      platform: due === 0n ? amountText : formatMinorUnits(amount - due, exponent),
      organizer: due === 0n ? zero : due === amount ? amountText : formatMinorUnits(due, exponent),
    }));
  };

  // One pass validates and, while the receipts come in time order (the usual case), settles them.
  let inOrder = true;
  let previousSeconds = last?.seconds ?? Number.NEGATIVE_INFINITY;
  let previousNanos = last?.nanos ?? 0;
  let lastText: unknown;
  let lastKey: InstantKey | undefined;
  for (let i = 0; i < n; i += 1) {
    const receipt: unknown = receipts[i];
    if (!isRecord(receipt)) {
      issues.expected('receipt_malformed', `receipts[${i}]`, 'a receipt `{ id, stream, amount, receivedAt }`', receipt);
      continue;
    }
    const id = own(receipt, 'id');
    if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
      issues.expected('receipt_id_malformed', `receipts[${i}].id`, `a non-empty string of at most ${MAX_ID_LENGTH} characters`, id);
    } else ids.add(id, i);

    const stream = own(receipt, 'stream');
    const s = STREAMS.indexOf(stream as Stream);
    if (s < 0) issues.expected('unknown_stream', `receipts[${i}].stream`, `one of ${STREAMS.join(', ')}`, stream);
    else if (t.clauses[s] === undefined) {
      issues.add('stream_not_in_terms', `receipts[${i}].stream`, `Expected a stream the terms have a clause for, got ${describeValue(stream)}`, `Expected \`receipts[${i}].stream\` to have a clause in the terms, got ${describeValue(stream)}`);
    }

    const units = readAmount(own(receipt, 'amount'), i, currency, issues);

    const at = own(receipt, 'receivedAt');
    // Receipts of one day often share their text: read it once.
    const key = at === lastText && lastKey !== undefined ? lastKey : readInstant(at);
    if (key === undefined) {
      issues.expected('received_at_malformed', `receipts[${i}].receivedAt`, 'an ISO 8601 instant with an offset or a date `YYYY-MM-DD`', at);
      continue;
    }
    lastText = at;
    lastKey = key;
    if (last !== undefined && compareInstants(key, last) < 0) {
      issues.add('receipt_before_previous', `receipts[${i}].receivedAt`, `Expected a time no earlier than the last receipt of \`previous\`, got \`${String(at)}\``, `Expected \`receipts[${i}].receivedAt\` to be no earlier than the last receipt of \`previous\`, got \`${String(at)}\``);
    }
    if (inOrder) {
      if (key.seconds < previousSeconds || (key.seconds === previousSeconds && key.nanos < previousNanos)) inOrder = false;
      else if (issues.size === 0 && refunds.size === 0) apply(i, s, units as bigint, receipt as unknown as Receipt);
      previousSeconds = key.seconds;
      previousNanos = key.nanos;
    }
  }
  const previousLines = continued?.lines ?? [];
  for (const index of ids.repeated((k) => (k < 0 ? (previousLines[previousLines.length + k] as StatementLine).receiptId : (receipts[k] as Receipt).id))) {
    const path = index < 0 ? `previous.lines[${previousLines.length + index}].receiptId` : `receipts[${index}].id`;
    const id = index < 0 ? (previousLines[previousLines.length + index] as StatementLine).receiptId : (receipts[index] as Receipt).id;
    issues.add('duplicate_receipt_id', path, `Expected a receipt id not seen before, got ${describeValue(id)} again`, `Expected \`${path}\` to be unique, got ${describeValue(id)} again`);
  }
  issues.throwIfAny();

  if (inOrder) refunds.throwIfAny();
  else {
    // Not in time order: start over from the initial state, in a stable sort by instant.
    state.recovered = initial.recovered;
    for (let s = 0; s < STREAMS.length; s += 1) {
      received[s] = initial.received[s] as bigint;
      toBreakeven[s] = initial.toBreakeven[s] as bigint;
      organizer[s] = initial.organizer[s] as bigint;
    }
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
      apply(i, STREAMS.indexOf(receipt.stream), parseMinorUnits(receipt.amount.amount, currency), receipt);
      // As on the in-order path: the receipts after the first refund beyond what was received are not judged.
      if (refunds.size > 0) break;
    }
    refunds.throwIfAny();
  }

  const lines = continued === undefined ? fresh : continued.lines.concat(fresh);
  return statementOf(t, state, lines);
}

function statementOf(terms: Terms, state: State, lines: readonly StatementLine[]): Statement {
  const { currency, exponent } = terms;
  const of = (units: bigint): Money => moneyOf(units, exponent, currency);
  const streams: Partial<Record<Stream, StreamStatement>> = {};
  let received = 0n;
  let organizer = 0n;
  STREAMS.forEach((stream, s) => {
    const clause = terms.clauses[s];
    if (clause === undefined) return;
    const r = state.received[s] as bigint;
    const b = state.toBreakeven[s] as bigint;
    const o = state.organizer[s] as bigint;
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
    recovered: of(state.recovered),
    uncovered: of(terms.breakeven - state.recovered),
    received: of(received),
    platform: of(received - organizer),
    organizer: of(organizer),
    streams: Object.freeze(streams),
    lines: Object.freeze(lines),
  });
}
