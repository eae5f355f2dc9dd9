import * as z from 'zod/mini';
import { parseWith } from './parse.js';
import { NonEmptyString } from './time.js';

/**
 * A production crew: who it is, the city it is based in, and how many cameras it runs at once
 * (its capacity; an event that needs more cameras is not for this crew).
 *
 * @example
 * z.safeParse(CrewSchema, { id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 }).success //=> true
 */
export const CrewSchema = z.object({
  id: NonEmptyString,
  name: NonEmptyString,
  homeCity: NonEmptyString,
  cameras: z.number().check(z.int(), z.positive()),
});

/** A production crew, as {@link CrewSchema} parses it. */
export type Crew = z.output<typeof CrewSchema>;

/**
 * Parses a {@link Crew}.
 *
 * @param root - the input's own path in messages (`crews[2]`).
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`crews[2].cameras`).
 * @example
 * parseCrew({ id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 }).cameras //=> 3
 */
export function parseCrew(input: unknown, root = ''): Crew {
  return parseWith(CrewSchema, input, 'crew', root);
}
