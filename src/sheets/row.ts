// A tracker row: its columns, and its cells read as the core's JSON (text, flags, counts, shares, dates).
import { formatLocal, offsetMinutes } from '../_lib/instant.js';
import { reject } from '../_lib/reject.js';
import type { CellValue } from './cells.js';
import { argumentError, decimal, describeCell, isBlank, isDate, sheetNumber, throwArgument } from './cells.js';
import { TRACKER_COLUMNS_FR } from './trackerColumnsFr.js';
import { FIRST_SERIAL, LAST_SERIAL, isWholeDay, serialWallMs, wallAtOffset, wallDate, wallInZone, zoneOffset } from './serial.js';

/**
 * The columns of an event-tracker sheet that `PARTNERSHIP_CHECK` reads, by header name.
 * A row describes one event and its speakers as a group; docs/spreadsheets.md explains each.
 */
export const TRACKER_COLUMNS = Object.freeze([
  'request_id',
  'mode',
  'event_id',
  'title',
  'organizer',
  'start',
  'end',
  'city',
  'venue',
  'cameras',
  'venue_scouted_on',
  'light_usable',
  'lighting_advice_asked',
  'staging_advice_asked',
  'organizer_manages_sound',
  'audio_feed',
  'audio_confirmed_on',
  'other_film_crews',
  'workshop_in_partnership',
  'workshop_organizer_share',
  'uses',
  'speakers',
  'speakers_informed_on',
  'releases_requested_on',
  'releases_signed_on',
  'releases_signed',
  'releases_refused',
  'releases_refused_on',
  'release_covers',
  'profiles_completed_on',
  'online_conversation',
  'speaker_emails_provided',
  'editorial_verdict',
  'editorial_verdict_on',
  'crew_available',
  'media_partner_credit',
  'post_event_mailing',
  'promotion_links',
  'promotion_tweets',
  'promotion_blog_posts',
  'monetization',
  'contract_signed_platform_on',
  'contract_signed_organizer_on',
  'breakeven',
  'currency',
  'organizer_share',
  'clip_planned',
  'timezone',
  'as_of',
] as const);

/** A tracker column name. */
export type TrackerColumn = (typeof TRACKER_COLUMNS)[number];

/** A tracker row read by header: blanks left out. */
export type TrackerRow = Partial<Record<TrackerColumn, CellValue>>;

/** Throws "Expected column `name` to be {expected}, got {value}" (`invalid_argument`). */
export function bad(column: string, expected: string, got: unknown): never {
  return argumentError(column, expected, got, 'column ');
}

/** The tracker column a header names, in English or in French (any case), or `undefined`. */
function columnOf(header: string): TrackerColumn | undefined {
  const name = header.trim().toLowerCase();
  if ((TRACKER_COLUMNS as readonly string[]).includes(name)) return name as TrackerColumn;
  return TRACKER_COLUMNS.find((column) => TRACKER_COLUMNS_FR[column] === name);
}

/**
 * Pairs a header row with a value row. Headers are the English or the French column names;
 * unknown headers are errors, so a typo is not silently ignored, and so is a column named twice.
 * The row is read by English name, which errors name.
 */
export function readTrackerRow(headers: readonly CellValue[], values: readonly CellValue[]): TrackerRow {
  const row: TrackerRow = {};
  const seen = new Set<TrackerColumn>();
  headers.forEach((header, i) => {
    if (isBlank(header)) return;
    if (typeof header !== 'string') bad('header_row', 'text naming a tracker column', header);
    const name = columnOf(header) ?? bad('header_row', `a tracker column (${TRACKER_COLUMNS.join(', ')}, or their French names)`, header);
    if (seen.has(name)) bad('header_row', `each column once, \`${name}\` (${TRACKER_COLUMNS_FR[name]}) named twice`, header);
    seen.add(name);
    const value: unknown = values[i];
    if (isBlank(value)) return;
    // A cell is text, a number (plain or typed by its engine), a boolean or a date; anything else did not come from a sheet.
    const number = sheetNumber(value);
    if (number === undefined && !['string', 'boolean'].includes(typeof value) && !isDate(value)) bad(name, 'a cell value', value);
    if (number !== undefined && !Number.isFinite(number.value)) bad(name, 'a finite number', value);
    row[name] = value as CellValue;
  });
  return row;
}

/** A text column, trimmed (a plain number as its digits); `fallback` when blank, else an error. */
export function text(row: TrackerRow, column: TrackerColumn, fallback?: string): string {
  const value = row[column];
  if (value === undefined) {
    if (fallback !== undefined) return fallback;
    return bad(column, 'filled in', value);
  }
  const number = sheetNumber(value);
  if (isDate(value) || (number !== undefined && number.kind !== 'number')) return bad(column, 'text', value);
  return String(number?.value ?? value).trim();
}

/** The words a flag cell may hold, any case, besides TRUE/FALSE cells and the numbers 1 and 0. */
const YES = ['true', 'yes', 'oui', 'vrai', '1'];
const NO = ['false', 'no', 'non', 'faux', '0'];

/** A flag column: `TRUE`/`FALSE`, 1/0 or one of the words; `undefined` when blank. */
export function flag(row: TrackerRow, column: TrackerColumn): boolean | undefined {
  const value = row[column];
  if (value === undefined) return undefined;
  if (typeof value === 'boolean') return value;
  const number = sheetNumber(value);
  const word = typeof value === 'string' ? value.trim().toLowerCase() : number?.kind === 'number' ? String(number.value) : '';
  if (YES.includes(word)) return true;
  if (NO.includes(word)) return false;
  return bad(column, 'TRUE or FALSE (or VRAI/FAUX, yes/no, oui/non, 1/0)', value);
}

