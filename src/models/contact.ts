import * as z from 'zod/mini';
import { lazySchema } from './_lazy.js';
import { parseWith, type InputOf, type Unchecked } from './parse.js';

/**
 * A person to reach: personal data, held as the caller gives it and never echoed in
 * errors or reports.
 */
export const ContactSchema = lazySchema(() =>
  z.strictObject({
    name: z.optional(z.string()),
    role: z.optional(z.string()),
    email: z.optional(z.email()),
    phone: z.optional(z.string().check(z.regex(/^\+?[\d\s().-]{6,24}$/, 'a phone number: 6 to 24 digits, spaces, dots, dashes or parentheses, with an optional leading plus sign'))),
  }),
);

/** A person to reach (personal data). */
export type Contact = z.output<typeof ContactSchema>;

/** A contact as a caller may pass it to `parseContact`. */
export type ContactInput = InputOf<typeof ContactSchema>;

/**
 * Parses a {@link Contact}.
 *
 * @throws {PartnershipError} `invalid_input`, listing every issue's path, never the contact itself.
 * @example
 * parseContact({ name: 'Ana', email: 'ana@example.org' }).name //=> 'Ana'
 */
export function parseContact(input: ContactInput): Contact;
/** Parses data whose type says nothing of its shape (`unknown`, `any`, a JSON record): see {@link Unchecked}. */
export function parseContact<T>(input: T & Unchecked<T>): Contact;
export function parseContact(input: unknown): Contact {
  // A contact is personal data as a whole: nothing of it, not even a mistyped key, is echoed.
  return parseWith(ContactSchema, input, 'contact', '', true);
}
