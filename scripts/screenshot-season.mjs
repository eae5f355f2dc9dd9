// Writes docs/season-report.png: the season report of the example data (examples/data/requests.json,
// crews.json, bookings.json, as of 2026-02-10), made by the built CLI (`npx tsup` first) and
// photographed in headless Chromium (playwright-core, /usr/bin/chromium or $CHROMIUM), cropped to the
// crew plan and the producer risk, with the band of the seeded simulation below.
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
const cli = (args) => execFileSync(process.execPath, [join(root, 'dist/cli/index.js'), ...args], { encoding: 'utf8' });
const season = [data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10'];
// The band is simulate's, as staff chain the commands: plan --json, then simulate --json on it
// (the example of docs/season.md: a 40 % chance, 500 to 4000 EUR per sponsor, seed 7).
const plan = join(scratch, 'plan.json');
writeFileSync(plan, cli(['plan', ...season, '--json']));
const simulation = join(scratch, 'simulation.json');
writeFileSync(simulation, cli(['simulate', plan, '--requests', data('requests.json'), '--chance', '0.4', '--contribution', '500..4000', '--seed', '7', '--json']));
const html = join(scratch, 'season.html');
cli(['report', ...season, '--simulation', simulation, '--html', html]);

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
