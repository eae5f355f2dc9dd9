import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';

/** A crew too small for the event: it runs `cameras`, the event needs more. */
const CrewShortfallSchema = lazySchema(() =>
  z.strictObject({
    crewId: z.string(),
    cameras: z.number().check(z.int(), z.positive()),
  }),
);

/** One booking that overlaps the event (buffers included) on one crew. */
const CrewConflictSchema = lazySchema(() =>
  z.strictObject({
    crewId: z.string(),
    eventId: z.string(),
    start: z.string(),
    end: z.string(),
    /** The buffer that had to separate the booking from the event, in hours (set-up or travel). */
    bufferHours: z.exactOptional(z.number().check(z.nonnegative())),
  }),
);

/**
 * Which production crews are free for one event, as `findAvailableCrews` computes it: it feeds
 * condition C3 through `evaluateEligibility`'s `availability` option. A caller may also build one by
 * hand: `camerasNeeded`, `undersized` and each conflict's `bufferHours` are then optional; any other
 * key is an `unknown_key`.
 *
 * @example
 * z.safeParse(CrewAvailabilitySchema, { eventId: 'evt-1', freeCrews: [], conflicts: [], camerasNeeded: 2, undersized: [{ crewId: 'crew-b', cameras: 1 }] }).success //=> true
 */
export const CrewAvailabilitySchema = lazySchema(() =>
  z.strictObject({
    /** The event it was computed for. */
    eventId: z.string(),
    /** Ids of the crews free for the event's whole span, buffers included, sorted. */
    freeCrews: z.array(z.string()),
    /** Existing bookings that make a crew unavailable, with the crew they hold. */
    conflicts: z.array(CrewConflictSchema),
    /** Cameras the event's set-up needs (`findAvailableCrews` gives it; optional for an availability built by hand). */
    camerasNeeded: z.exactOptional(z.number().check(z.int(), z.positive())),
    /** Crews that run fewer cameras than the event needs, sorted by crew id: never available for it. */
    undersized: z.exactOptional(z.array(CrewShortfallSchema)),
  }),
);

/** Which crews are free for one event, as {@link CrewAvailabilitySchema} parses it (and `findAvailableCrews` returns it). */
export type CrewAvailability = z.output<typeof CrewAvailabilitySchema>;

/** One booking that overlaps the event (buffers included) on one crew, with the buffer that applied. */
export type CrewConflict = z.output<typeof CrewConflictSchema>;

/** A crew too small for the event: it runs `cameras`, the event needs more. */
export type CrewShortfall = z.output<typeof CrewShortfallSchema>;

/** A crew availability as a caller may pass it to `parseCrewAvailability` or as `evaluateEligibility`'s `availability`. */
export type CrewAvailabilityInput = InputOf<typeof CrewAvailabilitySchema>;

/**
 * Checks the shape of a {@link CrewAvailability} (as `findAvailableCrews` returns it), keeping
 * every field it knows: `camerasNeeded`, `undersized` and each conflict's `bufferHours` included.
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`availability.freeCrews[0]` with root `availability`).
 * @example
 * parseCrewAvailability({ eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [] }).freeCrews //=> ['crew-a']
 */
export function parseCrewAvailability(input: CrewAvailabilityInput, root?: string): CrewAvailability;
/** Checks data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseCrewAvailability<T>(input: T & Unchecked<T>, root?: string): CrewAvailability;
export function parseCrewAvailability(input: unknown, root = ''): CrewAvailability {
  return parseWith(CrewAvailabilitySchema, input, 'crew availability', root);
}
