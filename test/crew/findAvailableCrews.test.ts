import { describe, expect, it } from 'vitest';
import { findAvailableCrews, type Booking, type Crew } from '../../src/crew/index.js';
import { isPartnershipError } from '../../src/errors.js';

const policy = (setupBufferHours: number, travelBufferHours: number) => ({ parameters: { setupBufferHours, travelBufferHours } });
const crewA: Crew = { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 };
const crewB: Crew = { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 1 };

/** The event under study: Paris, 14 March 2026, 10:00–18:00 at +02:00 (08:00Z–16:00Z), two cameras. */
const event = { id: 'ev-x', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00+02:00', cameras: 2, venue: { city: 'Paris' } };
const booked = (start: string, end: string, city?: string): Booking => ({ crewId: 'crew-a', eventId: 'ev-held', start, end, ...(city === undefined ? {} : { city }) });
const freeFor = (bookings: Booking[], p = policy(0, 0), crews: Crew[] = [crewA]) => findAvailableCrews(event, crews, bookings, p).freeCrews;

describe('findAvailableCrews', () => {
  it('frees a crew with no booking', () => {
    expect(findAvailableCrews(event, [crewA], [], policy(2, 12))).toEqual({ eventId: 'ev-x', freeCrews: ['crew-a'], conflicts: [], camerasNeeded: 2, undersized: [] });
  });

  it('compares instants by their UTC value: 08:00Z is 10:00+02:00', () => {
    // Ends at 08:00Z, the event starts at 10:00+02:00 = 08:00Z: touching, zero buffer.
    expect(freeFor([booked('2026-03-14T06:00:00Z', '2026-03-14T08:00:00Z')])).toEqual(['crew-a']);
    // One minute later in UTC, although "08:01" reads earlier than "10:00".
    expect(freeFor([booked('2026-03-14T06:00:00Z', '2026-03-14T08:01:00Z')])).toEqual([]);
  });

  it('lets touching intervals share a crew when the buffer is zero, on both sides', () => {
    expect(freeFor([booked('2026-03-14T16:00:00Z', '2026-03-14T20:00:00Z')])).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T17:59:59+02:00', '2026-03-14T20:00:00+02:00')])).toEqual([]);
  });

  it('finds a booking held inside the event, or around it', () => {
    expect(freeFor([booked('2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z')])).toEqual([]);
    expect(freeFor([booked('2026-03-13T00:00:00Z', '2026-03-15T00:00:00Z')])).toEqual([]);
  });

  it('needs the set-up buffer between two events in the same city', () => {
    // Set-up 2 h: a Paris booking ending 06:00Z leaves exactly 2 h before 08:00Z.
    expect(freeFor([booked('2026-03-14T04:00:00Z', '2026-03-14T06:00:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T04:00:00Z', '2026-03-14T06:00:01Z', 'Paris')], policy(2, 12))).toEqual([]);
    // After the event: 16:00Z + 2 h = 18:00Z.
    expect(freeFor([booked('2026-03-14T18:00:00Z', '2026-03-14T20:00:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T17:59:00Z', '2026-03-14T20:00:00Z', 'Paris')], policy(2, 12))).toEqual([]);
  });

  it('needs the travel buffer between events in different cities, and when the city is unknown', () => {
    // Lyon booking ending 20:00Z the day before: 12 h travel reaches 08:00Z exactly.
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:00:00Z', 'Lyon')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z', 'Lyon')], policy(2, 12))).toEqual([]);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z')], policy(2, 12))).toEqual([]);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
  });

  it('never lets a travel buffer be shorter than the set-up buffer', () => {
    // Set-up 6 h, travel 1 h: a Lyon booking still needs 6 h.
    expect(freeFor([booked('2026-03-14T00:00:00Z', '2026-03-14T03:00:00Z', 'Lyon')], policy(6, 1))).toEqual([]);
    expect(freeFor([booked('2026-03-14T00:00:00Z', '2026-03-14T02:00:00Z', 'Lyon')], policy(6, 1))).toEqual(['crew-a']);
  });

  it('names the conflicting bookings with the buffer that applied', () => {
    const result = findAvailableCrews(event, [crewA], [booked('2026-03-14T04:00:00Z', '2026-03-14T07:00:00Z', 'Paris')], policy(2, 12));
    expect(result.conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-held', start: '2026-03-14T04:00:00Z', end: '2026-03-14T07:00:00Z', bufferHours: 2 }]);
  });

  it('says which crews run too few cameras, and never offers them', () => {
    const result = findAvailableCrews(event, [crewB, crewA], [], policy(0, 0));
    expect(result.freeCrews).toEqual(['crew-a']);
    expect(result.undersized).toEqual([{ crewId: 'crew-b', cameras: 1 }]);
  });

  it('does not count a booking for the event itself as a conflict', () => {
    expect(freeFor([{ ...booked('2026-03-14T08:00:00Z', '2026-03-14T16:00:00Z'), eventId: 'ev-x' }])).toEqual(['crew-a']);
  });

  it('ignores bookings of other crews, and sorts free crews by id', () => {
    const crewC: Crew = { id: 'crew-0', name: 'Zero', homeCity: 'Lille', cameras: 2 };
    expect(freeFor([{ ...booked('2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), crewId: 'crew-0' }], policy(0, 0), [crewA, crewC])).toEqual(['crew-a']);
    expect(freeFor([], policy(0, 0), [crewA, crewC])).toEqual(['crew-0', 'crew-a']);
  });

  it('throws with the path of a bad crew, booking or event', () => {
    const paths = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        if (isPartnershipError(error)) return error.issues.map((i) => i.path);
      }
      return [];
    };
    expect(paths(() => findAvailableCrews(event, [crewA, { ...crewA, cameras: -1 }], [], policy(0, 0)))).toEqual(['crews[1].cameras']);
    expect(paths(() => findAvailableCrews(event, [crewA, crewA], [], policy(0, 0)))).toEqual(['crews[1].id']);
    expect(paths(() => findAvailableCrews(event, [crewA], [booked('2026-03-14T08:00:00Z', 'tomorrow')], policy(0, 0)))).toEqual(['bookings[0].end']);
    expect(paths(() => findAvailableCrews({ ...event, start: '2026-03-14 10:00' }, [crewA], [], policy(0, 0)))).toEqual(['event.start']);
    expect(paths(() => findAvailableCrews(event, [crewA], [], policy(-1, 0)))).toEqual(['policy.parameters.setupBufferHours']);
  });
});
