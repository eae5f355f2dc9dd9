import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as policy from '../../src/policy/index.js';
import * as rules from '../../src/rules/index.js';

// The library snippets of docs/policy.md and the `@example`s of the policy entry, run as written on
// the example season (examples/data): every import must name a real export of its entry, and every
// `//=>` must be what the line before it (or the expression on its own line) really gives. The
// docs' CLI commands are run by test/policy/bin.test.ts.
const repo = resolve(import.meta.dirname, '../..');
const read = (file: string): string => readFileSync(join(repo, file), 'utf8');
const data = (file: string): unknown => JSON.parse(read(`examples/data/${file}`));
const ENTRIES: Record<string, Record<string, unknown>> = { 'webcast-partnership': root, 'webcast-partnership/policy': policy, 'webcast-partnership/rules': rules };

/** What the snippets may use without importing: the example season. */
function season(): Record<string, unknown> {
  const requests = data('requests.json') as { id: string }[];
  return { requests, crews: data('crews.json'), bookings: data('bookings.json'), request: requests.find((r) => r.id === 'req-webdays') };
}

/** Runs a snippet: imports become bindings, each `//=>` a check; returns the checks made. */
function runSnippet(source: string, defaults: Record<string, unknown> = {}): { actual: unknown; expected: unknown; line: string }[] {
  const scope: Record<string, unknown> = { ...season(), ...defaults };
  const body: string[] = [];
  for (const line of source.split('\n')) {
    const imported = /^import \{ (.*) \} from '(.*)';$/.exec(line);
    if (imported !== null) {
      const entry = ENTRIES[imported[2]!];
      expect(entry, line).toBeDefined();
      for (const name of imported[1]!.split(',').map((n) => n.trim())) {
        expect(entry![name], `${name} from ${imported[2]}`).toBeDefined();
        scope[name] = entry![name];
      }
      continue;
    }
    const check = /^(.*?)\/\/=> (.*)$/.exec(line);
    if (check === null) {
      body.push(line);
      continue;
    }
    const expression = check[1]!.trim().replace(/;$/, '') || body.pop()!.trim().replace(/;$/, '');
    body.push(`checks.push({ actual: (${expression}), expected: (${check[2]!.trim()}), line: ${JSON.stringify(expression)} });`);
  }
  const checks: { actual: unknown; expected: unknown; line: string }[] = [];
  const names = Object.keys(scope);
  // The docs' own snippet, run as the reader would.
  new Function('checks', ...names, body.join('\n'))(checks, ...names.map((n) => scope[n]));
  return checks;
}

/** The `@example` of a function's doc comment, without the comment's stars. */
function example(file: string): string {
  const block = /@example\n([\s\S]*?)\*\//.exec(read(file));
  expect(block, file).not.toBeNull();
  return block![1]!
    .split('\n')
    .map((line) => line.replace(/^\s*\* ?/, ''))
    .join('\n');
}

describe('docs/policy.md', () => {
  const blocks = [...read('docs/policy.md').matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);

  it('has its library snippets', () => {
    expect(blocks.length).toBe(2);
  });

  it.each(blocks.map((block, i) => [i, block] as const))('snippet %i runs and gives what its //=> comments say', (_, block) => {
    const checks = runSnippet(block);
    expect(checks.length).toBe(block.split('//=>').length - 1);
    for (const { actual, expected, line } of checks) expect(actual, line).toEqual(expected);
  });
});

describe('@example', () => {
  it.each(['src/policy/policyImpact.ts', 'src/policy/diffPolicies.ts'])('%s gives what it says', (file) => {
    const checks = runSnippet(example(file), { DEFAULT_POLICY: root.DEFAULT_POLICY, policyImpact: policy.policyImpact, diffPolicies: policy.diffPolicies });
    expect(checks.length).toBeGreaterThan(0);
    for (const { actual, expected, line } of checks) expect(actual, line).toEqual(expected);
  });
});
