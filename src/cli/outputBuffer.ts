/**
 * Text for stdout gathered as UTF-8 bytes in large buffers, so that a statement of a million
 * lines is written in a few dozen pieces and costs no string per line: ASCII text (what most of
 * a statement is) is copied byte by byte, anything else encoded by `Buffer.write`.
 *
 * @internal
 */
export class OutputBuffer {
  private buffer: Buffer;
  private at = 0;

  /** @param size - the bytes of one piece; a longer text is written in a piece of its own size. */
  constructor(private readonly size = 1 << 20) {
    this.buffer = Buffer.allocUnsafe(size);
  }

  /** How many bytes are waiting. */
  get length(): number {
    return this.at;
  }

  /** Adds `text`. */
  text(text: string): void {
    const n = text.length;
    if (this.at + n > this.buffer.length) this.grow(n * 3);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i += 1) {
      const c = text.charCodeAt(i);
      if (c >= 0x80) {
        // Not ASCII: the whole text through the UTF-8 encoder (at most 3 bytes a UTF-16 unit).
        if (this.at + n * 3 > this.buffer.length) this.grow(n * 3);
        this.at += this.buffer.write(text, this.at, 'utf8');
        return;
      }
      buffer[at] = c;
      at += 1;
    }
    this.at = at;
  }

  /**
   * Adds `text` if it is printable ASCII (U+0020 to U+007E), which a terminal shows as it is and
   * JSON quotes as it is but for `"` and `\\` (`json`: those two are refused too).
   *
   * @returns whether it was added; nothing is added when it was not.
   */
  plain(text: string, json = false): boolean {
    const n = text.length;
    if (this.at + n > this.buffer.length) this.grow(n);
    const buffer = this.buffer;
    let at = this.at;
    for (let i = 0; i < n; i += 1) {
      const c = text.charCodeAt(i);
      if (c < 0x20 || c > 0x7e || (json && (c === 0x22 || c === 0x5c))) return false;
      buffer[at] = c;
      at += 1;
    }
    this.at = at;
    return true;
  }

  /** Takes back the last `bytes` bytes added. */
  back(bytes: number): void {
    this.at -= bytes;
  }

  /** Adds `count` spaces (none when `count` is not positive). */
  spaces(count: number): void {
    if (count <= 0) return;
    if (this.at + count > this.buffer.length) this.grow(count);
    // A column's padding is a few bytes: a loop costs less than a call to `fill`.
    const buffer = this.buffer;
    const end = this.at + count;
    for (let at = this.at; at < end; at += 1) buffer[at] = 0x20;
    this.at = end;
  }

  /** `text` then spaces up to `width` UTF-16 units, as `text.padEnd(width)`. */
  padEnd(text: string, width: number): void {
    this.text(text);
    this.spaces(width - text.length);
  }

  /** Spaces then `text`, up to `width` UTF-16 units, as `text.padStart(width)`. */
  padStart(text: string, width: number): void {
    this.spaces(width - text.length);
    this.text(text);
  }

  /** The bytes gathered so far, which are no longer kept here. */
  take(): Buffer {
    const out = this.buffer.subarray(0, this.at);
    this.buffer = Buffer.allocUnsafe(this.size);
    this.at = 0;
    return out;
  }

  /** Makes room for `bytes` more: the bytes so far move to a larger buffer. */
  private grow(bytes: number): void {
    if (this.at + bytes <= this.buffer.length) return;
    const larger = Buffer.allocUnsafe(Math.max(this.size, this.at + bytes));
    this.buffer.copy(larger, 0, 0, this.at);
    this.buffer = larger;
  }
}
