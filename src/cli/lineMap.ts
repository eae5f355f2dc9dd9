/**
 * Which line of a file receipt `k` came from, for every k seen, in little memory: in a file
 * whose rows each take one line, line = k + first line, and only the places where that
 * stops being true (a blank line, a quoted line break) are kept, as (k, offset) pairs.
 * So a million plain rows cost nothing, and any receipt, of any chunk, can be named by its line.
 */
export class LineMap {
  private readonly starts: number[] = [];
  private readonly offsets: number[] = [];
  private offset: number | undefined;

  /** Records that receipt `k` (given in increasing order) is on `line`. */
  add(k: number, line: number): void {
    const offset = line - k;
    if (offset === this.offset) return;
    this.starts.push(k);
    this.offsets.push(offset);
    this.offset = offset;
  }

  /** The line of receipt `k`; 0 for a receipt never added. */
  lineOf(k: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    if (high < 0 || k < this.starts[0]!) return 0;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= k) low = mid;
      else high = mid - 1;
    }
    return k + this.offsets[low]!;
  }
}
