import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a build script in plain JavaScript, without declarations
import { holdsState, inlinable } from '../../scripts/inline-root.mjs';

// Issue 15: the root ESM file takes its stateless shared chunks inline (scripts/inline-root.mjs),
// so `import 'webcast-partnership'` loads four modules instead of eight. Runs after the build.
const dist = resolve(import.meta.dirname, '../../dist');
const stateful = holdsState as (source: string) => boolean;
const mayInline = inlinable as (source: string) => boolean;

describe('holdsState', () => {
  it('golden: a class, a collection, a lazy schema or a variable assigned again is state; constants and functions are not', () => {
    expect(stateful('var PartnershipError = class extends Error {\n}')).toBe(true);
    expect(stateful('class Issues {\n}')).toBe(true);
    expect(stateful('var parsed = /* @__PURE__ */ new WeakSet();')).toBe(true);
    expect(stateful('var cache = new Map();')).toBe(true);
    expect(stateful('var CrewSchema = lazySchema(\n  () => z.string()\n);')).toBe(true);
    expect(stateful('var table;\nfunction t() {\n  return table ??= build();\n}')).toBe(true);
    expect(stateful('var nanosRead = 0;\nfunction f() {\n  nanosRead = 1;\n}')).toBe(true);
    expect(stateful('var count = 0;\nfunction f() {\n  count++;\n}')).toBe(true);
    expect(stateful('let x = 1;')).toBe(true);
    expect(stateful('var HALF = Object.freeze({ numerator: 1n });\nvar MAX = 200;\nfunction f(a) {\n  return a === MAX || a == HALF;\n}')).toBe(false);
    expect(stateful('var LIST = ["a"];\nfunction f() {\n  const x = { LIST: 1 };\n  return x.LIST;\n}')).toBe(false);
    expect(stateful('var n = 0;\nfunction f() {\n  return ++n;\n}')).toBe(true);
    expect(stateful('var BRAND = Symbol("brand");')).toBe(true);
    expect(stateful('function f() {\n  let i = 0;\n  const seen = new Map();\n  return seen.get(i);\n}')).toBe(false);
  });

  it('golden: a chunk is inlined only when every module of it was reviewed as stateless, and it shows no state', () => {
    const chunk = (modules: string[], body = 'function f() {\n  return 1;\n}') => `${modules.map((m) => `// ${m}`).join('\n')}\n${body}`;
    expect(mayInline(chunk(['src/money/allocate.ts', 'src/money/splitRevenue.ts']))).toBe(true);
    // A module nobody reviewed keeps the chunk shared, whatever it holds (a cache filled in place is invisible to holdsState).
    expect(mayInline(chunk(['src/money/allocate.ts', 'src/money/newCache.ts'], 'var cache = {};\nfunction f(k) {\n  return cache[k] ??= k;\n}'))).toBe(false);
    expect(mayInline(chunk(['src/errors.ts']))).toBe(false);
    expect(mayInline(chunk(['src/money/settle.ts'], 'var seen = new Set();'))).toBe(false);
    expect(mayInline('function f() {}')).toBe(false);
  });
});

describe.skipIf(!existsSync(join(dist, 'index.js')))('the built root entry', () => {
  /** The shared chunks a built file imports. */
  const imported = (file: string) => new Set([...readFileSync(join(dist, file), 'utf8').matchAll(/from\s*["'](?:\.\.?\/)+(chunk-\w+\.js)["']/g)].map((m) => m[1]!));

  it('imports every shared chunk it may not inline, and inlines the others', () => {
    const chunks = readdirSync(dist).filter((name) => /^chunk-\w+\.js$/.test(name));
    const kept = imported('index.js');
    expect(kept.size).toBeGreaterThan(0);
    for (const chunk of kept) expect(mayInline(readFileSync(join(dist, chunk), 'utf8')), chunk).toBe(false);
    // The money entry's chunks without state are the ones the root took inline.
    const inlined = [...imported('money/index.js')].filter((chunk) => !kept.has(chunk));
    expect(inlined.length).toBeGreaterThan(0);
    for (const chunk of inlined) {
      expect(chunks).toContain(chunk);
      expect(mayInline(readFileSync(join(dist, chunk), 'utf8')), chunk).toBe(true);
    }
  });

  it('shares its state with the other entries: one error class, one money module', () => {
    const script = `
      import * as root from ${JSON.stringify(join(dist, 'index.js'))};
      import * as rules from ${JSON.stringify(join(dist, 'rules/index.js'))};
      import * as crew from ${JSON.stringify(join(dist, 'crew/index.js'))};
      import * as money from ${JSON.stringify(join(dist, 'money/index.js'))};
      let viaMoney; try { money.money('0.001', 'EUR'); } catch (e) { viaMoney = e instanceof root.PartnershipError; }
      let viaRules; try { rules.evaluateEligibility(null, { asOf: '2026-02-10' }); } catch (e) { viaRules = e instanceof root.PartnershipError; }
      console.log(JSON.stringify([viaMoney, viaRules, root.money === money.money, root.STREAMS === money.STREAMS, typeof crew.planSeason,
        root.splitRevenue(root.money('5000', 'EUR'), { breakeven: money.money('3000', 'EUR') }).organizer.amount]));`;
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(JSON.parse(out)).toEqual([true, true, true, true, 'function', '1000.00']);
  });
});
