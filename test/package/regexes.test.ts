import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { check } from 'recheck';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';

// Every regular expression in the package, checked by a static ReDoS analyser (recheck, its
// pure JavaScript backend: no JVM, no native binary): a pattern whose matching can take
// super-linear time (polynomial or exponential backtracking) fails this test.

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');

interface Pattern {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

/**
 * The sources a `RegExp` built from a template may have: each `${…}` is tried as the empty string
 * and as every string or template literal written inside it (their own `${…}` read as `2`, a
 * repetition count), so that `^a${x ? '' : `\\.\\d{${n}}`}$` gives `^a$` and `^a\.\d{2}$`.
 */
function instances(node: ts.Expression): string[] | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (!ts.isTemplateExpression(node)) return undefined;
  let out = [node.head.text];
  for (const span of node.templateSpans) {
    const fragments = new Set<string>(['']);
    const visit = (inner: ts.Node): void => {
      if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) fragments.add(inner.text);
      else if (ts.isTemplateExpression(inner)) fragments.add(inner.head.text + inner.templateSpans.map((s) => `2${s.literal.text}`).join(''));
      inner.forEachChild(visit);
    };
    visit(span.expression);
    out = out.flatMap((before) => [...fragments].map((fragment) => before + fragment + span.literal.text));
  }
  return out;
}

/** Every regex literal and every `RegExp(…)` / `new RegExp(…)` in src/. */
function patterns(): { found: Pattern[]; opaque: string[] } {
  const found: Pattern[] = [];
  const opaque: string[] = [];
  for (const path of sourceFiles(SRC)) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const at = (node: ts.Node): string => `${relative(ROOT, path)}:${file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(file);
        const end = text.lastIndexOf('/');
        found.push({ where: at(node), source: text.slice(1, end), flags: text.slice(end + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [first, second] = node.arguments ?? [];
        const sources = first === undefined ? [''] : instances(first);
        const flags = second === undefined ? [''] : instances(second);
        if (sources === undefined || flags === undefined) opaque.push(at(node));
        else for (const source of sources) for (const flag of flags) found.push({ where: at(node), source, flags: flag });
      }
      node.forEachChild(visit);
    };
    visit(file);
  }
  return { found, opaque };
}

describe('regular expressions in the package', () => {
  const { found, opaque } = patterns();
  let verdicts: { pattern: Pattern; status: string; complexity: string }[] = [];

  beforeAll(async () => {
    process.env.RECHECK_BACKEND = 'pure';
    verdicts = [];
    for (const pattern of found) {
      const result = await check(pattern.source, pattern.flags, { timeout: 60_000 });
      verdicts.push({ pattern, status: result.status, complexity: result.status === 'vulnerable' ? result.complexity.type : '' });
    }
  });

  it('finds the regexes written in src/ (literals and RegExp built from literals)', () => {
    expect(found.length).toBeGreaterThan(3);
    expect(found.some((p) => p.where.startsWith('src/_lib/path.ts'))).toBe(true);
  });

  it('builds no RegExp from a value the test cannot read', () => {
    expect(opaque).toEqual([]);
  });

  it('holds none that can backtrack super-linearly (recheck: every one safe)', () => {
    const unsafe = verdicts.filter((v) => v.status !== 'safe').map((v) => `${v.pattern.where} /${v.pattern.source}/${v.pattern.flags}: ${v.status} ${v.complexity}`);
    expect(unsafe).toEqual([]);
  });
});

describe('the checker', () => {
  it('golden: flags the classic exponential and polynomial patterns, passes linear ones', async () => {
    process.env.RECHECK_BACKEND = 'pure';
    const verdict = async (source: string) => {
      const result = await check(source, '');
      return result.status === 'vulnerable' ? result.complexity.type : result.status;
    };
    expect(await verdict('^(a+)+$')).toBe('exponential');
    expect(await verdict('\\s*\\d+\\s*x')).toBe('polynomial');
    expect(await verdict('^[A-Za-z_$][\\w$]*$')).toBe('safe');
  });
});
