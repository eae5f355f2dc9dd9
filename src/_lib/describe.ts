import { printable } from './printable.js';

/**
 * The longest caller string a message repeats whole (in UTF-16 code units): a longer one is
 * cut there and followed by its full length, `abc… (1048576 characters)`. Messages only: reports,
 * evidence and issue paths keep every string exactly as given.
 */
export const MESSAGE_TEXT_LIMIT = 120;

/** `text` cut to {@link MESSAGE_TEXT_LIMIT} code units, never between the two halves of a character. */
function cut(text: string): string {
  const end = MESSAGE_TEXT_LIMIT;
  const c = text.charCodeAt(end - 1);
  return text.slice(0, c >= 0xd800 && c <= 0xdbff ? end - 1 : end);
}

/**
 * A caller's string (an id, a name) as a sentence may repeat it: as given, but with control
 * characters escaped ({@link printable}), and cut to {@link MESSAGE_TEXT_LIMIT} characters with
 * the full length said. Constant work beyond the cut: a 1 MB string costs what a 120-character one does.
 *
 * @example
 * messageText('csp-2026-03-01-01') //=> 'csp-2026-03-01-01'
 * messageText('x'.repeat(200)).endsWith('x… (200 characters)') //=> true (120 x's, then the length)
 */
export function messageText(text: string): string {
  if (text.length <= MESSAGE_TEXT_LIMIT) return printable(text);
  return `${printable(cut(text))}… (${text.length} characters)`;
}

/**
 * Renders a received value for an error message: a string between backticks as given (control
 * characters escaped, long ones cut, see {@link messageText}), a number or a boolean as written, and
 * anything else by its kind. It never guesses what a value is: whether a value is personal data is
 * decided by the field it was given in (see `PERSONAL_DATA_FIELDS`), by the caller of this function.
 *
 * @example
 * describeValue('EURO') //=> '`EURO`'
 * describeValue('spk\x1b[2J') //=> '`spk\\x1b[2J`'
 * describeValue(undefined) //=> 'nothing'
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  switch (typeof value) {
    case 'string':
      if (value.length <= MESSAGE_TEXT_LIMIT) return `\`${printable(value)}\``;
      return `\`${printable(cut(value))}…\` (${value.length} characters)`;
    case 'number':
      return Object.is(value, -0) ? '`-0`' : `\`${String(value)}\``;
    case 'bigint':
      return `\`${String(value)}n\``;
    case 'boolean':
      return `\`${String(value)}\``;
    default:
      return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  }
}

/**
 * What a message says of a value received in a personal-data field: its kind, never its content.
 *
 * @example
 * describeHidden('ana@example.org') //=> 'a string (not shown: personal data)'
 */
export function describeHidden(value: unknown): string {
  if (value === null || value === undefined || typeof value === 'boolean') return describeValue(value);
  const kind = typeof value === 'string' ? 'a string' : typeof value === 'number' || typeof value === 'bigint' ? 'a number' : Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  return `${kind} (not shown: personal data)`;
}
