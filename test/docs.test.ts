import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The runnable examples of docs/examples: each prints one line and ends with the
// `//=>` comment of what it prints, so the docs cannot rot. They use the built package.
const root = resolve(import.meta.dirname, '..');
const examples = join(root, 'docs/examples');

describe('docs/examples', () => {
  const files = readdirSync(examples).filter((f) => f.endsWith('.mjs'));

  it('has examples', () => {
    expect(files).toContain('quickstart.mjs');
  });

  it.each(files)('%s prints what its //=> comment says', (file) => {
    const source = readFileSync(join(examples, file), 'utf8');
    const expected = [...source.matchAll(/^\s*\/\/=> (.*)$/gm)].map((m) => m[1]).pop();
    expect(expected).toBeDefined();
    const output = execFileSync(process.execPath, [join(examples, file)], { cwd: root, encoding: 'utf8' });
    expect(output.trim()).toBe(expected);
  });

  it("the README's usage example is quickstart.mjs", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const quickstart = readFileSync(join(examples, 'quickstart.mjs'), 'utf8');
    const body = (text: string) => text.split('\n').filter((l) => !l.startsWith('// The README') && l.trim() !== '').join('\n');
    const block = /```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
    expect(body(block)).toBe(body(quickstart));
  });
});
