import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { defineConfig, type Options } from 'tsup';

type Plugin = NonNullable<Options['esbuildPlugins']>[number];

/**
 * Keeps zod's process-wide state off the host's global object in the global bundle.
 *
 * zod stores its configuration on `globalThis.__zod_globalConfig` (v4/core/core.js), so that
 * copies of zod in one process share it. A pasted script must define `WebcastPartnership` and
 * nothing else, and no host code shares our copy of zod: inside the bundle, every `globalThis`
 * in zod's files reads one object private to the bundle instead (tested in
 * test/sheets/globalBundle.test.ts by the set of globals before and after loading).
 */
const zodScopePlugin: Plugin = {
  name: 'zod-private-global',
  setup(build) {
    build.onResolve({ filter: /^zod-private-global$/ }, () => ({ path: 'zod-private-global', namespace: 'zod-private-global' }));
    build.onLoad({ filter: /.*/, namespace: 'zod-private-global' }, () => ({ contents: 'export const scope = {};', loader: 'js' }));
    build.onLoad({ filter: /[\\/]node_modules[\\/]zod[\\/].*\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!/\bglobalThis\b/.test(source)) return undefined;
      return { contents: `import { scope as zodPrivateGlobal } from 'zod-private-global';\n${source.replace(/\bglobalThis\b/g, 'zodPrivateGlobal')}`, loader: 'js' };
    });
  },
};

/** Resolves the core's error module to the package's own money entry, which exports the same class. */
const sharedErrorsPlugin: Plugin = {
  name: 'shared-errors',
  setup(build) {
    build.onResolve({ filter: /(^|\/)errors\.js$/ }, ({ path, resolveDir }) =>
      resolve(resolveDir, path) === resolve('src/errors.js') ? { path: 'webcast-partnership/money', external: true } : undefined,
    );
  },
};

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } } as const;

export default defineConfig([
  {
    // The library and its subpaths, as ESM + CJS with declarations. Code shared by several entries
    // goes to shared chunks (in both formats), so that `PartnershipError` is one class whichever
    // subpath threw it, and the root entry carries only what it uses.
    entry: {
      index: 'src/index.ts',
      'money/index': 'src/money/entry.ts',
      'rules/index': 'src/rules/index.ts',
      'crew/index': 'src/crew/index.ts',
      'json-schema/index': 'src/json-schema/index.ts',
      'sheets/index': 'src/sheets/index.ts',
      // Imports nothing of hyperformula (types only): the host passes its own classes in.
      'hyperformula/index': 'src/hyperformula/index.ts',
      compile: 'src/compile.ts',
    },
    format: ['esm', 'cjs'],
    dts,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
    // The root ESM file then takes its stateless shared chunks inline: fewer modules to load on
    // `import 'webcast-partnership'` (issue 15; the script says which chunks stay shared and why).
    onSuccess: 'node scripts/inline-root.mjs',
  },
  {
    // The entries added after the others (issues 17-18): documents (with ical-generator,
    // csv-stringify, docx), policy changes, the season simulated. Built apart so that the shared
    // chunks of the entries above, and so their sizes, stay exactly as they were: these entries carry
    // their own copy of the core code they use, except the error class, which they take from the
    // package's own `webcast-partnership/money` entry, so that `PartnershipError` stays one class
    // whichever subpath threw it (test/package/tarball.test.ts checks both).
    entry: {
      'documents/index': 'src/documents/index.ts',
      'policy/index': 'src/policy/index.ts',
      'season/index': 'src/season/entry.ts',
    },
    format: ['esm', 'cjs'],
    dts,
    sourcemap: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
    esbuildPlugins: [sharedErrorsPlugin],
  },
  {
    // The command line: one ESM file with a shebang.
    entry: { 'cli/index': 'src/cli/index.ts' },
    format: ['esm'],
    target: 'node20',
    platform: 'node',
    banner: { js: '#!/usr/bin/env node' },
    splitting: false,
  },
  {
    // The global bundle for spreadsheet script hosts (Google Apps Script):
    // everything inlined, no module system, one global `WebcastPartnership` (and not zod's).
    entry: { 'webcast-partnership': 'src/sheets/index.ts' },
    format: ['iife'],
    globalName: 'WebcastPartnership',
    noExternal: [/.*/],
    minify: true,
    target: 'es2020',
    platform: 'neutral',
    outExtension: () => ({ js: '.global.js' }),
    esbuildPlugins: [zodScopePlugin],
    // The Apps Script project (dist/apps-script/): this bundle, Functions.gs generated from its
    // SHEET_FUNCTIONS, and appsscript.json.
    onSuccess: 'node scripts/apps-script.mjs',
  },
]);
