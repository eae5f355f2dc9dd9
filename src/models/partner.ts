import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { ContactSchema } from './contact.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';
import { NonEmptyString } from './time.js';

/** Ways an organizer may work toward a return on the operation (seed § 9.4). */
export const MONETIZATION_EFFORTS = Object.freeze(['sponsor_search', 'pay_per_view', 'dvd', 'paid_workshops'] as const);

/** One way of working toward a return. */
export type MonetizationEffort = (typeof MONETIZATION_EFFORTS)[number];

const Count = lazySchema(() =>
  z._default(z.number().check(z.int(), z.nonnegative()), 0),
);

/** The promotion actions the organizer commits to (overview: links, tweets, blog posts). */
export const PromotionSchema = lazySchema(() =>
  z._default(z.strictObject({ links: Count, tweets: Count, blogPosts: Count }), {
    links: 0,
    tweets: 0,
    blogPosts: 0,
  }),
);

/**
 * What the organizer commits to; every flag defaults to `false`, every count to 0.
 *
 * - `lightingAdviceAsked` and `stagingAdviceAsked`: the organizer asked the platform's advice on
 *   the lighting, and on the staging of the talks (seed § 5: « la gestion de la lumière et la
 *   scénarisation des prises de parole »); two commitments, C5.b reads both.
 * - `onlineConversation`: the filmed speakers, asked by the organizer, commit to carry the
 *   conversation on online after the event (seed § 6: « assumez la conversation »; C6.4).
 */
export const CommitmentsSchema = lazySchema(() =>
  z._default(
    z.strictObject({
      mediaPartnerCredit: z._default(z.boolean(), false),
      postEventMailing: z._default(z.boolean(), false),
      promotion: PromotionSchema,
      speakerEmailsProvided: z._default(z.boolean(), false),
      lightingAdviceAsked: z._default(z.boolean(), false),
      stagingAdviceAsked: z._default(z.boolean(), false),
      onlineConversation: z._default(z.boolean(), false),
      monetization: z._default(z.array(z.enum(MONETIZATION_EFFORTS)), []),
    }),
    {
      mediaPartnerCredit: false,
      postEventMailing: false,
      promotion: { links: 0, tweets: 0, blogPosts: 0 },
      speakerEmailsProvided: false,
      lightingAdviceAsked: false,
      stagingAdviceAsked: false,
      onlineConversation: false,
      monetization: [],
    },
  ),
);

/** What the organizer commits to. */
export type Commitments = z.output<typeof CommitmentsSchema>;

/** Commitments as a caller may write them: every one may be left out. */
export type CommitmentsInput = InputOf<typeof CommitmentsSchema>;

/** The organizer asking for coverage: its organization, its contacts (personal data) and its commitments. */
export const PartnerSchema = lazySchema(() =>
  z.strictObject({
    id: NonEmptyString,
    organization: NonEmptyString,
    contacts: z._default(z.array(ContactSchema), []),
    commitments: CommitmentsSchema,
  }),
);

/** The organizer asking for coverage. */
export type Partner = z.output<typeof PartnerSchema>;

/** A partner as a caller may pass it to `parsePartner`. */
export type PartnerInput = InputOf<typeof PartnerSchema>;

/**
 * Parses a {@link Partner}.
 *
 * @throws {PartnershipError} `invalid_input`, with every issue's path; contact details are never echoed.
 * @example
 * parsePartner({ id: 'o1', organization: 'Web Days' }).commitments.mediaPartnerCredit //=> false
 */
export function parsePartner(input: PartnerInput, root?: string): Partner;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parsePartner<T>(input: T & Unchecked<T>, root?: string): Partner;
export function parsePartner(input: unknown, root = ''): Partner {
  return parseWith(PartnerSchema, input, 'partner', root);
}
