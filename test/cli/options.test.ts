import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Flags and arguments as a user types them: errors name the flag, never an internal path.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);

function run(args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('--as-of', () => {
  it.each(['10/04/2026', '2026-04-10 10:00', '2026-04-10T10:00'])('refuses %j naming --as-of and what it expects', (asOf) => {
    for (const args of [['check', data('request.json')], ['plan', data('requests.json'), '--crews', data('crews.json')]]) {
      const { code, stderr } = run([...args, '--as-of', asOf]);
      expect(code).toBe(2);
      expect(stderr).toBe(`webcast-partnership: --as-of: Expected an ISO 8601 instant with an offset, such as \`2026-04-10T10:00:00+02:00\`, or a date YYYY-MM-DD, got \`${asOf}\`\n`);
    }
  });

  it('cuts a long value in its message at 120 characters, saying how long it was', () => {
    const asOf = `2026-04-10 ${'x'.repeat(300)}`;
    const { stderr } = run(['check', data('request.json'), '--as-of', asOf]);
    expect(stderr).toContain(`got \`${asOf.slice(0, 120)}…\` (311 characters)`);
  });

  it('takes a date and an instant with an offset', () => {
    expect(run(['check', data('request.json'), '--as-of', '2026-02-10']).code).toBe(3);
    expect(run(['check', data('request.json'), '--as-of', '2026-02-10T12:00:00+01:00']).code).toBe(3);
  });
});

describe('split', () => {
  const refund = 'webcast-partnership: invalid input (amount_negative)\n  <received>: Expected an amount of zero or more, got `-100.00` (a split shares out one payment; refunds go through `settle`)\n';

  it('reads -100 as an amount, and says that refunds go through settle', () => {
    expect(run(['split', '-100', '--breakeven', '50'])).toEqual({ code: 2, stdout: '', stderr: refund });
  });

  it('reads -- -100 the same way', () => {
    expect(run(['split', '--breakeven', '50', '--', '-100'])).toEqual({ code: 2, stdout: '', stderr: refund });
  });

  it('reads a negative flag value as the value', () => {
    const { stderr } = run(['split', '100', '--breakeven', '50', '--recovered', '-5']);
    expect(stderr).toContain('--recovered: Expected an amount of zero or more, got `-5.00`');
  });

  it('says that a share is a fraction such as 0.5, naming --share', () => {
    const { code, stderr } = run(['split', '100', '--breakeven', '50', '--share', '50%']);
    expect(code).toBe(2);
    expect(stderr).toContain('--share: Expected a share as a fraction between 0 and 1, such as `0.5` for half, got `50%`');
    expect(run(['split', '100', '--breakeven', '50', '--share', '1.5']).stderr).toContain('  --share: Expected a share between 0 and 1, got `1.5`');
    expect(run(['split', '100', '--breakeven', '50', '--recovered', '60']).stderr).toContain('  --recovered: Expected at most the breakeven (50.00), got 60.00');
  });

  it('still splits a payment and refuses an unknown short option', () => {
    expect(run(['split', '5000', '--breakeven', '3000']).stdout).toMatch(/organizer\s+1000\.00\s+EUR/);
    expect(run(['split', '-x', '--breakeven', '3000']).stderr).toContain("Unknown option '-x'");
  });
});
