import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { diffPolicies, type PolicyChange } from '../../src/policy/index.js';
import { thrown } from '../utils/thrown.js';
import { anyPolicy, promotionWeighs, releases40 } from './_policies.js';

describe('diffPolicies', () => {
  it('names a changed deadline with its path and both values', () => {
    expect(diffPolicies(DEFAULT_POLICY, releases40)).toEqual({
      before: { version: '2009-04', appliesFrom: '2009-04-01' },
      after: { version: '2026-06', appliesFrom: '2026-06-01' },
      changes: [{ kind: 'parameter', path: 'parameters.releaseLeadDays', parameter: 'releaseLeadDays', change: 'changed', before: 7, after: 40 }],
    });
  });

  it('names a rule taken out of the blocking set', () => {
    expect(diffPolicies(DEFAULT_POLICY, promotionWeighs).changes).toEqual([{ kind: 'blocking', path: 'blocking', rule: 'C0', change: 'removed', before: 'C0' }]);
  });

  it('lists parameters, modes, blocking and weights in the policy order, sets in RULE_IDS order', () => {
    const after = {
      ...DEFAULT_POLICY,
      parameters: { ...DEFAULT_POLICY.parameters, maxDays: 3, speakerNoticeDays: 28 },
      modes: { partnership: DEFAULT_POLICY.modes.partnership, client: ['C9', 'C6.4', 'C3'] },
      blocking: [...DEFAULT_POLICY.blocking, 'C10'],
      weights: { 'C2.5': 0, 'C5.b': 2, 'C6.4': 4, 'C9.4': 1, C10: 4, C11: 1 },
    } as const;
    expect(diffPolicies(DEFAULT_POLICY, after).changes).toEqual([
      { kind: 'parameter', path: 'parameters.speakerNoticeDays', parameter: 'speakerNoticeDays', change: 'changed', before: 21, after: 28 },
      { kind: 'parameter', path: 'parameters.maxDays', parameter: 'maxDays', change: 'changed', before: 2, after: 3 },
      { kind: 'mode', path: 'modes.client', mode: 'client', rule: 'C6.2', change: 'removed', before: 'C6.2' },
      { kind: 'mode', path: 'modes.client', mode: 'client', rule: 'C6.4', change: 'added', after: 'C6.4' },
      { kind: 'mode', path: 'modes.client', mode: 'client', rule: 'C8', change: 'removed', before: 'C8' },
      { kind: 'blocking', path: 'blocking', rule: 'C10', change: 'added', after: 'C10' },
      { kind: 'weight', path: 'weights.C8.b', rule: 'C8.b', change: 'removed', before: 2 },
      { kind: 'weight', path: 'weights.C9.4', rule: 'C9.4', change: 'changed', before: 3, after: 1 },
      { kind: 'weight', path: 'weights.C11', rule: 'C11', change: 'added', after: 1 },
    ] satisfies PolicyChange[]);
  });

  it('reads modes and blocking as sets: order and repeats change nothing', () => {
    const shuffled = { ...DEFAULT_POLICY, modes: { ...DEFAULT_POLICY.modes, client: ['C9', 'C8', 'C6.2', 'C3', 'C3'] }, blocking: [...DEFAULT_POLICY.blocking].reverse() } as const;
    expect(diffPolicies(DEFAULT_POLICY, shuffled).changes).toEqual([]);
  });

  it('reports every issue of both policies at once, under before and after', () => {
    const error = thrown(() =>
      diffPolicies({ ...DEFAULT_POLICY, weights: { c10: 1 } } as never, { ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDay: 3 } } as never),
    );
    expect(error.issues.map((i) => [i.code, i.path])).toEqual([
      ['unknown_key', 'before.weights.c10'],
      ['unknown_key', 'after.parameters.releaseLeadDay'],
    ]);
    expect(error.issues[1]!.message).toContain('did you mean `releaseLeadDays`?');
  });
});

describe('garbage in', () => {
  it.each([null, 42, 'policy', [], {}, { version: 7 }])('throws a PartnershipError, never a TypeError, for %j', (garbage) => {
    expect(thrown(() => diffPolicies(garbage as never, DEFAULT_POLICY)).issues[0]!.path).toMatch(/^before/);
    expect(thrown(() => diffPolicies(DEFAULT_POLICY, garbage as never)).issues[0]!.path).toMatch(/^after/);
  });
});

describe('properties', () => {
  it('a policy compared with itself has no change (golden: DEFAULT_POLICY)', () => {
    expect(diffPolicies(DEFAULT_POLICY, DEFAULT_POLICY).changes).toEqual([]);
    fc.assert(fc.property(anyPolicy, (policy) => diffPolicies(policy, structuredClone(policy)).changes.length === 0));
  });

  it('is antisymmetric: the diff back is the diff forth with before and after swapped', () => {
    const swap = (c: PolicyChange) => {
      const { before, after, change, ...rest } = c as PolicyChange & { before?: unknown; after?: unknown };
      return { ...rest, change: change === 'added' ? 'removed' : change === 'removed' ? 'added' : change, ...(after === undefined ? {} : { before: after }), ...(before === undefined ? {} : { after: before }) };
    };
    const order = (changes: readonly object[]) => changes.map((c) => JSON.stringify(c, Object.keys(c).sort())).sort();
    fc.assert(
      fc.property(anyPolicy, anyPolicy, (a, b) => {
        expect(order(diffPolicies(b, a).changes)).toEqual(order(diffPolicies(a, b).changes.map(swap)));
      }),
    );
  });

  it('is empty exactly when parameters, mode sets, blocking set and weights are all the same', () => {
    // Pairs that share some parts: each part of the second is the first's or its own.
    const pairs = fc.tuple(anyPolicy, anyPolicy, fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean()).map(([a, b, p, m, k, w]) => [
      a,
      { ...b, parameters: p ? { ...a.parameters } : b.parameters, modes: m ? { ...a.modes } : b.modes, blocking: k ? [...a.blocking] : b.blocking, weights: w ? { ...a.weights } : b.weights },
    ] as const);
    const set = (ids: readonly string[]) => JSON.stringify([...new Set(ids)].sort());
    const record = (r: object) => JSON.stringify(Object.entries(r).sort());
    fc.assert(
      fc.property(pairs, ([a, b]) => {
        const same =
          record(a.parameters) === record(b.parameters) &&
          set(a.modes.partnership) === set(b.modes.partnership) &&
          set(a.modes.client) === set(b.modes.client) &&
          set(a.blocking) === set(b.blocking) &&
          record(a.weights) === record(b.weights);
        expect(diffPolicies(a, b).changes.length === 0).toBe(same);
      }),
    );
  });
});
