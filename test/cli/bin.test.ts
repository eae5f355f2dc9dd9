import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/index.js';

// Every command run through the built bin, as a script would: exit code, stdout, stderr.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-cli-'));

function run(args: string[], input?: string) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28, input: input ?? '', env: { ...process.env, TZ: 'UTC' } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function file(name: string, content: string): string {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('webcast-partnership (the bin)', () => {
  it('lists its commands with --help and exits 0', () => {
    const { code, stdout, stderr } = run(['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    for (const name of ['demo', 'check', 'split', 'settle', 'plan', 'schema']) expect(stdout).toContain(`  ${name} `);
  });

  it('exits 2 with the overview on stderr for an unknown command', () => {
    const { code, stdout, stderr } = run(['frobnicate']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('unknown command `frobnicate`');
  });

  it('prints its version', () => {
    const { code, stdout } = run(['--version']);
    expect(code).toBe(0);
    expect(stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each(['demo', 'check', 'split', 'settle', 'plan', 'schema'])('%s --help shows its usage and an example', (name) => {
    const { code, stdout } = run([name, '--help']);
    expect(code).toBe(0);
    expect(stdout).toContain(`Usage: webcast-partnership ${name}`);
    expect(stdout).toContain('Example:');
  });

  it('rejects an unknown flag with exit 2', () => {
    const { code, stderr } = run(['split', '100', '--breakeven', '50', '--sahre', '0.4']);
    expect(code).toBe(2);
    expect(stderr).toContain("Unknown option '--sahre'");
  });
});

describe('demo', () => {
  it('runs the main job on the bundled season', () => {
    const { code, stdout, stderr } = run(['demo']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('req-tvcrew         partnership  evt-tvcrew     ineligible');
    expect(stdout).toContain('C9.3 unmet');
    expect(stdout).toContain('Rules applied (policy.modes): partnership 23 rules; client C3, C6.2, C8, C9.');
    expect(stdout).toContain('outbid by req-webdays');
    expect(stdout).toContain('breakeven 3000.00 · recovered 3000.00 · uncovered 0.00 · platform 3815.35 · organizer 635.15 EUR');
    // The season: 3800 committed, 3500 recovered, 300 of producer risk, 635.15 paid out, 515.35 net.
    expect(stdout).toMatch(/2\s+3800\.00\s+3500\.00\s+300\.00\s+635\.15\s+515\.35/);
  });
});

describe('check', () => {
  it('exits 3 for an incomplete request (no crew information) and prints every rule', () => {
    const { code, stdout } = run(['check', data('request.json'), '--as-of', '2026-02-10T12:00:00Z']);
    expect(code).toBe(3);
    expect(stdout).toContain('Decision: incomplete');
    expect(stdout).toMatch(/C3\s+unknown/);
    expect(stdout.match(/^C\d/gm)?.length).toBeGreaterThanOrEqual(20);
  });

  it('exits 1 for an ineligible request, in French, and never prints contact details', () => {
    const request = JSON.parse(run(['check', data('request.json'), '--as-of', '2026-02-10', '--json']).stdout) as unknown;
    expect(request).toMatchObject({ decision: 'incomplete' });
    const input = JSON.parse(JSON.stringify(require_(data('request.json')))) as { event: { otherFilmCrews: unknown[] } };
    input.event.otherFilmCrews = [{ name: 'TV7' }];
    const { code, stdout } = run(['check', '-', '--as-of', '2026-02-10', '--locale', 'fr'], JSON.stringify(input));
    expect(code).toBe(1);
    expect(stdout).toContain('Décision : non éligible');
    expect(stdout).not.toMatch(/@|\+33/);
  });

  it('decides crew availability (C3) from --crews and --bookings, exit 0 when eligible', () => {
    const { code, stdout } = run(['check', data('request.json'), '--as-of', '2026-02-10', '--crews', data('crews.json'), '--bookings', data('bookings.json')]);
    expect(code).toBe(0);
    expect(stdout).toContain('Decision: eligible');
    expect(stdout).toMatch(/C3\s+met/);
    expect(run(['check', data('request.json'), '--bookings', data('bookings.json')]).stderr).toContain('--bookings needs --crews');
  });

  it('tells an event whose crews are all too small to lighten its set-up, not to move its dates (C3 through --crews)', () => {
    // The example request needs 2 cameras; the only crew runs 1. The availability is parsed on its way to C3.
    const crews = file('small-crews.json', JSON.stringify([{ id: 'crew-s', name: 'S', homeCity: 'Paris', cameras: 1 }]));
    const { code, stdout } = run(['check', data('request.json'), '--as-of', '2026-02-10', '--crews', crews, '--json']);
    expect(code).toBe(1);
    const report = JSON.parse(stdout) as { findings: { rule: string; status: string; evidence: unknown; message: string; remedy?: { code: string; en: string } }[] };
    const c3 = report.findings.find((f) => f.rule === 'C3')!;
    expect(c3.status).toBe('unmet');
    expect(c3.evidence).toEqual({ freeCrews: [], conflicts: [], camerasNeeded: 2, undersized: [{ crewId: 'crew-s', cameras: 1 }] });
    expect(c3.message).toBe('No production crew runs enough cameras: the event needs 2, the largest crew runs 1.');
    expect(c3.remedy?.code).toBe('crew_too_small');
    expect(c3.remedy?.en).toBe("Lighten the set-up to what one of the platform's production crews runs (at most 1), or buy the coverage as a client: other dates would not help.");
    expect(c3.remedy?.en).not.toContain('Propose other dates');
  });

  it('prints the report as JSON with --json', () => {
    const { code, stdout } = run(['check', data('request.json'), '--as-of', '2026-02-10T12:00:00Z', '--json']);
    expect(code).toBe(3);
    const report = JSON.parse(stdout) as { policyVersion: string; findings: unknown[] };
    expect(report.policyVersion).toBe('2009-04');
    expect(report.findings.length).toBeGreaterThanOrEqual(21);
  });

  it('names the file and the field path of bad input, exit 2', () => {
    const bad = file('bad-request.json', JSON.stringify({ id: 'r', mode: 'partnership', event: { id: 'e', start: '2026-02-30T09:00:00Z' } }));
    const { code, stdout, stderr } = run(['check', bad, '--as-of', '2026-02-10']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${bad}: invalid input`);
    expect(stderr).toContain('event.start');
    expect(stderr).toContain('event.title');
  });

  it('says so when the file is missing or not JSON', () => {
    expect(run(['check', join(scratch, 'nope.json')]).stderr).toContain('nope.json: no such file');
    expect(run(['check', file('broken.json', '{')]).stderr).toContain('broken.json is not valid JSON');
  });

  it('takes a policy file with several versions and applies the one in force', () => {
    const policies = file('policies.json', JSON.stringify([{ ...policyJson(), version: '2026-01', appliesFrom: '2026-01-01' }, policyJson()]));
    const { stdout } = run(['check', data('request.json'), '--as-of', '2026-02-10', '--policy', policies, '--json']);
    expect((JSON.parse(stdout) as { policyVersion: string }).policyVersion).toBe('2026-01');
  });
});

describe('split', () => {
  it("gives the seed's 4,000 / 1,000 for a 5,000 sponsor over a 3,000 breakeven", () => {
    const { code, stdout } = run(['split', '5000', '--breakeven', '3000', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({
      toBreakeven: { amount: '3000.00', currency: 'EUR' },
      surplus: { amount: '2000.00', currency: 'EUR' },
      platform: { amount: '4000.00', currency: 'EUR' },
      organizer: { amount: '1000.00', currency: 'EUR' },
    });
  });

  it('prints a table, with another share and currency', () => {
    const { stdout } = run(['split', '1001', '--breakeven', '1000', '--share', '0.3', '--currency', 'JPY']);
    expect(stdout).toMatch(/platform\s+1001\s+JPY/);
    expect(stdout).toMatch(/organizer\s+0\s+JPY/);
  });

  it('rejects an amount the currency cannot hold, naming the argument', () => {
    const { code, stderr } = run(['split', '10.001', '--breakeven', '3000']);
    expect(code).toBe(2);
    expect(stderr).toContain('<received>: Expected an amount with at most 2 decimals in EUR, got `10.001`');
    expect(run(['split', '10']).stderr).toContain('--breakeven <amount> is required');
  });
});

describe('settle', () => {
  it('gives the same statement from the CSV file, the JSON file and standard input', () => {
    const fromCsv = run(['settle', data('contract.json'), data('receipts-webdays.csv'), '--json']).stdout;
    const fromJson = run(['settle', data('contract.json'), data('receipts-webdays.json'), '--json']).stdout;
    const csvText = require_(data('receipts-webdays.csv'), 'text') as string;
    const fromStdin = run(['settle', data('contract.json'), '-', '--json'], csvText).stdout;
    expect(fromCsv).toBe(fromJson);
    expect(fromStdin).toBe(fromJson);
    const totals = JSON.parse(fromJson) as Record<string, { amount: string }>;
    expect({ platform: totals.platform!.amount, organizer: totals.organizer!.amount, recovered: totals.recovered!.amount }).toEqual({ platform: '3815.35', organizer: '635.15', recovered: '3000.00' });
  });
});

describe('plan', () => {
  it('plans the crews of the example season', () => {
    const args = ['plan', data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10T12:00:00Z'];
    const { code, stdout } = run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('Covered: 2 event(s)');
    const plan = JSON.parse(run([...args, '--json']).stdout) as { assignments: { requestId: string; crewId: string }[] };
    expect(plan.assignments.map((a) => [a.requestId, a.crewId])).toEqual([
      ['req-late-releases', 'crew-lyon'],
      ['req-webdays', 'crew-paris'],
    ]);
  });

  it('takes a search budget, and refuses one that is not a whole number', () => {
    const args = ['plan', data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10T12:00:00Z'];
    // Even with a budget of 0 the example's plan reaches its bound: it is proven.
    const plan = JSON.parse(run([...args, '--budget', '0', '--json']).stdout) as { optimal: boolean; score: unknown; bound: unknown; assignments: { requestId: string; crewId: string }[] };
    expect(plan.optimal).toBe(true);
    expect(plan.score).toEqual({ covered: 2, preference: 2 });
    expect(plan.bound).toEqual({ covered: 2, preference: 2 });
    expect(plan.assignments.map((a) => [a.requestId, a.crewId])).toEqual([
      ['req-late-releases', 'crew-lyon'],
      ['req-webdays', 'crew-paris'],
    ]);
    const bad = run([...args, '--budget', '1e6']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('plan: --budget expects a whole number of search steps, got `1e6`');
  });

  it('requires --crews and names the file of a bad crew', () => {
    expect(run(['plan', data('requests.json')]).stderr).toContain('--crews <file> is required');
    const crews = file('crews.json', JSON.stringify([{ id: 'c', name: 'C', homeCity: 'Paris', cameras: 0 }]));
    const { code, stderr } = run(['plan', data('requests.json'), '--crews', crews]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${crews}: invalid input`);
    expect(stderr).toContain('[0].cameras');
  });
});

describe('schema', () => {
  it("prints a model's JSON Schema", () => {
    const { code, stdout } = run(['schema', 'coverage-request']);
    expect(code).toBe(0);
    expect((JSON.parse(stdout) as { type: string }).type).toBe('object');
    expect((JSON.parse(run(['schema', 'crew']).stdout) as { properties: object }).properties).toHaveProperty('cameras');
  });

  it('rejects an unknown model', () => {
    const { code, stderr } = run(['schema', 'invoice']);
    expect(code).toBe(2);
    expect(stderr).toContain('unknown model `invoice`');
  });
});

function require_(path: string, as: 'json' | 'text' = 'json'): unknown {
  const text = readFileSync(path, 'utf8');
  return as === 'json' ? JSON.parse(text) : text;
}

function policyJson(): Record<string, unknown> {
  return JSON.parse(JSON.stringify(DEFAULT_POLICY)) as Record<string, unknown>;
}

describe('docs/cli.md', () => {
  it('shows the real output of every command it quotes', () => {
    const doc = readFileSync(join(root, 'docs/cli.md'), 'utf8');
    const blocks = [...doc.matchAll(/```\n\$ (webcast-partnership [\s\S]*?)```/g)].map((m) => m[1]!);
    expect(blocks.length).toBeGreaterThanOrEqual(2);
    for (const block of blocks) {
      const lines = block.split('\n');
      let command = '';
      let i = 0;
      for (; i < lines.length; i += 1) {
        command += lines[i]!.replace(/\\$/, '').trim() + ' ';
        if (!lines[i]!.endsWith('\\')) break;
      }
      const expected = lines.slice(i + 1).join('\n');
      const args = command.trim().split(/\s+/).slice(1);
      expect(run(args).stdout, command).toBe(expected);
    }
  });
});
