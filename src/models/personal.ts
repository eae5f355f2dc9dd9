// People's data (seed § 8): which fields of the models hold it. Decided here, by field, once;
// never guessed from what a value looks like (a pattern hides ids such as `csp-2026-03-01-01`
// and misses real contact details).

/**
 * The fields of the models that hold personal data: a speaker's `email` and `phone`
 * (`SpeakerSchema`), a contact's `email` and `phone` (`ContactSchema`), and the fields that hold
 * whole contacts: the partner's `contacts` and the audio plan's `soundEngineer`. A value received
 * in one of them, or anywhere inside one, never appears in a message, a report or CLI output;
 * every other value the caller gave (ids and names above all) appears exactly as given.
 *
 * @internal
 */
export const PERSONAL_DATA_FIELDS = Object.freeze(['email', 'phone', 'contacts', 'soundEngineer'] as const);

/** A field of the models that holds personal data. @internal */
export type PersonalDataField = (typeof PERSONAL_DATA_FIELDS)[number];

const PERSONAL = new Set<PropertyKey>(PERSONAL_DATA_FIELDS);

/**
 * Whether a value at `path` (as zod reports it: keys and indexes) lies in a personal-data field.
 *
 * @example
 * isPersonalDataPath(['speakers', 2, 'email']) //=> true
 * isPersonalDataPath(['partner', 'contacts', 0, 'name']) //=> true
 * isPersonalDataPath(['speakers', 2, 'name']) //=> false
 * @internal
 */
export function isPersonalDataPath(path: readonly PropertyKey[]): boolean {
  return path.some((key) => PERSONAL.has(key));
}
