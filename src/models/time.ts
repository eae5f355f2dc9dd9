import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { calendarDateMs, instantMs, timestampMs } from '../_lib/instant.js';
import { expected } from './parse.js';

/**
 * An ISO 8601 instant with its offset, such as `2026-03-14T09:00:00+01:00` or `2026-03-14T08:00:00Z`:
 * a real calendar date, a time of day, an offset from -12:00 to +14:00.
 *
 * @example
 * z.safeParse(InstantSchema, '2026-02-30T09:00:00+01:00').success //=> false
 */
export const InstantSchema = lazySchema(() =>
  z.string().check(
    z.refine(
      (text) => instantMs(text) !== undefined,
      expected('an ISO 8601 instant with an offset, such as `2026-03-14T09:00:00+01:00`', 'invalid_instant'),
    ),
  ),
);

/**
 * A calendar date `YYYY-MM-DD` (read as the start of that day in UTC).
 *
 * @example
 * z.safeParse(CalendarDateSchema, '2026-03-14').success //=> true
 */
export const CalendarDateSchema = lazySchema(() =>
  z.string().check(
    z.refine(
      (text) => calendarDateMs(text) !== undefined,
      expected('a calendar date `YYYY-MM-DD`, such as `2026-03-14`', 'invalid_date'),
    ),
  ),
);

/**
 * When something happened: an instant with an offset, or a calendar date (the start of that day in UTC).
 *
 * @example
 * z.safeParse(TimestampSchema, '2026-03-01').success //=> true
 */
export const TimestampSchema = lazySchema(() =>
  z.string().check(
    z.refine(
      (text) => timestampMs(text) !== undefined,
      expected(
        'an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`) or a calendar date (`2026-03-14`)',
        'invalid_timestamp',
      ),
    ),
  ),
);

/** A non-empty identifier or name. */
export const NonEmptyString = lazySchema(() =>
  z.string().check(z.minLength(1)),
);
