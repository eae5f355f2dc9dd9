import { describeValue } from '../_lib/describe.js';
import { MAX_ISSUES } from './issues.js';
import type { Issues } from './issues.js';

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
export class ReceiptIds {
  private readonly seen = new Set<string>();
  /** Every id in the order given, `''` for one that was not a valid id: position `p` is index `p - previousLines`. */
  private readonly given: string[] = [];
  /** Positions, since {@link mark}, of the ids refused as seen before (not in {@link seen} on their own account). */
  private repeated: number[] = [];

  constructor(private readonly previousLines = 0) {}

  /** The path of the id at `index` (negative: a line of `previous`). */
  pathOf(index: number): string {
    return index < 0 ? `previous.lines[${index + this.previousLines}].receiptId` : `receipts[${index}].id`;
  }

  /** Records the next id, or records a `duplicate_receipt_id` issue naming both places. */
  add(id: string, issues: Issues): void {
    const position = this.given.length;
    this.given.push(id);
    const size = this.seen.size;
    this.seen.add(id);
    if (this.seen.size !== size) return;
    this.repeated.push(position);
    const path = this.pathOf(position - this.previousLines);
    // Past the issues an error lists, the first place is not looked up: the issue is only counted.
    const first = issues.size < MAX_ISSUES ? ` (first at \`${this.pathOf(this.given.indexOf(id) - this.previousLines)}\`)` : '';
    const again = `got ${describeValue(id)} again${first}`;
    issues.add('duplicate_receipt_id', path, `Expected a receipt id not seen before, ${again}`, `Expected \`${path}\` to be unique, ${again}`);
  }

  /** Holds the place of a receipt whose id is not a valid id. */
  skip(): void {
    this.given.push('');
  }

  /** Where a chunk starts, to {@link rollBack} to. */
  mark(): number {
    this.repeated = [];
    return this.given.length;
  }

  /** Forgets the ids recorded since `mark`: undoes a chunk that failed. */
  rollBack(mark: number): void {
    const repeated = new Set(this.repeated);
    for (let position = this.given.length - 1; position >= mark; position -= 1) {
      const id = this.given[position] as string;
      if (id !== '' && !repeated.has(position)) this.seen.delete(id);
    }
    this.given.length = mark;
    this.repeated = [];
  }
}
