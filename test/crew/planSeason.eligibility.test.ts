import { describe, expect, it } from 'vitest';
import { planSeason, type Crew } from '../../src/crew/index.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { ASOF, withChange } from '../utils/factory.js';

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
});
