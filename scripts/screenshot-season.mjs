// Writes docs/season-report.png: the season report of the example data (examples/data/requests.json,
// crews.json, bookings.json, as of 2026-02-10), made by the built CLI (`npx tsup` first) and
// photographed in headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM), cropped to the
// crew plan and the producer risk. The simulated band comes from the small simulation below, written
// by hand in the shape `simulate --json` gives, to show how a band looks.
//   node scripts/screenshot-season.mjs
import { execFileSync } from 'node:child_process';
import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(import.meta.dirname, '..');
const data = (file) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-screenshot-'));
const simulation = join(scratch, 'simulation.json');
writeFileSync(
  simulation,
  JSON.stringify({
    currency: 'EUR',
    byMonth: [
      { month: '2026-03', uncovered: { mean: '2150.50', median: '2400.00', p5: '600.00', p95: '3000.00' } },
      { month: '2026-04', uncovered: { mean: '420.25', median: '400.00', p5: '0.00', p95: '800.00' } },
    ],
  }),
);
const html = join(scratch, 'season.html');
execFileSync(process.execPath, [
  join(root, 'dist/cli/index.js'), 'report', data('requests.json'),
  '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10',
  '--simulation', simulation, '--html', html,
], { stdio: 'inherit' });

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 }, deviceScaleFactor: 1 });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  // From the top of the page to the legend of the producer risk's chart.
  const chart = await page.locator('#risk .legend').first().boundingBox();
  const out = join(root, 'docs/season-report.png');
  await page.screenshot({ path: out, fullPage: true, clip: { x: 0, y: 0, width: 1000, height: Math.ceil(chart.y + chart.height + 12) } });
  console.log(`wrote ${out} (${statSync(out).size} bytes)`);
} finally {
  await browser.close();
}
