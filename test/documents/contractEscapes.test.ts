import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { contractDocx, contractDraft, contractMarkdown } from '../../src/documents/index.js';
import { withChange } from '../utils/factory.js';
import { readZip } from './_zip.js';

// What a caller's text may hold and still come back as itself: characters XML 1.0 forbids in the
// DOCX, Markdown block starts and `&` in the Markdown, shares with more decimals than Intl shows.

/** Every code point XML 1.0 forbids (`Char` is tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up). */
function forbiddenIn(xml: string): number[] {
  const found: number[] = [];
  for (const ch of xml) {
    const c = ch.codePointAt(0)!;
    const allowed = c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
    if (!allowed) found.push(c);
  }
  return found;
}

async function documentXml(input: unknown): Promise<string> {
  return readZip(await contractDocx(contractDraft(undefined, input))).find((e) => e.name === 'word/document.xml')!.data.toString('utf8');
}

describe('contractDocx with characters XML 1.0 forbids', () => {
  it('writes U+FFFE, U+FFFF, a lone surrogate and C0 controls as escapes, so the XML stays well formed', async () => {
    const input = withChange((r) => {
      r.contract.parties.organizer.name = 'Org\uffffA\ufffeB\ud800C\u0001D\u000bE';
      r.event.title = 'Title\uffff';
    });
    const xml = await documentXml(input);
    expect(forbiddenIn(xml)).toEqual([]);
    expect(xml).toContain('Org\\uffffA\\ufffeB\\ud800C\\x01D\\x0bE');
    expect(xml).toContain('Title\\uffff');
  });

  it('escapes them in a draft built by hand too, in word/document.xml and docProps/core.xml', async () => {
    const draft = contractDraft(undefined, withChange(() => undefined));
    const entries = readZip(await contractDocx({ ...draft, title: 'T\uffff\u0001\udc00', signatures: [{ role: 'R\ufffe', name: 'N\u0008', line: 'L' }] }));
    for (const name of ['word/document.xml', 'docProps/core.xml']) {
      const xml = entries.find((e) => e.name === name)!.data.toString('utf8');
      expect(forbiddenIn(xml)).toEqual([]);
      expect(xml).toContain('T\\uffff\\x01\\udc00');
    }
    const xml = entries.find((e) => e.name === 'word/document.xml')!.data.toString('utf8');
    expect(xml).toContain('R\\ufffe');
    expect(xml).toContain('N\\x08');
  });

  it('golden: U+FFFF in the name is shown as `\\uffff` in the draft itself, so the Markdown shows it too', () => {
    const draft = contractDraft(undefined, withChange((r) => (r.contract.parties.organizer.name = 'A\uffffB')));
    expect(draft.signatures[1]!.name).toBe('A\\uffffB');
  });
});

function markdownOf(name: string, title = 'Title'): string {
  return contractMarkdown(
    contractDraft(
      undefined,
      withChange((r) => {
        r.contract.parties.organizer.name = name;
        r.event.title = title;
      }),
    ),
  );
}

/** The organizer's signature: the line after its role. */
function organizerLines(markdown: string): string[] {
  const lines = markdown.trimEnd().split('\n');
  return lines.slice(-3);
}

describe('contractMarkdown: a caller string at the start of a line renders as itself', () => {
  it.each([
    ['===', '\\==='],
    ['---', '\\---'],
    ['- [x](https://e.test)', '\\- \\[x\\](https://e.test)'],
    ['+ item', '\\+ item'],
    ['1. First', '1\\. First'],
    ['2) Second', '2\\) Second'],
    ['# Head', '\\# Head'],
    ['> quote', '\\> quote'],
    ['    code', '&#32;&#32;&#32;&#32;code'],
    ['\tTab', '\\\\x09Tab'],
    ['A &amp; B', 'A \\&amp; B'],
  ])('escapes %j as %j', (name, escaped) => {
    expect(organizerLines(markdownOf(name))[1]).toBe(`${escaped}  `);
  });

  it('escapes `&` in a title, so `&amp;` is not read as `&`', () => {
    expect(markdownOf('Org', 'R&amp;D days')).toContain('R\\&amp;D days');
  });

  // A CommonMark reading when one is installed (markdown-it comes with the docs tooling); skipped otherwise.
  const load = createRequire(import.meta.url);
  let md: { render(text: string): string } | undefined;
  try {
    const MarkdownIt = load('markdown-it') as new (preset: string) => { render(text: string): string };
    md = new MarkdownIt('commonmark');
  } catch {
    md = undefined;
  }
  it.skipIf(md === undefined).each(['===', '---', '- [x](https://e.test)', '+ item', '1. First', '2) Second', '# Head', '> quote', '    code', 'A &amp; B'])(
    'CommonMark reads %j back as a plain paragraph line holding the name',
    (name) => {
      const html = md!.render(markdownOf(name));
      const organizer = html.split('<hr />')[1]!;
      const escapedName = name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
      expect(organizer).toContain(`<br />\n${escapedName}<br />`);
      expect(organizer).not.toMatch(/<h\d|<li|<pre|<blockquote|<a /);
    },
  );
});

describe('contract shares: the exact percentage, never rounded', () => {
  it('golden: a share of 25 decimals gives percentages that add to exactly 100 %', () => {
    const share = `0.${'3'.repeat(25)}`;
    const draft = contractDraft(undefined, withChange((r) => (r.contract.organizerShare = share)));
    const text = JSON.stringify(draft);
    expect(text).toContain(`33.${'3'.repeat(23)}%`);
    expect(text).toContain(`66.${'6'.repeat(22)}7%`);
  });

  it('golden: French, 150 decimals (beyond what Intl formats)', () => {
    const share = `0.${'1'.repeat(150)}`;
    const draft = contractDraft(undefined, withChange((r) => (r.contract.organizerShare = share)), { locale: 'fr' });
    const text = JSON.stringify(draft);
    expect(text).toContain(`11,${'1'.repeat(148)}\u00a0%`);
    expect(text).toContain(`88,${'8'.repeat(147)}9\u00a0%`);
  });

  it('golden: whole and short shares as before', () => {
    expect(JSON.stringify(contractDraft(undefined, withChange((r) => (r.contract.organizerShare = '1'))))).toContain('100%');
    expect(JSON.stringify(contractDraft(undefined, withChange((r) => (r.contract.organizerShare = '0.125')), { locale: 'fr' }))).toContain('12,5\u00a0%');
  });
});
