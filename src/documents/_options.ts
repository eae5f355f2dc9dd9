import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import type { Locale } from '../rules/types.js';

/**
 * Reads the options of a document writer: `undefined` or an object with only the keys `known`,
 * whose `locale` (when given) is `en` or `fr`. Returns the object (empty when left out) and the locale.
 *
 * @throws {PartnershipError} `invalid_options`, `unknown_key`, `invalid_locale`.
 * @internal
 */
export function readDocumentOptions(options: unknown, known: readonly string[]): { readonly given: Record<string, unknown>; readonly locale: Locale } {
  if (options === undefined) return { given: {}, locale: 'en' };
  if (!isRecord(options)) rejectValue('invalid_options', 'options', `options \`{ ${known.join(', ')} }\``, options);
  const issues = new Issues();
  issues.unknownKeys(options, known, 'options');
  const locale = own(options, 'locale') ?? 'en';
  if (locale !== 'en' && locale !== 'fr') issues.expected('invalid_locale', 'options.locale', '`en` or `fr`', locale);
  issues.throwIfAny();
  return { given: options, locale: locale as Locale };
}
