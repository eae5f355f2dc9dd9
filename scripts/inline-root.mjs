// Issue 15: the root entry's ESM file imports its stateless shared chunks inline.
//
// tsup splits the code shared by several entries into chunks, one per set of entries that share
// it, and the root entry (`dist/index.js`) imported eight modules. Node 20 pays about a
// millisecond for each module of an import, so this pass bundles into `dist/index.js` every chunk
// that holds no state, and keeps as imports the chunks that must stay one copy in a process: the
// error class (so `PartnershipError` is one class whichever entry threw it), the models (the
// requests a parse returned, the compiled parsers, the schemas) and anything else that keeps a
// class, a weak collection or a lazily built schema at module level. The inlined code is pure
// functions and constants: a second copy of them in another entry's chunk changes no result.
// test/package/rootModules.test.ts checks the result.
import { build } from 'esbuild';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = new URL('../dist/', import.meta.url).pathname;

/** Whether a chunk keeps state at module level: a class, a collection, a lazy schema, a variable it assigns again. */
export function holdsState(source) {
  if (/^(?:export )?class |^var \w+ = class\b|^let |\blazySchema\(/m.test(source)) return true;
  if (/^var \w+ = (?:\/\* @__PURE__ \*\/ )?new (?:WeakMap|WeakSet|WeakRef|Map|Set)\b/m.test(source)) return true;
  for (const [, name] of source.matchAll(/^var (\w+)\b/gm)) {
    // Assigned anywhere but its own declaration: a cache or a counter.
    if (new RegExp(`(?<![\\w.$]|^var )${name}\\s*(?:[-+*/?|&]{0,2}=(?!=)|\\+\\+|--)`, 'm').test(source)) return true;
  }
  return false;
}

const chunks = readdirSync(dist).filter((name) => /^chunk-\w+\.js$/.test(name));
const keep = chunks.filter((name) => holdsState(readFileSync(join(dist, name), 'utf8')));
const result = await build({
  entryPoints: [join(dist, 'index.js')],
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  write: false,
  logLevel: 'warning',
  external: ['zod', 'zod/*', 'webcast-partnership', 'webcast-partnership/*', ...keep.map((name) => `./${name}`)],
});
writeFileSync(join(dist, 'index.js'), result.outputFiles[0].text);
