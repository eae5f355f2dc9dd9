// Draws docs/contract.png, the first page of the demo's contract draft as Word or LibreOffice shows
// it: the Web 2.0 Days request of examples/data (its own contract), drafted in French, written as
// DOCX by the built package (run `npx tsup` first), converted to PDF by LibreOffice headless (a
// fresh profile in a temporary folder, so no user setting changes the page) and its page 1 turned
// into a PNG at 60 dpi by pdftoppm. Rerun it after changing the clauses or the DOCX writer:
//   npx tsup && node scripts/render-contract.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { contractDocx, contractDraft } = await import(join(root, 'dist/documents/index.js'));
const request = JSON.parse(readFileSync(join(root, 'examples/data/request.json'), 'utf8'));

const dir = mkdtempSync(join(tmpdir(), 'wp-render-contract-'));
try {
  const docx = join(dir, 'contract.docx');
  writeFileSync(docx, await contractDocx(contractDraft(undefined, request, { locale: 'fr' })));
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore', timeout: 300_000 });
  const png = join(root, 'docs/contract');
  execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', join(dir, 'contract.pdf'), png]);
  console.log(`docs/contract.png: ${statSync(`${png}.png`).size} bytes`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
