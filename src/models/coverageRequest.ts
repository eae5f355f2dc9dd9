import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { ContractSchema } from './contract.js';
import { EventSchema } from './event.js';
import { parseInto, parseWith, type InputOf, type Unchecked } from './parse.js';
import type { Issues } from '../_lib/reject.js';
import { PartnerSchema } from './partner.js';
import { type Speaker, SpeakerSchema } from './speaker.js';
import { SponsorSchema } from './sponsor.js';
import { NonEmptyString, TimestampSchema } from './time.js';

/** The editors' verdicts on editorial fit (seed § 4): approved, rejected, or not given yet. */
export const EDITORIAL_VERDICTS = Object.freeze(['approved', 'rejected', 'pending'] as const);

/** One of the editors' verdicts: `approved`, `rejected` or `pending`. */
export type EditorialVerdict = (typeof EDITORIAL_VERDICTS)[number];

/**
 * The editors' verdict on the event's editorial quality and fit (seed § 4), with the instant they
 * gave it (`at`). An `approved` or `rejected` verdict carries its instant; a `pending` one (asked,
 * not given yet) has none.
 */
export const EditorialVerdictSchema = lazySchema(() =>
  z
    .strictObject({
      verdict: z.enum(EDITORIAL_VERDICTS),
      at: z.optional(TimestampSchema),
    })
    .check(
      z.superRefine((given, ctx) => {
        if (given.verdict !== 'pending' && given.at === undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['at'],
            input: given.at,
            message: `the instant the editors gave their verdict, since it is \`${given.verdict}\``,
            params: { code: 'verdict_date_missing' },
          });
        } else if (given.verdict === 'pending' && given.at !== undefined) {
          ctx.addIssue({
            code: 'custom',
            path: ['at'],
            input: given.at,
            message: 'no instant on a `pending` verdict (`at` is when the editors gave an `approved` or `rejected` verdict)',
            params: { code: 'verdict_date_on_pending' },
          });
        }
      }),
    ),
);

/** How an event gets filmed: bought as a service (`client`) or under partnership. */
export type CoverageMode = z.output<typeof CoverageRequestSchema>['mode'];

function uniqueIds(items: readonly { id: string }[], key: string, ctx: z.core.$RefinementCtx<unknown>): void {
  const seen = new Set<string>();
  items.forEach((item, index) => {
    if (seen.has(item.id)) {
      ctx.addIssue({ code: 'custom', path: [key, index, 'id'], input: item.id, message: `an id used once among \`${key}\``, params: { code: 'id_duplicate' } });
    }
    seen.add(item.id);
  });
}

// A release that covers named sessions names sessions of the programme: a session id that is not
// one would silently leave the speaker's real sessions uncovered.
function knownReleaseSessions(
  request: { readonly event: { readonly sessions: readonly { readonly id: string }[] }; readonly speakers: readonly Speaker[] },
  ctx: z.core.$RefinementCtx<unknown>,
): void {
  const known = new Set(request.event.sessions.map((session) => session.id));
  request.speakers.forEach((speaker, index) => {
    speaker.release?.sessions?.forEach((id, at) => {
      if (!known.has(id)) {
        ctx.addIssue({ code: 'custom', path: ['speakers', index, 'release', 'sessions', at], input: id, message: 'a session id of `event.sessions`', params: { code: 'release_session_unknown' } });
      }
    });
  });
}

/**
 * A request to film one event: the mode, the event, the organizer, the speakers, the capture
 * sponsors proposed, the contract if any, and the editors' verdict. Ids are unique within each list;
 * a release that names sessions names sessions of the event.
 */
export const CoverageRequestSchema = lazySchema(() =>
  z
    .strictObject({
      id: NonEmptyString,
      mode: z.enum(['partnership', 'client']),
      event: EventSchema,
      partner: PartnerSchema,
      speakers: z._default(z.array(SpeakerSchema), []),
      sponsors: z._default(z.array(SponsorSchema), []),
      contract: z.optional(ContractSchema),
      editorialVerdict: z.optional(EditorialVerdictSchema),
    })
    .check(
      z.superRefine((request, ctx) => {
        uniqueIds(request.speakers, 'speakers', ctx);
        uniqueIds(request.sponsors, 'sponsors', ctx);
        knownReleaseSessions(request, ctx);
      }),
    ),
);

/** A request to film one event. */
export type CoverageRequest = z.output<typeof CoverageRequestSchema>;

/** A coverage request as a caller may pass it to `parseCoverageRequest`, `evaluateEligibility` or `planSeason`: defaulted fields may be left out, and a key the model does not know fails to compile. */
export type CoverageRequestInput = InputOf<typeof CoverageRequestSchema>;

/**
 * Parses a {@link CoverageRequest}, deeply frozen. A value this function returned is returned as is.
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path from the request
 *   (`event.sessions[0].start`, `speakers[2].release.signedAt`, `contract.breakeven.amount`), a key the model does
 *   not know included (`unknown_key` at `event.audio.confirmedat`, "did you mean `confirmedAt`?"); contact details are never echoed.
 * @example
 * parseCoverageRequest({ id: 'r1', mode: 'client' }) // throws: issues at `event` and `partner`
 */
export function parseCoverageRequest(input: CoverageRequestInput, root?: string): CoverageRequest;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseCoverageRequest<T>(input: T & Unchecked<T>, root?: string): CoverageRequest;
export function parseCoverageRequest(input: unknown, root = ''): CoverageRequest {
  if (isParsedRequest(input)) return input;
  const request = parseWith(CoverageRequestSchema, input, 'coverage request', root);
  parsedRequests.add(request);
  return request;
}

/**
 * {@link parseCoverageRequest} for a list: records the issues in `issues` instead of throwing,
 * so every bad request of a season is reported. @internal
 */
export function readCoverageRequest(input: unknown, root: string, issues: Issues): CoverageRequest | undefined {
  if (isParsedRequest(input)) return input;
  const request = parseInto(issues, CoverageRequestSchema, input, 'coverage request', root);
  if (request !== undefined) parsedRequests.add(request);
  return request;
}

// The requests this module returned, each deeply frozen: parsing one of them again returns it as
// is, so `evaluateEligibility` on a parsed request does not validate twice.
const parsedRequests = new WeakSet<object>();

/**
 * Whether `value` is a request {@link parseCoverageRequest} returned: then it is deeply frozen (every
 * object and array in it), without walking it to find out. @internal
 */
export function isParsedRequest(value: unknown): value is CoverageRequest {
  return typeof value === 'object' && value !== null && parsedRequests.has(value);
}
