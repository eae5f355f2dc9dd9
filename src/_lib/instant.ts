// Dates are read from their text, never through the process time zone:
// an instant carries its own offset, a calendar date is the start of that day in UTC.
// Hand-written scanners rather than regular expressions: every rule reads dates, so this is the hot path.

/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;
/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

// Two digits at `at`, or -1. (`>>> 0` folds "below 0" into "above 9".)
function d2(text: string, at: number): number {
  const a = text.charCodeAt(at) - 48;
  const b = text.charCodeAt(at + 1) - 48;
  return (a >>> 0) > 9 || (b >>> 0) > 9 ? -1 : a * 10 + b;
}

// Days from 1970-01-01 to a date of years 1–9999 (Howard Hinnant's days_from_civil; every
// quantity is non-negative there, so integer division is `| 0`).
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = (y / 400) | 0;
  const yoe = y - era * 400;
  const doy = (((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) | 0) + day - 1;
  const doe = yoe * 365 + ((yoe / 4) | 0) - ((yoe / 100) | 0) + doy;
  return era * 146_097 + doe - 719_468;
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

// `YYYY-MM-DD` at the start of `text`, as days since the epoch, or NaN.
function dateDays(text: string): number {
  if (text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return Number.NaN;
  const high = d2(text, 0);
  const low = d2(text, 2);
  const year = high < 0 || low < 0 ? -1 : high * 100 + low;
  const month = d2(text, 5);
  const day = d2(text, 8);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return Number.NaN;
  return daysFromCivil(year, month, day);
}

/** The nanoseconds within the second of the instant {@link instantSeconds} read last. */
let nanosRead = 0;

/**
 * Reads an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, or `Z`) into whole UTC
 * seconds since the epoch, or NaN. Seconds and a fraction (up to 9 digits) are optional; the
 * fraction is left in {@link nanosRead}, in nanoseconds: a second result without an allocation.
 * NaN for anything else: a date that is not in the calendar, an hour past 23, an offset outside
 * -12:00 … +14:00.
 */
function instantSeconds(text: string): number {
  const length = text.length;
  if (length < 17 || text.charCodeAt(10) !== 84 /* T */ || text.charCodeAt(13) !== 58 /* : */) return Number.NaN;
  const days = dateDays(text);
  const hours = d2(text, 11);
  const minutes = d2(text, 14);
  if (Number.isNaN(days) || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return Number.NaN;
  let at = 16;
  let seconds = 0;
  let nanos = 0;
  if (text.charCodeAt(at) === 58) {
    seconds = d2(text, at + 1);
    if (seconds < 0 || seconds > 59) return Number.NaN;
    at += 3;
    if (text.charCodeAt(at) === 46 /* . */) {
      let scale = 100_000_000;
      const from = at + 1;
      for (at = from; at < length; at += 1) {
        const c = text.charCodeAt(at) - 48;
        if (c < 0 || c > 9) break;
        // A tenth digit: past the nanosecond.
        if (at - from === 9) return Number.NaN;
        nanos += c * scale;
        scale /= 10;
      }
      if (at === from) return Number.NaN;
    }
  }
  let offset = 0;
  const sign = text.charCodeAt(at);
  if (sign === 90 /* Z */) {
    if (at + 1 !== length) return Number.NaN;
  } else if (sign === 43 || sign === 45) {
    if (at + 6 !== length || text.charCodeAt(at + 3) !== 58) return Number.NaN;
    const offHours = d2(text, at + 1);
    const offMinutes = d2(text, at + 4);
    if (offHours < 0 || offMinutes < 0 || offMinutes > 59) return Number.NaN;
    offset = (offHours * 60 + offMinutes) * (sign === 45 ? -1 : 1);
    if (offset < -12 * 60 || offset > 14 * 60) return Number.NaN;
  } else return Number.NaN;
  nanosRead = nanos;
  return days * 86_400 + (hours * 60 + minutes - offset) * 60 + seconds;
}

/**
 * A point in time as whole UTC seconds since the epoch and nanoseconds within the second: both
 * exact as numbers for years 1–9999. What the one scanner reads; milliseconds derive from it.
 */
export interface InstantKey {
  readonly seconds: number;
  readonly nanos: number;
}

// Milliseconds derive from the scan's seconds and nanoseconds (the nanoseconds below the millisecond dropped).
const toMs = (seconds: number, nanos: number): number => seconds * 1000 + Math.floor(nanos / 1_000_000);

/**
 * Reads an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, or `Z`) into epoch milliseconds.
 * Seconds and a fraction (up to 9 digits) are optional. Returns `undefined` for anything else: a date
 * that is not in the calendar, an hour past 23, an offset outside -12:00 … +14:00.
 */
export function instantMs(text: string): number | undefined {
  const seconds = instantSeconds(text);
  return Number.isNaN(seconds) ? undefined : toMs(seconds, nanosRead);
}

/** Reads a calendar date `YYYY-MM-DD` into the epoch milliseconds of its start in UTC, or `undefined`. */
export function calendarDateMs(text: string): number | undefined {
  if (text.length !== 10) return undefined;
  const days = dateDays(text);
  return Number.isNaN(days) ? undefined : toMs(days * 86_400, 0);
}

/** Reads either an instant with an offset or a calendar date (start of the day in UTC), or `undefined`. */
export function timestampMs(text: string): number | undefined {
  return text.length === 10 ? calendarDateMs(text) : instantMs(text);
}

/**
 * Reads what {@link timestampMs} reads, to the nanosecond: an ISO 8601 instant with an offset
 * (`2026-03-14T09:00:00+01:00`, `…Z`, seconds and up to nine decimals optional) or a calendar
 * date `YYYY-MM-DD` (the start of that day in UTC), years 0001–9999, as whole UTC seconds since
 * the epoch and the nanoseconds within the second. `undefined` for anything else, a value that
 * is not a string included (so a caller's `receivedAt` is read as it came).
 */
export function timestampKey(text: unknown): InstantKey | undefined {
  if (typeof text !== 'string') return undefined;
  const date = text.length === 10;
  const seconds = date ? dateDays(text) * 86_400 : instantSeconds(text);
  return Number.isNaN(seconds) ? undefined : { seconds, nanos: date ? 0 : nanosRead };
}

/** Orders two instants: negative, zero or positive. */
export function compareInstants(a: InstantKey, b: InstantKey): number {
  return a.seconds === b.seconds ? a.nanos - b.nanos : a.seconds - b.seconds;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/** Writes epoch milliseconds as a UTC instant, `2026-03-07T08:00:00.000Z` (years 1–9999), as `toISOString` does. */
export function formatInstant(ms: number): string {
  const time = ms - Math.floor(ms / DAY_MS) * DAY_MS;
  const millis = time % 1000;
  const seconds = Math.floor(time / 1000);
  return `${formatDate(ms)}T${pad2(Math.floor(seconds / 3600))}:${pad2(Math.floor(seconds / 60) % 60)}:${pad2(seconds % 60)}.${millis < 10 ? '00' : millis < 100 ? '0' : ''}${millis}Z`;
}

/** Writes epoch milliseconds as the UTC calendar date that holds them, `2026-03-07` (years 1–9999). */
export function formatDate(ms: number): string {
  // Howard Hinnant's civil_from_days.
  const z = Math.floor(ms / DAY_MS) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * The UTC offset an instant's text is written with, in minutes east of UTC (`+01:00` → 60,
 * `-05:00` → -300, `Z` → 0), or `undefined` when the text is not an instant ({@link instantMs}).
 */
export function offsetMinutes(text: string): number | undefined {
  if (instantMs(text) === undefined) return undefined;
  if (text.charCodeAt(text.length - 1) === 90 /* Z */) return 0;
  const sign = text.charCodeAt(text.length - 6) === 45 ? -1 : 1;
  return sign * (d2(text, text.length - 5) * 60 + d2(text, text.length - 2));
}

/** Writes an offset in minutes as `+01:00`, `-05:30`, `+00:00`. */
export function formatOffset(minutes: number): string {
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** The wall-clock parts of an instant at an offset: calendar date, hour, minute, second. */
export interface LocalTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The wall-clock date and time of epoch milliseconds at an offset in minutes (years 1–9999). */
export function localTime(ms: number, offset: number): LocalTime {
  const local = ms + offset * 60_000;
  const date = formatDate(local);
  const time = Math.floor((local - Math.floor(local / DAY_MS) * DAY_MS) / 1000);
  return {
    year: Number(date.slice(0, 4)),
    month: Number(date.slice(5, 7)),
    day: Number(date.slice(8, 10)),
    hour: Math.floor(time / 3600),
    minute: Math.floor(time / 60) % 60,
    second: time % 60,
  };
}

/**
 * Writes epoch milliseconds as an ISO 8601 instant at an offset, to the minute (to the second
 * when the seconds are not zero; milliseconds are left out): `2026-03-07T09:00+01:00`.
 * {@link instantMs} reads it back to the same second.
 */
export function formatLocal(ms: number, offset: number): string {
  const t = localTime(ms, offset);
  const seconds = t.second === 0 ? '' : `:${pad2(t.second)}`;
  return `${String(t.year).padStart(4, '0')}-${pad2(t.month)}-${pad2(t.day)}T${pad2(t.hour)}:${pad2(t.minute)}${seconds}${formatOffset(offset)}`;
}
