import { messageText } from '../_lib/describe.js';
import { Issues, rejectValue } from '../_lib/reject.js';
import { en } from './locales/en.js';
import { fr } from './locales/fr.js';
import type { Catalogue, DateParts, Format, Message, PluralForms, SpeakerRef } from './messages.js';
import type { DeadlineWords } from './types.js';

// What `Intl` gives each catalogue, made once per catalogue on first use (no work at import).
interface Tools {
  readonly plural: Intl.PluralRules;
  readonly months: Intl.DateTimeFormat;
  readonly format: Format;
}

const tools = new WeakMap<Catalogue, Tools>();

function said<T>(items: readonly T[], shown: (item: T) => string, catalogue: Catalogue, format: Format): string {
  const text = items.slice(0, 5).map(shown).join(', ');
  return items.length <= 5 ? text : `${text} ${catalogue.more(items.length - 5, format)}`;
}

function speaker(ref: SpeakerRef): string {
  return ref.name === undefined ? messageText(ref.id) : `${messageText(ref.name)} (${messageText(ref.id)})`;
}

function toolsOf(catalogue: Catalogue): Tools {
  let found = tools.get(catalogue);
  if (found !== undefined) return found;
  const plural = new Intl.PluralRules(catalogue.locale);
  const months = new Intl.DateTimeFormat(catalogue.locale, { month: 'long', timeZone: 'UTC' });
  const pick = (n: number, forms: PluralForms): string => {
    if (n === 0 && forms.none !== undefined) return forms.none;
    return forms[plural.select(n)] ?? forms.other;
  };
  const format: Format = {
    plural: pick,
    count: (n, forms) => `${n} ${pick(n, forms)}`,
    list: (items) => said(items, messageText, catalogue, format),
    speakers: (refs) => said(refs, speaker, catalogue, format),
    date: (due) => catalogue.date(partsOf(due, months)),
  };
  found = { plural, months, format };
  tools.set(catalogue, found);
  return found;
}

/** An instant's parts at an offset, the month named by `Intl.DateTimeFormat`. */
function partsOf(due: DeadlineWords, months: Intl.DateTimeFormat): DateParts {
  const local = new Date(due.at + due.offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    monthName: months.format(local),
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
  };
}

/**
 * Says a message in a catalogue's language. Strings among its parameters are the caller's text:
 * they are escaped and cut for a sentence (`messageText`) before the catalogue sees them.
 *
 * @internal
 */
export function render(message: Message, catalogue: Catalogue): string {
  const { format } = toolsOf(catalogue);
  const params: { [key: string]: unknown } = {};
  for (const [key, value] of Object.entries(message.params as object)) params[key] = typeof value === 'string' ? messageText(value) : value;
  const say = catalogue.messages[message.code] as (params: unknown, f: Format) => string;
  return say(params, format);
}

/** The helpers a catalogue's messages are given (`f`), for that catalogue. @internal */
export function formatFor(catalogue: Catalogue): Format {
  return toolsOf(catalogue).format;
}

/** Says a deadline in a catalogue's words. @internal */
export function renderDate(due: DeadlineWords, catalogue: Catalogue): string {
  return toolsOf(catalogue).format.date(due);
}

const checkedCatalogues = new WeakSet<object>();

function isTag(tag: unknown): boolean {
  if (typeof tag !== 'string' || tag === '') return false;
  try {
    Intl.getCanonicalLocales(tag);
    return true;
  } catch {
    return false;
  }
}

/**
 * The catalogue for a `locale` option: `en` (the default), `fr`, or a catalogue of your own, checked
 * once: a language tag `Intl` knows, `more` and `date` functions, and a function for every message
 * code of the English catalogue. Anything else is `invalid_locale`, with a path for each gap
 * (`locale.messages["C1.met"]`).
 *
 * @internal
 */
export function catalogueFor(locale: unknown): Catalogue {
  if (locale === undefined || locale === 'en') return en;
  if (locale === 'fr') return fr;
  if (typeof locale !== 'object' || locale === null) return rejectValue('invalid_locale', 'locale', '`en`, `fr` or a catalogue', locale);
  if (checkedCatalogues.has(locale)) return locale as Catalogue;
  const given = locale as { readonly [key: string]: unknown };
  const issues = new Issues();
  if (!isTag(given.locale)) issues.expected('invalid_locale', 'locale.locale', 'a language tag (`en-GB`)', given.locale);
  for (const name of ['more', 'date']) if (typeof given[name] !== 'function') issues.expected('invalid_locale', `locale.${name}`, 'a function', given[name]);
  const messages = given.messages;
  if (typeof messages !== 'object' || messages === null) issues.expected('invalid_locale', 'locale.messages', 'an object of messages by code', messages);
  else {
    for (const code of Object.keys(en.messages)) {
      const say = (messages as { readonly [key: string]: unknown })[code];
      if (typeof say !== 'function') issues.expected('invalid_locale', `locale.messages[${JSON.stringify(code)}]`, 'a function giving the message', say);
    }
  }
  issues.throwIfAny('invalid_locale');
  checkedCatalogues.add(locale);
  return locale as Catalogue;
}
