/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs on purpose */
// Every bad item reported: the crew planner's entry points check every crew, booking, request and
// candidate before they answer, and throw one error naming them all, not only the first.
import { describe, expect, it } from 'vitest';
import { assignCrews, findAvailableCrews, planSeason, type Crew } from '../../src/crew/index.js';
import { DEFAULT_POLICY, MAX_ISSUES } from '../../src/index.js';
import { ASOF, validInput, withChange } from '../utils/factory.js';
import { thrown } from '../utils/thrown.js';

const crew = (id: string, cameras = 2): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
const booking = (crewId: string, start: string, end: string) => ({ crewId, eventId: `held-${crewId}`, start, end });
const event = { id: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T18:00:00Z', cameras: 1, venue: { city: 'Paris' } };
const buffers = { parameters: { setupBufferHours: 2, travelBufferHours: 12 } };
const options = { policy: DEFAULT_POLICY, asOf: ASOF };
const paths = (run: () => unknown) => thrown(run).issues.map((i) => i.path);

describe('planSeason', () => {
  it('names every bad crew, not only the first', () => {
    const crews = [crew('crew-a', 0), crew('crew-b', 1.5), crew('crew-c')];
    const error = thrown(() => planSeason([validInput() as any], crews, [], options));
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
    expect(paths(() => planSeason(requests as any[], crews as any[], bookings as any[], options))).toEqual([
      'crews[1].colour',
      'crews[2].id',
      'bookings[0].end',
      'bookings[1].town',
      'requests[0].event.audio.xlrfeed',
      'requests[2].event.title',
    ]);
  });

  it('names a repeated request id once the requests parse', () => {
    expect(paths(() => planSeason([validInput(), validInput()] as any[], [crew('crew-a')], [], options))).toEqual(['requests[1].id']);
  });

  it('lists the first 100 issues of 250 bad crews, then counts the other 150', () => {
    const crews = Array.from({ length: 250 }, (_, i) => crew(`crew-${i}`, 0));
    const error = thrown(() => planSeason([], crews, [], options));
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(error.issues[0]).toEqual({ code: 'too_small', path: 'crews[0].cameras', message: 'Expected a number greater than 0, got `0`' });
    expect(error.issues[99]?.path).toBe('crews[99].cameras');
    expect(error.issues[100]).toEqual({ code: 'too_many_issues', path: '', message: 'And 150 more issues not listed', notListed: 150 });
    expect(error.message).toBe('Expected a valid crew: `crews[0].cameras`: Expected a number greater than 0, got `0` (and 249 more issues)');
  });
});

describe('findAvailableCrews', () => {
  it('names every bad crew and booking, and the event, in one error', () => {
    const bad = { ...event, start: 'tomorrow', cameras: 0 };
    const crews = [crew('crew-a', 0), crew('crew-b', -1)];
    const bookings = [booking('crew-a', '2026-03-14T08:00:00', '2026-03-14T09:00:00Z'), booking('crew-b', '2026-03-14T08:00:00Z', '2026-03-14T08:00:00Z')];
    expect(paths(() => findAvailableCrews(bad, crews, bookings, buffers))).toEqual([
      'event.start',
      'event.cameras',
      'crews[0].cameras',
      'crews[1].cameras',
      'bookings[0].start',
      'bookings[1].end',
    ]);
  });
});

describe('assignCrews', () => {
  it('names every bad candidate and crew in one error', () => {
    const candidates = [
      { requestId: 'a', event, preference: Number.NaN },
      { requestId: 'b', event: { ...event, venue: { city: '' } }, preference: 1 },
      { requestId: 'a', event, preference: 1 },
      null,
    ];
    expect(paths(() => assignCrews(candidates as any[], [crew('crew-a', 0), crew('crew-b', 0)], [], buffers))).toEqual([
      'crews[0].cameras',
      'crews[1].cameras',
      'candidates[0].preference',
      'candidates[1].event.venue.city',
      'candidates[2].requestId',
      'candidates[3]',
    ]);
  });
});
