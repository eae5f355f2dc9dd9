import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { keyPath } from '../_lib/path.js';
import { timestampKey, type InstantKey } from '../_lib/instant.js';
import { organizerOf } from './ledger.js';
import type { LedgerSnapshot } from './ledger.js';
import { formatMinorUnits } from './money.js';
import { readMoney } from './read.js';
import type { Terms } from './readTerms.js';
import { receiptIds } from './receiptIds.js';
import type { ReceiptIds } from './receiptIds.js';
import { STREAMS } from './streams.js';
import type { Stream } from './streams.js';
import type { Statement, StatementLine } from './types.js';

/** What a statement that settled anything must keep of its lines. */
const LAST_LINE = 'at least the last line, got none: a statement with receipts needs its last line to be continued';

/** The receipt a settlement continues after: the one the next must not be earlier than. @internal */
export interface LastReceipt {
  readonly key: InstantKey;
  readonly id: string;
  /** `receivedAt` as it was given. */
  readonly at: string;
  /** Whether it is the last line of `previous` (named so in messages). */
  readonly fromPrevious: boolean;
}

/** What a settlement continues from. @internal */
export interface Continuation {
  readonly totals: LedgerSnapshot;
  readonly lines: readonly StatementLine[];
  readonly ids: ReceiptIds;
  readonly last: LastReceipt | undefined;
}

/**
 * Reads a statement to continue from: it must be of the same terms, its totals must agree
 * with each other and with the clauses, and a statement that settled anything must carry at
 * least its last line (the receipt the next ones must not be earlier than).
 *
 * @throws {PartnershipError} `previous_malformed`, `previous_terms_mismatch`,
 *   `previous_inconsistent`, `receipt_id_duplicate` and the codes of `money`.
 * @internal
 */
export function readPrevious(previous: unknown, terms: Terms): Continuation {
  if (!isRecord(previous)) rejectValue('previous_malformed', 'previous', 'a statement returned by `settle`', previous);
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

  const received = STREAMS.map(() => 0n);
  const toBreakeven = STREAMS.map(() => 0n);
  const organizer = STREAMS.map(() => 0n);
  let recovered = 0n;
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
      if (own(entry, 'organizerShare') !== clause.share.text) mismatch(`${path}.organizerShare`, `the share \`${clause.share.text}\``);
      if (own(entry, 'countsTowardBreakeven') !== clause.counts) mismatch(`${path}.countsTowardBreakeven`, `\`${String(clause.counts)}\``);
      const like = 'the terms';
      const r = readMoney(own(entry, 'received'), `${path}.received`, currency, issues, false, like);
      const b = readMoney(own(entry, 'toBreakeven'), `${path}.toBreakeven`, currency, issues, false, like);
      const surplus = readMoney(own(entry, 'surplus'), `${path}.surplus`, currency, issues, false, like);
      const platform = readMoney(own(entry, 'platform'), `${path}.platform`, currency, issues, false, like);
      const o = readMoney(own(entry, 'organizer'), `${path}.organizer`, currency, issues, false, like);
      if (r === undefined || b === undefined || surplus === undefined || platform === undefined || o === undefined) return;
      if (b > r || (!clause.counts && b !== 0n)) inconsistent(`${path}.toBreakeven`, 'between zero and what the stream received (zero when it does not count)');
      else if (surplus !== r - b) inconsistent(`${path}.surplus`, '`received - toBreakeven`');
      else if (o !== organizerOf(surplus, clause.share)) inconsistent(`${path}.organizer`, 'the floor of `organizerShare × surplus`');
      else if (platform !== r - o) inconsistent(`${path}.platform`, '`received - organizer`');
      else {
        received[s] = r;
        toBreakeven[s] = b;
        organizer[s] = o;
        recovered += b;
      }
    });
  }
  issues.throwIfAny();

  const sum = (values: bigint[]): bigint => values.reduce((a, b) => a + b, 0n);
  const totals: [keyof Statement, bigint][] = [
    ['recovered', recovered],
    ['uncovered', terms.breakeven - recovered],
    ['received', sum(received)],
    ['organizer', sum(organizer)],
    ['platform', sum(received) - sum(organizer)],
  ];
  if (recovered > terms.breakeven) inconsistent('previous.recovered', 'at most the breakeven');
  for (const [field, expected] of totals) {
    const value = readMoney(own(previous, field), `previous.${field}`, currency, issues, false, 'the terms');
    if (value !== undefined && value !== expected) inconsistent(`previous.${field}`, `the sum of its streams (${formatMinorUnits(expected, exponent)})`);
  }

  const lines = own(previous, 'lines');
  const ids = receiptIds(Array.isArray(lines) ? lines.length : 0);
  let last: LastReceipt | undefined;
  if (!Array.isArray(lines)) issues.expected('previous_malformed', 'previous.lines', 'the list of the statement lines', lines);
  else {
    for (let j = 0; j < lines.length; j += 1) {
      const line: unknown = lines[j];
      const id = isRecord(line) ? own(line, 'receiptId') : undefined;
      if (typeof id !== 'string') {
        issues.expected('previous_malformed', `previous.lines[${j}].receiptId`, 'a receipt id', id);
        ids.skip();
      } else ids.add(id, issues);
    }
    const final: unknown = lines[lines.length - 1];
    if (final !== undefined) {
      const at = isRecord(final) ? own(final, 'receivedAt') : undefined;
      const key = timestampKey(at);
      const id = isRecord(final) ? own(final, 'receiptId') : undefined;
      if (key === undefined) issues.expected('previous_malformed', `previous.lines[${lines.length - 1}].receivedAt`, 'an ISO 8601 instant', at);
      else if (typeof id === 'string') last = { key, id, at: at as string, fromPrevious: true };
    } else if (received.some((r) => r !== 0n)) {
      // Without its last line, nothing says where the statement stopped: the order check would
      // let earlier receipts in and change what each stream paid toward the breakeven.
      issues.add('previous_inconsistent', 'previous.lines', `Expected ${LAST_LINE}`, `Expected \`previous.lines\` to hold ${LAST_LINE}`);
    }
  }
  issues.throwIfAny();
  return { totals: { received, toBreakeven, organizer, recovered }, lines: lines as StatementLine[], ids, last };
}
