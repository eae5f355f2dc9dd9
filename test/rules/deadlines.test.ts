/* eslint-disable @typescript-eslint/no-explicit-any -- test inputs are loose JSON, changed one field at a time */
// Every requirement has a deadline: said in the event's local time, reported as an instant, and
// once it has passed nothing stays pending or unknown.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { instantMs } from '../../src/_lib/instant.js';
import { deadlineBefore } from '../../src/rules/_deadline.js';
import { renderDate } from '../../src/rules/_render.js';
import { en } from '../../src/rules/locales/en.js';
import { fr } from '../../src/rules/locales/fr.js';
import { RULES } from '../../src/rules/catalogue.js';
import { validInput, withChange } from '../utils/factory.js';
import { evaluate, findingOf } from '../utils/evaluate.js';

// A deadline and its words in the shipped catalogues (month names through Intl.DateTimeFormat).
const before = (start: string, days: number) => {
  const d = deadlineBefore(start, instantMs(start)!, days);
  return { at: d.at, offset: d.offset, dueAt: d.dueAt, dueLocal: d.dueLocal, en: renderDate(d, en), fr: renderDate(d, fr) };
};

describe('deadlineBefore', () => {
  it('says a deadline at the event’s offset, not in UTC: 09:00 in Paris in summer is 07:00Z', () => {
    expect(before('2026-06-03T09:00:00+02:00', 0)).toStrictEqual({
      at: Date.UTC(2026, 5, 3, 7),
      offset: 120,
      dueAt: '2026-06-03T07:00:00.000Z',
      dueLocal: '2026-06-03T09:00+02:00',
      en: '3 June 2026, 09:00 event time',
      fr: "3 juin 2026, 9 h 00, heure de l'événement",
    });
  });

  it('does not show an early start east of UTC on the day before', () => {
    // 08:00 in Tokyo is 23:00Z the day before: the UTC date would say 2 June.
    const due = before('2026-06-03T08:00:00+09:00', 7);
    expect(due.dueAt).toBe('2026-05-26T23:00:00.000Z');
    expect(due.dueLocal).toBe('2026-05-27T08:00+09:00');
    expect(due.en).toBe('27 May 2026, 08:00 event time');
  });

  it('writes the first of a month « 1er », seconds when there are some, and UTC as +00:00', () => {
    expect(before('2026-03-08T09:00:00Z', 7).fr).toBe("1er mars 2026, 9 h 00, heure de l'événement");
    const due = before('2026-03-08T18:05:30-05:00', 0);
    expect(due.dueLocal).toBe('2026-03-08T18:05:30-05:00');
    expect(due.en).toBe('8 March 2026, 18:05:30 event time');
    expect(due.fr).toBe("8 mars 2026, 18 h 05 30 s, heure de l'événement");
    expect(before('2026-03-08T09:00:00Z', 0).dueLocal).toBe('2026-03-08T09:00+00:00');
  });

  it('names every month in both languages (golden: the 15th of each month of 2026, 10:05 at +02:00)', () => {
    const months = Array.from({ length: 12 }, (_, m) => before(`2026-${String(m + 1).padStart(2, '0')}-15T10:05:00+02:00`, 0));
    expect(months.map((d) => d.en)).toEqual(
      ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'].map((m) => `15 ${m} 2026, 10:05 event time`),
    );
    expect(months.map((d) => d.fr)).toEqual(
      ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'].map((m) => `15 ${m} 2026, 10 h 05, heure de l'événement`),
    );
    expect(months.map((d) => d.dueLocal.slice(5, 16))).toEqual(Array.from({ length: 12 }, (_, m) => `${String(m + 1).padStart(2, '0')}-15T10:05`));
    // Single-digit hours and minutes are padded in English, not the hour in French.
    expect(before('2026-01-02T07:03:09-03:30', 1)).toMatchObject({ en: '1 January 2026, 07:03:09 event time', fr: "1er janvier 2026, 7 h 03 09 s, heure de l'événement", dueLocal: '2026-01-01T07:03:09-03:30' });
  });

  it('counts whole days of 24 hours at the start’s offset, across a change of summer time', () => {
    // Paris changes to summer time on 29 March 2026; the deadline keeps the start's clock and offset.
    const due = before('2026-04-02T09:00:00+02:00', 7);
    expect(due.dueAt).toBe('2026-03-26T07:00:00.000Z');
    expect(due.dueLocal).toBe('2026-03-26T09:00+02:00');
  });
});

describe('rule deadlines', () => {
  it('gives every rule but C2.5 a deadline among the parameters it reports', () => {
    for (const rule of RULES) {
      if (rule.id === 'C2.5') expect(rule.deadline).toBeUndefined();
      else {
        expect(rule.deadline, rule.id).toMatch(/Days$/);
        expect(rule.parameters, rule.id).toContain(rule.deadline);
      }
      for (const name of rule.parameters) expect(Object.keys(DEFAULT_POLICY.parameters), rule.id).toContain(name);
    }
  });

  it('reports the parameters a finding used and its deadline, in UTC and at the event’s offset', () => {
    const report = evaluate(validInput(), { policy: DEFAULT_POLICY });
    expect(findingOf(report, 'C6.2')).toMatchObject({ parameters: { releaseLeadDays: 7 }, dueAt: '2026-03-07T08:00:00.000Z', dueLocal: '2026-03-07T09:00+01:00' });
    expect(findingOf(report, 'C0').parameters).toStrictEqual({ contractLeadDays: 21, minPromotionActions: 1 });
    expect(findingOf(report, 'C4')).toMatchObject({ parameters: { editorialLeadDays: 28 }, dueLocal: '2026-02-14T09:00+01:00' });
    expect(findingOf(report, 'C2.5').parameters).toStrictEqual({});
    expect(findingOf(report, 'C2.5').dueAt).toBeUndefined();
  });

  it('keeps information missing before its deadline unknown, and makes it unmet once the deadline passed', () => {
    // C3 without a crew plan: unknown until crewLeadDays (14) before the start, 2026-02-28T08:00Z.
    const at = (asOf: string) => findingOf(evaluate(validInput(), { policy: DEFAULT_POLICY, availability: null, asOf }), 'C3');
    expect(at('2026-02-28T08:00:00Z').status).toBe('unknown');
    const late = at('2026-02-28T08:00:01Z');
    expect(late.status).toBe('unmet');
    expect(late.remedy).toStrictEqual({
      code: 'too_late',
      en: 'This could not be confirmed in time: it was due by 28 February 2026, 09:00 event time, 14 days before the event. It can no longer be met for this event.',
      fr: "Ceci n'a pas pu être confirmé à temps : c'était attendu avant le 28 février 2026, 9 h 00, heure de l'événement, 14 jours avant l'événement. Ce n'est plus possible pour cet événement.",
    });
    expect(late.message).toBe('Crew availability unknown: no crew plan was given. Too late: it was due by 28 February 2026, 09:00 event time.');
  });

  it('leaves nothing pending or unknown once the event has started, so the request is ineligible', () => {
    const open = withChange((i) => {
      delete i.editorialVerdict;
      i.event.venue.scouting = { doneAt: '2026-02-03' };
      i.event.audio = {};
      delete i.speakers[0].informedAt;
      delete i.speakers[1].release;
      delete i.contract.parties.organizer.signedAt;
      i.sponsors[0].status = 'proposed';
    });
    const early = evaluate(open, { policy: DEFAULT_POLICY, availability: null });
    expect(early.decision).toBe('incomplete');
    expect(early.findings.filter((f) => f.status === 'pending' || f.status === 'unknown').map((f) => f.rule)).toEqual(['C2', 'C2.3', 'C3', 'C4', 'C5', 'C6.1', 'C6.2', 'C7', 'C9']);
    const started = evaluate(open, { policy: DEFAULT_POLICY, availability: null, asOf: '2026-03-14T08:00:01Z' });
    expect(started.findings.filter((f) => f.status === 'pending' || f.status === 'unknown')).toEqual([]);
    expect(started.decision).toBe('ineligible');
    expect(started.findings.filter((f) => f.remedy?.dueAt !== undefined)).toEqual([]);
  });
});

// Information a request may still be missing, one field each.
const MISSING: readonly ((i: any) => void)[] = [
  (i) => delete i.editorialVerdict,
  (i) => (i.editorialVerdict = { verdict: 'pending' }),
  (i) => (i.event.venue.scouting = {}),
  (i) => (i.event.venue.scouting = { doneAt: '2026-02-03' }),
  (i) => (i.event.audio = {}),
  (i) => delete i.event.audio.confirmedAt,
  (i) => (i.event.audio.confirmedAt = '2026-09-01'),
  (i) => delete i.speakers[0].informedAt,
  (i) => delete i.speakers[1].release,
  (i) => delete i.speakers[2].profileCompletedAt,
  (i) => (i.speakers[1].profileCompletedAt = '2026-06-01'),
  (i) => delete i.contract,
  (i) => delete i.contract.parties.platform.signedAt,
  (i) => (i.sponsors[0].status = 'proposed'),
  (i) => i.event.sessions.push({ id: 'ses-9', kind: 'plenary', start: '2026-03-14T16:00:00+01:00', end: '2026-03-14T17:00:00+01:00' }),
];

describe('property: nothing is left open once a deadline passed', () => {
  it('after the event’s start, no finding is pending or unknown, in either mode, with or without a crew plan', () => {
    fc.assert(
      fc.property(
        fc.subarray(MISSING.map((_, n) => n)),
        fc.integer({ min: 1, max: 400 * 24 * 3600 }),
        fc.boolean(),
        fc.constantFrom('partnership' as const, 'client' as const),
        (missing, seconds, plan, mode) => {
          const input = validInput();
          input.mode = mode;
          for (const n of missing) {
            try {
              MISSING[n]!(input);
            } catch {
              // A change that needs the contract does nothing once the contract is gone.
            }
          }
          const asOf = new Date(Date.UTC(2026, 2, 14, 8) + seconds * 1000).toISOString();
          const report = evaluate(input, { policy: DEFAULT_POLICY, asOf, ...(plan ? {} : { availability: null }) });
          expect(report.findings.filter((f) => f.status === 'pending' || f.status === 'unknown')).toEqual([]);
          expect(report.decision).not.toBe('incomplete');
        },
      ),
      { numRuns: 300 },
    );
  });
});
