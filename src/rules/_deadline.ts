import { DAY_MS, formatInstant, formatLocal, offsetMinutes } from '../_lib/instant.js';
import type { Deadline } from './types.js';

/**
 * A deadline `days` whole days before the event's start (`start`, an instant with its offset): the
 * instant, and the offset of the start, at which catalogues say it (`7 March 2026, 09:00 event
 * time`). Whole days are 24 hours: the offset is the start's, so a deadline across a change of
 * summer time keeps the start's clock.
 *
 * @internal
 */
export function deadlineBefore(start: string, startMs: number, days: number): Deadline {
  const at = startMs - days * DAY_MS;
  const offset = offsetMinutes(start) ?? 0;
  // Frozen: a deadline may be kept with a frozen request and handed to a caller's catalogue.
  return Object.freeze({
    at,
    offset,
    dueAt: formatInstant(at),
    dueLocal: formatLocal(at, offset),
  });
}
