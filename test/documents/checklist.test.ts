/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { organizerChecklist } from '../../src/documents/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/evaluateEligibility.js';
import type { EligibilityReport } from '../../src/rules/types.js';
import { ASOF, busyAvailability, freeAvailability, validInput } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';
import { EARLY, LATER, freshInput, laterInput } from './_checklist.js';

const evaluate = (input: unknown, asOf: string): EligibilityReport => evaluateEligibility(input as any, { policy: DEFAULT_POLICY, asOf });
const row = (a: any) => [a.rule, a.status, a.dueLocal, a.dueAt, a.concerns.speakers.map((s: any) => s.name).join(', '), a.concerns.sponsor?.name ?? ''];

// The factory's event starts 2026-03-14T09:00+01:00 (08:00 UTC). docs/rules.md gives the default
// policy's deadlines: the editors' verdict 28 days before (14 February), the contract and the
// speakers' notice 21 (21 February), profiles, scouting and a free crew 14 (28 February), releases and
// the audio plan 7 (7 March), a sponsor's answer 3 (11 March), each at 09:00 event time. On one day,
// rule order: C2 < C6.1 < C9, C5 < C6.3, C6.2 < C7. C3 is unknown (no crews given): checking the crew
// plan is the platform's own work, not on the organizer's checklist.
const FRESH = [
  ['C4', 'unknown', '2026-02-14T09:00+01:00', '2026-02-14T08:00:00.000Z', '', ''],
  ['C2', 'pending', '2026-02-21T09:00+01:00', '2026-02-21T08:00:00.000Z', '', ''],
  ['C6.1', 'pending', '2026-02-21T09:00+01:00', '2026-02-21T08:00:00.000Z', 'Ana, Ben, Chloé', ''],
  ['C9', 'pending', '2026-02-21T09:00+01:00', '2026-02-21T08:00:00.000Z', '', ''],
  ['C5', 'pending', '2026-02-28T09:00+01:00', '2026-02-28T08:00:00.000Z', '', ''],
  ['C6.3', 'pending', '2026-02-28T09:00+01:00', '2026-02-28T08:00:00.000Z', 'Ana, Ben, Chloé', ''],
  ['C6.2', 'pending', '2026-03-07T09:00+01:00', '2026-03-07T08:00:00.000Z', 'Ana, Ben, Chloé', ''],
  ['C7', 'pending', '2026-03-07T09:00+01:00', '2026-03-07T08:00:00.000Z', '', ''],
  ['C2.3', 'pending', '2026-03-11T09:00+01:00', '2026-03-11T08:00:00.000Z', '', 'CloudCo'],
];

