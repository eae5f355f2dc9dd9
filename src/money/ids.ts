/**
 * A set of receipt ids sized up front: an open-addressing table in a typed
 * array, lighter on memory and on the garbage collector than a `Set` of a
 * million strings. A probe longer than {@link MAX_PROBE} (crafted colliding
 * ids) moves everything to a native `Set`, so the worst case stays linear.
 *
 * @internal
 */
export class IdSet {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keys: string[] = [];
  private fallback: Set<string> | undefined;

  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    // Two cells per slot, side by side: the id's hash, then its index + 1 (0: empty).
    // A probe reads one cache line, and only compares strings when the hashes agree.
    this.slots = new Int32Array(size * 2);
    this.mask = size - 1;
  }

  /** Adds `id`; `false` when it was already there. */
  add(id: string): boolean {
    if (this.fallback !== undefined) {
      if (this.fallback.has(id)) return false;
      this.fallback.add(id);
      return true;
    }
    // FNV-1a over the UTF-16 code units.
    let hash = 0x811c9dc5;
    for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
    hash |= 0;
    let slot = hash & this.mask;
    for (let probe = 0; probe < MAX_PROBE; probe += 1) {
      const at = slot * 2;
      const entry = this.slots[at + 1] as number;
      if (entry === 0) {
        this.keys.push(id);
        this.slots[at] = hash;
        this.slots[at + 1] = this.keys.length;
        return true;
      }
      if (this.slots[at] === hash && this.keys[entry - 1] === id) return false;
      slot = (slot + 1) & this.mask;
    }
    this.fallback = new Set(this.keys);
    return this.add(id);
  }
}

/** The longest probe sequence tolerated before falling back to a `Set`. */
export const MAX_PROBE = 64;
