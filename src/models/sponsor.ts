import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { MoneySchema } from './moneySchema.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { NonEmptyString, TimestampSchema } from './time.js';

/** Where a capture sponsor stands. */
export const SPONSOR_STATUSES = Object.freeze(['proposed', 'accepted', 'vetoed', 'withdrawn'] as const);

/** Where a capture sponsor stands: proposed by the platform, accepted or vetoed by the organizer, or withdrawn. */
export type SponsorStatus = (typeof SPONSOR_STATUSES)[number];

/** A sponsor of the filming itself (seed § 2), with its proposed contribution and, when vetoed, who vetoed it and why. */
export const SponsorSchema = lazySchema(() =>
  z.strictObject({
    id: NonEmptyString,
    name: NonEmptyString,
    sector: NonEmptyString,
    contribution: z.optional(MoneySchema),
    status: z._default(z.enum(SPONSOR_STATUSES), 'proposed'),
    veto: z.optional(
      z.strictObject({
        by: NonEmptyString,
        reason: z.optional(z.string()),
        at: z.optional(TimestampSchema),
      }),
    ),
  }),
);

/** A capture sponsor. */
export type Sponsor = z.output<typeof SponsorSchema>;

/** A capture sponsor as a caller may pass it to `parseSponsor`. */
export type SponsorInput = InputOf<typeof SponsorSchema>;

/**
 * Parses a {@link Sponsor}.
 *
 * @throws {PartnershipError} `invalid_input`; a contribution with too many decimals is `amount_scale_exceeds_currency` at `contribution.amount`.
 * @example
 * parseSponsor({ id: 's1', name: 'Acme', sector: 'telecom' }).status //=> 'proposed'
 */
export function parseSponsor(input: SponsorInput, root?: string): Sponsor;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseSponsor<T>(input: T & Unchecked<T>, root?: string): Sponsor;
export function parseSponsor(input: unknown, root = ''): Sponsor {
  return parseWith(SponsorSchema, input, 'sponsor', root);
}
