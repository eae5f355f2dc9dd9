import * as z from 'zod/mini';
import type { CrewAvailability } from './availability.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';

/**
 * The shape of a {@link CrewAvailability}, for callers that build one by hand. It also takes
 * what `findAvailableCrews` adds (`camerasNeeded`, `undersized`, each conflict's `bufferHours`),
 * so its own result passes; any other key is an `unknown_key`.
 */
export const CrewAvailabilitySchema = z.strictObject({
  eventId: z.string(),
  freeCrews: z.array(z.string()),
  conflicts: z.array(
    z.strictObject({
      crewId: z.string(),
      eventId: z.string(),
      start: z.string(),
      end: z.string(),
      bufferHours: z.exactOptional(z.number().check(z.nonnegative())),
    }),
  ),
  camerasNeeded: z.exactOptional(z.number().check(z.int(), z.positive())),
  undersized: z.exactOptional(z.array(z.strictObject({ crewId: z.string(), cameras: z.number().check(z.int(), z.positive()) }))),
});

/** A crew availability as a caller may pass it to `parseCrewAvailability` or as `evaluateEligibility`'s `availability`. */
export type CrewAvailabilityInput = InputOf<typeof CrewAvailabilitySchema>;

/**
 * Checks the shape of a {@link CrewAvailability} (as `findAvailableCrews` returns it).
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
