import type { CrewAvailability, CrewConflict, CrewShortfall } from '../models/availability.js';
import { type Booking, BookingSchema, type BookingInput } from '../models/booking.js';
import { type Crew, type CrewInput, CrewSchema } from '../models/crew.js';
import type { Event } from '../models/event.js';
import { parseInto } from '../models/parse.js';
import { Issues } from '../_lib/reject.js';
import type { Policy } from '../models/policy.js';
import { type Buffers, type Span, bufferBetween, buffersFromHours } from './_time.js';
import { BookingIndex, type CrewSpan } from './_bookings.js';
import { instantMs } from '../_lib/instant.js';

/** The part of an event that availability reads: its span, its city, the cameras it needs. */
export type AvailabilityEvent = Pick<Event, 'id' | 'start' | 'end' | 'cameras'> & { readonly venue: Pick<Event['venue'], 'city'> };

/** The part of a policy that availability reads: the set-up and travel buffers. */
export type BufferPolicy = { readonly parameters: Pick<Policy['parameters'], 'setupBufferHours' | 'travelBufferHours'> };

const HOURS = 3_600_000;
const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** An event's span in UTC milliseconds, its id and the cameras it needs. @internal */
export type EventSpan = Span & { readonly id: string; readonly cameras: number };

/** Reads the event's span in UTC milliseconds, recording every issue; `undefined` when it has one. @internal */
export function eventSpan(event: AvailabilityEvent, root: string, issues: Issues): EventSpan | undefined {
  if (event === null || typeof event !== 'object') {
    issues.invalid(root, 'an event', event);
    return undefined;
  }
  const before = issues.size;
  const start = typeof event.start === 'string' ? (instantMs(event.start) ?? Number.NaN) : Number.NaN;
  const end = typeof event.end === 'string' ? (instantMs(event.end) ?? Number.NaN) : Number.NaN;
  if (typeof event.id !== 'string' || event.id === '') issues.invalid(`${root}.id`, 'a non-empty string', event.id);
  if (Number.isNaN(start)) issues.invalid(`${root}.start`, 'an ISO 8601 instant with an offset', event.start);
  if (Number.isNaN(end)) issues.invalid(`${root}.end`, 'an ISO 8601 instant with an offset', event.end);
  else if (end <= start) issues.invalid(`${root}.end`, 'an instant after `start`', event.end);
  const city = event.venue?.city;
  if (typeof city !== 'string' || city === '') issues.invalid(`${root}.venue.city`, 'a non-empty string', city);
  const cameras = event.cameras ?? 1;
  if (!Number.isInteger(cameras) || cameras < 1) issues.invalid(`${root}.cameras`, 'a positive integer', cameras);
  return issues.size === before ? { id: event.id, start, end, city: city as string, cameras } : undefined;
}

/** Reads the policy's buffers, recording every issue; `undefined` when it has one. @internal */
export function policyBuffers(policy: BufferPolicy, root: string, issues: Issues): Buffers | undefined {
  const parameters = policy?.parameters;
  const setup = parameters?.setupBufferHours;
  const travel = parameters?.travelBufferHours;
  const hours = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;
  if (!hours(setup)) issues.invalid(`${root}.parameters.setupBufferHours`, 'a number of hours, at least 0', setup);
  if (!hours(travel)) issues.invalid(`${root}.parameters.travelBufferHours`, 'a number of hours, at least 0', travel);
  return hours(setup) && hours(travel) ? buffersFromHours(setup, travel) : undefined;
}

/** A parsed booking with its span in UTC milliseconds. @internal */
export type TimedBooking = Booking & { readonly startMs: number; readonly endMs: number };

/**
 * Parses crews and bookings once, with paths, and checks that crew ids are unique, recording
 * every issue of every item (`crews[0].cameras`, `crews[1].cameras`, `bookings[3].end`). @internal
 */
export function readCrews(crews: readonly CrewInput[], bookings: readonly BookingInput[], issues: Issues): { crews: Crew[]; bookings: TimedBooking[] } {
  const parsedCrews: Crew[] = [];
  const parsedBookings: TimedBooking[] = [];
  if (!Array.isArray(crews)) issues.invalid('crews', 'a list of crews', crews);
  else {
    const seen = new Set<string>();
    crews.forEach((input, i) => {
      const crew = parseInto(issues, CrewSchema, input, 'crew', `crews[${i}]`);
      if (crew === undefined) return;
      if (seen.has(crew.id)) issues.invalid(`crews[${i}].id`, 'a crew id used once', crew.id);
      seen.add(crew.id);
      parsedCrews.push(crew);
    });
  }
  if (!Array.isArray(bookings)) issues.invalid('bookings', 'a list of bookings', bookings);
  else {
    bookings.forEach((input, i) => {
      const b = parseInto(issues, BookingSchema, input, 'booking', `bookings[${i}]`);
      if (b !== undefined) parsedBookings.push({ ...b, startMs: instantMs(b.start) ?? Number.NaN, endMs: instantMs(b.end) ?? Number.NaN });
    });
  }
  return { crews: parsedCrews, bookings: parsedBookings };
}

