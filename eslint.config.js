import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';

/** Imports the pure core never makes. */
const CORE_PATTERNS = [
  { group: ['node:*', 'fs', 'path', 'process', 'os', 'child_process', 'stream', 'readline', 'util'], message: 'The pure core imports nothing from Node.' },
  { group: ['**/cli/**', '**/sheets/**'], message: 'The pure core imports nothing from the edges.' },
];

export default defineConfig(
  { ignores: ['**/*.json', 'dist/**', 'docs/api/**', 'coverage/**', 'reports/**', '.stryker-tmp*/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'error',
    },
  },
  {
    // The pure core runs in browsers and spreadsheet hosts: no Node, no edges.
    files: ['src/money/**', 'src/models/**', 'src/rules/**', 'src/crew/**', 'src/season/**', 'src/_lib/**', 'src/json-schema/**', 'src/index.ts', 'src/compile.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: CORE_PATTERNS }],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'asOf is explicit: never read the clock.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'asOf is explicit: never read the clock.' },
      ],
    },
  },
  // Dependencies point one way: models below rules and crew, crew below season (rules stay apart).
  {
    files: ['src/models/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [...CORE_PATTERNS, { group: ['**/rules/**', '**/crew/**', '**/season/**'], message: 'Models depend on nothing above them.' }] }],
    },
  },
  {
    files: ['src/crew/**'],
    ignores: ['src/crew/index.ts'], // the `webcast-partnership/crew` entry also publishes the season plan
    rules: {
      'no-restricted-imports': ['error', { patterns: [...CORE_PATTERNS, { group: ['**/rules/**', '**/money/**', '**/season/**'], message: 'Crew depends only on models and _lib.' }] }],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'examples/**', 'src/cli/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
