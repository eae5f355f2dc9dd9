import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';

// `policy diff` and `policy impact` through the built bin (run `npx tsup` first): exit code, stdout, stderr.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-policy-'));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input: '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: unknown): string {
  const path = join(scratch, name);
  writeFileSync(path, JSON.stringify(content));
  return path;
}

const OLD = data('policy-2009-04.json');
const NEW = data('policy-2026-06.json');
const season = [data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10T12:00:00Z'];

describe('policy diff', () => {
  it('lists the changed parameter and exits 1', () => {
    const { code, stdout, stderr } = run(['policy', 'diff', OLD, NEW]);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toContain('parameters.releaseLeadDays  changed  7       40');
  });

  it('exits 0 when nothing changes, in French too', () => {
    const { code, stdout } = run(['policy', 'diff', OLD, OLD, '--locale', 'fr']);
    expect(code).toBe(0);
    expect(stdout).toContain('Aucun changement');
  });

  it('prints the diff as JSON', () => {
    const { stdout } = run(['policy', 'diff', OLD, NEW, '--json']);
    expect(JSON.parse(stdout).changes).toEqual([{ kind: 'parameter', path: 'parameters.releaseLeadDays', parameter: 'releaseLeadDays', change: 'changed', before: 7, after: 40 }]);
  });

  it('names every bad field of both files, each in its file, and exits 2', () => {
    const bad = file('bad.json', { ...DEFAULT_POLICY, weights: { c10: 1 } });
    const worse = file('worse.json', { ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDay: 3 } });
    const { code, stderr } = run(['policy', 'diff', bad, worse]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${bad}: weights.c10: Expected a known key, got \`c10\`: did you mean \`C10\`?`);
    expect(stderr).toContain(`${worse}: parameters.releaseLeadDay:`);
  });

  it('refuses the options of impact, and a missing file', () => {
    expect(run(['policy', 'diff', OLD, NEW, '--crews', data('crews.json')]).stderr).toContain('--crews is an option of `policy impact`');
    expect(run(['policy', 'diff', OLD]).code).toBe(2);
    expect(run(['policy', 'undo', OLD]).stderr).toContain('expected `diff` or `impact`, got `undo`');
  });
});

describe('policy impact', () => {
  it('lists the requests that change and the season before and after, and exits 1', () => {
    const { code, stdout, stderr } = run(['policy', 'impact', ...season, '--before', OLD, '--after', NEW]);
    expect([code, stderr]).toEqual([1, '']);
    expect(stdout).toContain('Requests that change: 3 of 7');
    expect(stdout).toContain('req-webdays   evt-webdays   eligible → ineligible  1.0000 → 1.0000  yes → no  C6.2   parameters.releaseLeadDays');
    expect(stdout).toContain('breakeven committed (EUR)  3800.00  800.00    -3000.00');
  });

  it('speaks French', () => {
    const { stdout } = run(['policy', 'impact', ...season, '--before', OLD, '--after', NEW, '--locale', 'fr']);
    expect(stdout).toContain('Demandes qui changent : 3 sur 7');
    expect(stdout).toContain('point mort engagé (EUR)');
  });

  it('exits 0 for identical policies, and prints JSON', () => {
    const { code, stdout } = run(['policy', 'impact', ...season, '--before', OLD, '--after', OLD, '--json']);
    expect(code).toBe(0);
    const impact = JSON.parse(stdout);
    expect(impact.requests).toEqual([]);
    expect(impact.totals.before).toEqual(impact.totals.after);
    expect(impact.breakevenChange).toEqual([{ amount: '0.00', currency: 'EUR' }]);
  });

  it('runs without crews', () => {
    const { code, stdout } = run(['policy', 'impact', data('requests.json'), '--before', OLD, '--after', NEW, '--as-of', '2026-02-10']);
    expect(code).toBe(1);
    expect(stdout).toContain('Without --crews');
  });

  it('needs --before and --after, and --crews for --bookings', () => {
    expect(run(['policy', 'impact', data('requests.json'), '--after', NEW]).stderr).toContain('--before <policy.json> is required');
    expect(run(['policy', 'impact', data('requests.json'), '--before', OLD, '--after', NEW, '--bookings', data('bookings.json')]).stderr).toContain('--bookings needs --crews');
  });

  it('names a bad policy in its file, and a bad request in its own', () => {
    const bad = file('bad-after.json', { ...DEFAULT_POLICY, blocking: ['C2.5'] });
    const policy = run(['policy', 'impact', data('requests.json'), '--before', OLD, '--after', bad, '--as-of', '2026-02-10']);
    expect(policy.code).toBe(2);
    expect(policy.stderr).toContain(`${bad}: invalid input`);
    expect(policy.stderr).toContain('blocking[0]:');
    const requests = file('requests.json', [{ id: 'x' }]);
    const request = run(['policy', 'impact', requests, '--before', OLD, '--after', NEW, '--as-of', '2026-02-10']);
    expect(request.code).toBe(2);
    expect(request.stderr).toContain(requests);
  });

  it('has a help with an example', () => {
    const { code, stdout } = run(['policy', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: webcast-partnership policy diff');
    expect(stdout).toContain('Example:');
  });
});

describe('docs/policy.md', () => {
  it('shows the real output of every command it quotes', () => {
    const doc = readFileSync(join(root, 'docs/policy.md'), 'utf8');
    const blocks = [...doc.matchAll(/```\n\$ (webcast-partnership [\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBe(2);
    for (const block of blocks) {
      const lines = block.split('\n');
      let i = 0;
      while (lines[i]!.endsWith('\\')) i += 1;
      const command = lines.slice(0, i + 1).map((line) => line.replace(/\\$/, '').trim()).join(' ');
      expect(run(command.split(/\s+/).slice(1)).stdout, command).toBe(lines.slice(i + 1).join('\n'));
    }
  });
});
