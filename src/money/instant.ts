import { timestampKey } from '../_lib/instant.js';

// `receivedAt` is read from its text, never through the process time zone: an
// instant carries its own offset, and a calendar date stands for the start of
// that day in UTC.

/**
 * A point in time as whole UTC seconds since the epoch and nanoseconds within
 * the second: both exact as JS numbers for years 0001–9999.
 *
 * @internal
 */
export interface InstantKey {
  readonly seconds: number;
  readonly nanos: number;
}

/**
 * Reads `receivedAt`: an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, `…Z`,
 * seconds and up to nine decimals optional) or a calendar date `YYYY-MM-DD` (the start of
 * that day in UTC), years 0001–9999. `undefined` for anything else, including dates not in
 * the calendar (`2026-02-30`), year `0000`, hours past 23, offsets without their colon
 * (`+0100`) and offsets outside -12:00 … +14:00.
 *
 * The grammar is that of `timestampMs` in `src/_lib/instant.ts` (the model schemas'), read by
 * the same scanner to the nanosecond, as receipts are ordered (a property test holds the two
 * readers to each other).
 *
 * @internal
 */
export function readInstant(text: unknown): InstantKey | undefined {
  return typeof text === 'string' ? timestampKey(text) : undefined;
}

/** Orders two instants: negative, zero or positive. @internal */
export function compareInstants(a: InstantKey, b: InstantKey): number {
  return a.seconds === b.seconds ? a.nanos - b.nanos : a.seconds - b.seconds;
}
