// `receivedAt` is read from its text, never through the process time zone: an
// instant carries its own offset, and a calendar date stands for the start of
// that day in UTC.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):?(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

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
 * the second: both exact as JS numbers for years 0000–9999.
 *
 * @internal
 */
export interface InstantKey {
  readonly seconds: number;
  readonly nanos: number;
}

/**
 * Reads `receivedAt`: an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, `…Z`)
 * or a calendar date `YYYY-MM-DD` (the start of that day in UTC). `undefined` for anything
 * else, including dates not in the calendar (`2026-02-30`), hours past 23 and offsets
 * outside -12:00 … +14:00.
 *
 * @internal
 */
export function readInstant(text: unknown): InstantKey | undefined {
  if (typeof text !== 'string' || text.length > 40) return undefined;
  let m = CALENDAR_DATE.exec(text);
  const dateOnly = m !== null;
  if (m === null) m = INSTANT.exec(text);
  if (m === null) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  const days = daysFromCivil(year, month, day);
  if (dateOnly) return { seconds: days * 86400, nanos: 0 };
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const nanos = m[7] === undefined ? 0 : Number(m[7].padEnd(9, '0'));
  let offset = 0;
  if (m[8] !== 'Z') {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offMinutes > 59) return undefined;
    offset = (offHours * 60 + offMinutes) * (m[9] === '-' ? -1 : 1);
    if (offset < -12 * 60 || offset > 14 * 60) return undefined;
  }
  return { seconds: days * 86400 + (hours * 60 + minutes - offset) * 60 + seconds, nanos };
}

/** Orders two instants: negative, zero or positive. @internal */
export function compareInstants(a: InstantKey, b: InstantKey): number {
  return a.seconds === b.seconds ? a.nanos - b.nanos : a.seconds - b.seconds;
}
