// A third language in one file: the pseudo-locale `en-XA`, English with accented letters between
// brackets, as translators' tools make it to find text that escaped the catalogues. It is built on
// the English catalogue and goes through the same renderer as English and French.
import { en } from '../../src/rules/locales/en.js';
import type { Catalogue, Format, MessageCode } from '../../src/rules/messages.js';

const ACCENTS: Record<string, string> = { a: 'á', e: 'é', i: 'í', o: 'ó', u: 'ú', A: 'Á', E: 'É', I: 'Í', O: 'Ó', U: 'Ú' };

/** English text in the pseudo-locale: vowels accented, between `⟦` and `⟧`. */
export function pseudo(text: string): string {
  return `⟦${text.replace(/[aeiouAEIOU]/g, (c) => ACCENTS[c] ?? c)}⟧`;
}

const messages: Record<string, (params: never, f: Format) => string> = {};
for (const code of Object.keys(en.messages) as MessageCode[]) {
  const say = en.messages[code] as (params: never, f: Format) => string;
  messages[code] = (params, f) => pseudo(say(params, f));
}

export const enXA: Catalogue = {
  locale: 'en-XA',
  more: (n) => `áńd ${n} móré`,
  date: (t) => `${t.year}-${t.month}-${t.day} ${t.hour}h${t.minute}`,
  messages: messages as unknown as Catalogue['messages'],
};
