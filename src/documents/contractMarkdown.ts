import type { ContractDraft } from './_contractTypes.js';
import { readContractDraft } from './_readDraft.js';

/** Markdown's own characters (and `&`, which starts an entity) escaped, and line breaks folded, so a caller's name stays text in one paragraph. */
function inline(text: string): string {
  return foldLines(text).replace(/[\\`*_[\]<>#|~&]/g, (c) => `\\${c}`);
}

/**
 * A text that starts a line, escaped as `inline` does and at its start too, so nothing there opens a
 * block: leading spaces and tabs as character references (`&#32;`, `&#9;`: not stripped, no code
 * block), and `-`, `+`, `=` and an ordered list's `1.` or `1)` with a backslash (no list item, no
 * thematic break, no setext heading under the line before).
 */
function lineStart(text: string): string {
  const escaped = inline(text);
  const indent = /^[ \t]*/.exec(escaped)![0];
  const rest = escaped.slice(indent.length);
  const lead = indent.replace(/[ \t]/g, (c) => (c === ' ' ? '&#32;' : '&#9;'));
  if (lead === '' && /^[-+=]/.test(rest)) return `\\${rest}`;
  const ordered = /^(\d{1,9})([.)])/.exec(rest);
  return ordered === null ? `${lead}${rest}` : `${lead}${ordered[1]!}\\${rest.slice(ordered[1]!.length)}`;
}

/** Each run of line breaks with the white space around it becomes one space (in linear time). */
export function foldLines(text: string): string {
  const parts = text.split(/[\r\n]+/);
  if (parts.length === 1) return text;
  const last = parts.length - 1;
  const trimmed = parts.map((part, i) => (i === 0 ? part.trimEnd() : i === last ? part.trimStart() : part.trim()));
  return trimmed.filter((part, i) => i === 0 || i === last || part !== '').join(' ');
}

const ARTICLE: Readonly<Record<ContractDraft['locale'], string>> = { en: 'Article', fr: 'Article' };

/**
 * Renders a contract draft as Markdown (CommonMark): the title, the subtitle in italics, the
 * preamble, one `##` heading per numbered article, and the signature block. The draft's text is
 * escaped, inline (`*`, `[`, `&`...) and at the start of a line (`-`, `=`, `1.`, indentation), so
 * every name renders as itself and never becomes markup. Same draft, same string.
 *
 * @throws {PartnershipError} `draft_malformed` (or `unknown_key`) at the path of a field that is
 *   not what `contractDraft` writes (`draft.articles[2].paragraphs[0]`).
 * @example
 * contractMarkdown(contractDraft(undefined, request)).split('\n')[0]
 * //=> '# Event coverage partnership agreement'
 */
export function contractMarkdown(draft: ContractDraft): string {
  return markdownOf(readContractDraft(draft));
}

/** The Markdown of a draft that was read. */
function markdownOf(draft: ContractDraft): string {
  const out: string[] = [`# ${inline(draft.title)}`, '', `*${inline(draft.subtitle)}*`, ''];
  for (const paragraph of draft.preamble) out.push(`> ${inline(paragraph)}`, '');
  for (const article of draft.articles) {
    out.push(`## ${ARTICLE[draft.locale]} ${article.number}. ${inline(article.heading)}`, '');
    for (const paragraph of article.paragraphs) out.push(lineStart(paragraph), '');
  }
  out.push('---', '');
  for (const signature of draft.signatures) out.push(`**${inline(signature.role)}**  `, `${lineStart(signature.name)}  `, lineStart(signature.line), '');
  return `${out.join('\n').trimEnd()}\n`;
}
