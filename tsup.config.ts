import { defineConfig } from 'tsup';

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } } as const;

export default defineConfig([
  {
    // The library and its subpaths, as ESM + CJS with declarations. Code shared by several entries
    // goes to shared chunks (in both formats), so that `PartnershipError` is one class whichever
    // subpath threw it, and the root entry carries only what it uses.
    entry: {
      index: 'src/index.ts',
      'rules/index': 'src/rules/index.ts',
      'crew/index': 'src/crew/index.ts',
      'json-schema/index': 'src/json-schema/index.ts',
      'sheets/index': 'src/sheets/index.ts',
      compile: 'src/compile.ts',
    },
    format: ['esm', 'cjs'],
    dts,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: true,
    treeshake: true,
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
    // everything inlined, no module system, one global `WebcastPartnership`.
    entry: { 'webcast-partnership': 'src/sheets/index.ts' },
    format: ['iife'],
    globalName: 'WebcastPartnership',
    noExternal: [/.*/],
    minify: true,
    target: 'es2020',
    platform: 'neutral',
    outExtension: () => ({ js: '.global.js' }),
  },
]);
