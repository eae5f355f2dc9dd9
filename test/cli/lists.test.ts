import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every bad item reported, in every file a command reads: one error names each bad crew,
// booking, request, policy version, amount and CSV row, its file and its path as written there,
// the first 100 listed and the rest counted. Files are named as the user typed them (run here
// from the folder that holds them).
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-lists-'));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: scratch, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Writes `content` (JSON unless a string) into the scratch folder; returns its name there. */
function file(name: string, content: unknown): string {
  writeFileSync(join(scratch, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const crew = (id: string, cameras: number) => ({ id, name: id, homeCity: 'Paris', cameras });
const json = (name: string): unknown => JSON.parse(readFileSync(data(name), 'utf8'));
const requests = json('requests.json') as { id: unknown; event: { title: string } }[];
const tooFew = (i: number) => `  [${i}].cameras: Expected a number greater than 0, got \`0\``;

describe('plan', () => {
  it('names every bad crew of the crews file, not only the first', () => {
    const crews = file('three-bad-crews.json', [crew('crew-a', 0), crew('crew-b', 0), crew('crew-c', 0)]);
    const { code, stdout, stderr } = run(['plan', data('requests.json'), '--crews', crews, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(`webcast-partnership: three-bad-crews.json: invalid input (invalid_input)\n${[0, 1, 2].map(tooFew).join('\n')}\n`);
  });

  it('lists the first 100 of 250 bad crews, then says how many more there are', () => {
    const crews = file('250-bad-crews.json', Array.from({ length: 250 }, (_, i) => crew(`crew-${i}`, 0)));
    const { code, stderr } = run(['plan', data('requests.json'), '--crews', crews, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines[0]).toBe('webcast-partnership: 250-bad-crews.json: invalid input (invalid_input)');
    expect(lines[1]).toBe(tooFew(0));
    expect(lines[100]).toBe(tooFew(99));
    expect(lines[101]).toBe('  And 150 more issues not listed');
  });

  it('names every bad item of every file, each line naming its file: crews, then bookings, then requests', () => {
    const badRequests = structuredClone(requests);
    badRequests[0]!.event.title = '';
    badRequests[2]!.id = 5;
    const requestsFile = file('requests-2-bad.json', badRequests);
    const crews = file('crews-1-bad.json', [crew('crew-a', 2), crew('crew-b', 0)]);
    const bookings = file('bookings-1-bad.json', [{ crewId: 'crew-a', eventId: 'evt-x', start: '2026-03-14T08:00:00Z', end: '2026-03-14T07:00:00Z' }]);
    const { code, stderr } = run(['plan', requestsFile, '--crews', crews, '--bookings', bookings, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'webcast-partnership: invalid input (invalid_input)',
        '  crews-1-bad.json: [1].cameras: Expected a number greater than 0, got `0`',
        '  bookings-1-bad.json: [0].end: Expected an instant after `start`, got `2026-03-14T07:00:00Z`',
        '  requests-2-bad.json: [0].event.title: Expected a non-empty string, got ``',
        '  requests-2-bad.json: [2].id: Expected a string, got `5`',
        '',
      ].join('\n'),
    );
  });

  it('names a repeated request id at its place in the file, in the path and in the message', () => {
    const twice = file('requests-twice.json', [requests[0], requests[0]]);
    const { code, stderr } = run(['plan', twice, '--crews', data('crews.json'), '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stderr).toBe('webcast-partnership: requests-twice.json: invalid input (invalid_input)\n  [1].id: Expected `[1].id` to be a request id used once, got `req-webdays`\n');
  });
});

describe('check', () => {
  it('names the bad fields of the request and every bad crew and booking, each in its file', () => {
    const request = json('request.json') as { event: { title: string } };
    request.event.title = '';
    const requestFile = file('request-bad.json', request);
    const crews = file('crews-2-bad.json', [crew('crew-a', 0), crew('crew-b', -1)]);
    const bookings = file('bookings-bad.json', [{ crewId: 'crew-a', eventId: 'evt-x', start: 'soon', end: '2026-03-14T07:00:00Z' }]);
    const { code, stderr } = run(['check', requestFile, '--crews', crews, '--bookings', bookings, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'webcast-partnership: invalid input (invalid_input)',
        '  request-bad.json: event.title: Expected a non-empty string, got ``',
        '  crews-2-bad.json: [0].cameras: Expected a number greater than 0, got `0`',
        '  crews-2-bad.json: [1].cameras: Expected a number greater than 0, got `-1`',
        '  bookings-bad.json: [0].start: Expected an ISO 8601 instant with an offset, such as `2026-03-14T09:00:00+01:00`, got `soon`',
        '',
      ].join('\n'),
    );
  });

  it('names every bad crew of a good request in one file', () => {
    const crews = file('crews-3-bad.json', [crew('crew-a', 0), crew('crew-b', 0), crew('crew-c', 0)]);
    const { code, stderr } = run(['check', data('request.json'), '--crews', crews, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stderr).toBe(`webcast-partnership: crews-3-bad.json: invalid input (invalid_input)\n${[0, 1, 2].map(tooFew).join('\n')}\n`);
  });
});

describe('--policy', () => {
  it('names every bad version of a list of policies', () => {
    const versions = file('policies-2-bad.json', [{ version: '' }, { version: 'v2' }]);
    const { code, stderr } = run(['check', data('request.json'), '--policy', versions, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines[0]).toBe('webcast-partnership: policies-2-bad.json: invalid input (invalid_input)');
    expect(lines.some((line) => line.startsWith('  [0].'))).toBe(true);
    expect(lines.some((line) => line.startsWith('  [1].'))).toBe(true);
  });
});

describe('split', () => {
  it('names every bad amount, each by its argument or flag', () => {
    const { code, stderr } = run(['split', 'abc', '--breakeven', 'x1', '--recovered', '1.001']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        'webcast-partnership: invalid input (amount_malformed)',
        '  <received>: Expected a decimal string such as `"1250.50"`, got `abc`',
        '  --breakeven: Expected a decimal string such as `"1250.50"`, got `x1`',
        '  --recovered: Expected an amount with at most 2 decimals in EUR, got `1.001`',
        '',
      ].join('\n'),
    );
  });
});

describe('settle', () => {
  const instant = (i: number) => new Date(Date.UTC(2026, 2, 1) + i * 1000).toISOString();
  /** A CSV of `rows` sponsorships in time order, row `i` changed by `change`. */
  const csv = (rows: number, change: (i: number) => { id?: string; amount?: string }) =>
    'id,stream,amount,receivedAt\n' +
    Array.from({ length: rows }, (_, i) => {
      const { id = `r${i}`, amount = '1.00' } = change(i);
      return `${id},sponsorship,${amount},${instant(i)}\n`;
    }).join('');

  it('names every bad row of a CSV, past the first chunk of 1,000 rows too', () => {
    const receipts = file('bad-amounts.csv', csv(3000, (i) => (i % 1000 === 3 ? { amount: 'abc' } : {})));
    const { code, stderr } = run(['settle', data('contract.json'), receipts]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `webcast-partnership: bad-amounts.csv: invalid input (amount_malformed)\n${[5, 1005, 2005].map((line) => `  line ${line} (amount): Expected a decimal string such as \`"1250.50"\`, got \`abc\``).join('\n')}\n`,
    );
  });

  it('names every repeated id of a CSV at its line, with the line where it first came, whatever the chunk', () => {
    const receipts = file('repeated-ids.csv', csv(3000, (i) => (i % 1000 === 3 ? { id: 'r0' } : {})));
    const { code, stderr } = run(['settle', data('contract.json'), receipts, '--json']);
    expect(code).toBe(2);
    expect(stderr).toBe(
      `webcast-partnership: repeated-ids.csv: invalid input (receipt_id_duplicate)\n${[5, 1005, 2005].map((line) => `  line ${line} (id): Expected a receipt id not seen before, got \`r0\` again (first at \`line 2 (id)\`)`).join('\n')}\n`,
    );
  });

  it('lists the first 100 of 250 bad CSV rows, then says how many more there are', () => {
    const receipts = file('250-bad-rows.csv', csv(2500, (i) => (i % 10 === 0 ? { amount: 'abc' } : {})));
    const lines = run(['settle', data('contract.json'), receipts]).stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1 + 100 + 1);
    expect(lines[1]).toBe('  line 2 (amount): Expected a decimal string such as `"1250.50"`, got `abc`');
    expect(lines[100]).toBe('  line 992 (amount): Expected a decimal string such as `"1250.50"`, got `abc`');
    expect(lines[101]).toBe('  And 150 more issues not listed');
  });

  it('names every bad receipt of a JSON file', () => {
    const receipts = file('receipts-3-bad.json', [
      { id: 'a', stream: 'sponsorship', amount: { amount: '1.001', currency: 'EUR' }, receivedAt: '2026-03-01' },
      { id: 'b', stream: 'tv', amount: { amount: '1.00', currency: 'EUR' }, receivedAt: '2026-03-01' },
      { id: 'c', stream: 'sponsorship', amount: { amount: '1.00', currency: 'EUR' }, receivedAt: 'x' },
    ]);
    const { code, stderr } = run(['settle', data('contract.json'), receipts]);
    expect(code).toBe(2);
    expect(stderr.split('\n').slice(1, 4).map((line) => line.split(':')[0])).toEqual(['  receipts[0].amount.amount', '  receipts[1].stream', '  receipts[2].receivedAt']);
  });
});
