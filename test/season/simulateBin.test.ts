import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// `simulate` through the built bin (`npx tsup` first), as a script would run it.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-simulate-'));

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', input: '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

// The demo's plan, as `plan --json` prints it.
const planned = run(['plan', data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10', '--json']);
const plan = file('plan.json', planned.stdout);
const base = ['simulate', plan, '--requests', data('requests.json')];

describe('simulate (the bin)', () => {
  it('shows its usage and an example', () => {
    const { code, stdout } = run(['simulate', '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain('Usage: webcast-partnership simulate');
    expect(stdout).toContain('Example:');
    expect(run(['--help']).stdout).toContain('  simulate ');
  });

  it('prints the same bytes for the same seed, and JSON with --json', () => {
    const args = [...base, '--chance', '0.5', '--contribution', '800', '--runs', '4', '--seed', '7'];
    const once = run(args);
    expect(once.code).toBe(0);
    expect(run(args).stdout).toBe(once.stdout);
    expect(once.stdout).toContain('Breaks even (platform net ≥ 0) in 0 of 4 runs.');
    const json = JSON.parse(run([...args, '--json']).stdout);
    // The golden of test/season/simulateSeason.test.ts, through the bin.
    expect([json.uncovered.mean, json.currency, json.byMonth.map((m: { month: string }) => m.month)]).toEqual(['2600.00', 'EUR', ['2026-03', '2026-04']]);
    expect(run([...args, '--seed', '8', '--json']).stdout).not.toBe(run([...args, '--json']).stdout);
  });

  it('prints French with --locale fr', () => {
    const { stdout } = run([...base, '--chance', '1/3', '--contribution', '500..1500', '--runs', '100', '--locale', 'fr']);
    expect(stdout).toContain('Saison simulée · politique 2009-04');
    expect(stdout).toContain('Montants en EUR.');
  });

  it('simulates one currency of a season of two with --currency, the others listed as left out', () => {
    const requests = JSON.parse(readFileSync(data('requests.json'), 'utf8'));
    requests.find((r: { id: string }) => r.id === 'req-late-releases').contract.breakeven.currency = 'USD';
    const mixed = file('mixed.json', JSON.stringify(requests));
    const mixedPlan = file('mixed-plan.json', run(['plan', mixed, '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10', '--json']).stdout);
    const args = ['simulate', mixedPlan, '--requests', mixed, '--chance', '0.5', '--contribution', '500', '--runs', '20'];
    const eur = run([...args, '--currency', 'EUR']);
    expect(eur.code).toBe(0);
    expect(eur.stdout).toContain('1 partnership event(s) · breakeven committed 3000.00\nNot simulated, in another currency: req-late-releases (USD)\n');
    const json = JSON.parse(run([...args, '--currency', 'USD', '--json']).stdout);
    expect([json.currency, json.breakevenCommitted, json.leftOut]).toEqual(['USD', '800.00', [{ requestId: 'req-webdays', currency: 'EUR' }]]);
    expect(run([...args, '--currency', 'EUR', '--locale', 'fr']).stdout).toContain('Non simulées, dans une autre devise : req-late-releases (USD)');
    const both = run(args);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain('the season mixes currencies, pass `currency` to simulate one of them');
  });

  it('reads a model file by topic and event', () => {
    const model = file('model.json', JSON.stringify({ sponsorChance: { default: '0.2', events: { 'evt-webdays': '0.9' } }, contributions: { topics: { 'social media': { min: '1000', max: '3000' } } } }));
    const json = JSON.parse(run([...base, '--model', model, '--runs', '50', '--json']).stdout);
    expect(json.events.map((e: { eventId: string; sponsorChance: string }) => [e.eventId, e.sponsorChance])).toEqual([
      ['evt-late', '0.2'],
      ['evt-webdays', '0.9'],
    ]);
  });

  it('names the flag, the file and the field of bad input, with exit 2', () => {
    const chance = run([...base, '--chance', '1.5', '--contribution', '800']);
    expect(chance.code).toBe(2);
    expect(chance.stderr).toContain('--chance: Expected a chance between 0 and 1, got `1.5`');
    const runs = run([...base, '--chance', '0.5', '--contribution', '800', '--runs', '0']);
    expect(runs.stderr).toContain('--runs: Expected a whole number of runs from 1 to 1000000, got `0`');
    expect(run([...base, '--chance', '0.5', '--contribution', '800', '--seed', '-1']).stderr).toContain('--seed expects a whole number');
    const model = file('bad-model.json', JSON.stringify({ sponsorChance: { events: { 'evt-webday': '0.5' } }, contributions: '800' }));
    const typo = run([...base, '--model', model]);
    expect(typo.stderr).toContain('bad-model.json: invalid input');
    expect(typo.stderr).toContain('sponsorChance.events["evt-webday"]: Expected the id of a simulated event, got `evt-webday`: did you mean `evt-webdays`?');
    const both = run([...base, '--model', model, '--chance', '0.5']);
    expect(both.stderr).toContain("give --chance or the model's sponsorChance");
    const stray = file('stray-model.json', JSON.stringify({ sponsorChance: '0.5', contribution: '800' }));
    expect(run([...base, '--model', stray]).stderr).toContain('contribution: Expected a known key, got `contribution`: did you mean `contributions`?');
    expect(run(['simulate', plan]).stderr).toContain('--requests <file> is required');
    const bad = file('bad-plan.json', JSON.stringify({ ...JSON.parse(planned.stdout), optimal: 'yes' }));
    const badPlan = run(['simulate', bad, '--requests', data('requests.json'), '--chance', '0.5', '--contribution', '800']);
    expect(badPlan.stderr).toContain('bad-plan.json: invalid input (plan_malformed)');
    expect(badPlan.stderr).toContain('  optimal: Expected a boolean, got `yes`');
  });

  it('prints what docs/season.md quotes', () => {
    const doc = readFileSync(join(root, 'docs/season.md'), 'utf8');
    const block = /```text\n\$ (webcast-partnership simulate [^\n]*)\n([\s\S]*?)```/.exec(doc);
    expect(block).not.toBeNull();
    const args = block![1]!.split(/\s+/).slice(1).map((arg) => (arg === 'plan.json' ? plan : arg));
    expect(run(args).stdout).toBe(block![2]);
  });
});
