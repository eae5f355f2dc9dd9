import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { timestampMs } from '../_lib/instant.js';
import { USES, UseSchema } from './event.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { NonEmptyString, TimestampSchema } from './time.js';

/**
 * The states of a speaker's release (following Indico's agreements): asked for (`requested`),
 * `signed`, `refused`, or signed and then taken back (`withdrawn`).
 *
 * @example
 * RELEASE_STATES //=> ['requested', 'signed', 'refused', 'withdrawn']
 */
export const RELEASE_STATES = Object.freeze(['requested', 'signed', 'refused', 'withdrawn'] as const);

/** The state of a speaker's release: one of {@link RELEASE_STATES}. */
export type ReleaseState = (typeof RELEASE_STATES)[number];

// Each instant says when the release entered that state; `state` is the latest. Which instants a
// state requires (R) or allows (A): an evaluation "as of" a past date replays them.
const INSTANTS = Object.freeze({
  requested: { requestedAt: 'A', signedAt: '', refusedAt: '', withdrawnAt: '' },
  signed: { requestedAt: 'A', signedAt: 'R', refusedAt: '', withdrawnAt: '' },
  refused: { requestedAt: 'A', signedAt: '', refusedAt: 'R', withdrawnAt: '' },
  withdrawn: { requestedAt: 'A', signedAt: 'R', refusedAt: '', withdrawnAt: 'R' },
} as const);

type InstantKey = keyof (typeof INSTANTS)['signed'];

// Time order of the instants: each one is at or after those before it.
const ORDER: readonly InstantKey[] = ['requestedAt', 'signedAt', 'refusedAt', 'withdrawnAt'];

/** Signed on the speaker's behalf: who signed, and the reference of the paper document kept. */
export const OnBehalfSchema = lazySchema(() =>
  z.strictObject({
    by: NonEmptyString,
    paperRef: NonEmptyString,
  }),
);

/**
 * A speaker's release of image rights and broadcast (seed § 6.2), as a register: its `state` and
 * the instant it entered each state (`requestedAt`, `signedAt`, `refusedAt`, `withdrawnAt`; a
 * `withdrawn` release keeps its `signedAt`), who signed it on the speaker's behalf and the paper
 * document (`signedOnBehalf`), the uses it covers (`covers`) and the sessions it covers
 * (`sessions`; absent: the whole event). A signed release names its uses; each state's own instant
 * is given, no instant of a state the release never entered, and in time order.
 */
export const ReleaseSchema = lazySchema(() =>
  z
    .strictObject({
      state: z.enum(RELEASE_STATES),
      requestedAt: z.optional(TimestampSchema),
      signedAt: z.optional(TimestampSchema),
      refusedAt: z.optional(TimestampSchema),
      withdrawnAt: z.optional(TimestampSchema),
      signedOnBehalf: z.optional(OnBehalfSchema),
      covers: z._default(z.array(UseSchema), []),
      sessions: z.optional(z.array(NonEmptyString).check(z.minLength(1))),
    })
    .check(
      z.superRefine((release, ctx) => {
        const allowed = INSTANTS[release.state];
        let previous: { key: InstantKey; ms: number } | undefined;
        for (const key of ORDER) {
          const text = release[key];
          if (text === undefined) {
            if (allowed[key] === 'R') {
              ctx.addIssue({ code: 'custom', path: [key], input: text, message: `the instant a \`${release.state}\` release was ${key.slice(0, -2)} (\`${key}\`)`, params: { code: 'release_date_missing' } });
            }
            continue;
          }
          if (allowed[key] === '') {
            ctx.addIssue({ code: 'custom', path: [key], input: text, message: `no \`${key}\` on a \`${release.state}\` release`, params: { code: 'release_state_mismatch' } });
            continue;
          }
          const ms = timestampMs(text);
          if (ms === undefined) continue;
          if (previous !== undefined && ms < previous.ms) {
            ctx.addIssue({ code: 'custom', path: [key], input: text, message: `an instant at or after \`${previous.key}\``, params: { code: 'release_dates_out_of_order' } });
          }
          previous = { key, ms };
        }
        const signed = allowed.signedAt === 'R';
        if (release.signedOnBehalf !== undefined && !signed) {
          ctx.addIssue({ code: 'custom', path: ['signedOnBehalf'], input: release.signedOnBehalf, message: `no \`signedOnBehalf\` on a \`${release.state}\` release`, params: { code: 'release_state_mismatch' } });
        }
        if (signed && release.covers.length === 0) {
          ctx.addIssue({
            code: 'custom',
            path: ['covers'],
            input: release.covers,
            message: `the uses a signed release covers, among ${USES.map((use) => `\`${use}\``).join(', ')}`,
            params: { code: 'release_uses_missing' },
          });
        }
      }),
    ),
);

/** A speaker's release of image rights and broadcast. */
export type Release = z.output<typeof ReleaseSchema>;

/** A release as a caller may write it. */
export type ReleaseInput = InputOf<typeof ReleaseSchema>;

/**
 * A speaker: a name, contact details (personal data), when they were told they are filmed,
 * their release of image rights and broadcast (absent: not asked for yet), their account on the
 * platform and the instant their profile there became complete (`profileCompletedAt`, which needs
 * the `platformAccount`).
 */
export const SpeakerSchema = lazySchema(() =>
  z
    .strictObject({
      id: NonEmptyString,
      name: NonEmptyString,
      email: z.optional(z.email()),
      phone: z.optional(z.string()),
      informedAt: z.optional(TimestampSchema),
      release: z.optional(ReleaseSchema),
      platformAccount: z.optional(NonEmptyString),
      profileCompletedAt: z.optional(TimestampSchema),
    })
    .check(
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
    ),
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
