import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { createContext, runInContext } from 'node:vm';
import { brotliCompressSync, constants } from 'node:zlib';
import { buildSync } from 'esbuild';
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

describe('the installed package, used as its users do', () => {
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const consumer = `import { money, splitRevenue, evaluateEligibility, DEFAULT_POLICY, isPartnershipError, type Money, type EligibilityReport } from 'webcast-partnership';
import { PARTNERSHIP_SPLIT, type CellRows } from 'webcast-partnership/sheets';
const amount: Money = money('5000', 'EUR');
const organizer: string = splitRevenue(amount, { breakeven: money('3000', 'EUR') }).organizer.amount;
const cells: CellRows = PARTNERSHIP_SPLIT(5000, 3000);
const decide = (request: unknown): EligibilityReport['decision'] => evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: '2026-02-10' }).decision;
// @ts-expect-error a currency is a string
money('1', 2);
export { organizer, cells, decide, isPartnershipError };
`;

  it.each([
    ['node16', { module: 'node16', moduleResolution: 'node16' }, 'consumer.mts'],
    ['node16 (CommonJS)', { module: 'node16', moduleResolution: 'node16' }, 'consumer.cts'],
    ['bundler', { module: 'esnext', moduleResolution: 'bundler' }, 'consumer.ts'],
  ])('type-checks a TypeScript consumer under moduleResolution %s', (name, options, file) => {
    const dir = mkdtempSync(join(project, 'ts-'));
    writeFileSync(join(dir, file), consumer);
    const config = { compilerOptions: { ...options, target: 'es2022', strict: true, noEmit: true, skipLibCheck: false, types: [], typeRoots: [] }, files: [file] };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(config));
    expect(() => run(process.execPath, [tsc, '-p', dir], project), name).not.toThrow();
  });

  it('runs the bin', () => {
    const out = run(join(project, 'node_modules/.bin/webcast-partnership'), ['split', '5000', '--breakeven', '3000', '--json'], project);
    expect(JSON.parse(out).organizer).toEqual({ amount: '1000.00', currency: 'EUR' });
    expect(run(join(project, 'node_modules/.bin/webcast-partnership'), ['demo'], project)).toContain('The season: producer risk');
  });

  it('loads the global bundle in an empty node:vm context', () => {
    const code = readFileSync(join(project, 'node_modules/webcast-partnership/dist/webcast-partnership.global.js'), 'utf8');
    const context = createContext({});
    runInContext(code, context);
    expect(JSON.stringify(runInContext('WebcastPartnership.PARTNERSHIP_SPLIT(5000, 3000)', context))).toBe('[[4000,1000]]');
  });

  it('prints the sizes: the core entry with its dependencies, and the global sheets bundle', () => {
    const installed = join(project, 'node_modules/webcast-partnership/dist');
    const core = buildSync({ entryPoints: [join(installed, 'index.js')], bundle: true, minify: true, format: 'esm', platform: 'neutral', write: false, absWorkingDir: project, logLevel: 'silent' });
    const brotli = (bytes: Uint8Array) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
    const coreBytes = core.outputFiles[0]!.contents;
    const globalBytes = readFileSync(join(installed, 'webcast-partnership.global.js'));
    const sizes = {
      core: { minified: coreBytes.length, brotli: brotli(coreBytes) },
      global: { minified: globalBytes.length, brotli: brotli(globalBytes) },
    };
    console.log(`sizes (bytes): core entry + dependencies ${sizes.core.minified} minified, ${sizes.core.brotli} brotli; global sheets bundle ${sizes.global.minified} minified, ${sizes.global.brotli} brotli`);
    // Regression guards at the sizes measured when they were set (docs/quality.md). The issue's
    // goals, 22 KB and 30 KB brotli, are not met yet: see docs/quality.md for the breakdown.
    expect(sizes.core.brotli).toBeLessThanOrEqual(52 * 1024);
    expect(sizes.global.brotli).toBeLessThanOrEqual(40 * 1024);
  });
});
