import { DAY_MS } from '../_lib/instant.js';
import { MESSAGE_TEXT_LIMIT, messageText } from '../_lib/describe.js';
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
  /** {@link render} in this catalogue. */
  readonly say: (message: Message) => string;
}

type Say = (params: unknown, f: Format) => string;

// `Intl` answers the same for the same question but takes a microsecond to do it: each catalogue keeps
// the plural category of small counts and the month name of each day asked (a day, not a month: a
// locale's calendar may not be the Gregorian one). The days are few (deadlines), but a long-running
// host sees many events: the memo starts afresh past this many days.
const MONTH_NAMES_KEPT = 4096;
const COUNTS_KEPT = 1024;

const tools = new WeakMap<Catalogue, Tools>();

function said<T>(items: readonly T[], shown: (item: T) => string, catalogue: Catalogue, format: Format): string {
  const text = items.slice(0, 5).map(shown).join(', ');
  return items.length <= 5 ? text : `${text} ${catalogue.more(items.length - 5, format)}`;
}

/**
 * {@link messageText}, with the common case first: a short string of printable ASCII, which it would
 * return as is, is returned without a scan by regular expression.
 */
function sentenceText(text: string): string {
  if (text.length > MESSAGE_TEXT_LIMIT) return messageText(text);
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return messageText(text);
  }
  return text;
}

function speaker(ref: SpeakerRef): string {
  return ref.name === undefined ? sentenceText(ref.id) : `${sentenceText(ref.name)} (${sentenceText(ref.id)})`;
}

function toolsOf(catalogue: Catalogue): Tools {
  let found = tools.get(catalogue);
  if (found !== undefined) return found;
  const plural = new Intl.PluralRules(catalogue.locale);
  const months = new Intl.DateTimeFormat(catalogue.locale, { month: 'long', timeZone: 'UTC' });
  const categories: Intl.LDMLPluralRule[] = [];
  const category = (n: number): Intl.LDMLPluralRule => {
    // Whole counts from +0 up (-0 is left to `Intl`): the ones messages say.
    if (!(Number.isInteger(n) && n >= 0 && n < COUNTS_KEPT) || Object.is(n, -0)) return plural.select(n);
    return (categories[n] ??= plural.select(n));
  };
  // English and French say a deadline the same way every time: each frozen deadline (they are kept
  // with a frozen request) is said once. A caller's catalogue is asked every time.
  const pure = catalogue === en || catalogue === fr;
  const dates = new WeakMap<DeadlineWords, string>();
  const dateOnce = (due: DeadlineWords): string => {
    if (!Object.isFrozen(due)) return catalogue.date(partsOf(due, monthName));
    let text = dates.get(due);
    if (text === undefined) {
      text = catalogue.date(partsOf(due, monthName));
      dates.set(due, text);
    }
    return text;
  };
  const monthNames = new Map<number, string>();
  const monthName = (local: Date): string => {
    const day = Math.floor(local.getTime() / DAY_MS);
    let name = monthNames.get(day);
    if (name === undefined) {
      name = months.format(local);
      if (monthNames.size >= MONTH_NAMES_KEPT) monthNames.clear();
      monthNames.set(day, name);
    }
    return name;
  };
  const pick = (n: number, forms: PluralForms): string => {
    if (n === 0 && forms.none !== undefined) return forms.none;
    return forms[category(n)] ?? forms.other;
  };
  const format: Format = {
    plural: pick,
    count: (n, forms) => `${n} ${pick(n, forms)}`,
    list: (items) => said(items, sentenceText, catalogue, format),
    speakers: (refs) => said(refs, speaker, catalogue, format),
    date: (due) => (pure ? dateOnce(due) : catalogue.date(partsOf(due, monthName))),
  };
  // A frozen catalogue's own messages never change: they are looked up in a map, faster than by
  // key. A message it inherits (a catalogue built on a shipped one) is read by key, as ever.
  const messages = catalogue.messages as unknown as { readonly [code: string]: Say };
  const sayers = Object.isFrozen(messages) ? new Map(Object.entries(messages)) : undefined;
  const say = (message: Message): string => {
    const sayer = sayers?.get(message.code) ?? messages[message.code];
    return (sayer as Say)(sentenceParams(message.params as { readonly [key: string]: unknown }), format);
  };
  found = { plural, months, format, say };
  tools.set(catalogue, found);
  return found;
}

/**
 * A message's parameters with the caller's strings escaped and cut for a sentence: the same object
 * when no string needs it (the common case), else a copy.
 */
function sentenceParams(given: { readonly [key: string]: unknown }): { readonly [key: string]: unknown } {
  let params: { [key: string]: unknown } | undefined;
  for (const key in given) {
    const value = given[key];
    if (typeof value !== 'string' || !Object.hasOwn(given, key)) continue;
    const text = sentenceText(value);
    if (text !== value) (params ??= { ...given })[key] = text;
  }
  return params ?? given;
}

/** An instant's parts at an offset, the month named by `Intl.DateTimeFormat`. */
function partsOf(due: DeadlineWords, monthName: (local: Date) => string): DateParts {
  const local = new Date(due.at + due.offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    monthName: monthName(local),
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
  return toolsOf(catalogue).say(message);
}

/** {@link render} for one catalogue, found once: `rendererFor(en)(message)`. @internal */
export function rendererFor(catalogue: Catalogue): (message: Message) => string {
  return toolsOf(catalogue).say;
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
