/**
 * Existing bookings looked up by interval: per crew, spans sorted by start with the running maximum
 * of their ends, so a look-up is two binary searches and a walk over the few spans in between,
 * instead of a scan of every booking. @internal
 */

import { type Buffers, type Span, conflicts } from './_time.js';

/** A span held by one crew: what {@link BookingIndex} files, by `crewId`. */
export interface CrewSpan extends Span {
  readonly crewId: string;
}

/** One crew's spans, sorted by start (then input order), with the running maximum of their ends. */
interface CrewTimeline<T extends CrewSpan> {
  readonly spans: readonly T[];
  readonly starts: Float64Array;
  /** `reach[i]` = the latest end among `spans[0..i]`: non-decreasing, so it can be searched. */
  readonly reach: Float64Array;
}

/** The first index in `0..length` whose value is not below `value` (`strict`: above it) in a non-decreasing array. */
function firstIndex(sorted: Float64Array, value: number, strict: boolean): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (strict ? sorted[mid]! > value : sorted[mid]! >= value) high = mid;
    else low = mid + 1;
  }
  return low;
}

/**
 * Spans per crew, answering which of them meet an interval or conflict with a span, buffers
 * included, with the same answers as a scan with `conflicts` (`_time.ts`) but in
 * O(log n + visited) per look-up. Visited are the crew's spans that start before the window ends
 * and come after the first one that reaches into it: the answers, plus the spans nested in a longer
 * one of the same crew (none in the usual season, where a crew holds one booking at a time).
 *
 * Build it once per plan: construction sorts each crew's spans, O(n log n). Spans are numbers in
 * UTC milliseconds, never `NaN` (a span of any length is fine, and so is `end` before `start`).
 * Answers come by start, then in the order the spans were given.
 *
 * @example
 * const index = new BookingIndex([{ crewId: 'crew-a', start: 0, end: 10, city: 'Paris' }], { setup: 2, travel: 12 });
 * index.anyConflict('crew-a', { start: 12, end: 20, city: 'Paris' }) //=> false (set-up 2: 10 + 2 <= 12)
 * index.conflicting('crew-a', { start: 12, end: 20, city: 'Lyon' }).length //=> 1 (travel 12)
 */
export class BookingIndex<T extends CrewSpan> {
  /** The buffers the index answers conflicts with. */
  readonly buffers: Buffers;
  /** The largest buffer any two spans can need: `travel` is never below `setup`, but the index does not rely on it. */
  readonly #reach: number;
  readonly #byCrew = new Map<string, CrewTimeline<T>>();

  /**
   * Files `spans` by crew, sorted by start; the input is not changed.
   * @param spans - the crews' spans (bookings of crews nobody asks about are kept, never returned for another crew).
   * @param buffers - the set-up and travel buffers, in milliseconds, as `buffersFromHours` gives them.
   */
  constructor(spans: readonly T[], buffers: Buffers) {
    this.buffers = buffers;
    this.#reach = Math.max(buffers.setup, buffers.travel);
    const grouped = new Map<string, T[]>();
    for (const span of spans) {
      const list = grouped.get(span.crewId);
      if (list) list.push(span);
      else grouped.set(span.crewId, [span]);
    }
    for (const [crewId, list] of grouped) {
      // Array.prototype.sort is stable: equal starts keep their input order.
      const sorted = list.slice().sort((a, b) => a.start - b.start);
      const starts = new Float64Array(sorted.length);
      const reach = new Float64Array(sorted.length);
      let latest = Number.NEGATIVE_INFINITY;
      sorted.forEach((span, i) => {
        starts[i] = span.start;
        latest = Math.max(latest, span.end);
        reach[i] = latest;
      });
      this.#byCrew.set(crewId, { spans: sorted, starts, reach });
    }
  }

  /** The crew's spans, sorted by start then input order (`[]` for a crew with none). */
  spansOf(crewId: string): readonly T[] {
    return this.#byCrew.get(crewId)?.spans ?? [];
  }

  /**
   * The crew's spans that meet the open window: `span.start < until && span.end > from`, by start.
   * @example
   * new BookingIndex([{ crewId: 'c', start: 0, end: 10, city: undefined }], { setup: 0, travel: 0 }).within('c', 10, 20) //=> []
   */
  within(crewId: string, from: number, until: number): T[] {
    const found: T[] = [];
    this.#visit(crewId, from, until, (span) => {
      if (span.end > from) found.push(span);
      return false;
    });
    return found;
  }

  /**
   * The crew's spans that conflict with `span`, as `conflicts(held, span, buffers)` says (overlap once
   * the set-up buffer is added in the same known city, the travel buffer otherwise), by start.
   * @example
   * const index = new BookingIndex([{ crewId: 'c', start: 0, end: 10, city: undefined }], { setup: 0, travel: 0 });
   * index.conflicting('c', { start: 10, end: 20, city: undefined }) //=> [] (touching, zero buffer)
   */
  conflicting(crewId: string, span: Span): T[] {
    const found: T[] = [];
    const [from, until] = this.#window(span);
    this.#visit(crewId, from, until, (held) => {
      if (conflicts(held, span, this.buffers)) found.push(held);
      return false;
    });
    return found;
  }

  /** Whether any span of the crew conflicts with `span` (see {@link BookingIndex.conflicting}); stops at the first. */
  anyConflict(crewId: string, span: Span): boolean {
    const [from, until] = this.#window(span);
    return this.#visit(crewId, from, until, (held) => conflicts(held, span, this.buffers));
  }

  /**
   * The window a span conflicting with `span` must meet: `span` widened by the largest buffer, and by a
   * few units in the last place, so that rounding (`held.end + gap` against `span.start - gap`, with a
   * buffer of a fractional hour) never hides a conflict that `conflicts` would see.
   */
  #window(span: Span): [from: number, until: number] {
    const slack = 4 * Number.EPSILON * (Math.abs(span.start) + Math.abs(span.end) + this.#reach);
    return [span.start - this.#reach - slack, span.end + this.#reach + slack];
  }

  /**
   * Calls `visit` on the crew's spans that start before `until`, from the first whose running
   * end passes `from` (every span before it ends at or before `from`), in order, until it returns `true`.
   * @returns whether `visit` returned `true`.
   */
  #visit(crewId: string, from: number, until: number, visit: (span: T) => boolean): boolean {
    const timeline = this.#byCrew.get(crewId);
    if (timeline === undefined) return false;
    const last = firstIndex(timeline.starts, until, false);
    for (let i = firstIndex(timeline.reach, from, true); i < last; i++) if (visit(timeline.spans[i]!)) return true;
    return false;
  }
}
