import { describeValue } from '../_lib/describe.js';
import type { Issues } from './issues.js';

/**
 * The receipt ids of one settlement, exactly: every full id in a `Map` to where it was first
 * seen (no hash or fingerprint that two ids could share), so a duplicate is caught however
 * far apart the two are, and its error names both. A receipt of the settlement is at index
 * `k >= 0` (`receipts[k].id`); line `j` of the previous statement at `j - previousLines`.
 *
 * @internal
 */
export class ReceiptIds {
  private readonly seen = new Map<string, number>();

  constructor(private readonly previousLines = 0) {}

  /** The path of the id at `index`. */
  pathOf(index: number): string {
    return index < 0 ? `previous.lines[${index + this.previousLines}].receiptId` : `receipts[${index}].id`;
  }

  /** Records `id` at `index`, or records a `duplicate_receipt_id` issue naming both places. */
  add(id: string, index: number, issues: Issues): void {
    const before = this.seen.get(id);
    if (before === undefined) {
      this.seen.set(id, index);
      return;
    }
    const path = this.pathOf(index);
    const again = `got ${describeValue(id)} again (first at \`${this.pathOf(before)}\`)`;
    issues.add('duplicate_receipt_id', path, `Expected a receipt id not seen before, ${again}`, `Expected \`${path}\` to be unique, ${again}`);
  }

  /** Forgets `id` if it was recorded at `index`: undoes an {@link add} of a batch that failed. */
  forget(id: string, index: number): void {
    if (this.seen.get(id) === index) this.seen.delete(id);
  }

  /** How many distinct ids are held. */
  get size(): number {
    return this.seen.size;
  }
}
