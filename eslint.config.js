import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';
import globals from 'globals';

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
    files: ['src/money/**', 'src/models/**', 'src/rules/**', 'src/crew/**', 'src/_lib/**', 'src/json-schema/**', 'src/index.ts', 'src/compile.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*', 'fs', 'path', 'process', 'os', 'child_process', 'stream', 'readline', 'util'], message: 'The pure core imports nothing from Node.' },
            { group: ['**/cli/**', '**/sheets/**'], message: 'The pure core imports nothing from the edges.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'process', 'Buffer', '__dirname', 'require'],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: 'asOf is explicit: never read the clock.' },
        { selector: "MemberExpression[object.name='Date'][property.name='now']", message: 'asOf is explicit: never read the clock.' },
      ],
    },
  },
  {
    files: ['test/**', 'bench/**', 'scripts/**', 'examples/**', 'src/cli/**', '*.config.*'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);
