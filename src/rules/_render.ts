import { messageText } from '../_lib/describe.js';
import type { Catalogue, DateParts, Format, Message, PluralForms, SpeakerRef } from './messages.js';
import type { DeadlineWords } from './types.js';

// What `Intl` gives each catalogue, made once per catalogue on first use (no work at import).
interface Tools {
  readonly plural: Intl.PluralRules;
  readonly months: Intl.DateTimeFormat;
  readonly format: Format;
}

const tools = new WeakMap<Catalogue, Tools>();

function said(items: readonly string[], shown: (item: string) => string, catalogue: Catalogue, format: Format): string {
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
    speakers: (refs) => said(refs as never, speaker as never, catalogue, format),
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
