import ical, { escape, ICalAlarmType, ICalCalendarMethod, ICalEventTransparency } from 'ical-generator';
import { DAY_MS, instantMs } from '../_lib/instant.js';
import { printable } from '../_lib/printable.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import type { ChecklistAction, OrganizerChecklist } from './checklist.js';
import { CHECKLIST_WORDS, fill, STATUS_WORDS } from './_checklistWords.js';

/** How many days before its deadline an action's reminder goes off, unless `reminderDays` says otherwise. */
export const DEFAULT_REMINDER_DAYS = 3;

/** Options of {@link toICalendar}. */
export interface ToICalendarOptions {
  /** Days before each deadline its reminder (VALARM) goes off: a whole number from 0 (no reminder) to 28; 3 by default. */
  readonly reminderDays?: number;
}

/** The domain every UID ends with: ids are the checklist's own, so no other calendar's UID can equal one. */
const UID_DOMAIN = 'webcast-partnership';

function readOptions(options: unknown): number {
  if (options === undefined) return DEFAULT_REMINDER_DAYS;
  if (typeof options !== 'object' || options === null || Array.isArray(options)) rejectValue('invalid_options', 'options', 'an options object `{ reminderDays }`', options);
  const record = options as Record<string, unknown>;
  const issues = new Issues();
  issues.unknownKeys(record, ['reminderDays'], 'options');
  issues.throwIfAny();
  const days = record.reminderDays ?? DEFAULT_REMINDER_DAYS;
  if (typeof days !== 'number' || !Number.isInteger(days) || days < 0 || days > 28) rejectValue('invalid_options', 'options.reminderDays', 'a whole number of days from 0 to 28', days);
  return days;
}

/**
 * The longest text the calendar takes in one field, in UTF-16 units. Each field is repeated in
 * every event and folded by ical-generator at about 6 µs a character, so a 10 MB title would take
 * minutes; a real remedy naming a thousand speakers is about 30,000.
 */
export const MAX_CALENDAR_TEXT = 100_000;

const tooLong = (value: unknown): boolean => typeof value === 'string' && value.length > MAX_CALENDAR_TEXT;
const LONG = `a text of at most ${MAX_CALENDAR_TEXT.toLocaleString('en')} characters`;

/** Checks a speaker or sponsor an action concerns: `{ id, name? }`, strings. */
function checkRef(issues: Issues, ref: unknown, path: string): void {
  const r = ref as { id?: unknown; name?: unknown } | null;
  if (typeof ref !== 'object' || r === null || typeof r.id !== 'string' || (r.name !== undefined && typeof r.name !== 'string')) issues.invalid(path, 'a speaker or sponsor `{ id, name? }`', ref);
  else for (const key of ['id', 'name'] as const) if (tooLong(r[key])) issues.invalid(`${path}.${key}`, LONG, r[key]);
}

/** Checks what the calendar reads of a checklist: an {@link OrganizerChecklist} as `organizerChecklist` returns it. */
function readChecklist(checklist: unknown): OrganizerChecklist {
  const issues = new Issues();
  const record = checklist as Record<string, unknown>;
  if (typeof checklist !== 'object' || checklist === null || Array.isArray(checklist)) issues.invalid('checklist', 'a checklist (from `organizerChecklist`)', checklist);
  else {
    if (record.locale !== 'en' && record.locale !== 'fr') issues.invalid('checklist.locale', '`en` or `fr`', record.locale);
    for (const key of ['requestId', 'eventTitle', 'policyVersion']) {
      if (typeof record[key] !== 'string') issues.invalid(`checklist.${key}`, 'a string', record[key]);
      else if (tooLong(record[key])) issues.invalid(`checklist.${key}`, LONG, record[key]);
    }
    if (typeof record.asOf !== 'string' || instantMs(record.asOf) === undefined) issues.invalid('checklist.asOf', 'an ISO 8601 instant', record.asOf);
    if (!Array.isArray(record.actions)) issues.invalid('checklist.actions', 'a list of actions', record.actions);
    else
      // Array.from, not forEach: a hole in a sparse list is an action that is not one, not one skipped.
      Array.from(record.actions as unknown[], (action, i) => {
        const path = `checklist.actions[${i}]`;
        const a = action as Record<string, unknown>;
        if (typeof action !== 'object' || action === null) return issues.invalid(path, 'an action', action);
        for (const key of ['id', 'rule', 'clause', 'todo']) if (typeof a[key] !== 'string') issues.invalid(`${path}.${key}`, 'a string', a[key]);
        for (const key of ['id', 'rule', 'clause', 'todo', 'dueLocal', 'dueSaid']) if (tooLong(a[key])) issues.invalid(`${path}.${key}`, LONG, a[key]);
        if (a.dueAt !== undefined && (typeof a.dueAt !== 'string' || instantMs(a.dueAt) === undefined)) issues.invalid(`${path}.dueAt`, 'an ISO 8601 instant', a.dueAt);
        for (const key of ['dueLocal', 'dueSaid']) if (a.dueAt !== undefined && typeof a[key] !== 'string') issues.invalid(`${path}.${key}`, 'a string beside `dueAt`', a[key]);
        if (a.status !== 'pending' && a.status !== 'unknown' && a.status !== 'unmet') issues.invalid(`${path}.status`, 'one of `pending`, `unknown`, `unmet`', a.status);
        const concerns = a.concerns as { speakers?: unknown; sponsor?: unknown } | undefined;
        if (typeof concerns !== 'object' || concerns === null || !Array.isArray(concerns.speakers)) return issues.invalid(`${path}.concerns`, 'an object `{ speakers, sponsor? }`', concerns);
        Array.from(concerns.speakers as unknown[], (ref, j) => checkRef(issues, ref, `${path}.concerns.speakers[${j}]`));
        if (concerns.sponsor !== undefined) checkRef(issues, concerns.sponsor, `${path}.concerns.sponsor`);
      });
  }
  issues.throwIfAny();
  return checklist as OrganizerChecklist;
}

