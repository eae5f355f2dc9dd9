import type { CrewAvailability, CrewConflict, CrewShortfall } from '../models/availability.js';
import { type Booking, parseBooking } from '../models/booking.js';
import { type Crew, parseCrew } from '../models/crew.js';
import type { Event } from '../models/event.js';
import type { Policy } from '../models/policy.js';
import { PartnershipError } from '../errors.js';
import { describeValue } from '../_lib/describe.js';
import { type Buffers, type Span, bufferBetween, buffersFromHours, conflicts, instantMs } from './_time.js';

/** The part of an event that availability reads: its span, its city, the cameras it needs. */
export type AvailabilityEvent = Pick<Event, 'id' | 'start' | 'end' | 'cameras'> & { readonly venue: Pick<Event['venue'], 'city'> };

/** The part of a policy that availability reads: the set-up and travel buffers. */
export type BufferPolicy = { readonly parameters: Pick<Policy['parameters'], 'setupBufferHours' | 'travelBufferHours'> };

const HOURS = 3_600_000;
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function fail(path: string, expected: string, got: unknown): never {
  const message = `Expected \`${path}\` to be ${expected}, got ${describeValue(got)}`;
  throw new PartnershipError('invalid_input', message, [{ code: 'invalid_input', path, message }]);
}

/** Reads the event's span in UTC milliseconds. @internal */
export function eventSpan(event: AvailabilityEvent, root = 'event'): Span & { readonly id: string; readonly cameras: number } {
  if (event === null || typeof event !== 'object') fail(root, 'an event', event);
  const start = typeof event.start === 'string' ? instantMs(event.start) : Number.NaN;
  const end = typeof event.end === 'string' ? instantMs(event.end) : Number.NaN;
  if (typeof event.id !== 'string' || event.id === '') fail(`${root}.id`, 'a non-empty string', event.id);
  if (Number.isNaN(start)) fail(`${root}.start`, 'an ISO 8601 instant with an offset', event.start);
  if (Number.isNaN(end)) fail(`${root}.end`, 'an ISO 8601 instant with an offset', event.end);
  if (end <= start) fail(`${root}.end`, 'an instant after `start`', event.end);
  const city = event.venue?.city;
  if (typeof city !== 'string' || city === '') fail(`${root}.venue.city`, 'a non-empty string', city);
  const cameras = event.cameras ?? 1;
  if (!Number.isInteger(cameras) || cameras < 1) fail(`${root}.cameras`, 'a positive integer', cameras);
  return { id: event.id, start, end, city, cameras };
}

/** Reads the policy's buffers. @internal */
export function policyBuffers(policy: BufferPolicy, root = 'policy'): Buffers {
  const parameters = policy?.parameters;
  const setup = parameters?.setupBufferHours;
  const travel = parameters?.travelBufferHours;
  if (typeof setup !== 'number' || !Number.isFinite(setup) || setup < 0) fail(`${root}.parameters.setupBufferHours`, 'a number of hours, at least 0', setup);
  if (typeof travel !== 'number' || !Number.isFinite(travel) || travel < 0) fail(`${root}.parameters.travelBufferHours`, 'a number of hours, at least 0', travel);
  return buffersFromHours(setup, travel);
}

/** A parsed booking with its span in UTC milliseconds. @internal */
export type TimedBooking = Booking & { readonly startMs: number; readonly endMs: number };

/** Parses crews and bookings once, with paths, and checks that crew ids are unique. @internal */
export function readCrews(crews: readonly Crew[], bookings: readonly Booking[]): { crews: Crew[]; bookings: TimedBooking[] } {
  if (!Array.isArray(crews)) fail('crews', 'a list of crews', crews);
  if (!Array.isArray(bookings)) fail('bookings', 'a list of bookings', bookings);
  const parsedCrews = crews.map((crew, i) => parseCrew(crew, `crews[${i}]`));
  const seen = new Set<string>();
  parsedCrews.forEach((crew, i) => {
    if (seen.has(crew.id)) fail(`crews[${i}].id`, 'a crew id used once', crew.id);
    seen.add(crew.id);
  });
  const parsedBookings = bookings.map((booking, i) => {
    const b = parseBooking(booking, `bookings[${i}]`);
    return { ...b, startMs: instantMs(b.start), endMs: instantMs(b.end) };
  });
  return { crews: parsedCrews, bookings: parsedBookings };
}

