import { looksLikeContact, MAX_SHOWN_LENGTH } from './contact.js';

/**
 * Renders a received value for an error message: short, and never contact details.
 *
 * A string that looks like an e-mail address or a phone number (`looksLikeContact`, the one
 * detector reports use too) is not echoed, nor an integer that reads as a phone number
 * (`612345678`), since the caller may have put a speaker's contact in the wrong field.
 */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  switch (typeof value) {
    case 'string': {
      if (looksLikeContact(value.length > MAX_SHOWN_LENGTH * 4 ? value.slice(0, MAX_SHOWN_LENGTH * 4) : value)) return 'a string that looks like contact details (not shown)';
      const shown = value.length > 40 ? `${value.slice(0, 40)}… (${value.length} characters)` : value;
      // eslint-disable-next-line no-control-regex -- control characters are what we strip
      return `\`${shown.replace(/[\u0000-\u001f\u007f\ud800-\udfff]/g, '\ufffd')}\``;
    }
    case 'number':
      if (Number.isInteger(value) && looksLikeContact(String(value))) return 'a number that looks like a phone number (not shown)';
      return Object.is(value, -0) ? '`-0`' : `\`${String(value)}\``;
    case 'bigint':
      return `\`${String(value)}n\``;
    case 'boolean':
      return `\`${String(value)}\``;
    default:
      return Array.isArray(value) ? 'an array' : `a value of type ${typeof value}`;
  }
}
