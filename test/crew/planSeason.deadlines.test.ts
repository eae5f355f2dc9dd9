import { describe, expect, it } from 'vitest';
import { planSeason, type Crew } from '../../src/crew/index.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { ASOF, withChange } from '../utils/factory.js';

// Issue 12 point 2: "planSeason never assigns a request that can no longer become eligible before it starts".
// The factory's event starts 2026-03-14T09:00:00+01:00; its facts are all dated in time, so each request
// below differs from it only by the facts it leaves missing.
const crewA: Crew = { id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 2 };

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

describe('planSeason and deadlines', () => {
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
