import { describe, expect, it } from 'vitest';
import { assignCrews, findAvailableCrews } from '../../src/crew/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';

const event = (id: string, start: string, end: string, city = 'Paris', cameras = 1) => ({ id, start, end, cameras, venue: { city } });
const zero = { parameters: { setupBufferHours: 0, travelBufferHours: 0 } };
const crew1 = { id: 'crew-1', name: 'One', homeCity: 'Paris', cameras: 2 };

describe('assignCrews', () => {
  it('covers two short events rather than one preferred long one (the TSDoc example)', () => {
    const plan = assignCrews(
      [
        { requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T18:00:00Z'), preference: 3 },
        { requestId: 'b', event: event('ev-b', '2026-03-14T08:00:00Z', '2026-03-14T12:00:00Z'), preference: 1 },
        { requestId: 'c', event: event('ev-c', '2026-03-14T14:00:00+02:00', '2026-03-14T18:00:00Z'), preference: 1 },
      ],
      [crew1],
      [],
      zero,
    );
    expect(plan).toEqual({
      assignments: [
        { requestId: 'b', eventId: 'ev-b', crewId: 'crew-1' },
        { requestId: 'c', eventId: 'ev-c', crewId: 'crew-1' },
      ],
      unassigned: [{ requestId: 'a', eventId: 'ev-a', reason: 'outbid', by: ['b', 'c'] }],
      score: { covered: 2, preference: 2 },
    });
  });

  it('adds fractional preferences exactly', () => {
    const plan = assignCrews(
      [
        { requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), preference: 0.1 },
        { requestId: 'b', event: event('ev-b', '2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z'), preference: 0.2 },
      ],
      [crew1],
      [],
      zero,
    );
    expect(plan.score).toEqual({ covered: 2, preference: 0.3 });
  });

  it('says no_crew for a candidate that needs more cameras than any crew runs', () => {
    const plan = assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z', 'Paris', 4), preference: 1 }], [crew1], [], zero);
    expect(plan.unassigned).toEqual([{ requestId: 'a', eventId: 'ev-a', reason: 'no_crew' }]);
  });

  it('throws with the path of a bad candidate', () => {
    expect(() => assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T07:00:00Z'), preference: 1 }], [crew1], [], zero)).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'candidates[0].event.end' })] }),
    );
    expect(() => assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), preference: Number.NaN }], [crew1], [], zero)).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'candidates[0].preference' })] }),
    );
  });
});

describe('findAvailableCrews', () => {
  it('gives the result of the docs/crews.md example', () => {
    expect(
      findAvailableCrews(
        event('ev-2', '2026-03-14T10:00:00+02:00', '2026-03-14T18:00:00+02:00', 'Paris', 2),
        [
          { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 },
          { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 1 },
        ],
        [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z', city: 'Paris' }],
        DEFAULT_POLICY,
      ),
    ).toEqual({
      eventId: 'ev-2',
      freeCrews: [],
      camerasNeeded: 2,
      conflicts: [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z', bufferHours: 2 }],
      undersized: [{ crewId: 'crew-b', cameras: 1 }],
    });
  });
});
