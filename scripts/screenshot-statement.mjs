// Writes docs/statement.png: the printable HTML statement of the demo's March (examples/data,
// contract.json and receipts-webdays.json), in French, as Chromium renders it. Needs the build
// (`npx tsup`) and Chromium (CHROMIUM=/path/to/chromium, /usr/bin/chromium by default):
//   npx tsup && node scripts/screenshot-statement.mjs
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { parseContract, settle, settlementTerms } from '../dist/index.js';
import { statementForPeriod, statementHtml } from '../dist/documents/index.js';

const root = resolve(import.meta.dirname, '..');
const read = (file) => JSON.parse(readFileSync(join(root, 'examples/data', file), 'utf8'));
const contract = parseContract(read('contract.json'));
const statement = settle(settlementTerms(contract), read('receipts-webdays.json'));
const march = statementForPeriod(statement, { from: '2026-03', to: '2026-03' });
const html = statementHtml(march, { locale: 'fr', title: `${contract.parties.organizer.name} · ${contract.id}` });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 960, height: 800 }, deviceScaleFactor: 1 });
  await page.setContent(html, { waitUntil: 'load' });
  const out = join(root, 'docs/statement.png');
  await page.locator('main').screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
