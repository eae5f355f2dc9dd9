/**
 * Internal time helpers: spans in UTC milliseconds (read by `_lib/instant`), buffers by city.
 * @internal
 */

import { HOUR_MS } from '../_lib/instant.js';

/** An interval a crew is held for, in UTC milliseconds, with the city that picks the buffer. */
export interface Span {
  readonly start: number;
  readonly end: number;
  /** `undefined` when unknown: the travel buffer then applies. */
  readonly city: string | undefined;
}

/** Buffers in milliseconds; `travel` is never below `setup` (see docs/crews.md). */
export interface Buffers {
  readonly setup: number;
  readonly travel: number;
}

/** Buffers from hours; moving to another city never takes less than staying: travel = max(setup, travel). */
export function buffersFromHours(setupHours: number, travelHours: number): Buffers {
  const setup = Math.max(0, setupHours) * HOUR_MS;
  const travel = Math.max(setup, Math.max(0, travelHours) * HOUR_MS);
  return { setup, travel };
}

/** The gap two spans on one crew must leave between the end of one and the start of the next. */
export function bufferBetween(a: Span, b: Span, buffers: Buffers): number {
  return a.city !== undefined && a.city === b.city ? buffers.setup : buffers.travel;
}

/** Whether one crew cannot hold both spans: they overlap once the buffer is added. Touching with a zero buffer is no conflict. */
export function conflicts(a: Span, b: Span, buffers: Buffers): boolean {
  const gap = bufferBetween(a, b, buffers);
  return !(a.end + gap <= b.start || b.end + gap <= a.start);
}
