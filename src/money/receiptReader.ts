import { describeValue } from '../_lib/describe.js';
import type { Issues } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { timestampKey, type InstantKey } from '../_lib/instant.js';
import { parseMinorUnits } from './money.js';
import { readMoney } from './read.js';
import type { Terms } from './readTerms.js';
import type { ReceiptIds } from './receiptIds.js';
import { STREAMS } from './streams.js';
import type { Stream } from './streams.js';

/** The longest receipt id accepted, in characters. */
export const MAX_ID_LENGTH = 200;

/**
 * Checks receipts one at a time against the terms, recording every issue at its path
 * (`receipts[3].amount`), and keeps what it read of the last one: its stream's index, its
 * amount in minor units and its instant. One reader serves a whole settlement: no object
 * is made per receipt.
 *
 * @internal
 */
export interface ReceiptReader {
  /**
   * Checks `receipt`, at index `k` of its settlement, and records its id; `false` when an issue
   * was recorded. `keyRead` says whether its instant could be read all the same.
   */
  read(receipt: unknown, k: number, issues: Issues): boolean;
  /** The stream of the last receipt read, as its index in {@link STREAMS}. */
  stream: number;
  units: bigint;
  key: InstantKey;
  /** Whether the last receipt's instant could be read (it can then be ordered). */
  keyRead: boolean;
}

/**
 * The {@link ReceiptReader} of a settlement under `terms`, recording ids in `ids`.
 *
 * @internal
 */
export function receiptReader(terms: Terms, ids: ReceiptIds): ReceiptReader {
  const { currency } = terms;
  let lastText: unknown;
  let lastKey: InstantKey | undefined;
  /** Reads a receipt's amount; the path of an issue is only spelled out when there is one. */
  const amountOf = (value: unknown, k: number, issues: Issues): bigint | undefined => {
    if (isRecord(value) && own(value, 'currency') === currency) {
      try {
        return parseMinorUnits(own(value, 'amount'), currency);
      } catch {
        // Read again below, to record the issue at its path.
      }
    }
    return readMoney(value, `receipts[${k}].amount`, currency, issues, true);
  };
  const reader: ReceiptReader = {
    stream: 0,
    units: 0n,
    key: { seconds: 0, nanos: 0 },
    keyRead: false,
    read(receipt, k, issues) {
      reader.keyRead = false;
      if (!isRecord(receipt)) {
        ids.skip();
        issues.expected('receipt_malformed', `receipts[${k}]`, 'a receipt `{ id, stream, amount, receivedAt }`', receipt);
        return false;
      }
      const before = issues.size;
      const id = own(receipt, 'id');
      if (typeof id !== 'string' || id.length === 0 || id.length > MAX_ID_LENGTH) {
        issues.expected('receipt_id_malformed', `receipts[${k}].id`, `a non-empty string of at most ${MAX_ID_LENGTH} characters`, id);
        ids.skip();
      } else ids.add(id, issues);

      const stream = own(receipt, 'stream');
      const s = STREAMS.indexOf(stream as Stream);
      if (s < 0) issues.expected('stream_unknown', `receipts[${k}].stream`, `one of ${STREAMS.join(', ')}`, stream);
      else if (terms.clauses[s] === undefined) {
        issues.add('stream_not_in_terms', `receipts[${k}].stream`, `Expected a stream the terms have a clause for, got ${describeValue(stream)}`, `Expected \`receipts[${k}].stream\` to have a clause in the terms, got ${describeValue(stream)}`);
      }
      reader.stream = s;

      const units = amountOf(own(receipt, 'amount'), k, issues);
      if (units !== undefined) reader.units = units;

      const at = own(receipt, 'receivedAt');
      // Receipts of one day often share their text: read it once.
      const key = at === lastText && lastKey !== undefined ? lastKey : timestampKey(at);
      if (key === undefined) {
        issues.expected('received_at_malformed', `receipts[${k}].receivedAt`, 'an ISO 8601 instant with an offset or a date `YYYY-MM-DD`', at);
        return false;
      }
      lastText = at;
      lastKey = key;
      reader.key = key;
      reader.keyRead = true;
      return issues.size === before;
    },
  };
  return reader;
}
