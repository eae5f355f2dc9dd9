import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The runnable examples of examples/: each prints one line and ends with the `//=>` comment of
// what it prints, so the docs cannot rot. They use the built package. The README's usage example
// is run from the installed tarball (test/package/tarball.test.ts).
const root = resolve(import.meta.dirname, '../..');
const examples = join(root, 'examples');

describe('examples', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.mjs'));

  it('has examples', () => {
    expect(files).toEqual(expect.arrayContaining(['createSettlement.mjs', 'hyperformula.mjs']));
  });

  it.each(files)('%s prints what its //=> comment says', (file) => {
    const source = readFileSync(join(examples, file), 'utf8');
    const expected = [...source.matchAll(/^\s*\/\/=> (.*)$/gm)].map((m) => m[1]).pop();
    expect(expected).toBeDefined();
    const output = execFileSync(process.execPath, [join(examples, file)], { cwd: root, encoding: 'utf8' });
    expect(output.trim()).toBe(expected);
  });
});
