import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// What a terminal is shown: caller strings escaped in every human table and message, and a
// reader that closes the pipe early is not an error.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-terminal-'));

function run(args: string[], input = '') {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, input });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

// ESC (retitle, clear), BEL, CR (overwrite a printed amount), U+202E (reverse what follows).
const HOSTILE = 'x\x1b]0;owned\x07\x1b[2J\r9999.99\u202eevil';
const SHOWN = 'x\\x1b]0;owned\\x07\\x1b[2J\\x0d9999.99\\u202eevil';
// eslint-disable-next-line no-control-regex -- what must never reach a terminal
const RAW = /[\x07\x1b\r\u202e]/;

describe('human output of caller strings', () => {
  it('settle escapes a receipt id in its streamed table, its table of JSON receipts, and its errors', () => {
    const csv = file('hostile.csv', `id,stream,amount,receivedAt\n"${HOSTILE}",sponsorship,10.00,2026-03-01\n`);
    const streamed = run(['settle', data('contract.json'), csv]);
    expect(streamed.code).toBe(0);
    expect(streamed.stdout).toContain(SHOWN);
    expect(streamed.stdout).not.toMatch(RAW);

    const json = file('hostile.json', JSON.stringify([{ id: HOSTILE, stream: 'sponsorship', amount: { amount: '10', currency: 'EUR' }, receivedAt: '2026-03-01' }]));
    const table = run(['settle', data('contract.json'), json]);
    expect(table.stdout).toContain(SHOWN);
    expect(table.stdout).not.toMatch(RAW);

    const dup = file('hostile-dup.csv', `id,stream,amount,receivedAt\n"${HOSTILE}",sponsorship,10.00,2026-03-01\n"${HOSTILE}",sponsorship,10.00,2026-03-02\n`);
    const error = run(['settle', data('contract.json'), dup]);
    expect(error.code).toBe(2);
    expect(error.stderr).not.toMatch(RAW);
  });

  it('keeps --json standard JSON: the id comes back exactly', () => {
    const csv = file('hostile-json.csv', `id,stream,amount,receivedAt\n"${HOSTILE}",sponsorship,10.00,2026-03-01\n`);
    const { stdout } = run(['settle', data('contract.json'), csv, '--json']);
    expect((JSON.parse(stdout) as { lines: { receiptId: string }[] }).lines[0]!.receiptId).toBe(HOSTILE);
    // JSON.stringify escapes C0 controls; U+202E is a character JSON carries as is.
    // eslint-disable-next-line no-control-regex -- what JSON escapes
    expect(stdout).not.toMatch(/[\x07\x1b\r]/);
  });

  it('check escapes the request id and a film crew name in its report', () => {
    const request = JSON.parse(readFileSync(data('request.json'), 'utf8')) as { id: string; event: { otherFilmCrews: unknown[] } };
    request.id = `req${HOSTILE}`;
    request.event.otherFilmCrews = [{ name: `TV${HOSTILE}` }];
    const { code, stdout } = run(['check', '-', '--as-of', '2026-02-10'], JSON.stringify(request));
    expect(code).toBe(1);
    expect(stdout).toContain(`req${SHOWN}`);
    expect(stdout).not.toMatch(RAW);
  });

  it('plan escapes request and crew ids in its tables', () => {
    const crews = file('hostile-crews.json', JSON.stringify([{ id: `crew${HOSTILE}`, name: `Crew${HOSTILE}`, homeCity: 'Paris', cameras: 3 }]));
    const { code, stdout } = run(['plan', data('requests.json'), '--crews', crews, '--as-of', '2026-02-10T12:00:00Z']);
    expect(code).toBe(0);
    expect(stdout).toContain(`crew${SHOWN}`);
    expect(stdout).not.toMatch(RAW);
  });

  it('escapes caller strings in error messages and their paths', () => {
    const asOf = run(['check', data('request.json'), '--as-of', `2026${HOSTILE}`]);
    expect(asOf.code).toBe(2);
    expect(asOf.stderr).not.toMatch(RAW);
    const header = run(['settle', data('contract.json'), file('hostile-header.csv', `id,stream,amount,receivedAt,"${HOSTILE}"\n`)]);
    expect(header.stderr).toContain(SHOWN.slice(0, 20));
    expect(header.stderr).not.toMatch(RAW);
    const format = run(['settle', data('contract.json'), '-', '--format', `x${HOSTILE}`]);
    expect(format.stderr).not.toMatch(RAW);
    const command = run([`frob${HOSTILE}`]);
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('unknown command `frob');
    expect(command.stderr).not.toMatch(RAW);
  });
});

describe('a closed pipe', () => {
  it('exits quietly with status 0 when the reader stops after one line', async () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `r${i},sponsorship,1.00,2026-03-01`);
    const csv = file('long.csv', `id,stream,amount,receivedAt\n${rows.join('\n')}\n`);
    const result = await new Promise<{ code: number | null; stderr: string; first: string }>((done) => {
      const cli = spawn(process.execPath, [bin, 'settle', data('contract.json'), csv], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      let first = '';
      cli.stderr.setEncoding('utf8').on('data', (text: string) => (stderr += text));
      // Read the first chunk, then close our end, as `head -1` does.
      cli.stdout.once('data', (chunk: Buffer) => {
        first = chunk.toString('utf8').split('\n')[0]!;
        cli.stdout.destroy();
      });
      cli.on('close', (code) => done({ code, stderr, first }));
    });
    expect(result.first).toMatch(/^receipt\s+stream/);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
