import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { RULES } from '../../src/rules/catalogue.js';
import { RULES_DOC, renderRulesDoc } from '../../scripts/rulesDoc.js';

const root = resolve(import.meta.dirname, '../..');
const doc = readFileSync(join(root, RULES_DOC), 'utf8');

describe('docs/rules.md', () => {
  it('is what `npm run docs:rules` writes from RULES and DEFAULT_POLICY', () => {
    expect(renderRulesDoc(doc) === doc, 'docs/rules.md differs from the code: run `npm run docs:rules`').toBe(true);
  });

  it("writes each rule's fields from the code, between its markers, and refuses a missing or unknown region", () => {
    const c1 = doc.slice(doc.indexOf('<!-- rule:C1:begin -->'), doc.indexOf('<!-- rule:C1:end -->'));
    expect(c1).toContain('### C1 `sole-film-crew` (§ 1)');
    expect(c1).toContain('- Kind in `DEFAULT_POLICY`: blocking.');
    expect(c1).toContain('- Parameters: `contractLeadDays` (its deadline).');
    expect(c1).toContain('- Seed (en): "We are the only film crew: we are not partners of events we do not film!"');
    expect(doc).toContain('| C9.4 | `monetization-effort` | § 9.4 | weighing (3) | partnership | `contractLeadDays` (deadline) |');
    expect(doc).toContain('| C2.2 | `sponsor-no-conflict` | § 2.2 | blocking, per sponsor | partnership | `sponsorLeadDays` (deadline) |');
    expect(() => renderRulesDoc(doc.replace('<!-- rule:C1:end -->', ''))).toThrow('one <!-- rule:C1:begin --> … <!-- rule:C1:end --> region');
    expect(() => renderRulesDoc(`${doc}\n<!-- rule:C12:begin -->\n<!-- rule:C12:end -->\n`)).toThrow('a region for no rule: <!-- rule:C12:begin -->');
    // A stale field is rewritten, whatever was there.
    expect(renderRulesDoc(doc.replace('- Kind in `DEFAULT_POLICY`: weighing (weight 3).', '- Kind: stale.'))).toBe(doc);
  });

  // Each rule names the parameters it reports and its deadline as the code does, and the example
  // findings have the shape of a real one, with the default policy's values.
  const sectionOf = (id: string, name: string): string => {
    const start = doc.indexOf(`### ${id} \`${name}\``);
    expect(start, id).toBeGreaterThan(0);
    const next = doc.indexOf('\n### ', start + 1);
    return doc.slice(start, next < 0 ? undefined : next);
  };

  it.each(RULES.map((r) => [r.id, r] as const))('%s lists the parameters it reports, its deadline marked', (_, rule) => {
    const line = /^- Parameters: (.*)$/m.exec(sectionOf(rule.id, rule.name))?.[1] ?? '';
    const named = [...line.matchAll(/`(\w+)`( \(its deadline\))?/g)].filter((m) => (m[1] ?? '') in DEFAULT_POLICY.parameters);
    expect(named.map((m) => m[1])).toEqual([...rule.parameters]);
    expect(named.filter((m) => m[2] !== undefined).map((m) => m[1])).toEqual(rule.deadline === undefined ? [] : [rule.deadline]);
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
