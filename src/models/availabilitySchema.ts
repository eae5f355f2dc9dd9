import * as z from 'zod/mini';
import type { CrewAvailability } from './availability.js';
import { parseWith } from './parse.js';

/** The shape of a {@link CrewAvailability}, for callers that build one by hand. */
export const CrewAvailabilitySchema = z.object({
  eventId: z.string(),
  freeCrews: z.array(z.string()),
  conflicts: z.array(z.object({ crewId: z.string(), eventId: z.string(), start: z.string(), end: z.string() })),
});

/**
 * Checks the shape of a {@link CrewAvailability} (as `findAvailableCrews` returns it).
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`availability.freeCrews[0]` with root `availability`).
 * @example
 * parseCrewAvailability({ eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [] }).freeCrews //=> ['crew-a']
 */
export function parseCrewAvailability(input: unknown, root = ''): CrewAvailability {
  return parseWith(CrewAvailabilitySchema, input, 'crew availability', root);
}
