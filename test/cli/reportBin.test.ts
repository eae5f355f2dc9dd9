import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { seasonReportHtml } from '../../src/documents/index.js';
import { demoSeason } from '../documents/_season.js';

// `report` run through the built bin (`npx tsup` first), as a script would.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-report-'));
const season = [data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10'];

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('report (the bin)', () => {
  it('writes the page and says what it wrote, in English and in French', () => {
    const en = join(scratch, 'season.en.html');
    expect(run(['report', ...season, '--html', en])).toEqual({ code: 0, stdout: `Wrote ${en}: 2 of 7 requests covered.\n`, stderr: '' });
    expect(readFileSync(en, 'utf8')).toContain('<h1>The season at a glance</h1>');
    const fr = join(scratch, 'season.fr.html');
    expect(run(['report', ...season, '--html', fr, '--locale', 'fr']).stdout).toBe(`${fr} écrit : 2 demandes couvertes sur 7.\n`);
    expect(readFileSync(fr, 'utf8')).toContain('<h1>La saison en un coup d’œil</h1>');
  });

  it('writes the same page as the library, byte for byte, and to stdout with --html -', () => {
    const { code, stdout } = run(['report', ...season, '--html', '-']);
    expect(code).toBe(0);
    const { plan, requests, crews, bookings, reports } = demoSeason();
    expect(stdout).toBe(seasonReportHtml(plan, { requests, crews, bookings, reports, locale: 'en' }));
    expect(stdout).toContain('As of 2026-02-10 00:00 UTC, policy 2009-04. 2 of 7 requests covered.');
    expect(stdout).toContain('2026-04-02 09:00 · C6.2 · Have Ana (spk-1)');
  });

  it('draws the band of a simulation file', () => {
    const sim = join(scratch, 'sim.json');
    writeFileSync(sim, JSON.stringify({ currency: 'EUR', runs: 1000, byMonth: [{ month: '2026-03', uncovered: { mean: '2150.5', median: '2400.00', p5: '600.00', p95: '3000.00' } }] }));
    const { code, stdout } = run(['report', ...season, '--html', '-', '--simulation', sim]);
    expect(code).toBe(0);
    expect(stdout).toContain('<g class="band" data-month="2026-03">');
  });

  it('names the file and the field of a malformed simulation, exit 2', () => {
    const sim = join(scratch, 'bad-sim.json');
    writeFileSync(sim, JSON.stringify({ currency: 'EUR', byMonth: [{ month: 'March' }] }));
    const { code, stderr } = run(['report', ...season, '--html', '-', '--simulation', sim]);
    expect(code).toBe(2);
    expect(stderr).toContain(sim);
    expect(stderr).toContain('options.simulation.byMonth[0].month');
  });

  it('settles with a receipts file: recovered and uncovered per month, as the library does', () => {
    const { code, stdout } = run(['report', ...season, '--html', '-', '--receipts', data('season-receipts.json')]);
    expect(code).toBe(0);
    const { plan, requests, crews, bookings, reports } = demoSeason();
    const receipts = JSON.parse(readFileSync(data('season-receipts.json'), 'utf8')) as never;
    expect(stdout).toBe(seasonReportHtml(plan, { requests, crews, bookings, reports, locale: 'en', receipts }));
    expect(stdout).toContain('<tr><th scope="row">2026-03</th><td class="num">€3,000.00</td><td class="num">€1,800.00</td><td class="num">€1,200.00</td></tr>');
  });

  it('names the receipts file and an unknown request id in it, with the closest id, exit 2', () => {
    const file = join(scratch, 'receipts.json');
    writeFileSync(file, JSON.stringify({ 'req-webdyas': [] }));
    const { code, stderr } = run(['report', ...season, '--html', '-', '--receipts', file]);
    expect(code).toBe(2);
    expect(stderr).toContain(file);
    expect(stderr).toContain('did you mean `req-webdays`?');
  });

  it('requires --crews and --html (usage errors, exit 2)', () => {
    expect(run(['report', data('requests.json'), '--html', '-'])).toMatchObject({ code: 2, stdout: '' });
    const { code, stderr } = run(['report', data('requests.json'), '--crews', data('crews.json')]);
    expect(code).toBe(2);
    expect(stderr).toContain('report: --html <file> is required');
  });

  it('shows its usage and an example with --help', () => {
    const { code, stdout } = run(['report', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: webcast-partnership report');
    expect(stdout).toContain('Example:');
  });
});
