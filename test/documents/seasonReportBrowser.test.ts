import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { seasonReportHtml } from '../../src/documents/index.js';
import type { Locale } from '../../src/rules/types.js';
import { demoSeason, SIMULATION } from './_season.js';

// The page in a real browser: Debian's chromium, driven by playwright-core. Skipped where it is absent.
const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

describe.skipIf(!existsSync(CHROMIUM))('the season report in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each<Locale>(['en', 'fr'])('renders in %s from a file, with no console error and no request but the page', async (locale) => {
    const { plan, requests, crews, bookings, reports } = demoSeason();
    const file = join(mkdtempSync(join(tmpdir(), 'wp-season-')), `season.${locale}.html`);
    writeFileSync(file, seasonReportHtml(plan, { requests, crews, bookings, reports, locale, simulation: SIMULATION }));
    const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
      const errors: string[] = [];
      const requested: string[] = [];
      const failed: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('request', (request) => requested.push(request.url()));
      page.on('requestfailed', (request) => failed.push(request.url()));
      await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });

      expect(errors).toEqual([]);
      expect(failed).toEqual([]);
      expect(requested).toEqual([pathToFileURL(file).href]);
      for (const selector of ['svg.gantt', 'svg.risk']) {
        const box = await page.locator(selector).boundingBox();
        expect(box, selector).not.toBeNull();
        expect(box!.width, selector).toBeGreaterThan(100);
        expect(box!.height, selector).toBeGreaterThan(100);
      }
      // Every event a bar the browser laid out, every crew a row.
      const bars = await page.locator('svg.gantt g.bar rect').evaluateAll((rects) => rects.map((r) => (r as unknown as { getBBox(): { width: number } }).getBBox().width));
      expect(bars).toHaveLength(requests.length);
      for (const width of bars) expect(width).toBeGreaterThan(0);
      expect(await page.locator('svg.gantt g.row.crew').count()).toBe(crews.length);
      expect(await page.locator('html').getAttribute('lang')).toBe(locale);
      await page.close();
  });
});
