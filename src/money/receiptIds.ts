import { describeValue } from '../_lib/describe.js';
import { MAX_ISSUES } from '../errors.js';
import type { Issues } from '../_lib/reject.js';

/**
 * The receipt ids of one settlement, exactly: a `Set` of the full ids (no hash or fingerprint
 * that two ids could share decides anything), so a duplicate is caught however far apart the
 * two are. Every id is also listed in the order it came, so that a duplicate's error names
 * where the id was first seen: receipt `k` of the settlement (`receipts[k].id`) or line `j` of
 * the previous statement (`previous.lines[j].receiptId`). That look-up is a scan, made only
 * for an issue that is listed.
 *
 * @internal
 */
export interface ReceiptIds {
  /** Records the next id, or records a `receipt_id_duplicate` issue naming both places. */
  add(id: string, issues: Issues): void;
  /** Holds the place of a receipt whose id is not a valid id. */
  skip(): void;
  /** Where a chunk starts, to {@link rollBack} to. */
  mark(): number;
  /** Forgets the ids recorded since `mark`: undoes a chunk that failed. */
  rollBack(mark: number): void;
}

/**
 * The {@link ReceiptIds} of a settlement, after `previousLines` lines of a previous statement.
 *
 * @internal
 */
export function receiptIds(previousLines = 0): ReceiptIds {
  const seen = new Set<string>();
  /** Every id in the order given, `''` for one that was not a valid id: position `p` is index `p - previousLines`. */
  const given: string[] = [];
  /** Positions, since `mark`, of the ids refused as seen before (not in `seen` on their own account). */
  let repeated: number[] = [];
  const pathOf = (position: number): string =>
    position < previousLines ? `previous.lines[${position}].receiptId` : `receipts[${position - previousLines}].id`;
  return {
    add(id, issues) {
      const position = given.length;
      given.push(id);
      const size = seen.size;
      seen.add(id);
      if (seen.size !== size) return;
      repeated.push(position);
      const path = pathOf(position);
      // Past the issues an error lists, the first place is not looked up: the issue is only counted.
      const again = `got ${describeValue(id)} again${issues.size < MAX_ISSUES ? ` (first at \`${pathOf(given.indexOf(id))}\`)` : ''}`;
      issues.add('receipt_id_duplicate', path, `Expected a receipt id not seen before, ${again}`, `Expected \`${path}\` to be unique, ${again}`);
    },
    skip() {
      given.push('');
    },
    mark() {
      repeated = [];
      return given.length;
    },
    rollBack(mark) {
      const kept = new Set(repeated);
      for (let position = given.length - 1; position >= mark; position -= 1) {
        const id = given[position] as string;
        if (id !== '' && !kept.has(position)) seen.delete(id);
      }
      given.length = mark;
      repeated = [];
    },
  };
}
