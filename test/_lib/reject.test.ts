import { describe, expect, it } from 'vitest';
import { isPartnershipError } from '../../src/index.js';
import { Issues, rejectValue } from '../../src/_lib/reject.js';

/** The code, message and issues of the PartnershipError a call throws. */
function errorOf(run: () => unknown): { code: string; message: string; issues: readonly { code: string; path: string; message: string }[] } {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return { code: error.code, message: error.message, issues: error.issues };
    throw error;
  }
  throw new Error('expected a PartnershipError');
}

describe('Issues', () => {
  it('throws nothing when no issue was recorded', () => {
    const issues = new Issues();
    expect(() => issues.throwIfAny()).not.toThrow();
    expect(issues.size).toBe(0);
  });

  it('headlines an issue at the input itself as "the input"', () => {
    const issues = new Issues();
    issues.expected('money_malformed', '', 'a record', 3);
    expect(errorOf(() => issues.throwIfAny())).toEqual({
      code: 'money_malformed',
      message: 'Expected the input to be a record, got `3`',
      issues: [{ code: 'money_malformed', path: '', message: 'Expected a record, got `3`' }],
    });
  });

  it('headlines an issue at a path with the path between backticks', () => {
    const issues = new Issues();
    issues.expected('money_malformed', 'a.b[0]', 'a record', null);
    expect(errorOf(() => issues.throwIfAny())).toEqual({
      code: 'money_malformed',
      message: 'Expected `a.b[0]` to be a record, got null',
      issues: [{ code: 'money_malformed', path: 'a.b[0]', message: 'Expected a record, got null' }],
    });
  });

  it('keeps the headline of the first issue and counts one more issue, singular', () => {
    const issues = new Issues();
    issues.add('weight_malformed', 'a', 'first', 'First headline');
    issues.add('weight_malformed', 'b', 'second', 'Second headline');
    expect(errorOf(() => issues.throwIfAny())).toEqual({
      code: 'weight_malformed',
      message: 'First headline (and 1 more issue)',
      issues: [
        { code: 'weight_malformed', path: 'a', message: 'first' },
        { code: 'weight_malformed', path: 'b', message: 'second' },
      ],
    });
  });

  it('counts two more issues in the plural, and says invalid_input when the codes differ', () => {
    const issues = new Issues();
    issues.add('weight_malformed', 'a', 'first');
    issues.add('weight_negative', 'b', 'second');
    issues.add('weight_malformed', 'c', 'third');
    const error = errorOf(() => issues.throwIfAny());
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('first (and 2 more issues)');
  });

  it('lists 100 issues, then one too_many_issues entry counting the rest, and counts them all in the message', () => {
    const issues = new Issues();
    for (let i = 0; i < 102; i += 1) issues.add('weight_malformed', `p[${i}]`, `m${i}`);
    expect(issues.size).toBe(102);
    expect(issues.list).toHaveLength(100);
    const error = errorOf(() => issues.throwIfAny());
    expect(error.code).toBe('weight_malformed');
    expect(error.message).toBe('m0 (and 101 more issues)');
    expect(error.issues).toHaveLength(101);
    expect(error.issues[99]).toEqual({ code: 'weight_malformed', path: 'p[99]', message: 'm99' });
    expect(error.issues[100]).toEqual({ code: 'too_many_issues', path: '', message: 'And 2 more issues not listed', notListed: 2 });
  });

  it('lists exactly 100 issues without a too_many_issues entry', () => {
    const issues = new Issues();
    for (let i = 0; i < 100; i += 1) issues.add('weight_malformed', `p[${i}]`, `m${i}`);
    const error = errorOf(() => issues.throwIfAny());
    expect(error.issues).toHaveLength(100);
    expect(error.issues.map((i) => i.code)).not.toContain('too_many_issues');
    expect(error.message).toBe('m0 (and 99 more issues)');
  });
});

describe('rejectValue', () => {
  it('throws one issue, headlined with its path', () => {
    expect(errorOf(() => rejectValue('terms_malformed', 'terms', 'terms', 'x'))).toEqual({
      code: 'terms_malformed',
      message: 'Expected `terms` to be terms, got `x`',
      issues: [{ code: 'terms_malformed', path: 'terms', message: 'Expected terms, got `x`' }],
    });
  });
});
