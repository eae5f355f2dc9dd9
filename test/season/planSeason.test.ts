/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs are loose JSON on purpose */
import { describe, expect, it } from 'vitest';
import type { Crew } from '../../src/models/crew.js';
import { planSeason } from '../../src/season/index.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { MAX_ISSUES } from '../../src/errors.js';
import { ASOF, validInput, withChange } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';

// Three requests for the same day in Paris (09:00–18:00+01:00), two cameras each.
const a = withChange((r) => {
  r.id = 'req-a';
  r.event.id = 'evt-a';
});
const b = withChange((r) => {
  r.id = 'req-b';
  r.event.id = 'evt-b';
  r.partner.commitments.mediaPartnerCredit = false; // C10 unmet: a lower preference
});
const c = withChange((r) => {
  r.id = 'req-c';
  r.event.id = 'evt-c';
  r.editorialVerdict = { verdict: 'rejected', at: '2026-01-15' }; // C4 unmet: ineligible
});
const requests = [c, b, a] as unknown as CoverageRequest[];
const crewA: Crew = { id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 2 };
const options = { policy: DEFAULT_POLICY, asOf: ASOF };

describe('planSeason', () => {
  it('covers the preferred eligible request, says who outbid the other, and never plans the ineligible one', () => {
    const plan = planSeason(requests, [crewA], [], options);
    expect(plan.assignments).toEqual([{ requestId: 'req-a', eventId: 'evt-a', crewId: 'crew-a', decision: 'eligible', preference: 1, booked: false }]);
    expect(plan.unassigned).toEqual([
      { requestId: 'req-b', eventId: 'evt-b', reason: 'outbid', by: ['req-a'] },
      { requestId: 'req-c', eventId: 'evt-c', reason: 'ineligible', rules: ['C4'] },
    ]);
    expect(plan.score).toEqual({ covered: 1, preference: 1 });
    expect(plan.policyVersion).toBe(DEFAULT_POLICY.version);
  });

  it('carries the committed breakeven and the producer risk if no sponsor comes', () => {
    const plan = planSeason(requests, [crewA, { ...crewA, id: 'crew-b' }], [], options);
    expect(plan.assignments.map((x) => [x.requestId, x.crewId])).toEqual([
      ['req-a', 'crew-a'],
      ['req-b', 'crew-b'],
    ]);
    const [eur] = plan.money.byCurrency;
    expect([plan.money.byCurrency.length, eur?.currency, eur?.events, eur?.breakevenCommitted.amount, eur?.uncovered.amount]).toEqual([1, 'EUR', 2, '1600.00', '1600.00']);
  });

  it('makes C3 unmet from the existing bookings, across offsets, and names the booking', () => {
    // 08:00Z–17:00Z is 09:00–18:00+01:00: the whole event.
    const plan = planSeason(requests, [crewA], [{ crewId: 'crew-a', eventId: 'evt-old', start: '2026-03-14T08:00:00Z', end: '2026-03-14T17:00:00Z' }], options);
    expect(plan.assignments).toEqual([]);
    expect(plan.unassigned.map((u) => [u.requestId, u.reason, u.reason === 'ineligible' ? u.rules : []])).toEqual([
      ['req-a', 'ineligible', ['C3']],
      ['req-b', 'ineligible', ['C3']],
      ['req-c', 'ineligible', ['C3', 'C4']],
    ]);
  });

  it('keeps an event that is already booked on its crew, and plans the others around that booking', () => {
    // evt-b is already booked on crew-a: it stays there; req-a, although preferred, cannot have crew-a.
    const booking = { crewId: 'crew-a', eventId: 'evt-b', start: '2026-03-14T08:00:00Z', end: '2026-03-14T17:00:00Z', city: 'Paris' };
    const plan = planSeason(requests, [crewA], [booking], options);
    expect(plan.assignments).toEqual([{ requestId: 'req-b', eventId: 'evt-b', crewId: 'crew-a', decision: 'eligible', preference: plan.assignments[0]?.preference, booked: true }]);
    expect(plan.unassigned.map((u) => [u.requestId, u.reason, u.reason === 'ineligible' ? u.rules : []])).toEqual([
      ['req-a', 'ineligible', ['C3']],
      ['req-c', 'ineligible', ['C3', 'C4']],
    ]);
  });

  it('counts a request whose event is already booked in the money view', () => {
    // evt-b is booked on crew-a, req-a goes to crew-b: both are covered partnership requests, 800 EUR each.
    const booking = { crewId: 'crew-a', eventId: 'evt-b', start: '2026-03-14T08:00:00Z', end: '2026-03-14T17:00:00Z', city: 'Paris' };
    const plan = planSeason(requests, [crewA, { ...crewA, id: 'crew-b' }], [booking], options);
    expect(plan.assignments.map((x) => [x.requestId, x.crewId, x.booked])).toEqual([
      ['req-a', 'crew-b', false],
      ['req-b', 'crew-a', true],
    ]);
    const [eur] = plan.money.byCurrency;
    expect([plan.money.byCurrency.length, eur?.events, eur?.breakevenCommitted.amount, eur?.uncovered.amount]).toEqual([1, 2, '1600.00', '1600.00']);
  });

  it('gives only event-wide reasons for an ineligible request, not a vetoed sponsor', () => {
    const tvCrew = withChange((r) => {
      r.id = 'req-tvcrew';
      r.event.id = 'evt-tv';
      r.event.otherFilmCrews = [{ name: 'TV Locale' }];
      r.sponsors[0].status = 'vetoed';
    });
    const plan = planSeason([tvCrew as unknown as CoverageRequest], [crewA], [], options);
    expect(plan.unassigned).toEqual([{ requestId: 'req-tvcrew', eventId: 'evt-tv', reason: 'ineligible', rules: ['C1'] }]);
  });

  it('takes asOf as an instant, a calendar date or a Date, and echoes it in UTC as reports do', () => {
    expect(planSeason(requests, [crewA], [], { policy: DEFAULT_POLICY, asOf: '2026-02-10T13:00:00+01:00' }).asOf).toBe('2026-02-10T12:00:00.000Z');
    expect(planSeason(requests, [crewA], [], { policy: DEFAULT_POLICY, asOf: new Date(Date.UTC(2026, 1, 10, 12)) }).asOf).toBe('2026-02-10T12:00:00.000Z');
    expect(planSeason(requests, [crewA], [], { policy: DEFAULT_POLICY, asOf: '2026-02-10' }).asOf).toBe('2026-02-10T00:00:00.000Z');
    const fromDate = planSeason(requests, [crewA], [], { policy: DEFAULT_POLICY, asOf: new Date(Date.UTC(2026, 1, 10, 12)) });
    expect(fromDate).toEqual(planSeason(requests, [crewA], [], options));
    for (const asOf of [new Date(Number.NaN), 'soon', 42]) {
      expect(() => planSeason(requests, [crewA], [], { policy: DEFAULT_POLICY, asOf: asOf as string })).toThrow(
        expect.objectContaining({ code: 'invalid_as_of', issues: [expect.objectContaining({ path: 'options.asOf' })] }),
      );
    }
  });

  it('does not let a crew with too few cameras make C3 met', () => {
    const plan = planSeason(requests, [{ ...crewA, cameras: 1 }], [], options);
    expect(plan.unassigned.find((u) => u.requestId === 'req-a')).toEqual({ requestId: 'req-a', eventId: 'evt-a', reason: 'ineligible', rules: ['C3'] });
  });

  it('throws with the path of a bad request', () => {
    const bad = withChange((r) => {
      r.event.end = 'soon';
    });
    expect(() => planSeason([bad as unknown as CoverageRequest], [crewA], [], options)).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'requests[0].event.end' })] }),
    );
  });

