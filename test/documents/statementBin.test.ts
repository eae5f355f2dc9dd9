import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { statementCsv, statementForPeriod, statementHtml } from '../../src/documents/index.js';
import { webDays } from './demo.js';

// `settle --period … --csv | --html | --json` through the built bin (run `npx tsup` first).
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, 'settle', data('contract.json'), ...args], { cwd: root, encoding: 'utf8', input: input ?? '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const march = () => statementForPeriod(webDays().statement, { from: '2026-03', to: '2026-03' });
const TITLE = 'Web Days SAS · ctr-1';

describe('settle --period', () => {
  it.each(['receipts-webdays.csv', 'receipts-webdays.json'])('prints the CSV of March from %s, in both languages', (receipts) => {
    for (const locale of ['en', 'fr'] as const) {
      const { code, stdout, stderr } = run([data(receipts), '--period', '2026-03', '--csv', '--locale', locale]);
      expect([code, stderr]).toEqual([0, '']);
      expect(stdout).toBe(statementCsv(march(), { locale }));
    }
  });

  it('prints the HTML of March, headed by the organizer and the contract, as the golden file', () => {
    for (const locale of ['en', 'fr'] as const) {
      const { code, stdout } = run([data('receipts-webdays.csv'), '--period', '2026-03', '--html', '--locale', locale]);
      expect(code).toBe(0);
      expect(stdout).toBe(statementHtml(march(), { locale, title: TITLE }));
      expect(stdout).toBe(readFileSync(new URL(`golden/statement-2026-03.${locale}.html`, import.meta.url), 'utf8'));
    }
  });

  it('reads a range of days or months, and standard input', () => {
    const csv = readFileSync(data('receipts-webdays.csv'), 'utf8');
    const { code, stdout } = run(['-', '--period', '2026-01..2026-03-31', '--json'], csv);
    expect(code).toBe(0);
    const period = JSON.parse(stdout);
    expect([period.from, period.to, period.dueToOrganizer.amount, period.lines.length]).toEqual(['2026-01-01', '2026-03-31', '785.15', 3]);
  });

  it.each([
    [['--period', '2026-3', '--csv'], '--period expects a month `2026-03`, a day `2026-03-15` or `FROM..TO` of either, both included, got `2026-3`'],
    [['--period', '2026-04..2026-03', '--html'], 'the end is before the start (2026-04)'],
    [['--period', '2026-03..2026-04..2026-05', '--csv'], 'got `2026-03..2026-04..2026-05`'],
    [['--csv'], '--csv and --html print the statement of a period: give --period too'],
    [['--period', '2026-03'], '--period prints one document: give one of --csv, --html or --json'],
    [['--period', '2026-03', '--csv', '--html'], '--period prints one document'],
  ])('refuses %j with exit 2, before reading the receipts', (flags, message) => {
    const { code, stdout, stderr } = run(['no-such-file.csv', ...flags]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });

  it('names the file and line of a bad receipt, and prints nothing', () => {
    const { code, stdout, stderr } = run(['-', '--period', '2026-03', '--csv'], 'id,stream,amount,receivedAt\nr1,sponsorship,10.001,2026-03-01\n');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('line 2');
  });
});