/** A parsed booking filed by its span, for {@link BookingIndex}. @internal */
export type IndexedBooking = CrewSpan & { readonly booking: TimedBooking };

/**
 * Files parsed bookings by crew and span, once per call of `findAvailableCrews` or `planSeason`,
 * so that each event looks up only the bookings near it. @internal
 */
export function indexBookings(bookings: readonly TimedBooking[], buffers: Buffers): BookingIndex<IndexedBooking> {
  return new BookingIndex(
    bookings.map((booking) => ({ crewId: booking.crewId, start: booking.startMs, end: booking.endMs, city: booking.city, booking })),
    buffers,
  );
}

/**
 * The availability of parsed crews for one event span, from the bookings filed by `indexBookings`
 * (bookings of crews not in `crews` are never looked at). @internal
 */
export function availabilityOf(event: EventSpan, crews: readonly Crew[], bookings: BookingIndex<IndexedBooking>): CrewAvailability {
  const { buffers } = bookings;
  const found: { readonly conflict: CrewConflict; readonly startMs: number }[] = [];
  const undersized: CrewShortfall[] = [];
  const free: string[] = [];
  // Crews by id, each answering by start: the conflicts come nearly in their final order.
  for (const crew of [...crews].sort((a, b) => byCode(a.id, b.id))) {
    let held = false;
    for (const span of bookings.conflicting(crew.id, event)) {
      const booking = span.booking;
      // A booking for this very event is its own crew, not a conflict.
      if (booking.eventId === event.id) continue;
      held = true;
      const bufferHours = bufferBetween(span, event, buffers) / HOURS;
      found.push({ conflict: { crewId: booking.crewId, eventId: booking.eventId, start: booking.start, end: booking.end, bufferHours }, startMs: booking.startMs });
    }
    if (crew.cameras < event.cameras) undersized.push({ crewId: crew.id, cameras: crew.cameras });
    else if (!held) free.push(crew.id);
  }
  // By crew, then the start's UTC instant (read once, by `readCrews`), then event id; the sort is stable.
  found.sort((a, b) => byCode(a.conflict.crewId, b.conflict.crewId) || a.startMs - b.startMs || byCode(a.conflict.eventId, b.conflict.eventId));
  return { eventId: event.id, freeCrews: free, conflicts: found.map((f) => f.conflict), camerasNeeded: event.cameras, undersized };
}

/** Options of {@link findAvailableCrews} and `assignCrews`: the crews, what already holds them, and the buffers. */
export interface FindAvailableCrewsOptions {
  /** The platform's crews, ids unique. */
  readonly crews: readonly CrewInput[];
  /** The crews' existing bookings (`[]` when there is none): a crew is not free within the buffer of one. */
  readonly bookings: readonly BookingInput[];
  /** Gives `parameters.setupBufferHours` and `parameters.travelBufferHours` (a `Policy` does). */
  readonly policy: BufferPolicy;
}

/**
 * Reads the options of `findAvailableCrews` and `assignCrews`, recording every issue: crews and
 * bookings at `crews[i]` and `bookings[i]`, the buffers at `policy.parameters`. @internal
 */
export function readCrewOptions(options: FindAvailableCrewsOptions, issues: Issues): { buffers: Buffers | undefined; crews: Crew[]; bookings: TimedBooking[] } {
  if (options === null || typeof options !== 'object') {
    issues.expected('invalid_options', 'options', 'options `{ crews, bookings, policy }`', options);
    issues.throwIfAny();
  }
  const buffers = policyBuffers(options.policy, 'policy', issues);
  return { buffers, ...readCrews(options.crews, options.bookings, issues) };
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
 * @param options - `crews` (ids unique), their existing `bookings`, and the `policy` whose
 *   `parameters.setupBufferHours` and `parameters.travelBufferHours` give the buffers.
 * @returns free crew ids (sorted), the conflicting bookings (by crew, then start) and the crews too small.
 * @throws {PartnershipError} `invalid_input` with every issue of every item, each at its path (`crews[0].cameras`,
 *   `crews[1].cameras`, `bookings[0].end`, `event.start`, `policy.parameters.setupBufferHours`), the first 100
 *   listed and the rest counted; `options` alone when it is not an object.
 * @example
 * findAvailableCrews(
 *   { id: 'ev-2', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00+02:00', cameras: 2, venue: { city: 'Paris' } },
 *   {
 *     crews: [{ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 }, { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 3 }],
 *     bookings: [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T08:00:00Z', city: 'Paris' }],
 *     policy: { parameters: { setupBufferHours: 2, travelBufferHours: 12 } },
 *   },
 * ).freeCrews
 * //=> ['crew-b']  (ev-1 ends at 08:00Z, the event starts at 08:00Z: the 2 h set-up buffer is missing)
 */
export function findAvailableCrews(event: AvailabilityEvent, options: FindAvailableCrewsOptions): CrewAvailability {
  const issues = new Issues();
  const span = eventSpan(event, 'event', issues);
  const read = readCrewOptions(options, issues);
  issues.throwIfAny('invalid_input');
  return availabilityOf(span!, read.crews, indexBookings(read.bookings, read.buffers!));
}
