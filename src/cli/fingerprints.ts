/**
 * A set of 64-bit fingerprints of strings, in two typed arrays: 16 bytes a
 * slot, so remembering a million receipt ids costs about 32 MB at most
 * instead of the ids themselves. A hit means "probably seen": the caller
 * confirms it exactly (see `settle`'s re-read of the file).
 */
export class FingerprintSet {
  private high = new Uint32Array(1 << 16);
  private low = new Uint32Array(1 << 16);
  private used = new Uint8Array(1 << 16);
  private count = 0;

  /** Adds a string; returns false when its fingerprint was already there. */
  add(text: string): boolean {
    const [h, l] = fingerprint(text);
    if (this.count * 2 >= this.used.length) this.grow();
    const mask = this.used.length - 1;
    for (let slot = l & mask; ; slot = (slot + 1) & mask) {
      if (this.used[slot] === 0) {
        this.used[slot] = 1;
        this.high[slot] = h;
        this.low[slot] = l;
        this.count += 1;
        return true;
      }
      if (this.high[slot] === h && this.low[slot] === l) return false;
    }
  }

  private grow(): void {
    const { high, low, used } = this;
    const size = used.length * 2;
    this.high = new Uint32Array(size);
    this.low = new Uint32Array(size);
    this.used = new Uint8Array(size);
    const mask = size - 1;
    for (let i = 0; i < used.length; i += 1) {
      if (used[i] === 0) continue;
      let slot = low[i]! & mask;
      while (this.used[slot] === 1) slot = (slot + 1) & mask;
      this.used[slot] = 1;
      this.high[slot] = high[i]!;
      this.low[slot] = low[i]!;
    }
  }
}

/** Two independent 32-bit FNV-1a hashes of the UTF-16 code units. */
function fingerprint(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ text.length;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c ^ (b >>> 15), 0x5bd1e995) >>> 0;
  }
  b = Math.imul(b ^ (b >>> 13), 0xc2b2ae35) >>> 0;
  return [a, (b ^ (b >>> 16)) >>> 0];
}
