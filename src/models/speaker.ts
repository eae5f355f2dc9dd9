import * as z from 'zod/mini';
import { UseSchema } from './event.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { NonEmptyString, TimestampSchema } from './time.js';

/**
 * A speaker: a name, contact details (personal data), when they were told they are filmed,
 * when they signed the image-rights and broadcast release and which uses it covers, their
 * account on the platform and the instant their profile there became complete
 * (`profileCompletedAt`, which needs the `platformAccount`). A signed release must name the uses it covers.
 */
export const SpeakerSchema = z
  .strictObject({
    id: NonEmptyString,
    name: NonEmptyString,
    email: z.optional(z.email()),
    phone: z.optional(z.string()),
    informedAt: z.optional(TimestampSchema),
    releaseSignedAt: z.optional(TimestampSchema),
    releaseCovers: z.optional(z.array(UseSchema)),
    platformAccount: z.optional(NonEmptyString),
    profileCompletedAt: z.optional(TimestampSchema),
  })
  .check(
    z.superRefine((speaker, ctx) => {
      if (speaker.releaseSignedAt !== undefined && (speaker.releaseCovers === undefined || speaker.releaseCovers.length === 0)) {
        ctx.addIssue({
          code: 'custom',
          path: ['releaseCovers'],
          input: speaker.releaseCovers,
          message: 'the uses a signed release covers: `["live"]`, `["on_demand"]` or both',
          params: { code: 'release_uses_missing' },
        });
      }
    }),
    z.superRefine((speaker, ctx) => {
      if (speaker.profileCompletedAt !== undefined && speaker.platformAccount === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['platformAccount'],
          input: speaker.platformAccount,
          message: 'the account whose profile `profileCompletedAt` dates',
          params: { code: 'profile_account_missing' },
        });
      }
    }),
  );

/** A speaker of the event. */
export type Speaker = z.output<typeof SpeakerSchema>;

/** A speaker as a caller may pass it to `parseSpeaker`. */
export type SpeakerInput = InputOf<typeof SpeakerSchema>;

/**
 * Parses a {@link Speaker}.
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path; e-mails and phones are never echoed.
 * @example
 * parseSpeaker({ id: 'sp1', name: 'Ana', platformAccount: 'ana', profileCompletedAt: '2026-02-01' }).profileCompletedAt //=> '2026-02-01'
 */
export function parseSpeaker(input: SpeakerInput, root?: string): Speaker;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseSpeaker<T>(input: T & Unchecked<T>, root?: string): Speaker;
export function parseSpeaker(input: unknown, root = ''): Speaker {
  return parseWith(SpeakerSchema, input, 'speaker', root);
}
