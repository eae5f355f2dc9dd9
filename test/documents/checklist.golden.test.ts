/* eslint-disable @typescript-eslint/no-explicit-any -- the demo's data is loose JSON */
// The checklists and calendars of the demo's events, byte for byte, in English and French: the
// requests of examples/data evaluated as the `demo` command does (crew availability from the
// example bookings, as of DEMO_AS_OF), and examples/data/request.json as `check` reads it (no crews).
// The fixture was written from this code and read through by hand (dates, names, remedies):
//   GOLDEN_WRITE=1 npx vitest run test/documents/checklist.golden.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEMO_AS_OF, demoData } from '../../src/cli/demo.js';
import { findAvailableCrews } from '../../src/crew/findAvailableCrews.js';
import { organizerChecklist, toICalendar } from '../../src/documents/index.js';
import { parseCoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import { expectCalendarOf } from './_ical.js';

const FIXTURE = new URL('./fixtures/checklist.golden.json', import.meta.url);
const request = JSON.parse(readFileSync(new URL('../../examples/data/request.json', import.meta.url), 'utf8'));

function documents(locale: 'en' | 'fr') {
  const out: Record<string, { checklist: unknown; ics: string }> = {};
  for (const [i, input] of demoData.requests.entries()) {
    const parsed = parseCoverageRequest(input as unknown, `requests[${i}]`);
    const availability = findAvailableCrews(parsed.event, { crews: demoData.crews as any, bookings: demoData.bookings as any, policy: DEFAULT_POLICY });
    const checklist = organizerChecklist(evaluateEligibility(parsed, { policy: DEFAULT_POLICY, asOf: DEMO_AS_OF, availability }), parsed, { locale });
    out[parsed.id] = { checklist, ics: toICalendar(checklist) };
  }
  const checklist = organizerChecklist(evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: DEMO_AS_OF }), request, { locale });
  out['request.json'] = { checklist, ics: toICalendar(checklist) };
  return out;
}

describe("the demo's checklists (golden)", () => {
  const actual = { en: documents('en'), fr: documents('fr') };
  if (process.env.GOLDEN_WRITE === '1') writeFileSync(FIXTURE, `${JSON.stringify(actual, null, 2)}\n`);
  const golden = JSON.parse(readFileSync(FIXTURE, 'utf8'));

  it.each(['en', 'fr'] as const)('gives the fixture byte for byte in %s', (locale) => {
    expect(JSON.parse(JSON.stringify(actual[locale]))).toEqual(golden[locale]);
  });

  it.each(['en', 'fr'] as const)('writes calendars ical.js reads back to the checklists in %s', (locale) => {
    for (const { checklist, ics } of Object.values(actual[locale])) expectCalendarOf(checklist as any, ics);
  });

  it('holds what the demo says of each event (hand-checked)', () => {
    const rows = Object.fromEntries(Object.entries(actual.en).map(([id, d]: [string, any]) => [id, d.checklist.actions.map((a: any) => `${a.rule} ${a.dueLocal ?? 'overdue'}`)]));
    expect(rows).toEqual({
      'req-webdays': [],
      // Data conf starts 08:30 +01:00: C10 by 21 February (21 days), C5.b by 28 February (14 days).
      'req-dataconf': ['C10 2026-02-21T08:30+01:00', 'C5.b 2026-02-28T08:30+01:00'],
      // TV crew starts 21 March 09:00 +01:00: C1's deadline is the contract's, 21 days before.
      'req-tvcrew': ['C1 2026-02-28T09:00+01:00'],
      'req-workshops': ['C9.3 2026-03-07T09:00+01:00'],
      'req-free': ['C0 2026-03-12T18:00+02:00'],
      // The releases are due 7 days before 9 April 09:00 +02:00.
      'req-late-releases': ['C6.2 2026-04-02T09:00+02:00'],
      'req-client': [],
      // No crews given: C3 is unknown, and checking the crew plan is the platform's own work, not an action.
      'request.json': [],
    });
  });

  it('is what docs/documents.md shows: the demo action and its calendar as of 2026-02-10', () => {
    const doc = readFileSync(new URL('../../docs/documents.md', import.meta.url), 'utf8');
    const action = /```json\n([\s\S]*?)```/.exec(doc)![1]!;
    expect(JSON.parse(action)).toEqual((actual.en['req-late-releases']!.checklist as any).actions[0]);
    const vevent = /```\n(BEGIN:VEVENT[\s\S]*?END:VEVENT)\n```/.exec(doc)![1]!;
    const late = demoData.requests.find((r: any) => r.id === 'req-late-releases') as any;
    const checklist = organizerChecklist(evaluateEligibility(late, { policy: DEFAULT_POLICY, asOf: '2026-02-10' }), late);
    expect(toICalendar(checklist)).toContain(vevent.replace(/\n/g, '\r\n'));
  });
});