/** A count column: a whole number from 0 to 10000; 0 when blank. */
export function count(row: TrackerRow, column: TrackerColumn): number {
  const value = row[column];
  if (value === undefined) return 0;
  const number = sheetNumber(value);
  const n = number?.kind === 'number' ? number.value : typeof value === 'string' ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n) || n < 0 || n > 10_000) return bad(column, 'a whole number from 0 to 10000', value);
  return n;
}

/** A share column (`50%`, `0.5`, `'0.5`) as the decimal text the core reads. */
export function shareOf(row: TrackerRow, column: TrackerColumn): string | undefined {
  const value = row[column];
  return value === undefined ? undefined : String(decimal(value, column, 'column ')).trim();
}

/** The `timezone` column's offset function (an IANA zone, read through `Intl`), or `undefined` when blank. */
function rowZone(row: TrackerRow): ((ms: number) => number) | undefined {
  if (row.timezone === undefined) return undefined;
  return zoneOffset(text(row, 'timezone')) ?? bad('timezone', 'an IANA time zone such as `Europe/Paris`', row.timezone);
}

/**
 * The instant a date serial of the row names: read in the `timezone` column's zone, at the offset
 * of that date, else at the offset `start` is written with.
 */
function serialInstant(row: TrackerRow, column: string, wallMs: number): string {
  const offsetAt = rowZone(row);
  if (offsetAt !== undefined) return wallInZone(wallMs, offsetAt);
  const offset = typeof row.start === 'string' ? offsetMinutes(row.start.trim()) : undefined;
  if (offset === undefined) {
    return bad(column, 'a date with its offset: a date-time cell needs a `timezone` column (`Europe/Paris`) or a `start` written with its offset', row[column as TrackerColumn] ?? column);
  }
  return wallAtOffset(wallMs, offset);
}

/**
 * Reads a date cell as the core's text. A sheet `Date` is an instant (written at the `timezone`
 * column's offset when there is one); text is passed on for the
 * core to check; a date serial (a number, or a date cell from the engine) names a wall-clock date
 * and time: a whole day is that calendar date (as the text `2026-03-14` would be), unless the
 * column needs an `instant` (`start`, `end`); a time of day is read at the row's offset
 * ({@link serialInstant}).
 */
export function readWhen(row: TrackerRow, column: string, value: CellValue, instant = false, kind = 'column '): string | undefined {
  const refuse = (expected: string): never => argumentError(column, expected, value, kind);
  if (value === undefined || value === null || value === '') return undefined;
  if (isDate(value)) {
    const ms = value.getTime();
    if (Number.isNaN(ms)) return refuse('a valid date');
    // Written at the row's zone, so that `start` carries the event's offset and deadlines are said
    // in its local time; in UTC without a zone, or with milliseconds (which the offset form drops).
    const offsetAt = rowZone(row);
    return offsetAt === undefined || ms % 1000 !== 0 ? value.toISOString() : formatLocal(ms, offsetAt(ms));
  }
  if (typeof value === 'string') return value.trim();
  const number = sheetNumber(value);
  if (number === undefined || !(number.kind === 'number' || number.kind === 'date' || number.kind === 'date-time')) {
    return refuse('a date (a date cell, or text such as 2026-03-14)');
  }
  const wall = serialWallMs(number.value);
  if (wall === 'out_of_range') return refuse(`a date serial from ${FIRST_SERIAL} (1900-03-01) to ${LAST_SERIAL} (9999-12-31)`);
  if (wall === 'not_whole_second') return refuse('a date, or a date and time to the whole second');
  return isWholeDay(wall) && !instant ? wallDate(wall) : serialInstant(row, column, wall);
}

/** A date or instant cell: a sheet Date is an instant; text is passed on for the core to check. */
export function when(row: TrackerRow, column: TrackerColumn, instant = false): string | undefined {
  return readWhen(row, column, row[column], instant);
}

/** A list column: items separated by `;` or `,`, trimmed, blanks left out. */
export function list(row: TrackerRow, column: TrackerColumn): string[] {
  if (row[column] === undefined) return [];
  // Through `text`, so a date or a typed number is refused rather than listed as `[object Object]`.
  return text(row, column)
    .split(/[;,]/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/**
 * The evaluation date of a row: the `as_of` argument or the `as_of` column, one of them (both
 * filled is an error: which one counts would be a guess). The functions never read the clock: a
 * sheet recomputes a custom function only when its arguments change, so a clock read on the day a
 * formula was typed would stay frozen there. `=TODAY()` as the argument, or a cell rewritten each
 * day, is the way to check a row as of today.
 *
 * @throws {PartnershipError} `as_of_missing` when both are blank.
 */
export function trackerAsOf(row: TrackerRow, argument: CellValue): string {
  const given = isBlank(argument) ? undefined : argument;
  if (given !== undefined && row.as_of !== undefined) {
    return throwArgument('as_of', `Expected \`as_of\` once, as the argument or as the column, got both: ${describeCell(given)} and ${describeCell(row.as_of)}`);
  }
  if (given !== undefined) {
    if (typeof given === 'boolean') return argumentError('as_of', 'a date', given);
    return readWhen(row, 'as_of', given, false, '')!;
  }
  const column = when(row, 'as_of');
  if (column !== undefined) return column;
  return reject('as_of_missing', 'as_of', 'Expected `as_of`, the date to check the row as of, got nothing: give `=TODAY()` as the argument, or fill in the `as_of` column (the functions never read the clock)');
}

