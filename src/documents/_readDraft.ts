// The contract draft that contractMarkdown and contractDocx write, read back from a caller: a value
// that `contractDraft` returned, or its JSON. Each field is checked before it is written, so a
// hostile value is a `draft_malformed` error at its path, never a TypeError. @internal
import { Issues, rejectValue } from '../_lib/reject.js';
import { isRecord, own } from '../_lib/record.js';
import type { Locale } from '../rules/types.js';
import type { ContractArticle, ContractDraft, SignatureLine } from './_contractTypes.js';

const CODE = 'draft_malformed';
const DRAFT_KEYS = ['locale', 'title', 'subtitle', 'preamble', 'articles', 'signatures'];
const ARTICLE_KEYS = ['number', 'heading', 'paragraphs'];
const SIGNATURE_KEYS = ['role', 'name', 'line'] as const;

/** A record with no key beyond `known`, or `undefined` after an issue. */
function record(value: unknown, path: string, known: readonly string[], expected: string, issues: Issues): Record<string, unknown> | undefined {
  if (!isRecord(value)) {
    issues.expected(CODE, path, expected, value);
    return undefined;
  }
  issues.unknownKeys(value, known, path);
  return value;
}

function text(value: unknown, path: string, issues: Issues): string {
  if (typeof value !== 'string') issues.expected(CODE, path, 'a text', value);
  return value as string;
}

function list<T>(value: unknown, path: string, issues: Issues, item: (value: unknown, path: string) => T): readonly T[] {
  if (!Array.isArray(value)) {
    issues.expected(CODE, path, 'a list', value);
    return [];
  }
  return Object.freeze(Array.from(value, (entry: unknown, i) => item(entry, `${path}[${i}]`)));
}

/**
 * Reads a contract draft as {@link contractDraft} returns it (or its JSON) into a fresh frozen
 * copy: what the writers print is only what was checked.
 *
 * @throws {PartnershipError} `draft_malformed` (or `unknown_key`) naming each field that is not
 *   what `contractDraft` writes (`draft.articles[2].paragraphs[0]`).
 * @internal
 */
export function readContractDraft(draft: unknown): ContractDraft {
  if (!isRecord(draft)) rejectValue(CODE, 'draft', 'a contract draft that `contractDraft` returned', draft);
  const issues = new Issues();
  issues.unknownKeys(draft, DRAFT_KEYS, 'draft');
  const locale = own(draft, 'locale');
  if (locale !== 'en' && locale !== 'fr') issues.expected(CODE, 'draft.locale', '`en` or `fr`', locale);
  const title = text(own(draft, 'title'), 'draft.title', issues);
  const subtitle = text(own(draft, 'subtitle'), 'draft.subtitle', issues);
  const paragraph = (value: unknown, path: string) => text(value, path, issues);
  const preamble = list(own(draft, 'preamble'), 'draft.preamble', issues, paragraph);
  const articles = list(own(draft, 'articles'), 'draft.articles', issues, (value, path): ContractArticle => {
    const article = record(value, path, ARTICLE_KEYS, 'an article `{ number, heading, paragraphs }`', issues);
    if (article === undefined) return { number: 0, heading: '', paragraphs: [] };
    const number = own(article, 'number');
    if (!Number.isSafeInteger(number) || (number as number) < 1) issues.expected(CODE, `${path}.number`, 'a whole number from 1', number);
    return Object.freeze({ number: number as number, heading: text(own(article, 'heading'), `${path}.heading`, issues), paragraphs: list(own(article, 'paragraphs'), `${path}.paragraphs`, issues, paragraph) });
  });
  const signatures = list(own(draft, 'signatures'), 'draft.signatures', issues, (value, path): SignatureLine => {
    const signature = record(value, path, SIGNATURE_KEYS, 'a signature line `{ role, name, line }`', issues);
    if (signature === undefined) return { role: '', name: '', line: '' };
    const [role, name, line] = SIGNATURE_KEYS.map((key) => text(own(signature, key), `${path}.${key}`, issues)) as [string, string, string];
    return Object.freeze({ role, name, line });
  });
  issues.throwIfAny();
  return Object.freeze({ locale: locale as Locale, title, subtitle, preamble, articles, signatures });
}
