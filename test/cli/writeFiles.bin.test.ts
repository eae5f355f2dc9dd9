import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The files the commands write (`report --html`, `contract --docx`, `check --ics`), through the
// built bin (`npx tsup` first): a file that cannot be written is a usage error (exit 2) naming the
// command and the file, and a file name is printed as `printable` shows it.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-write-'));
const season = [data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10'];
const missing = (name: string) => join(scratch, 'missing', name);

function run(args: string[], cwd = root) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a file a command cannot write', () => {
  it('report --html: exit 2, `report: cannot write <file>: <reason>` (was exit 70, internal error)', () => {
    const file = missing('season.html');
    expect(run(['report', ...season, '--html', file])).toEqual({ code: 2, stdout: '', stderr: `webcast-partnership: report: cannot write ${file}: ENOENT\n` });
  });

  it('contract --docx: the same shape, the file name printable', () => {
    const file = missing('c\x1b[2J.docx');
    const shown = missing('c\\x1b[2J.docx');
    expect(run(['contract', data('request.json'), '--docx', file])).toEqual({ code: 2, stdout: '', stderr: `webcast-partnership: contract: cannot write ${shown}: ENOENT\n` });
  });

  it('check --ics: the same shape', () => {
    const file = missing('c\x07.ics');
    const { code, stdout, stderr } = run(['check', data('request.json'), '--as-of', '2026-02-10', '--ics', file]);
    expect({ code, stdout, stderr }).toEqual({ code: 2, stdout: '', stderr: `webcast-partnership: check: cannot write ${missing('c\\x07.ics')}: ENOENT\n` });
  });
});

describe('file names printed', () => {
  it('report says what it wrote with the file name printable', () => {
    const file = join(scratch, 'season\x1b]0;owned\x07.html');
    const { code, stdout } = run(['report', ...season, '--html', file]);
    expect(code).toBe(0);
    expect(existsSync(file)).toBe(true);
    expect(stdout).toBe(`Wrote ${join(scratch, 'season\\x1b]0;owned\\x07.html')}: 2 of 7 requests covered.\n`);
  });
});

describe('check --ics -', () => {
  it('is a usage error: the calendar goes to a file, and no file named `-` is written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wp-ics-dash-'));
    const { code, stdout, stderr } = run(['check', data('request.json'), '--as-of', '2026-02-10', '--ics', '-'], dir);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe('webcast-partnership: check: --ics needs a file name (the calendar is written to a file, not printed)\n');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});
