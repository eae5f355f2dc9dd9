import { DAY_MS, formatDate, formatLocal } from '../_lib/instant.js';

// A date serial is what spreadsheets keep in a date cell: days since 1899-12-30 (serial 0), the
// time of day as the fraction. It names a wall-clock date and time, with no offset.

/** Days from serial 0 (1899-12-30) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25_569;
/** 1900-03-01: below it, Excel counts a 29 February 1900 that Sheets and HyperFormula do not. */
export const FIRST_SERIAL = 61;
/** 9999-12-31 (the last day ISO 8601 writes with four digits), included. */
export const LAST_SERIAL = 2_958_465;
/** How far from a whole second a serial may be: far above a double's rounding (about 1 µs), far below a second. */
const SECOND_TOLERANCE = 0.001;

/**
 * Reads a date serial as wall-clock epoch milliseconds (the date and time it names, as if at
 * UTC), to the whole second: `serial × 86 400` rounded to the nearest second.
 *
 * @returns The milliseconds, or a reason the serial is refused: out of range, or more than 1 ms
 *   away from a whole second (a time with milliseconds; `TODAY()` is always whole).
 * @example
 * serialWallMs(46_095.375) //=> Date.UTC(2026, 2, 14, 9) (2026-03-14 09:00)
 */
export function serialWallMs(serial: number): number | 'out_of_range' | 'not_whole_second' {
  if (!(serial >= FIRST_SERIAL && serial < LAST_SERIAL + 1)) return 'out_of_range';
  const seconds = serial * 86_400;
  const whole = Math.round(seconds);
  // A double's rounding is far below the tolerance, so half a second (where rounding would be a
  // choice) is always refused: the rule is "nearest", never "up" or "down".
  if (Math.abs(seconds - whole) > SECOND_TOLERANCE) return 'not_whole_second';
  return (whole - UNIX_EPOCH_SERIAL * 86_400) * 1000;
}

/** True when wall-clock milliseconds fall at midnight: a date cell with no time of day. */
export function isWholeDay(wallMs: number): boolean {
  return wallMs % DAY_MS === 0;
}

/** A wall-clock midnight as the calendar date `YYYY-MM-DD` it names. */
export function wallDate(wallMs: number): string {
  return formatDate(wallMs);
}

/** The UTC offset, in minutes east, of an instant in an IANA time zone, read through `Intl`. */
type ZoneOffset = (ms: number) => number;

/** The zones kept, at most: a sheet names a handful, and a column of random text must not grow the map. */
const ZONES_KEPT = 64;
const zones = new Map<string, ZoneOffset>();

/**
 * The offset function of an IANA time zone (`Europe/Paris`), or `undefined` when `Intl` does not
 * know the zone. Built once per zone, on first use; a zone `Intl` does not know is not kept.
 */
export function zoneOffset(zone: string): ZoneOffset | undefined {
  const known = zones.get(zone);
  if (known !== undefined) return known;
  let offset: ZoneOffset;
  try {
    const format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    offset = (ms) => {
      const parts: Record<string, number> = {};
      for (const part of format.formatToParts(ms)) if (part.type !== 'literal') parts[part.type] = Number(part.value);
      const wall = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
      return Math.round((wall - Math.floor(ms / 1000) * 1000) / 60_000);
    };
  } catch {
    return undefined;
  }
  if (zones.size >= ZONES_KEPT) zones.delete(zones.keys().next().value as string);
  zones.set(zone, offset);
  return offset;
}

/**
 * The instant a wall-clock time names in a time zone, as an ISO 8601 instant at the zone's offset
 * (`2026-03-14T09:00+01:00`). Around a change of summer time it follows Temporal's `compatible`
 * rule: a time the clocks skip is read with the offset before the change (so 02:30 on the
 * spring-forward night is 03:30), a time they pass twice is the earlier instant.
 */
export function wallInZone(wallMs: number, offsetAt: ZoneOffset): string {
  const before = offsetAt(wallMs - DAY_MS);
  const after = offsetAt(wallMs + DAY_MS);
  const fits = [before, after].filter((offset) => offsetAt(wallMs - offset * 60_000) === offset).map((offset) => wallMs - offset * 60_000);
  const at = fits.length === 0 ? wallMs - before * 60_000 : Math.min(...fits);
  return formatLocal(at, offsetAt(at));
}

/** The instant a wall-clock time names at a fixed offset in minutes. */
export function wallAtOffset(wallMs: number, offset: number): string {
  return formatLocal(wallMs - offset * 60_000, offset);
}
