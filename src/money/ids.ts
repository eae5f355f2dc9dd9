/**
 * Finds repeated receipt ids in linear time, reading memory in order: each id's
 * hash is recorded as it is read, the hashes are radix-sorted (stable, four passes
 * of one byte), and strings are only compared within a run of equal hashes. A hash
 * table of a million ids would instead cost a cache miss per id.
 *
 * @internal
 */
export class IdCheck {
  private hashes: Uint32Array;
  private indexes: Int32Array;
  private count = 0;

  constructor(capacity: number) {
    this.hashes = new Uint32Array(Math.max(1, capacity));
    this.indexes = new Int32Array(Math.max(1, capacity));
  }

  /** Records the id found at `index`: indexes must be added in increasing order (negative ones allowed). */
  add(id: string, index: number): void {
    if (this.count === this.hashes.length) this.grow();
    // FNV-1a over the UTF-16 code units.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    this.hashes[this.count] = hash;
    this.indexes[this.count] = index;
    this.count += 1;
  }

  /**
   * The indexes whose id was recorded before under a lower index, in increasing order.
   *
   * @param idAt - gives back the id recorded at an index.
   */
  repeated(idAt: (index: number) => string): number[] {
    const n = this.count;
    let keys: Uint32Array = this.hashes.subarray(0, n);
    let values: Int32Array = this.indexes.subarray(0, n);
    let spareKeys: Uint32Array = new Uint32Array(n);
    let spareValues: Int32Array = new Int32Array(n);
    const counts = new Int32Array(256);
    for (let shift = 0; shift < 32; shift += 8) {
      counts.fill(0);
      for (let i = 0; i < n; i += 1) {
        const bucket = ((keys[i] as number) >>> shift) & 255;
        counts[bucket] = (counts[bucket] as number) + 1;
      }
      let total = 0;
      for (let b = 0; b < 256; b += 1) {
        const c = counts[b] as number;
        counts[b] = total;
        total += c;
      }
      for (let i = 0; i < n; i += 1) {
        const key = keys[i] as number;
        const bucket = (key >>> shift) & 255;
        const at = counts[bucket] as number;
        counts[bucket] = at + 1;
        spareKeys[at] = key;
        spareValues[at] = values[i] as number;
      }
      [keys, spareKeys] = [spareKeys, keys];
      [values, spareValues] = [spareValues, values];
    }
    // The sort is stable: within a run of equal hashes, ids keep the order they were added in.
    const repeated: number[] = [];
    for (let start = 0; start < n; ) {
      let end = start + 1;
      while (end < n && keys[end] === keys[start]) end += 1;
      if (end - start > 1) {
        const seen = new Set<string>();
        for (let i = start; i < end; i += 1) {
          const index = values[i] as number;
          const id = idAt(index);
          if (seen.has(id)) repeated.push(index);
          else seen.add(id);
        }
      }
      start = end;
    }
    return repeated.sort((a, b) => a - b);
  }

  private grow(): void {
    const hashes = new Uint32Array(this.hashes.length * 2);
    hashes.set(this.hashes);
    const indexes = new Int32Array(this.indexes.length * 2);
    indexes.set(this.indexes);
    this.hashes = hashes;
    this.indexes = indexes;
  }
}
