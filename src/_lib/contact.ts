// What a report may echo of the caller's strings: ids and names, never contact details.

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const PHONE_WHOLE = /^\s*\+?[\d\s().-]{7,}\s*$/;
const PHONE_INTERNATIONAL = /\+\d[\d\s().-]{6,}/;
const PHONE_GROUPS = /\d{2}[\s.]\d{2}[\s.]\d{2}[\s.]\d{2}/;

/** The longest caller string a report repeats; longer ones are cut. */
export const MAX_SHOWN_LENGTH = 120;

/** What a report says instead of a string that looks like contact details. */
export const HIDDEN_CONTACT = '(hidden: looks like contact details)';

/** Tells whether a string looks like an e-mail address or holds a phone number. */
export function looksLikeContact(text: string): boolean {
  if (text.includes('@')) return true;
  let digits = 0;
  for (let i = 0; i < text.length && digits < 7; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) digits += 1;
  }
  if (digits < 7) return false;
  return (PHONE_WHOLE.test(text) && !ISO_DATE.test(text)) || PHONE_INTERNATIONAL.test(text) || PHONE_GROUPS.test(text);
}

/**
 * A caller's string as a report may show it: cut to {@link MAX_SHOWN_LENGTH} characters,
 * and replaced by {@link HIDDEN_CONTACT} when it looks like contact details.
 */
export function shown(text: string): string {
  const cut = text.length > MAX_SHOWN_LENGTH ? `${text.slice(0, MAX_SHOWN_LENGTH)}…` : text;
  return looksLikeContact(text.length > MAX_SHOWN_LENGTH * 4 ? cut : text) ? HIDDEN_CONTACT : cut;
}
