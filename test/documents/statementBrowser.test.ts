import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statementForPeriod, statementHtml } from '../../src/documents/index.js';
import { webDays } from './demo.js';

// The printable statement in a real browser: it loads with no console error and no request,
// and shows the totals as Intl wrote them. Skipped where Chromium is not installed.
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

describe.skipIf(!hasChromium)('statementHtml in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['en', '€785.15', ['organizer', '€0.00', '€785.15', '€785.15']],
    ['fr', '785,15\u00A0€', ['organisateur', '0,00\u00A0€', '785,15\u00A0€', '785,15\u00A0€']],
  ] as const)('renders the %s statement of March with its totals and no console error', async (locale, due, lastRow) => {
    const html = statementHtml(statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' }), { locale, title: 'Web Days SAS · ctr-1' });
    const page = await browser.newPage();
    const problems: string[] = [];
    const requests: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('request', (request) => requests.push(request.url()));
    await page.setContent(html, { waitUntil: 'load' });
    expect(await page.locator('#due strong').innerText()).toBe(due);
    // The last row of the waterfall (the total's name spans its rows above): the organizer, prior, this period, cumulative.
    const cells = await page.locator('#waterfall tbody.total tr').last().locator('th, td').allInnerTexts();
    expect(cells.map((cell) => cell.trim())).toEqual([...lastRow]);
    const receiptsTotal = await page.locator('tfoot td').allInnerTexts();
    expect(receiptsTotal.at(-1)).toBe(due);
    expect(await page.title()).toContain('2026-03-01');
    expect(problems).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
