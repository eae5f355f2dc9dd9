/* eslint-disable @typescript-eslint/no-explicit-any -- ical.js components are read loosely */
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { organizerChecklist, toICalendar } from '../../src/documents/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import { thrown } from '../utils/thrown.js';
import { EARLY, LATER, freshInput, laterInput } from './_checklist.js';
import { expectCalendarOf, readCalendar } from './_ical.js';

const checklistOf = (input: any, asOf: string, locale: 'en' | 'fr' = 'en') => organizerChecklist(evaluateEligibility(input, { policy: DEFAULT_POLICY, asOf }), input, { locale });

describe('toICalendar', () => {
  it('writes one event per deadline at its UTC instant, with a stable UID and a reminder 3 days before', () => {
    const checklist = checklistOf(freshInput(), EARLY);
    const text = toICalendar(checklist);
    expectCalendarOf(checklist, text);
    // Hand-computed: the first deadline, the editors' verdict, 14 February 2026 09:00 at +01:00; the
    // sequence is the minutes from 1970 to asOf: 2026-01-10 is day 56 × 365 + 14 leap days + 9 = 20463,
    // so 20463 × 1440 + 12 × 60 = 29,467,440.
    const first = readCalendar(text).events[0]!;
    expect(first).toMatchObject({ uid: 'req-1/C4/evt-1@webcast-partnership', start: '2026-02-14T08:00:00.000Z', stamp: '2026-01-10T12:00:00.000Z', sequence: 29_467_440 });
    expect(text).toContain('\r\nDTSTART:20260214T080000Z\r\n');
    expect(text).toContain('PRODID:-//webcast-partnership//organizer checklist//EN\r\n');
  });

  it('refuses a text longer than 100,000 characters, naming its field, and takes one of exactly 100,000', () => {
    // Each text is repeated in every event and folded at about 6 µs a character: a 10 MB title (the
    // hostile harness has one) took minutes before this limit.
    const checklist = checklistOf(freshInput(), EARLY);
    const edge = { ...checklist, eventTitle: 'x'.repeat(100_000) };
    expect(toICalendar(edge)).toContain('SUMMARY:xxxx');
    const error = thrown(() => toICalendar({ ...checklist, eventTitle: 'x'.repeat(100_001) }));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual(['checklist.eventTitle']);
    expect(error.issues[0]!.message).toContain('a text of at most 100,000 characters');
    const todo = { ...checklist, actions: checklist.actions.map((a, i) => (i === 1 ? { ...a, todo: 'y'.repeat(10 * 1024 * 1024) } : a)) };
    expect(thrown(() => toICalendar(todo)).issues.map((i) => i.path)).toEqual(['checklist.actions[1].todo']);
  });

  it('gives the same UIDs to the actions left on a later evaluation, with a later stamp and sequence', () => {
    const early = readCalendar(toICalendar(checklistOf(freshInput(), EARLY))).events;
    const later = readCalendar(toICalendar(checklistOf(laterInput(), LATER))).events;
    expect(later.map((e) => e.uid)).toEqual(['C5/evt-1', 'C6.3/evt-1', 'C6.2/evt-1', 'C7/evt-1', 'C2.3/csp-1'].map((id) => `req-1/${id}@webcast-partnership`));
    const earlyByUid = new Map(early.map((e) => [e.uid, e]));
    for (const event of later) {
      const before = earlyByUid.get(event.uid)!;
      expect(event.start).toBe(before.start);
      expect(event.sequence).toBeGreaterThan(before.sequence);
      expect(event.stamp > before.stamp).toBe(true);
    }
  });

  it('says the event in French, and keeps overdue actions out of the calendar', () => {
    const checklist = checklistOf(freshInput(), '2026-03-01T12:00:00Z', 'fr');
    const text = toICalendar(checklist);
    expectCalendarOf(checklist, text);
    const { calendar, events } = readCalendar(text);
    expect(events.map((e) => e.uid)).toEqual(['C6.2/evt-1', 'C7/evt-1', 'C2.3/csp-1'].map((id) => `req-1/${id}@webcast-partnership`));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Web 2.0 Days : actions à mener');
    expect(events[0]!.description).toContain("À faire avant le 7 mars 2026, 9 h 00, heure de l'événement (2026-03-07T09:00+01:00, 2026-03-07T08:00:00.000Z).");
    expect(events[0]!.description).toContain('Concerne : Ana (spk-1), Ben (spk-2), Chloé (spk-3).');
    expect(events[2]!.description).toContain('Concerne : CloudCo (csp-1).');
  });

  it('escapes the calendar name as TEXT (RFC 5545 3.3.11): a title with `,`, `;` and `\\` comes back exactly', () => {
    const input = freshInput();
    input.event.title = 'Web, Data \\ AI; Paris';
    const text = toICalendar(checklistOf(input, EARLY));
    expect(text).toContain('\r\nX-WR-CALNAME:Web\\, Data \\\\ AI\\; Paris: checklist\r\n');
    // ical.js 2.2 knows neither NAME (RFC 7986) nor X-WR-CALNAME: told they are TEXT, it unescapes them.
    const design = (ICAL.design as any).icalendar.property;
    design.name = design['x-wr-calname'] = { defaultType: 'text' };
    try {
      const { calendar } = readCalendar(text);
      expect(calendar.getFirstPropertyValue('name')).toBe('Web, Data \\ AI; Paris: checklist');
      expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Web, Data \\ AI; Paris: checklist');
    } finally {
      delete design.name;
      delete design['x-wr-calname'];
    }
    const { events } = readCalendar(text);
    expect(events[0]!.summary.startsWith('Web, Data \\ AI; Paris')).toBe(true);
  });

  it('writes lines of at most 75 octets ended by CRLF, and the same bytes for the same checklist', () => {
    const input = freshInput();
    input.speakers[0].name = 'Zoë\u001b[2J Lefèvre';
    const text = toICalendar(checklistOf(input, EARLY, 'fr'));
    expect(text.endsWith('END:VCALENDAR')).toBe(true);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(text.replace(/\r\n/g, '')).not.toContain('\n');
    // A control character in a name is written as an escape, never as itself.
    expect(text).not.toContain('\u001b');
    expect(readCalendar(text).events[2]!.description).toContain('Zoë\\x1b[2J Lefèvre (spk-1)');
    expect(toICalendar(checklistOf(input, EARLY, 'fr'))).toBe(text);
  });

  it('sets the reminder from reminderDays: none for 0, one day said in the singular', () => {
    const checklist = checklistOf(freshInput(), EARLY);
    expect(readCalendar(toICalendar(checklist, { reminderDays: 0 })).events.every((e) => e.alarms.length === 0)).toBe(true);
    const one = toICalendar(checklist, { reminderDays: 1 });
    expect(readCalendar(one).events[0]!.alarms).toEqual([{ action: 'DISPLAY', trigger: '-P1D' }]);
    expect(one.replace(/\r\n /g, '')).toContain('DESCRIPTION:Due in 1 day: Web 2.0 Days · C4:');
  });

  it('writes a calendar without events for a checklist with nothing dated', () => {
    const checklist = { ...checklistOf(freshInput(), EARLY), actions: [] };
    expect(readCalendar(toICalendar(checklist)).events).toEqual([]);
  });

  it('rejects an option it does not know, a bad reminderDays and a checklist it cannot read', () => {
    const checklist = checklistOf(freshInput(), EARLY);
    expect(thrown(() => toICalendar(checklist, { reminder: 2 } as any))).toMatchObject({ code: 'unknown_key', issues: [{ path: 'options.reminder' }] });
    for (const days of [-1, 1.5, 29, '3']) expect(thrown(() => toICalendar(checklist, { reminderDays: days as any }))).toMatchObject({ code: 'invalid_options', issues: [{ path: 'options.reminderDays' }] });
    const bad = JSON.parse(JSON.stringify(checklist));
    bad.locale = 'de';
    bad.actions[1].dueAt = 'soon';
    expect(thrown(() => toICalendar(bad)).issues.map((i) => i.path)).toEqual(['checklist.locale', 'checklist.actions[1].dueAt']);
    expect(thrown(() => toICalendar(null as any)).issues[0]!.path).toBe('checklist');
  });
});