/** The availability of parsed crews for one event span. @internal */
export function availabilityOf(
  event: Span & { readonly id: string; readonly cameras: number },
  crews: readonly Crew[],
  bookings: readonly TimedBooking[],
  buffers: Buffers,
): CrewAvailability {
  const conflictsFound: CrewConflict[] = [];
  const undersized: CrewShortfall[] = [];
  const held = new Set<string>();
  const known = new Set(crews.map((c) => c.id));
  for (const booking of bookings) {
    // A booking for this very event is its own crew, not a conflict.
    if (!known.has(booking.crewId) || booking.eventId === event.id) continue;
    const span: Span = { start: booking.startMs, end: booking.endMs, city: booking.city };
    if (conflicts(span, event, buffers)) {
      held.add(booking.crewId);
      conflictsFound.push({
        crewId: booking.crewId,
        eventId: booking.eventId,
        start: booking.start,
        end: booking.end,
        bufferHours: bufferBetween(span, event, buffers) / HOURS,
      });
    }
  }
  const free: string[] = [];
  for (const crew of crews) {
    if (crew.cameras < event.cameras) undersized.push({ crewId: crew.id, cameras: crew.cameras });
    else if (!held.has(crew.id)) free.push(crew.id);
  }
  conflictsFound.sort((a, b) => byCode(a.crewId, b.crewId) || instantMs(a.start) - instantMs(b.start) || byCode(a.eventId, b.eventId));
  undersized.sort((a, b) => byCode(a.crewId, b.crewId));
  return { eventId: event.id, freeCrews: free.sort(byCode), conflicts: conflictsFound, camerasNeeded: event.cameras, undersized };
}

/**
 * Which crews are free for an event's whole span, buffers included, and why the others are not.
 *
 * A crew is free when it runs at least the cameras the event needs and none of its bookings comes
 * within the buffer of the event: the set-up buffer when the booking is in the event's city, the
 * travel buffer otherwise (or when the booking's city is unknown). Instants are compared by their
 * UTC value, whatever their offsets; with a zero buffer, a booking that ends exactly when the
 * event starts does not conflict. A booking for the event itself (same event id) holds its crew for
 * it and is no conflict. The result is what `evaluateEligibility` takes as `availability` (C3).
 *
 * @param event - the event: `id`, `start`, `end`, `venue.city`, `cameras`.
 * @param crews - the platform's crews, ids unique.
 * @param bookings - the crews' existing bookings.
 * @param policy - gives `parameters.setupBufferHours` and `parameters.travelBufferHours`.
 * @returns free crew ids (sorted), the conflicting bookings (by crew, then start) and the crews too small.
 * @throws {PartnershipError} `invalid_input` with the path of the offending field (`crews[1].cameras`, `bookings[0].end`, `event.start`).
 * @example
 * findAvailableCrews(
 *   { id: 'ev-2', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00+02:00', cameras: 2, venue: { city: 'Paris' } },
 *   [{ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 }, { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 3 }],
 *   [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T08:00:00Z', city: 'Paris' }],
 *   { parameters: { setupBufferHours: 2, travelBufferHours: 12 } },
 * ).freeCrews
 * //=> ['crew-b']  (ev-1 ends at 08:00Z, the event starts at 08:00Z: the 2 h set-up buffer is missing)
 */
export function findAvailableCrews(event: AvailabilityEvent, crews: readonly Crew[], bookings: readonly Booking[], policy: BufferPolicy): CrewAvailability {
  const span = eventSpan(event);
  const buffers = policyBuffers(policy);
  const read = readCrews(crews, bookings);
  return availabilityOf(span, read.crews, read.bookings, buffers);
}
