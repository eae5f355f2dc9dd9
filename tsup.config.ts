import { defineConfig } from 'tsup';

const dts = { compilerOptions: { ignoreDeprecations: '6.0' } } as const;

export default defineConfig([
  {
    // The library and its sheets subpath, as ESM + CJS with declarations.
    entry: { index: 'src/index.ts', 'sheets/index': 'src/sheets/index.ts' },
    format: ['esm', 'cjs'],
    dts,
    clean: true,
    sourcemap: false,
    target: 'node20',
    splitting: false,
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
