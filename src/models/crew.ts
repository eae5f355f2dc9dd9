import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { NonEmptyString } from './time.js';

/**
 * A production crew: who it is, the city it is based in, and how many cameras it runs at once
 * (its capacity; an event that needs more cameras is not for this crew).
 *
 * @example
 * z.safeParse(CrewSchema, { id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 }).success //=> true
 */
export const CrewSchema = lazySchema(() =>
  z.strictObject({
    id: NonEmptyString,
    name: NonEmptyString,
    homeCity: NonEmptyString,
    cameras: z.number().check(z.int(), z.positive()),
  }),
);

/** A production crew, as {@link CrewSchema} parses it. */
export type Crew = z.output<typeof CrewSchema>;

/** A crew as a caller may pass it to `parseCrew` or the crew planner. */
export type CrewInput = InputOf<typeof CrewSchema>;

/**
 * Parses a {@link Crew}.
 *
 * @param root - the input's own path in messages (`crews[2]`).
 * @throws {PartnershipError} `invalid_input`, with every issue's path (`crews[2].cameras`).
 * @example
 * parseCrew({ id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 }).cameras //=> 3
 */
export function parseCrew(input: CrewInput, root?: string): Crew;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseCrew<T>(input: T & Unchecked<T>, root?: string): Crew;
export function parseCrew(input: unknown, root = ''): Crew {
  return parseWith(CrewSchema, input, 'crew', root);
}
