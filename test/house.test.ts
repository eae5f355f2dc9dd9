// The house rules that keep the code easy to change, checked on the sources: dependencies point
// one way, and no file outside the optimizer's folder grows past 300 lines.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const src = join(root, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? sources(path) : entry.name.endsWith('.ts') ? [path] : [];
  });
}

const FILES = sources(src).map((path) => ({ path: relative(src, path).replaceAll('\\', '/'), text: readFileSync(path, 'utf8') }));

/** The folders under src a file imports from (`models`, `_lib`, …), by its relative imports. */
function importedFolders(file: { path: string; text: string }): string[] {
  const folder = file.path.split('/')[0]!;
  const out = new Set<string>();
  for (const match of file.text.matchAll(/^(?:import|export)[^'"]*from\s+'(\.[^']+)'/gm)) {
    const resolved = relative('.', join(file.path, '..', match[1]!)).replaceAll('\\', '/');
    out.add(resolved.split('/')[0]!.replace(/\.js$/, ''));
  }
  return [...out].filter((f) => f !== folder).sort();
}

/** Which folders each core folder may import from (itself always). */
const ALLOWED: Record<string, readonly string[]> = {
  _lib: ['errors'],
  models: ['_lib', 'errors', 'money'],
  money: ['_lib', 'errors'],
  rules: ['_lib', 'errors', 'models'],
  crew: ['_lib', 'errors', 'models'],
  season: ['_lib', 'errors', 'models', 'money', 'rules', 'crew'],
  policy: ['_lib', 'errors', 'models', 'money', 'rules', 'crew', 'season'],
  // Not core (it has dependencies of its own), but it builds on the core only: never the CLI or the sheets.
  documents: ['_lib', 'errors', 'models', 'money', 'rules', 'crew', 'season', 'policy'],
};

describe('the house', () => {
  it.each(Object.keys(ALLOWED))('src/%s imports only from the folders below it', (folder) => {
    // `crew/index.ts` is the published `webcast-partnership/crew` entry, which also offers the season plan.
    const wrong = FILES.filter((f) => f.path.startsWith(`${folder}/`) && f.path !== 'crew/index.ts').flatMap((f) =>
      importedFolders(f)
        .filter((target) => !ALLOWED[folder]!.includes(target))
        .map((target) => `${f.path} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every source file outside src/crew to 300 lines', () => {
    const long = FILES.filter((f) => !f.path.startsWith('crew/'))
      .map((f) => ({ path: f.path, lines: f.text.split('\n').length - (f.text.endsWith('\n') ? 1 : 0) }))
      .filter((f) => f.lines > 300);
    expect(long).toEqual([]);
  });
});