describe('organizerChecklist', () => {
  it('lists what a fresh request still lacks by deadline, at the event offset, ties in rule order', () => {
    const checklist = organizerChecklist(evaluate(freshInput(), EARLY), freshInput());
    expect(checklist.actions.map(row)).toEqual(FRESH);
    expect(checklist).toMatchObject({ locale: 'en', requestId: 'req-1', eventId: 'evt-1', eventTitle: 'Web 2.0 Days', eventStart: '2026-03-14T09:00:00+01:00', asOf: '2026-01-10T12:00:00.000Z', decision: 'incomplete' });
  });

  it("says what to do with the rule's own remedy, in English or French, and the deadline in the catalogue's words", () => {
    const input = freshInput();
    const report = evaluate(input, EARLY);
    const releases = report.findings.find((f) => f.rule === 'C6.2')!.remedy!;
    const en = organizerChecklist(report, input, { locale: 'en' }).actions.find((a) => a.rule === 'C6.2')!;
    const fr = organizerChecklist(report, input, { locale: 'fr' }).actions.find((a) => a.rule === 'C6.2')!;
    expect(en.todo).toBe(releases.en);
    expect(fr.todo).toBe(releases.fr);
    expect(en).toMatchObject({ code: 'release_not_signed', dueSaid: '7 March 2026, 09:00 event time', overdue: false });
    expect(fr.dueSaid).toBe("7 mars 2026, 9 h 00, heure de l'événement");
    expect(fr.todo).toContain('avant le 7 mars 2026, 9 h 00');
  });

  it('names the speakers and the sponsor an action concerns, exactly as the request gives them', () => {
    const input = freshInput();
    input.speakers[1].name = 'Zoë\u202eLefèvre  ';
    input.event.sessions[1].speakerIds.push('spk-404');
    const checklist = organizerChecklist(evaluate(input, EARLY), input);
    const of = (rule: string) => checklist.actions.find((a) => a.rule === rule)!.concerns;
    expect(of('C6.1').speakers).toEqual([
      { id: 'spk-1', name: 'Ana' },
      { id: 'spk-2', name: 'Zoë\u202eLefèvre  ' },
      { id: 'spk-3', name: 'Chloé' },
      { id: 'spk-404' },
    ]);
    // An id no speaker of the request has (C8) is named by its id alone.
    expect(of('C8')).toEqual({ speakers: [{ id: 'spk-404' }] });
    expect(of('C2.3')).toEqual({ speakers: [], sponsor: { id: 'csp-1', name: 'CloudCo' } });
    expect(of('C9')).toEqual({ speakers: [] });
  });

  it('lists an action whose deadline has passed after the dated ones, overdue and without a date', () => {
    // As of 1 March, the notice (21 February) and the profiles (28 February) came too late; the releases are still ahead.
    const input = freshInput();
    const checklist = organizerChecklist(evaluate(input, '2026-03-01T12:00:00Z'), input);
    const dated = checklist.actions.filter((a) => a.dueAt !== undefined).map((a) => a.rule);
    const undated = checklist.actions.filter((a) => a.dueAt === undefined);
    expect(dated).toEqual(['C6.2', 'C7', 'C2.3']);
    expect(undated.map((a) => [a.rule, a.status, a.overdue, a.dueLocal, a.dueSaid])).toEqual(
      ['C2', 'C3', 'C4', 'C5', 'C6.1', 'C6.3', 'C9'].map((rule) => [rule, 'unmet', true, undefined, undefined]),
    );
    expect(checklist.actions.slice(0, 3).map((a) => a.rule)).toEqual(dated);
  });

  it('keeps the id of each action left when the request is evaluated again later', () => {
    const early = organizerChecklist(evaluate(freshInput(), EARLY), freshInput());
    const later = organizerChecklist(evaluate(laterInput(), LATER), laterInput());
    expect(later.actions.map((a) => a.id)).toEqual(['req-1/C5/evt-1', 'req-1/C6.3/evt-1', 'req-1/C6.2/evt-1', 'req-1/C7/evt-1', 'req-1/C2.3/csp-1']);
    const earlyIds = new Map(early.actions.map((a) => [a.rule, a.id]));
    for (const action of later.actions) expect(action.id).toBe(earlyIds.get(action.rule));
    // Ana signed: the release action concerns fewer speakers, under the same id.
    expect(later.actions.find((a) => a.rule === 'C6.2')!.concerns.speakers.map((s) => s.id)).toEqual(['spk-2', 'spk-3']);
  });

  it('encodes ids in action ids, so that no id can pass for another part', () => {
    const input = freshInput();
    input.id = 'req/1 é';
    input.sponsors[0].id = 'csp@1';
    const checklist = organizerChecklist(evaluate(input, EARLY), input);
    expect(checklist.requestId).toBe('req/1 é');
    expect(checklist.actions.at(-1)!.id).toBe('req%2F1%20%C3%A9/C2.3/csp%401');
  });

  it('reads a report read back from JSON, and gives the same bytes for the same inputs', () => {
    const report = evaluate(freshInput(), EARLY);
    const once = JSON.stringify(organizerChecklist(report, freshInput(), { locale: 'fr' }));
    expect(JSON.stringify(organizerChecklist(JSON.parse(JSON.stringify(report)), freshInput(), { locale: 'fr' }))).toBe(once);
  });

  it("leaves out the platform's own work: checking its crew plan is not the organizer's (C3 unknown)", () => {
    // No crews given: C3 is unknown, with a remedy for the platform, not an action for the organizer.
    const input = validInput();
    const report = evaluateEligibility(input as any, { policy: DEFAULT_POLICY, asOf: ASOF });
    expect(report.findings.find((f) => f.rule === 'C3')).toMatchObject({ status: 'unknown', remedy: { code: 'crew_availability_unknown' } });
    expect(organizerChecklist(report, input).actions).toEqual([]);
    // Every crew busy: C3 is unmet and asks the organizer for other dates, so that action stays.
    const busy = evaluateEligibility(input as any, { policy: DEFAULT_POLICY, asOf: ASOF, availability: busyAvailability() });
    expect(organizerChecklist(busy, input).actions.map((a) => [a.id, a.status, a.code, a.dueLocal])).toEqual([['req-1/C3/evt-1', 'unmet', 'no_crew_available', '2026-02-28T09:00+01:00']]);
  });

  it('has nothing to do for an eligible request', () => {
    const report = evaluateEligibility(validInput() as any, { policy: DEFAULT_POLICY, asOf: ASOF, availability: freeAvailability() });
    expect(report.decision).toBe('eligible');
    expect(organizerChecklist(report, validInput(), {}).actions).toEqual([]);
  });
});

