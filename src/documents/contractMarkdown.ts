import type { ContractDraft } from './_contractTypes.js';

/** Markdown's own characters escaped, and line breaks folded, so a caller's name stays text in one paragraph. */
function inline(text: string): string {
  return foldLines(text).replace(/[\\`*_[\]<>#|~]/g, (c) => `\\${c}`);
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
 * escaped, so nothing in a name becomes markup. Same draft, same string.
 *
 * @example
 * contractMarkdown(contractDraft(undefined, request)).split('\n')[0]
 * //=> '# Event coverage partnership agreement'
 */
export function contractMarkdown(draft: ContractDraft): string {
  const out: string[] = [`# ${inline(draft.title)}`, '', `*${inline(draft.subtitle)}*`, ''];
  for (const paragraph of draft.preamble) out.push(`> ${inline(paragraph)}`, '');
  for (const article of draft.articles) {
    out.push(`## ${ARTICLE[draft.locale]} ${article.number}. ${inline(article.heading)}`, '');
    for (const paragraph of article.paragraphs) out.push(inline(paragraph), '');
  }
  out.push('---', '');
  for (const signature of draft.signatures) out.push(`**${inline(signature.role)}**  `, `${inline(signature.name)}  `, inline(signature.line), '');
  return `${out.join('\n').trimEnd()}\n`;
}
