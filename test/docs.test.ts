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

// docs/rules.md names each rule's parameters and deadline as the code does, and its example
// findings have the shape of a real one, with the default policy's values.
describe('docs/rules.md', async () => {
  const { RULES } = await import('../src/rules/catalogue.js');
  const { DEFAULT_POLICY } = await import('../src/models/policy.js');
  const doc = readFileSync(join(root, 'docs/rules.md'), 'utf8');
  const sectionOf = (id: string, name: string): string => {
    const start = doc.indexOf(`### ${id} \`${name}\``);
    expect(start, id).toBeGreaterThan(0);
    const next = doc.indexOf('\n### ', start + 1);
    return doc.slice(start, next < 0 ? undefined : next);
  };

  it.each(RULES.map((r) => [r.id, r] as const))('%s lists the parameters it reports, its deadline marked', (_, rule) => {
    const line = /^- Parameters: (.*)$/m.exec(sectionOf(rule.id, rule.name))?.[1] ?? '';
    const named = [...line.matchAll(/`(\w+)`( \(its deadline\))?/g)].filter((m) => (m[1] ?? '') in DEFAULT_POLICY.parameters);
    const own = rule.id === 'C3' ? named.slice(0, rule.parameters.length) : named;
    expect(own.map((m) => m[1])).toEqual([...rule.parameters]);
    expect(own.filter((m) => m[2] !== undefined).map((m) => m[1])).toEqual(rule.deadline === undefined ? [] : [rule.deadline]);
  });

  it('shows example findings with the fields of a real one and the default parameters', () => {
    const findings = [...doc.matchAll(/```json\n(\{\n {2}"rule": [\s\S]*?\n\})\n```/g)].map((m) => JSON.parse(m[1]!) as Record<string, unknown>);
    expect(findings.length).toBeGreaterThanOrEqual(RULES.length);
    const keys = ['rule', 'name', 'clause', 'kind', 'status', 'evidence', 'parameters', 'dueAt', 'dueLocal', 'message', 'sponsorId', 'remedy'];
    for (const finding of findings) {
      const rule = RULES.find((r) => r.id === finding.rule)!;
      expect(Object.keys(finding).every((k) => keys.includes(k)), `${rule.id} keys`).toBe(true);
      expect(finding.parameters, rule.id).toStrictEqual(Object.fromEntries(rule.parameters.map((n) => [n, DEFAULT_POLICY.parameters[n]])));
      expect('dueAt' in finding, rule.id).toBe(rule.deadline !== undefined);
      const remedy = finding.remedy as Record<string, unknown> | undefined;
      if (remedy !== undefined) expect(Object.keys(remedy).every((k) => ['code', 'dueAt', 'dueLocal', 'en', 'fr'].includes(k)), rule.id).toBe(true);
    }
  });
});