describe('organizerChecklist errors', () => {
  const input: any = freshInput();
  const report = evaluate(input, EARLY);

  it('rejects an option it does not know, naming it and the one meant', () => {
    const error = thrown(() => organizerChecklist(report, input, { locle: 'fr' } as any));
    expect(error).toMatchObject({ code: 'unknown_key', issues: [{ path: 'options.locle' }] });
    expect(error.message).toContain('did you mean `locale`?');
  });

  it('rejects a locale other than en or fr, and options that are not an object', () => {
    expect(thrown(() => organizerChecklist(report, input, { locale: 'de' as any }))).toMatchObject({ code: 'invalid_locale', issues: [{ path: 'options.locale' }] });
    expect(thrown(() => organizerChecklist(report, input, 'fr' as any))).toMatchObject({ code: 'invalid_options', issues: [{ path: 'options' }] });
  });

  it('rejects a report for another request or event', () => {
    const other = { ...input, id: 'req-2' };
    expect(thrown(() => organizerChecklist(report, other))).toMatchObject({ code: 'invalid_input', issues: [{ path: 'report.requestId' }] });
    const moved = { ...input, event: { ...input.event, id: 'evt-2' } };
    expect(thrown(() => organizerChecklist(report, moved))).toMatchObject({ code: 'invalid_input', issues: [{ path: 'report.eventId' }] });
  });

  it('names every bad field of a report, and of a request under `request`', () => {
    const bad = JSON.parse(JSON.stringify(report));
    bad.asOf = 'yesterday';
    bad.findings[0].status = 'done';
    delete bad.findings[9].remedy;
    const error = thrown(() => organizerChecklist(bad, input));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i: any) => i.path)).toEqual(['report.asOf', 'report.findings[0].status', 'report.findings[9].remedy']);
    expect(thrown(() => organizerChecklist(report, { ...input, event: { ...input.event, start: 'soon' } })).issues[0]!.path).toBe('request.event.start');
    expect(thrown(() => organizerChecklist(null as any, input)).issues[0]!.path).toBe('report');
  });
});

describe('properties', () => {
  // Random evaluation dates from two months before the event to a week after it, on the fresh
  // request, each fact present or not: the hand-computed case above is one of them (EARLY, none).
  const dates = fc.integer({ min: Date.parse('2026-01-01T00:00:00Z'), max: Date.parse('2026-03-21T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
  const cases = fc.record({ asOf: dates, later: fc.boolean(), locale: fc.constantFrom('en' as const, 'fr' as const) });
  const checklistOf = ({ asOf, later, locale }: { asOf: string; later: boolean; locale: 'en' | 'fr' }) => {
    const input = later ? laterInput() : freshInput();
    const report = evaluate(input, asOf);
    return { report, checklist: organizerChecklist(report, input, { locale }) };
  };

  it("gives one action per finding not met but the platform's own (C3 unknown), each id once, dated ones first by instant", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { report, checklist } = checklistOf(c);
        expect(checklist.actions.length).toBe(report.findings.filter((f) => f.status !== 'met' && f.remedy?.code !== 'crew_availability_unknown').length);
        expect(new Set(checklist.actions.map((a) => a.id)).size).toBe(checklist.actions.length);
        const dated = checklist.actions.findIndex((a) => a.dueAt === undefined);
        const times = checklist.actions.map((a) => (a.dueAt === undefined ? Infinity : Date.parse(a.dueAt)));
        expect([...times].sort((a, b) => a - b)).toEqual(times);
        if (dated >= 0) expect(checklist.actions.slice(dated).every((a) => a.dueAt === undefined)).toBe(true);
      }),
      { numRuns: 25 },
    );
  });

  it("dates an action by its rule's deadline exactly while it is still ahead, as its remedy does", () => {
    fc.assert(
      fc.property(cases, (c) => {
        const { report, checklist } = checklistOf(c);
        const asOf = Date.parse(report.asOf);
        for (const action of checklist.actions) {
          const finding = report.findings.find((f) => f.rule === action.rule && f.remedy?.code === action.code)!;
          const ahead = finding.dueAt !== undefined && Date.parse(finding.dueAt) >= asOf;
          expect(action.dueAt).toBe(ahead ? finding.dueAt : undefined);
          expect(action.dueLocal).toBe(ahead ? finding.dueLocal : undefined);
          expect(action.overdue).toBe(!ahead);
          if (finding.remedy!.dueAt !== undefined) expect(action.dueAt).toBe(finding.remedy!.dueAt);
        }
      }),
      { numRuns: 25 },
    );
  });
});
