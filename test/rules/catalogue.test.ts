import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isRuleId } from '../../src/models/ruleIds.js';
import { DEFAULT_POLICY, DEFAULT_RULE_KINDS } from '../../src/models/policy.js';
import { RULE_LOGIC } from '../../src/rules/_logic.js';
import { RULES } from '../../src/rules/catalogue.js';
import { RULE_IDS } from '../../src/models/ruleIds.js';

describe('the rule registry', () => {
  it('holds one rule per id, in RULE_IDS order, each under its own id', () => {
    expect(RULE_LOGIC.map((rule) => rule.id)).toEqual([...RULE_IDS]);
    expect(RULES.map((rule) => rule.id)).toEqual([...RULE_IDS]);
  });

  it("gives each rule the kind the models' table says, which the default policy's blocking list derives from", () => {
    for (const rule of RULE_LOGIC) expect(rule.defaultKind, rule.id).toBe(DEFAULT_RULE_KINDS[rule.id]);
    expect(Object.keys(DEFAULT_RULE_KINDS)).toEqual([...RULE_IDS]);
  });

  it('blocks, in the default policy, every condition but the six the seed calls preferences (golden list)', () => {
    expect(DEFAULT_POLICY.blocking).toEqual(['C0', 'NB', 'C1', 'C2', 'C2.2', 'C2.3', 'C3', 'C4', 'C5', 'C6.1', 'C6.2', 'C6.3', 'C7', 'C8', 'C9', 'C9.3', 'C11']);
    expect(DEFAULT_POLICY.blocking).toEqual(RULE_LOGIC.filter((rule) => rule.defaultKind === 'blocking').map((rule) => rule.id));
    expect(Object.isFrozen(DEFAULT_POLICY.blocking)).toBe(true);
  });

  it('carries the seed sentence in French and in English', () => {
    const c1 = RULES.find((rule) => rule.id === 'C1')!;
    expect(c1.seed).toBe("Nous sommes la seule équipe de tournage : Nous ne sommes pas partenaires d'événements que nous ne filmons pas !");
    expect(c1.seedEn).toBe('We are the only film crew: we are not partners of events we do not film!');
    for (const rule of RULES) expect(rule.seedEn.length, rule.id).toBeGreaterThan(40);
  });

  it('makes C2.2 and C2.3 per sponsor, every other rule event-wide', () => {
    const scopes = Object.fromEntries(RULES.map((r) => [r.id, r.scope]));
    expect(Object.entries(scopes).filter(([, scope]) => scope !== 'event')).toEqual([['C2.2', 'sponsor'], ['C2.3', 'sponsor']]);
    expect(scopes.C9).toBe('event');
  });

  it('lists every rule once, in RULE_IDS order', () => {
    expect(RULE_IDS).toHaveLength(23);
    expect(RULE_IDS.slice(0, 3)).toEqual(['C0', 'NB', 'C1']);
    expect(RULE_IDS.indexOf('C6.4')).toBe(RULE_IDS.indexOf('C6.3') + 1);
    expect(isRuleId('C6.2')).toBe(true);
    expect(isRuleId('NB')).toBe(true);
    expect(isRuleId('C12')).toBe(false);
    expect(new Set(RULES.map((r) => r.name)).size).toBe(23);
  });

  it('has its own test file for every rule: test/rules/<ruleName>.test.ts', () => {
    const fileOf = (name: string): string => `${name.replace(/-([a-z])/g, (_, letter: string) => letter.toUpperCase())}.test.ts`;
    const files = new Set(readdirSync(new URL('.', import.meta.url)));
    expect(RULES.filter((r) => !files.has(fileOf(r.name))).map((r) => r.id)).toEqual([]);
  });

  it('carries its id, name, seed clause, kind and French seed sentence', () => {
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^(C\d+(\.\d|\.b)?|NB)$/);
      expect(rule.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(rule.clause).toMatch(/^(§ \d|overview$|NB$)/);
      expect(['blocking', 'weighing']).toContain(rule.defaultKind);
      expect(rule.seed.length).toBeGreaterThan(40);
    }
  });
});
