import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { instantMs } from '../_lib/instant.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { InstantSchema, NonEmptyString } from './time.js';

/**
 * An existing booking: one crew held for one event between two instants with offsets
 * (compared by their UTC value). `end` comes after `start`. `city`, when given, picks the
 * set-up buffer (same city) or the travel buffer (another city) against a new event; when it
 * is missing the travel buffer applies.
 *
 * @example
 * z.safeParse(BookingSchema, { crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T18:00:00Z' }).success //=> true
 */
export const BookingSchema = lazySchema(() =>
  z
    .strictObject({
      crewId: NonEmptyString,
      eventId: NonEmptyString,
      start: InstantSchema,
      end: InstantSchema,
      city: z.optional(NonEmptyString),
    })
    .check(
      z.superRefine((booking, ctx) => {
        const start = instantMs(booking.start);
        const end = instantMs(booking.end);
        if (start !== undefined && end !== undefined && end <= start) {
          ctx.addIssue({ code: 'custom', path: ['end'], input: booking.end, message: 'an instant after `start`', params: { code: 'end_before_start' } });
        }
      }),
    ),
);

/** An existing crew booking, as {@link BookingSchema} parses it. */
export type Booking = z.output<typeof BookingSchema>;

/** A booking as a caller may pass it to `parseBooking` or the crew planner. */
export type BookingInput = InputOf<typeof BookingSchema>;

/**
 * Parses a {@link Booking}.
 *
 * @param root - the input's own path in messages (`bookings[0]`).
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`bookings[0].end`).
 * @example
 * parseBooking({ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00Z' }).crewId //=> 'crew-a'
 */
export function parseBooking(input: BookingInput, root?: string): Booking;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseBooking<T>(input: T & Unchecked<T>, root?: string): Booking;
export function parseBooking(input: unknown, root = ''): Booking {
  return parseWith(BookingSchema, input, 'booking', root);
}
