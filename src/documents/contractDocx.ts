import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ContractDraft } from './_contractTypes.js';
import { fixZipTimes } from './_zipTimes.js';

const LANGUAGE: Readonly<Record<ContractDraft['locale'], string>> = { en: 'en-GB', fr: 'fr-FR' };

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
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
  return new Paragraph({ children: [new TextRun(text)], alignment: AlignmentType.JUSTIFIED, spacing: { after: 120 } });
}

function children(draft: ContractDraft): Paragraph[] {
  const out: Paragraph[] = [
    new Paragraph({ text: draft.title, heading: HeadingLevel.TITLE }),
    new Paragraph({ children: [new TextRun({ text: draft.subtitle, italics: true })], spacing: { after: 240 } }),
    ...draft.preamble.map((text) => new Paragraph({ children: [new TextRun({ text, italics: true })], spacing: { after: 240 } })),
  ];
  for (const article of draft.articles) {
    out.push(new Paragraph({ text: `Article ${article.number}. ${article.heading}`, heading: HeadingLevel.HEADING_2, keepNext: true, spacing: { before: 240, after: 120 } }));
    out.push(...article.paragraphs.map(body));
  }
  for (const signature of draft.signatures) {
    out.push(
      new Paragraph({ children: [new TextRun({ text: signature.role, bold: true })], spacing: { before: 360 }, keepNext: true }),
      new Paragraph({ text: signature.name, keepNext: true }),
      new Paragraph({ text: signature.line, spacing: { after: 480 } }),
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
 * @example
 * await writeFile('contract.docx', await contractDocx(contractDraft(undefined, request, { locale: 'fr' })));
 */
export async function contractDocx(draft: ContractDraft): Promise<Uint8Array> {
  const document = new Document({
    title: draft.title,
    creator: 'webcast-partnership',
    styles: { default: { document: { run: { size: 22, language: { value: LANGUAGE[draft.locale] } } } } },
    sections: [{ children: children(draft) }],
  });
  const bytes = await Packer.pack(document, 'uint8array', false, [{ path: 'docProps/core.xml', data: coreProperties(draft) }]);
  return fixZipTimes(bytes);
}
