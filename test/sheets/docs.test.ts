import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHEET_FUNCTION_NAMES_FR } from '../../src/hyperformula/index.js';
import { SHEET_FUNCTIONS, TRACKER_COLUMNS, TRACKER_COLUMNS_FR } from '../../src/sheets/index.js';

// docs/spreadsheets.md is the walk-through staff follow: its tables stay what the code reads.
const doc = readFileSync(resolve(import.meta.dirname, '../../docs/spreadsheets.md'), 'utf8');
const section = (from: string, to: string) => doc.slice(doc.indexOf(from), doc.indexOf(to, doc.indexOf(from)));

describe('docs/spreadsheets.md', () => {
  it('describes every tracker column in the tracker table', () => {
    const table = section('## The event tracker read by', '`=PARTNERSHIP_TRACKER_HEADERS()` in A1');
    expect(TRACKER_COLUMNS.filter((column) => !table.includes(`\`${column}\``))).toEqual([]);
  });

  it('gives every French column name beside its English one', () => {
    const table = section('| English | French |', 'Releases are counts');
    for (const column of TRACKER_COLUMNS) expect(table, column).toContain(`\`${column}\` | \`${TRACKER_COLUMNS_FR[column]}\``);
  });

  it('lists every function with its parameters in order', () => {
    for (const fn of SHEET_FUNCTIONS) {
      const args = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(', ');
      expect(doc, fn.name).toContain(`\`=${fn.name}(${args})\``);
    }
  });

  it("gives every function's French name for HyperFormula's frFR", () => {
    const table = section('| English | French (`frFR`) |', '`SHEET_FUNCTION_NAMES_FR` holds');
    for (const fn of SHEET_FUNCTIONS) expect(table, fn.name).toContain(`| \`${fn.name}\` | \`${SHEET_FUNCTION_NAMES_FR[fn.name]}\` |`);
  });

  it('shows the HyperFormula example as examples/hyperformula.mjs runs it', () => {
    const example = readFileSync(resolve(import.meta.dirname, '../../examples/hyperformula.mjs'), 'utf8').replace(/^\/\/ .*\n/, '');
    expect(doc).toContain(`\`\`\`js\n${example}\`\`\``);
  });
});
