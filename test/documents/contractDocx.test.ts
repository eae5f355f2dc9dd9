import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contractDocx, contractDraft, type ContractDraft } from '../../src/documents/index.js';
import requests from '../../examples/data/requests.json' with { type: 'json' };
import { withChange } from '../utils/factory.js';
import { paragraphsOf, readZip } from './_zip.js';
import { malformedDrafts } from './_draft.js';

function has(program: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${program}`]).status === 0;
}

/** Every paragraph a draft has, in order, as the DOCX should show it. */
function expectedParagraphs(draft: ContractDraft): string[] {
  return [
    draft.title,
    draft.subtitle,
    ...draft.preamble,
    ...draft.articles.flatMap((a) => [`Article ${a.number}. ${a.heading}`, ...a.paragraphs]),
    ...draft.signatures.flatMap((s) => [s.role, s.name, s.line]),
  ];
}

async function documentXml(draft: ContractDraft): Promise<string> {
  const entry = readZip(await contractDocx(draft)).find((e) => e.name === 'word/document.xml');
  return entry!.data.toString('utf8');
}

const webdays = requests[0]!;

describe('contractDocx', () => {
  it.each(['en', 'fr'] as const)('writes every clause and figure of the draft, in order, into word/document.xml (%s)', async (locale) => {
    const draft = contractDraft(undefined, webdays as never, { locale });
    const paragraphs = paragraphsOf(await documentXml(draft));
    expect(paragraphs).toEqual(expectedParagraphs(draft));
  });

  it('has the figures of the Web 2.0 Days contract in the XML, as the French reader expects them', async () => {
    const xml = paragraphsOf(await documentXml(contractDraft(undefined, webdays as never, { locale: 'fr' }))).join('\n');
    for (const figure of ['3\u202f000,00\u00a0€', '6\u202f000,00\u00a0€', '1\u202f500,00\u00a0€', '4\u202f500,00\u00a0€', '50\u00a0%', '30\u00a0%', '70\u00a0%', '2 liens échangés, 5 tweets et 1 billet de blog']) {
      expect(xml).toContain(figure);
    }
    for (const clause of ['Seule équipe de tournage', 'veto', 'autorisation de cession de droit à l’image', 'câble audio XLR professionnel', 'partenaire média', 'mailing post-événement', 'Diffusion en pay-per-view']) {
      expect(xml).toContain(clause);
    }
  });

  it('escapes markup characters of a name in the XML', async () => {
    const input = withChange((r) => (r.contract.parties.organizer.name = 'A & B <Events> "Ltd"'));
    const draft = contractDraft(undefined, input);
    const xml = await documentXml(draft);
    expect(xml).toContain('A &amp; B &lt;Events&gt;');
    expect(paragraphsOf(xml)).toEqual(expectedParagraphs(draft));
  });

  it('gives the same bytes for the same draft: no date in the core properties, every entry dated 1980-01-01 00:00', async () => {
    const draft = contractDraft(undefined, webdays as never, { locale: 'fr' });
    const first = await contractDocx(draft);
    const second = await contractDocx(contractDraft(undefined, webdays as never, { locale: 'fr' }));
    expect(Buffer.compare(Buffer.from(first), Buffer.from(second))).toBe(0);
    const entries = readZip(first);
    expect(entries.every((e) => e.dosDate === 0x21 && e.dosTime === 0)).toBe(true);
    const core = entries.find((e) => e.name === 'docProps/core.xml')!.data.toString('utf8');
    expect(core).not.toContain('dcterms:created');
    expect(core).toContain('<dc:title>Contrat de partenariat pour la captation d’un événement</dc:title>');
    expect(core).toContain('<dc:language>fr-FR</dc:language>');
  });

  it.each(malformedDrafts())('refuses a draft with %s: a promise rejected with draft_malformed at its path, never a TypeError', async (_what, draft, path) => {
    await expect(contractDocx(draft as never)).rejects.toMatchObject({ code: 'draft_malformed', issues: [expect.objectContaining({ path })] });
  });

  it('is a Word package: content types, the main document and its styles', async () => {
    const names = readZip(await contractDocx(contractDraft(undefined, webdays as never))).map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']));
  });

  it.skipIf(!has('unzip'))('reads back with the unzip program too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-docx-'));
    const file = join(dir, 'contract.docx');
    writeFileSync(file, await contractDocx(contractDraft(undefined, webdays as never)));
    const result = spawnSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('Breakeven and sharing of sponsor money');
  });

  it.skipIf(!has('soffice'))('converts to PDF with LibreOffice headless', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-soffice-'));
    const file = join(dir, 'contract.docx');
    writeFileSync(file, await contractDocx(contractDraft(undefined, webdays as never, { locale: 'fr' })));
    const result = spawnSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
      encoding: 'utf8',
      timeout: 300_000,
    });
    const pdf = join(dir, 'contract.pdf');
    expect(existsSync(pdf), result.stderr).toBe(true);
    expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }, 330_000);
});
