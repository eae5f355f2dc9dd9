import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/catalogue.js';

describe('RULES', () => {
  it('makes C2.2 and C2.3 per sponsor, every other rule event-wide', () => {
    const scopes = Object.fromEntries(RULES.map((r) => [r.id, r.scope]));
    expect(Object.entries(scopes).filter(([, scope]) => scope !== 'event')).toEqual([['C2.2', 'sponsor'], ['C2.3', 'sponsor']]);
    expect(scopes.C9).toBe('event');
  });
});
