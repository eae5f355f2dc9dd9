// `receivedAt` is read from its text, never through the process time zone: an
// instant carries its own offset, and a calendar date stands for the start of
// that day in UTC.

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil), without `Date`. */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

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

/** What a fraction of `n` digits is multiplied by to give nanoseconds. */
const NANO_SCALE: readonly number[] = [0, 1e8, 1e7, 1e6, 1e5, 1e4, 1e3, 100, 10, 1];

/** Reads `count` ASCII digits of `text` at `from` as a number, or -1. */
function digitsAt(text: string, from: number, count: number): number {
  let value = 0;
  for (let i = from; i < from + count; i += 1) {
    const d = text.charCodeAt(i) - 48;
    // Written so that NaN (past the end of the text) fails too.
    if (!(d >= 0 && d <= 9)) return -1;
    value = value * 10 + d;
  }
  return value;
}

/**
 * Reads `receivedAt`: an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, `…Z`,
 * seconds and up to nine decimals optional) or a calendar date `YYYY-MM-DD` (the start of
 * that day in UTC), years 0001–9999. `undefined` for anything else, including dates not in
 * the calendar (`2026-02-30`), year `0000`, hours past 23, offsets without their colon
 * (`+0100`) and offsets outside -12:00 … +14:00.
 *
 * The grammar is exactly that of `timestampMs` in `src/_lib/instant.ts` (the model schemas'),
 * which a property test holds it to. It is not reused because it yields milliseconds, and
 * receipts are ordered to the nanosecond; it is read by hand rather than by a regular
 * expression as it runs once per receipt.
 *
 * @internal
 */
export function readInstant(text: unknown): InstantKey | undefined {
  if (typeof text !== 'string' || text.length < 10 || text.length > 40) return undefined;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 1 || month < 1 || month > 12 || day < 1 || text[4] !== '-' || text[7] !== '-') return undefined;
  if (day > daysInMonth(year, month)) return undefined;
  const days = daysFromCivil(year, month, day);
  if (text.length === 10) return { seconds: days * 86400, nanos: 0 };

  const hours = digitsAt(text, 11, 2);
  const minutes = digitsAt(text, 14, 2);
  if (text[10] !== 'T' || text[13] !== ':' || hours < 0 || hours > 23 || minutes < 0 || minutes > 59) return undefined;
  let at = 16;
  let seconds = 0;
  let nanos = 0;
  if (text[at] === ':') {
    seconds = digitsAt(text, at + 1, 2);
    if (seconds < 0 || seconds > 59) return undefined;
    at += 3;
    if (text[at] === '.') {
      at += 1;
      const from = at;
      while (at < text.length && at - from < 10 && text.charCodeAt(at) >= 48 && text.charCodeAt(at) <= 57) at += 1;
      const count = at - from;
      if (count < 1 || count > 9) return undefined;
      nanos = digitsAt(text, from, count) * (NANO_SCALE[count] as number);
    }
  }
  let offset = 0;
  const zone = text[at];
  if (zone === 'Z') {
    if (at + 1 !== text.length) return undefined;
  } else if (zone === '+' || zone === '-') {
    // `±HH:MM` only, as the model schemas read it (src/_lib/instant.ts): no `±HHMM`.
    if (text.length !== at + 6 || text[at + 3] !== ':') return undefined;
    const offHours = digitsAt(text, at + 1, 2);
    const offMinutes = digitsAt(text, at + 4, 2);
    if (offHours < 0 || offMinutes < 0 || offMinutes > 59) return undefined;
    offset = (offHours * 60 + offMinutes) * (zone === '-' ? -1 : 1);
    if (offset < -12 * 60 || offset > 14 * 60) return undefined;
  } else return undefined;
  return { seconds: days * 86400 + (hours * 60 + minutes - offset) * 60 + seconds, nanos };
}

/** Orders two instants: negative, zero or positive. @internal */
export function compareInstants(a: InstantKey, b: InstantKey): number {
  return a.seconds === b.seconds ? a.nanos - b.nanos : a.seconds - b.seconds;
}
