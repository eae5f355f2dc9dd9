// What a person's terminal may be shown of a caller's string: every character as given,
// but control characters written as escapes, so that an id holding ESC, BEL or CR cannot
// retitle a window, clear a screen or overwrite a printed amount.

/**
 * The characters a terminal or a text renderer would act on: C0 (U+0000–U+001F), DEL and C1
 * (U+007F–U+009F), the bidirectional controls (U+061C, U+200E–U+200F, U+202A–U+202E,
 * U+2066–U+2069), the line and paragraph separators (U+2028, U+2029), and lone surrogates
 * (half of a character). Character classes and one-unit look-arounds only: linear time.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function escapeOne(match: string): string {
  const c = match.charCodeAt(0);
  return c < 0x100 ? `\\x${c.toString(16).padStart(2, '0')}` : `\\u${c.toString(16).padStart(4, '0')}`;
}

/**
 * A caller's string as a terminal may show it: unchanged but for control characters
 * (C0, DEL, C1, bidirectional controls, line and paragraph separators) and lone surrogates,
 * each written as an escape (`\x1b`, `\u202e`); a backslash stays a backslash. Runs in one
 * pass, linear in the length.
 *
 * @example
 * printable('spk\x1b[2J') //=> 'spk\\x1b[2J'
 * printable('Zoë Lefèvre') //=> 'Zoë Lefèvre'
 */
export function printable(text: string): string {
  return text.replace(CONTROL, escapeOne);
}
