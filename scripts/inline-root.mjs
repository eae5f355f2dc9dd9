// Issue 15: the root entry's ESM file takes its stateless shared chunks inline.
//
// tsup splits the code shared by several entries into chunks, one per set of entries that share
// it, and the root entry (`dist/index.js`) imported eight modules. Node 20 pays about a
// millisecond for each module of an import, so this pass bundles into `dist/index.js` the chunks
// made only of modules reviewed as stateless (INLINE below: pure functions and constants), and
// keeps as imports every other chunk, which must stay one copy in a process: the error class (so
// `PartnershipError` is one class whichever entry threw it), the models (the requests a parse
// returned, the compiled parsers, the schemas), and any module not on the list. A chunk of listed
// modules that shows module-level state anyway (`holdsState`) is kept too. A module is added to
// INLINE by reading it: no class, collection, cache, counter, symbol or side effect at module level.
// test/package/rootModules.test.ts checks the result.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The modules reviewed as stateless, which a second copy in the root cannot make behave differently. */
export const INLINE = new Set(
  [
    'allocate',
    'splitRevenue',
    'settle',
    'summarizeSeason',
    'ledger',
    'read',
    'receiptIds',
    'readPrevious',
    'readTerms',
    'receiptReader',
    'statementOf',
    'createSettlement',
    'currencyInfo',
    'estimateBreakeven',
  ].map((name) => `src/money/${name}.ts`),
);

/** Whether a chunk keeps state at module level: a class, a collection, a lazy schema, a variable it assigns again. */
export function holdsState(source) {
  // Top-level declarations only (esbuild writes them at the start of a line): a function's own
  // locals are not module state.
  if (/^(?:export )?class |^var \w+ = class\b|^let |\blazySchema\(|^var \w+ = .*\bSymbol\(/m.test(source)) return true;
  if (/^var \w+ = (?:\/\* @__PURE__ \*\/ )?new (?:WeakMap|WeakSet|WeakRef|Map|Set)\b/m.test(source)) return true;
  for (const [, name] of source.matchAll(/^var (\w+)\b/gm)) {
    // Assigned anywhere but its own declaration: a cache or a counter.
    if (new RegExp(`(?<![\\w.$]|^var )${name}\\s*(?:[-+*/%?|&^<>]{0,3}=(?!=)|\\+\\+|--)|(?:\\+\\+|--)${name}\\b`, 'm').test(source)) return true;
  }
  return false;
}

/** The source modules of a built chunk, from esbuild's `// src/…` comments. */
export function modulesOf(source) {
  return [...source.matchAll(/^\/\/ (src\/\S+\.ts)$/gm)].map((match) => match[1]);
}

/** Whether the root may take a chunk inline: every module of it on the list, and no state seen. */
export function inlinable(source) {
  const modules = modulesOf(source);
  return modules.length > 0 && modules.every((module) => INLINE.has(module)) && !holdsState(source);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dist = fileURLToPath(new URL('../dist/', import.meta.url));
  const chunks = readdirSync(dist).filter((name) => /^chunk-\w+\.js$/.test(name));
  const keep = chunks.filter((name) => !inlinable(readFileSync(join(dist, name), 'utf8')));
  const result = await build({
    entryPoints: [join(dist, 'index.js')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    write: false,
    logLevel: 'warning',
    // Every package stays an import (zod, the package's own subpaths): only our chunks are inlined.
    packages: 'external',
    external: keep.map((name) => `./${name}`),
  });
  writeFileSync(join(dist, 'index.js'), result.outputFiles[0].text);
}
