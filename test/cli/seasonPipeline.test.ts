import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The season commands as staff chain them (the built bin, `npx tsup` first): `plan --json` writes the
// plan, `simulate --json` reads it and writes the simulation, `report --simulation` draws its band.
const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'dist/cli/index.js');
const data = (file: string) => join(root, 'examples/data', file);
const scratch = mkdtempSync(join(tmpdir(), 'wp-pipeline-'));
const season = [data('requests.json'), '--crews', data('crews.json'), '--bookings', data('bookings.json'), '--as-of', '2026-02-10'];

function run(args: string[]): string {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 26, env: { ...process.env, TZ: 'UTC' } });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout;
}

describe('plan, then simulate, then report', () => {
  it('draws the band that simulate computed, month by month, from the files each command wrote', () => {
    const plan = join(scratch, 'plan.json');
    writeFileSync(plan, run(['plan', ...season, '--json']));
    const simulation = join(scratch, 'simulation.json');
    writeFileSync(simulation, run(['simulate', plan, '--requests', data('requests.json'), '--chance', '0.4', '--contribution', '500..4000', '--seed', '7', '--runs', '2000', '--json']));
    const simulated = JSON.parse(readFileSync(simulation, 'utf8')) as { currency: string; byMonth: { month: string; uncovered: { p5: string; p95: string } }[] };
    // The example season covers one event in March and one in April (docs/season.md).
    expect(simulated.currency).toBe('EUR');
    expect(simulated.byMonth.map((m) => m.month)).toEqual(['2026-03', '2026-04']);
    const html = run(['report', ...season, '--simulation', simulation, '--html', '-']);
    for (const month of simulated.byMonth) {
      expect(html).toContain(`<g class="band" data-month="${month.month}">`);
    }
  });
});
