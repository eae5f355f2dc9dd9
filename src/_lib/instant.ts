// Dates are read from their text, never through the process time zone:
// an instant carries its own offset, a calendar date is the start of that day in UTC.

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|([+-])(\d{2}):(\d{2}))$/;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds in one day and one hour. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function dayMs(year: number, month: number, day: number): number | undefined {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return Date.UTC(year, month - 1, day);
}

/**
 * Reads an ISO 8601 instant with an offset (`2026-03-14T09:00:00+01:00`, or `Z`) into epoch milliseconds.
 * Returns `undefined` for anything else: a date that is not in the calendar, an hour past 23,
 * an offset outside -12:00 … +14:00.
 */
export function instantMs(text: string): number | undefined {
  const m = INSTANT.exec(text);
  if (m === null) return undefined;
  const day = dayMs(Number(m[1]), Number(m[2]), Number(m[3]));
  if (day === undefined) return undefined;
  const hours = Number(m[4]);
  const minutes = Number(m[5]);
  const seconds = m[6] === undefined ? 0 : Number(m[6]);
  if (hours > 23 || minutes > 59 || seconds > 59) return undefined;
  const millis = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
  let offset = 0;
  if (m[8] !== 'Z') {
    const offHours = Number(m[10]);
    const offMinutes = Number(m[11]);
    if (offMinutes > 59) return undefined;
    offset = (offHours * 60 + offMinutes) * (m[9] === '-' ? -1 : 1);
    if (offset < -12 * 60 || offset > 14 * 60) return undefined;
  }
  return day + ((hours * 60 + minutes - offset) * 60 + seconds) * 1000 + millis;
}

/** Reads a calendar date `YYYY-MM-DD` into the epoch milliseconds of its start in UTC, or `undefined`. */
export function calendarDateMs(text: string): number | undefined {
  const m = CALENDAR_DATE.exec(text);
  if (m === null) return undefined;
  return dayMs(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Reads either an instant with an offset or a calendar date (start of the day in UTC), or `undefined`. */
export function timestampMs(text: string): number | undefined {
  return text.length === 10 ? calendarDateMs(text) : instantMs(text);
}

/** Writes epoch milliseconds as a UTC instant, `2026-03-07T08:00:00.000Z`. */
export function formatInstant(ms: number): string {
  return new Date(ms).toISOString();
}

/** Writes epoch milliseconds as the UTC calendar date that holds them, `2026-03-07`. */
export function formatDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
