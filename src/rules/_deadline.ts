import { DAY_MS, formatInstant, formatLocal, offsetMinutes } from '../_lib/instant.js';
import type { Deadline } from './types.js';

// Deadlines by number of days and start text: the requests of one event, or one request read afresh on
// every evaluation, ask for the same few. Bounded, since a long-running host sees many events.
const DEADLINES_KEPT = 1024;
const deadlines = new Map<string, Deadline>();

/**
 * A deadline `days` whole days before the event's start (`start`, an instant with its offset, read
 * as `startMs`): the instant, and the offset of the start, at which catalogues say it (`7 March 2026,
 * 09:00 event time`). Whole days are 24 hours: the offset is the start's, so a deadline across a
 * change of summer time keeps the start's clock. The same object for the same `days` and `start`.
 *
 * @internal
 */
export function deadlineBefore(start: string, startMs: number, days: number): Deadline {
  const key = `${days} ${start}`;
  const kept = deadlines.get(key);
  if (kept !== undefined) return kept;
  const at = startMs - days * DAY_MS;
  const offset = offsetMinutes(start) ?? 0;
  // Frozen: a deadline is shared by requests and handed to a caller's catalogue.
  const deadline = Object.freeze({
    at,
    offset,
    dueAt: formatInstant(at),
    dueLocal: formatLocal(at, offset),
  });
  if (deadlines.size >= DEADLINES_KEPT) deadlines.clear();
  deadlines.set(key, deadline);
  return deadline;
}
