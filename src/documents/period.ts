import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import { calendarDateMs } from '../_lib/instant.js';

/** A period read from `{ from, to }`: its first and last days, and its bounds in UTC seconds. @internal */
export interface Period {
  /** The first day, `YYYY-MM-DD`, included. */
  readonly from: string;
  /** The last day, `YYYY-MM-DD`, included. */
  readonly to: string;
  /** The start of `from` in UTC, in seconds since the epoch (included). */
  readonly start: number;
  /** The start of the day after `to` in UTC, in seconds since the epoch (excluded). */
  readonly end: number;
}

const MONTH = /^\d{4}-\d{2}$/;
const DAY_S = 86_400;

/** The last day of month `YYYY-MM` (a valid month). */
function lastDay(month: string): string {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days = m === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
  return `${month}-${days}`;
}

/**
 * Reads a bound: a day `YYYY-MM-DD`, or a month `YYYY-MM` (its first day for `from`, its last for
 * `to`); `undefined` for anything else.
 */
function day(value: unknown, last: boolean): string | undefined {
  if (typeof value !== 'string') return undefined;
  const text = MONTH.test(value) ? (last ? lastDay(value) : `${value}-01`) : value;
  return calendarDateMs(text) === undefined ? undefined : text;
}

/**
 * Reads the options `{ from, to }` of a period: days or months, both included, `to` no earlier
 * than `from`.
 *
 * @throws {PartnershipError} `invalid_options`, `unknown_key`, `period_malformed` naming the field.
 * @internal
 */
export function readPeriod(options: unknown): Period {
  if (!isRecord(options)) rejectValue('invalid_options', 'options', 'options `{ from, to }`', options);
  const issues = new Issues();
  issues.unknownKeys(options, ['from', 'to'], 'options');
  const expected = 'a day `YYYY-MM-DD` or a month `YYYY-MM`, such as `2026-03`';
  const from = day(own(options, 'from'), false);
  const to = day(own(options, 'to'), true);
  if (from === undefined) issues.expected('period_malformed', 'options.from', expected, own(options, 'from'));
  if (to === undefined) issues.expected('period_malformed', 'options.to', expected, own(options, 'to'));
  issues.throwIfAny();
  const start = (calendarDateMs(from as string) as number) / 1000;
  const end = (calendarDateMs(to as string) as number) / 1000 + DAY_S;
  if (end <= start) rejectValue('period_malformed', 'options.to', `a day no earlier than \`options.from\` (${from as string})`, own(options, 'to'));
  return { from: from as string, to: to as string, start, end };
}
