import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// Runs after `npm run build` (npm test builds first): packs the package as it
// would be published, installs the tarball into a throw-away project, and uses it
// the ways its users do.
const root = resolve(import.meta.dirname, '../..');
let project: string;

function run(command: string, args: string[], cwd: string): string {
  return execFileSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

beforeAll(() => {
  project = mkdtempSync(join(tmpdir(), 'wp-tarball-'));
  const packed = JSON.parse(run('npm', ['pack', '--json', '--pack-destination', project], root)) as { filename: string }[];
  const tarball = join(project, packed[0]!.filename);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'commonjs' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--ignore-scripts', tarball], project);
});

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the published tarball', () => {
  it('ships only dist, the README and the licence', () => {
    const files = readdirSync(join(project, 'node_modules/webcast-partnership')).sort();
    expect(files).toEqual(['LICENSE', 'README.md', 'dist', 'package.json']);
  });

  it('imports from an .mjs file', () => {
    writeFileSync(
      join(project, 'esm.mjs'),
      `import { money, isPartnershipError } from 'webcast-partnership';
       import * as sheets from 'webcast-partnership/sheets';
       let code; try { money('0.001', 'EUR'); } catch (e) { code = isPartnershipError(e) && e.code; }
       console.log(JSON.stringify([money('1250.5', 'EUR'), code, typeof sheets.isPartnershipError]));`,
    );
    expect(JSON.parse(run('node', ['esm.mjs'], project))).toEqual([
      { amount: '1250.50', currency: 'EUR' },
      'amount_scale_exceeds_currency',
      'function',
    ]);
  });

  it('requires from a .cjs file', () => {
    writeFileSync(
      join(project, 'cjs.cjs'),
      `const { money, minorUnits } = require('webcast-partnership');
       const sheets = require('webcast-partnership/sheets');
       console.log(JSON.stringify([money(1250, 'JPY'), minorUnits('BHD'), typeof sheets.isPartnershipError]));`,
    );
    expect(JSON.parse(run('node', ['cjs.cjs'], project))).toEqual([{ amount: '1250', currency: 'JPY' }, 3, 'function']);
  });
});
