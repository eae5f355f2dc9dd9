/* eslint-disable @typescript-eslint/no-explicit-any -- ical.js components are read loosely */
// A calendar read back by ical.js, an independent parser, and what every checklist's calendar holds.
import ICAL from 'ical.js';
import { expect } from 'vitest';
import type { OrganizerChecklist } from '../../src/documents/index.js';

/** The calendar parsed by ical.js, an independent parser: each VEVENT's fields as it reads them. */
export function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text) as any);
  const events = calendar.getAllSubcomponents('vevent').map((vevent: any) => {
    const start = vevent.getFirstPropertyValue('dtstart') as ICAL.Time;
    const alarms = vevent.getAllSubcomponents('valarm');
    return {
      uid: vevent.getFirstPropertyValue('uid') as string,
      start: start.toJSDate().toISOString(),
      zone: start.zone?.tzid,
      tzid: vevent.getFirstProperty('dtstart').getParameter('tzid'),
      end: vevent.getFirstPropertyValue('dtend'),
      stamp: (vevent.getFirstPropertyValue('dtstamp') as ICAL.Time).toJSDate().toISOString(),
      sequence: vevent.getFirstPropertyValue('sequence') as number,
      summary: vevent.getFirstPropertyValue('summary') as string,
      description: vevent.getFirstPropertyValue('description') as string,
      alarms: alarms.map((alarm: any) => ({ action: alarm.getFirstPropertyValue('action'), trigger: String(alarm.getFirstPropertyValue('trigger')) })),
    };
  });
  return { calendar, events, timezones: calendar.getAllSubcomponents('vtimezone').length };
}

/** What every calendar of a checklist must hold: one event per dated action, at its instant, with its UID. */
export function expectCalendarOf(checklist: OrganizerChecklist, text: string): void {
  const { calendar, events, timezones } = readCalendar(text);
  const dated = checklist.actions.filter((a) => a.dueAt !== undefined);
  expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
  expect(timezones).toBe(0);
  expect(events.map((e) => e.uid)).toEqual(dated.map((a) => `${a.id}@webcast-partnership`));
  expect(events.map((e) => e.start)).toEqual(dated.map((a) => a.dueAt));
  for (const [i, event] of events.entries()) {
    // A UTC instant: no TZID, ical.js reads it in its UTC zone.
    expect(event.zone).toBe('UTC');
    expect(event.tzid).toBeUndefined();
    expect(event.end).toBeNull();
    expect(event.stamp).toBe(new Date(checklist.asOf).toISOString());
    expect(event.alarms).toEqual([{ action: 'DISPLAY', trigger: '-P3D' }]);
    expect(event.description).toContain(dated[i]!.dueLocal);
    expect(event.description).toContain(dated[i]!.dueSaid);
    expect(event.summary).toContain(dated[i]!.todo);
  }
}

