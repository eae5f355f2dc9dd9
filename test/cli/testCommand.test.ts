import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `webcast-partnership test`, through the built bin: the table, the exit codes, `--json`, `--locale fr`.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const scratch = mkdtempSync(join(tmpdir(), 'wp-cli-test-'));
copyFileSync(join(root, 'examples/data/request.json'), join(scratch, 'request.json'));
const examples = readdirSync(join(root, 'examples/scenarios'))
  .filter((name) => name.endsWith('.yaml'))
  .sort()
  .map((name) => `examples/scenarios/${name}`);

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, 'test', ...args], { cwd: root, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

const failing = file('failing.yaml', 'as_of: 2026-02-10\nbase: request.json\nchange:\n  event:\n    cameras: 4\nexpect:\n  decision: eligible\n  statuses:\n    NB: met\n    C2.2 csp-1: unmet\n');
const broken = file('broken.yaml', 'as_of: 2026-02-10\nbase: request.json\nexpct:\n  decision: eligible\n');

describe('webcast-partnership test', () => {
  it('shows its usage and an example', () => {
    const { code, stdout } = run(['--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: webcast-partnership test');
    expect(stdout).toContain('Example:');
  });

  it('runs the seed scenarios, as the shell expands a glob, and exits 0 when all pass', () => {
    const { code, stdout, stderr } = run(examples);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^scenario\s+result\s+expectation\s+line\s+expected\s+got$/m);
    expect(stdout).toMatch(/^examples\/scenarios\/C6\.2-speaker-releases-signed\.yaml\s+pass$/m);
    expect(stdout.trimEnd().split('\n').at(-1)).toBe(`${examples.length} scenario(s): ${examples.length} passed, 0 failed`);
  });

  it('runs the .yaml files of a folder, sorted by name, as the same files named one by one', () => {
    expect(run(['examples/scenarios']).stdout).toBe(run(examples).stdout);
  });

  it('exits 1 when a scenario fails, with each failed expectation: its line, what was expected and what came', () => {
    const { code, stdout, stderr } = run([examples[0]!, failing]);
    expect(stderr).toBe('');
    expect(code).toBe(1);
    const lines = stdout.split('\n');
    const at = lines.findIndex((line) => line.startsWith(failing));
    expect(lines.slice(at, at + 3).map((line) => line.trim().split(/\s{2,}/))).toEqual([
      [failing, 'FAIL', 'decision', '7', 'eligible', 'ineligible'],
      ['NB', '9', 'met', 'unmet'],
      ['C2.2 csp-1', '10', 'unmet', 'csp-1: met'],
    ]);
    expect(stdout).toContain('2 scenario(s): 1 passed, 1 failed');
  });

  it('says it in French with --locale fr', () => {
    const { code, stdout } = run([failing, '--locale', 'fr']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^scénario\s+résultat\s+vérification\s+ligne\s+attendu\s+obtenu$/m);
    expect(stdout).toMatch(/ÉCHEC\s+decision\s+7\s+éligible\s+non éligible$/m);
    expect(stdout).toMatch(/NB\s+9\s+remplie\s+non remplie$/m);
    expect(stdout).toContain('1 scénario(s) : 0 réussi(s), 1 en échec');
  });

  it('prints the results as JSON with --json, the same bytes each run', () => {
    const { code, stdout } = run([failing, '--json']);
    expect(code).toBe(1);
    const out = JSON.parse(stdout) as { passed: number; failed: number; notRun: number; scenarios: { decision: string; failures: { expectation: string; got: unknown }[] }[] };
    expect([out.passed, out.failed, out.notRun]).toEqual([0, 1, 0]);
    expect(out.scenarios[0]!.decision).toBe('ineligible');
    expect(out.scenarios[0]!.failures.map((f) => [f.expectation, f.got])).toEqual([
      ['decision', [{ value: 'ineligible' }]],
      ['NB', [{ value: 'unmet' }]],
      ['C2.2 csp-1', [{ value: 'met', sponsorId: 'csp-1' }]],
    ]);
    expect(run([failing, '--json']).stdout).toBe(stdout);
  });

  it('exits 2 for a file it cannot run, naming the file, the line and the key, and still runs the others', () => {
    const { code, stdout, stderr } = run([broken, examples[0]!, join(scratch, 'missing.yaml')]);
    expect(code).toBe(2);
    expect(stderr).toBe(
      [
        `webcast-partnership: ${broken}: invalid input (invalid_input)`,
        '  line 3 (expct): Expected a known key, got `expct`: did you mean `expect`?',
        '  line 1: Expected `expect`, what the evaluation should give, got nothing',
        `webcast-partnership: cannot read ${join(scratch, 'missing.yaml')}: no such file`,
        '',
      ].join('\n'),
    );
    expect(stdout).toContain('1 scenario(s): 1 passed, 0 failed\n2 file(s) not run: see the errors above\n');
  });

  it('exits 2 without a file, for standard input, and for a folder without scenarios', () => {
    expect(run([]).stderr).toContain('test: expected at least 1 argument, got 0');
    expect(run(['-']).code).toBe(2);
    const empty = mkdtempSync(join(tmpdir(), 'wp-cli-test-empty-'));
    const { code, stderr } = run([empty]);
    expect(code).toBe(2);
    expect(stderr).toContain(`test: no scenario file (.yaml, .yml) in ${empty}`);
  });
});
