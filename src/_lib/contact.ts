// The one contact detector: what a report or an error message may echo of the caller's strings
// (ids and names), never contact details (e-mail addresses, phone numbers).

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** A whole string made of phone characters only: digits, an optional leading `+`, separators. */
const PHONE_CHARS = /^\s*\+?[\d\s().-]+\s*$/;
/** A phone number inside a text: `call +33 6 12 34 56 78`. */
const PHONE_INTERNATIONAL = /\+\d[\d\s().-]{6,}/;
/** French-style groups inside a text: `06 12 34 56 78`, `06.12.34.56.78`, `06-12-34-56-78`. */
const PHONE_GROUPS = /\d{2}[\s.-]\d{2}[\s.-]\d{2}[\s.-]\d{2}/;

/** The longest caller string a report repeats; longer ones are cut. */
export const MAX_SHOWN_LENGTH = 120;

/** What a report says instead of a string that looks like contact details. */
export const HIDDEN_CONTACT = '(hidden: looks like contact details)';

function countDigits(text: string, stopAt: number): number {
  let digits = 0;
  for (let i = 0; i < text.length && digits < stopAt; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  return digits;
}

/**
 * Tells whether a whole string of phone characters is a phone number: 7 to 15 digits after a
 * `+`; 9 to 15 digits in a plain run (`0612345678`); 7 to 15 digits with at least two
 * separators or parentheses (`06.12.34.56.78`, `(555) 123-4567`). Ids (`1000001`), dates
 * (`2026-03-14`) and amounts (`1250.50`) are not.
 */
function isWholePhone(text: string): boolean {
  if (!PHONE_CHARS.test(text)) return false;
  const body = text.trim();
  if (ISO_DATE.test(body)) return false;
  const digits = countDigits(body, 16);
  if (digits < 7 || digits > 15) return false;
  if (body.startsWith('+')) return true;
  const separators = body.length - digits;
  if (separators === 0) return digits >= 9;
  return separators >= 2 || body.includes('(');
}

/**
 * Tells whether a string looks like an e-mail address or holds a phone number.
 *
 * @example
 * looksLikeContact('06.12.34.56.78') //=> true
 * looksLikeContact('1000001') //=> false
 */
export function looksLikeContact(text: string): boolean {
  if (text.includes('@')) return true;
  if (countDigits(text, 7) < 7) return false;
  return isWholePhone(text) || PHONE_INTERNATIONAL.test(text) || PHONE_GROUPS.test(text);
}

/**
 * A caller's string as a report may show it: cut to {@link MAX_SHOWN_LENGTH} characters,
 * and replaced by {@link HIDDEN_CONTACT} when it looks like contact details.
 */
export function shown(text: string): string {
  const cut = text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
  return looksLikeContact(text.length > MAX_SHOWN_LENGTH * 4 ? cut : text) ? HIDDEN_CONTACT : cut;
}