// Issue 12 point 2: "planSeason never assigns a request that can no longer become eligible before it starts".
// The factory's event starts 2026-03-14T09:00:00+01:00; its facts are all dated in time, so each request
// below differs from it only by the facts it leaves missing.

/** The factory with no audio confirmation, no scouting and the editors' verdict still pending. */
const unconfirmed = withChange((r) => {
  r.id = 'req-open';
  r.event.id = 'evt-open';
  delete r.event.audio.confirmedAt;
  r.event.venue.scouting = {};
  r.editorialVerdict = { verdict: 'pending' };
}) as unknown as CoverageRequest;

/** The factory, every fact in time: eligible whenever it is evaluated. */
const ready = withChange((r) => {
  r.id = 'req-ready';
  r.event.id = 'evt-ready';
  r.event.start = '2026-03-15T09:00:00+01:00';
  r.event.end = '2026-03-15T18:00:00+01:00';
  r.event.sessions.forEach((s: { start: string; end: string }) => {
    s.start = s.start.replace('2026-03-14', '2026-03-15');
    s.end = s.end.replace('2026-03-14', '2026-03-15');
  });
}) as unknown as CoverageRequest;

  describe('deadlines', () => {
  it('says the plan is proven optimal, its bound equal to its score', () => {
    const plan = planSeason(requests, [crewA], [], options);
    expect(plan.optimal).toBe(true);
    expect(plan.bound).toEqual({ covered: 1, preference: 1 });
  });

  it('answers within a budget of 0 with a valid plan, not proven, and its bound', () => {
    // Same day: req-0 needs 1 camera, req-a 2. crew-big (2 cameras) and crew-small (1). The optimum
    // gives req-0 to crew-small and req-a to crew-big. With nothing searched the plan is greedy in
    // start order, then id: req-0 takes crew-big (the first of two crews that reach the same cost),
    // and req-a finds no crew. The bound (crews alike) covers both.
    const one = withChange((r) => {
      r.id = 'req-0';
      r.event.id = 'evt-0';
      r.event.cameras = 1;
    });
    const big: Crew = { id: 'crew-big', name: 'Big', homeCity: 'Paris', cameras: 2 };
    const smallCrew: Crew = { id: 'crew-small', name: 'Small', homeCity: 'Paris', cameras: 1 };
    const season = [a, one] as unknown as CoverageRequest[];
    const cut = planSeason(season, [big, smallCrew], [], { ...options, budget: 0 });
    expect(cut.assignments.map((x) => [x.requestId, x.crewId])).toEqual([['req-0', 'crew-big']]);
    expect(cut.unassigned).toEqual([{ requestId: 'req-a', eventId: 'evt-a', reason: 'outbid', by: ['req-0'] }]);
    expect(cut.optimal).toBe(false);
    expect(cut.score).toEqual({ covered: 1, preference: 1 });
    expect(cut.bound).toEqual({ covered: 2, preference: 2 });
    const full = planSeason(season, [big, smallCrew], [], options);
    expect(full.assignments.map((x) => [x.requestId, x.crewId])).toEqual([
      ['req-0', 'crew-small'],
      ['req-a', 'crew-big'],
    ]);
    expect(full.optimal).toBe(true);
    expect(full.bound).toEqual(full.score);
  });

  it('refuses a budget that is not a whole number of steps at `options.budget`', () => {
    expect(thrown(() => planSeason(requests, [crewA], [], { ...options, budget: -1 }))).toMatchObject({
      code: 'invalid_input',
      issues: [{ code: 'invalid_input', path: 'options.budget', message: 'Expected `options.budget` to be a whole number of search steps, at least 0, got `-1`' }],
    });
  });

  it('assigns a request whose deadlines are still ahead as incomplete, to follow up', () => {
    const plan = planSeason([unconfirmed], [crewA], [], { policy: DEFAULT_POLICY, asOf: ASOF });
    expect(plan.assignments).toEqual([{ requestId: 'req-open', eventId: 'evt-open', crewId: 'crew-a', decision: 'incomplete', preference: 1, booked: false }]);
    expect(plan.unassigned).toEqual([]);
  });

  it('never assigns a request evaluated after its event started with the audio, scouting and verdict still missing', () => {
    const plan = planSeason([unconfirmed, ready], [crewA], [], { policy: DEFAULT_POLICY, asOf: '2026-03-14T10:00:00+01:00' });
    expect(plan.unassigned).toEqual([{ requestId: 'req-open', eventId: 'evt-open', reason: 'ineligible', rules: ['C4', 'C5', 'C7'] }]);
    // The crew goes to the request that met every deadline, though both events were candidates for it.
    expect(plan.assignments.map((a) => [a.requestId, a.decision])).toEqual([['req-ready', 'eligible']]);
  });

  it('never keeps a booked crew on a request that can no longer become eligible', () => {
    const booking = { crewId: 'crew-a', eventId: 'evt-open', start: '2026-03-14T08:00:00Z', end: '2026-03-14T17:00:00Z', city: 'Paris' };
    const plan = planSeason([unconfirmed], [crewA], [booking], { policy: DEFAULT_POLICY, asOf: '2026-03-14T10:00:00+01:00' });
    expect(plan.assignments).toEqual([]);
    expect(plan.unassigned.map((u) => [u.requestId, u.reason])).toEqual([['req-open', 'ineligible']]);
  });

  it('never assigns a request whose own deadlines passed before its start (golden: scouting and audio late, the verdict given in time)', () => {
    // 2026-03-10: after the scouting deadline (2026-03-07T08:00Z), before the start.
    const late = withChange((r) => {
      r.id = 'req-late';
      r.event.id = 'evt-late';
      r.event.venue.scouting = { doneAt: '2026-03-09', lightUsable: true };
    }) as unknown as CoverageRequest;
    const plan = planSeason([late], [crewA], [], { policy: DEFAULT_POLICY, asOf: '2026-03-10T12:00:00Z' });
    expect(plan.unassigned).toEqual([{ requestId: 'req-late', eventId: 'evt-late', reason: 'ineligible', rules: ['C5'] }]);
  });
});

  describe('errors', () => {
    const refusal = thrown;
    const invalid = (path: string, message: string) => ({ code: 'invalid_input', message, issues: [{ code: 'invalid_input', path, message }] });
    const crew = (id: string, cameras = 2): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
    const booking = (crewId: string, start: string, end: string) => ({ crewId, eventId: `held-${crewId}`, start, end });
    const paths = (run: () => unknown) => thrown(run).issues.map((i) => i.path);
    const planOptions = { policy: DEFAULT_POLICY, asOf: ASOF };

    it('names every bad crew, not only the first', () => {
      const crews = [crew('crew-a', 0), crew('crew-b', 1.5), crew('crew-c')];
      const error = thrown(() => planSeason([validInput() as any], crews, [], planOptions));
      expect(error.code).toBe('invalid_input');
      expect(error.issues.map((i) => i.path)).toEqual(['crews[0].cameras', 'crews[1].cameras']);
      expect(error.message).toBe('Expected a valid crew: `crews[0].cameras`: Expected a number greater than 0, got `0` (and 1 more issue)');
    });

    it('names every bad request, crew and booking in one error, in that order: crews, bookings, requests', () => {
      const requests = [
        withChange((i) => (i.event.audio.xlrfeed = true)),
        validInput(),
        withChange((i) => {
          i.id = 'req-3';
          i.event.id = 'evt-3';
          i.event.title = '';
        }),
      ];
      const crews = [crew('crew-a'), { ...crew('crew-a'), colour: 'red' }, crew('crew-a')];
      const bookings = [booking('crew-a', '2026-03-14T08:00:00Z', '2026-03-14T07:00:00Z'), { ...booking('crew-a', '2026-03-13T08:00:00Z', '2026-03-13T09:00:00Z'), town: 'Lyon' }];
      expect(paths(() => planSeason(requests as any[], crews as any[], bookings as any[], planOptions))).toEqual([
        'crews[1].colour',
        'crews[2].id',
        'bookings[0].end',
        'bookings[1].town',
        'requests[0].event.audio.xlrfeed',
        'requests[2].event.title',
      ]);
    });

    it('names a repeated request id once the requests parse', () => {
      expect(paths(() => planSeason([validInput(), validInput()] as any[], [crew('crew-a')], [], planOptions))).toEqual(['requests[1].id']);
    });

    it('lists the first 100 issues of 250 bad crews, then counts the other 150', () => {
      const crews = Array.from({ length: 250 }, (_, i) => crew(`crew-${i}`, 0));
      const error = thrown(() => planSeason([], crews, [], planOptions));
      expect(error.issues).toHaveLength(MAX_ISSUES + 1);
      expect(error.issues[0]).toEqual({ code: 'too_small', path: 'crews[0].cameras', message: 'Expected a number greater than 0, got `0`' });
      expect(error.issues[99]?.path).toBe('crews[99].cameras');
      expect(error.issues[100]).toEqual({ code: 'too_many_issues', path: '', message: 'And 150 more issues not listed', notListed: 150 });
      expect(error.message).toBe('Expected a valid crew: `crews[0].cameras`: Expected a number greater than 0, got `0` (and 249 more issues)');
    });

    it('refuses requests that are not a list, before anything else', () => {
      expect(refusal(() => planSeason('req' as any, [], [], { policy: DEFAULT_POLICY, asOf: ASOF }))).toEqual(
        invalid('requests', 'Expected `requests` to be a list of coverage requests, got `req`'),
      );
    });

    it('refuses missing options as a missing asOf, not with a TypeError', () => {
      const message = 'Expected `options.asOf` to be an ISO 8601 instant with an offset, a calendar date or a valid Date, got nothing';
      expect(refusal(() => planSeason([], [], [], null as any))).toEqual({ code: 'invalid_as_of', message, issues: [{ code: 'invalid_as_of', path: 'options.asOf', message }] });
    });
  });
});
