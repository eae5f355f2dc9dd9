import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ContractDraft } from './_contractTypes.js';
import { readContractDraft } from './_readDraft.js';
import { fixZipTimes } from './_zipTimes.js';

const LANGUAGE: Readonly<Record<ContractDraft['locale'], string>> = { en: 'en-GB', fr: 'fr-FR' };

/**
 * The characters XML 1.0 forbids (C0 controls but tab, LF and CR; U+FFFE, U+FFFF; lone
 * surrogates). The draft escapes them in a caller's text already; a draft built by hand may hold
 * them, and Word refuses a file that does.
 */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A text with each character XML 1.0 forbids written as `printable` writes it (`\\x01`, `\\uffff`), so none is lost. */
function chars(text: string): string {
  return text.replace(NOT_XML, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

function xml(text: string): string {
  return chars(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * The package's core properties, written here rather than by docx, which stamps them with the
 * clock: the title, the language and the generator, and no creation date, so the same draft gives
 * the same bytes.
 */
function coreProperties(draft: ContractDraft): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xml(draft.title)}</dc:title><dc:subject>${xml(draft.subtitle)}</dc:subject><dc:creator>webcast-partnership</dc:creator><dc:language>${LANGUAGE[draft.locale]}</dc:language>` +
    '</cp:coreProperties>'
  );
}

function body(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun(chars(text))], alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } });
}

function children(draft: ContractDraft): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ text: chars(draft.title), heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: chars(draft.subtitle), italics: true })], spacing: { after: 240 } }),
    ...draft.preamble.map((text) => new Paragraph({ children: [new TextRun({ text: chars(text), italics: true })], spacing: { after: 240 } })),
  ];
  for (const article of draft.articles) {
    out.push(new Paragraph({ text: chars(`Article ${article.number}. ${article.heading}`), heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 120 } }));
    out.push(...article.paragraphs.map(body));
  }
  for (const signature of draft.signatures) {
    out.push(
      new Paragraph({ children: [new TextRun({ text: chars(signature.role), bold: true })], spacing: { before: 360 }, keepNext: true }),
      new Paragraph({ text: chars(signature.name), keepNext: true }),
      new Paragraph({ text: chars(signature.line), spacing: { after: 480 } }),
    );
  }
  return out;
}

/**
 * Writes a contract draft as a Word document (DOCX, through `docx` 9), for staff to open and edit in
 * Word or LibreOffice: a title, the articles as numbered headings, justified paragraphs, and the
 * signature block. Asynchronous because docx packs the file asynchronously. Same draft, same bytes:
 * the core properties carry no date and every file in the package is dated 1980-01-01 00:00, so the
 * file does not depend on when or where it was written.
 *
 * @returns the DOCX file's bytes.
 * @throws {PartnershipError} `draft_malformed` (or `unknown_key`) at the path of a field that is
 *   not what `contractDraft` writes (the promise is rejected).
 * @example
 * await writeFile('contract.docx', await contractDocx(contractDraft(undefined, request, { locale: 'fr' })));
 */
export async function contractDocx(draft: ContractDraft): Promise<Uint8Array> {
  return docxOf(readContractDraft(draft));
}

/** The DOCX of a draft that was read. */
async function docxOf(draft: ContractDraft): Promise<Uint8Array> {
  const document = new Document({
    title: chars(draft.title),
    creator: 'webcast-partnership',
    styles: { default: { document: { run: { size: 22, language: { value: LANGUAGE[draft.locale] } } } } },
    sections: [{ children: children(draft) }],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(draft) }]);
  return fixZipTimes(bytes);
}