/** Who an action concerns, in words: speakers and sponsor by name and id, or the organizer. */
export function concernsSaid(action: ChecklistAction, organizer: string): string {
  const { speakers, sponsor } = action.concerns;
  const named = (ref: { readonly id: string; readonly name?: string }) => printable(ref.name === undefined ? ref.id : `${ref.name} (${ref.id})`);
  const who = [...speakers.map(named), ...(sponsor === undefined ? [] : [named(sponsor)])];
  return who.length === 0 ? organizer : who.join(', ');
}

/**
 * The checklist as an RFC 5545 calendar (through `ical-generator`): one VEVENT per dated action, at
 * its deadline, with a reminder (VALARM, `DISPLAY`) `reminderDays` days before it. Actions without a
 * date (overdue) are not in the calendar: the checklist lists them.
 *
 * - Times are UTC instants (`DTSTART:20260402T070000Z`): a request gives the event's offset, not a
 *   named time zone, and a UTC instant is read alike by every client, which shows it in its reader's
 *   time zone; the description says the deadline at the event's offset too.
 * - Each UID is the action's `id` then `@webcast-partnership` (`req-1/C6.2/evt-1@webcast-partnership`):
 *   importing a later checklist of the same request updates each action's event instead of adding one.
 * - The calendar's name (`NAME`, `X-WR-CALNAME`) is TEXT-escaped like every other text (`\\`, `;`,
 *   `,` and line breaks), so a title such as `Web, Data \\ AI; Paris` reads back exactly.
 * - Nothing reads the clock: `DTSTAMP` is the report's `asOf`, and `SEQUENCE` the whole minutes from
 *   1970 to it, so a later evaluation is a later revision; the same checklist gives the same bytes.
 *
 * @throws {PartnershipError} `invalid_input` for a checklist it cannot read (paths from `checklist.`);
 *   `unknown_key` for an option it does not know, `invalid_options` for a bad `reminderDays`.
 * @example
 * toICalendar(organizerChecklist(report, request, { locale: 'fr' }))
 * //=> 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//webcast-partnership//organizer checklist//FR\r\n…'
 */
export function toICalendar(checklist: OrganizerChecklist, options?: ToICalendarOptions): string {
  const reminderDays = readOptions(options);
  const read = readChecklist(checklist);
  const words = CHECKLIST_WORDS[read.locale];
  const asOf = instantMs(read.asOf) as number;
  const calendar = ical({
    prodId: { company: 'webcast-partnership', product: 'organizer checklist', language: read.locale.toUpperCase() },
    method: ICalCalendarMethod.PUBLISH,
    // ical-generator writes NAME and X-WR-CALNAME as given: escaped here as TEXT (RFC 5545 §3.3.11).
    name: escape(fill(words.calendar, { event: printable(read.eventTitle) }), false),
  });
  for (const action of read.actions) {
    if (action.dueAt === undefined) continue;
    const todo = fill(words.summary, { event: printable(read.eventTitle), rule: action.rule, todo: action.todo });
    const description = [
      action.todo,
      fill(words.rule, { rule: action.rule, clause: action.clause, status: STATUS_WORDS[read.locale][action.status] }),
      fill(words.due, { said: action.dueSaid as string, local: action.dueLocal as string, at: action.dueAt }),
      fill(words.concerns, { who: concernsSaid(action, words.organizer) }),
      fill(words.request, { request: printable(read.requestId), asOf: read.asOf, policy: printable(read.policyVersion) }),
    ].join('\n');
    calendar.createEvent({
      id: `${action.id}@${UID_DOMAIN}`,
      sequence: Math.max(0, Math.floor(asOf / 60_000)),
      stamp: new Date(asOf),
      start: new Date(instantMs(action.dueAt) as number),
      summary: todo,
      description,
      transparency: ICalEventTransparency.TRANSPARENT,
      alarms: reminderDays === 0 ? [] : [{ type: ICalAlarmType.display, trigger: (reminderDays * DAY_MS) / 1000, description: fill(words.reminder, { days: fill(words.days[reminderDays === 1 ? 0 : 1], { n: reminderDays }), todo }) }],
    });
  }
  return calendar.toString();
}
