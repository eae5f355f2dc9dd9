// What a person's terminal may be shown of a caller's string: every character as given,
// but control characters written as escapes, so that an id holding ESC, BEL or CR cannot
// retitle a window, clear a screen or overwrite a printed amount.

/**
 * Whether a UTF-16 code unit is a control character a terminal or a text renderer would act
 * on: C0 (U+0000–U+001F), DEL (U+007F), C1 (U+0080–U+009F), and the bidirectional controls
 * (U+061C, U+200E–U+200F, U+202A–U+202E, U+2066–U+2069), plus the line and paragraph
 * separators (U+2028, U+2029).
 */
function isControl(c: number): boolean {
  if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) return true;
  if (c < 0x61c) return false;
  return c === 0x61c || c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c === 0x2028 || c === 0x2029;
}

/** Whether a code unit at `i` is a lone surrogate (half of a character, not a character). */
function isLoneSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(i + 1);
    return !(next >= 0xdc00 && next <= 0xdfff);
  }
  if (c >= 0xdc00 && c <= 0xdfff) {
    const before = text.charCodeAt(i - 1);
    return !(before >= 0xd800 && before <= 0xdbff);
  }
  return false;
}

function escapeOne(c: number): string {
  const hex = c.toString(16).padStart(c < 0x100 ? 2 : 4, '0');
  return c < 0x100 ? `\\x${hex}` : `\\u${hex}`;
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
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) continue;
    if (isControl(c) || ((c & 0xf800) === 0xd800 && isLoneSurrogate(text, i))) {
      out += text.slice(from, i) + escapeOne(c);
      from = i + 1;
    }
  }
  return from === 0 ? text : out + text.slice(from);
}
