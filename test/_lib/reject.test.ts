import { describe, expect, it } from 'vitest';
import { isPartnershipError } from '../../src/index.js';
import { PartnershipError } from '../../src/errors.js';
import { Issues, pathUnder, rejection, rejectValue, renameIssues } from '../../src/_lib/reject.js';

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

describe('Issues, recording', () => {
  it('names the invalid path in the issue itself (invalid) and suggests the key meant (unknownKeys)', () => {
    const issues = new Issues();
    issues.invalid('crews[0].cameras', 'a positive integer', 0);
    issues.unknownKeys({ id: 'a', camras: 2 }, ['id', 'cameras'], 'crews[1]');
    expect(errorOf(() => issues.throwIfAny())).toEqual({
      code: 'invalid_input',
      message: 'Expected `crews[0].cameras` to be a positive integer, got `0` (and 1 more issue)',
      issues: [
        { code: 'invalid_input', path: 'crews[0].cameras', message: 'Expected `crews[0].cameras` to be a positive integer, got `0`' },
        { code: 'unknown_key', path: 'crews[1].camras', message: 'Expected a known key, got `camras`: did you mean `cameras`?' },
      ],
    });
  });

  it('records another error’s issues, its too_many_issues count added to the rest (record)', () => {
    const issues = new Issues();
    issues.record(
      [
        { code: 'invalid_type', path: 'a', message: 'm1' },
        { code: 'too_many_issues', path: '', message: 'And 7 more issues not listed', notListed: 7 },
      ],
      'headline',
    );
    expect(issues.size).toBe(8);
    const error = issues.toError()!;
    expect(error.message).toBe('headline (and 7 more issues)');
    expect(error.issues.at(-1)).toEqual({ code: 'too_many_issues', path: '', message: 'And 7 more issues not listed', notListed: 7 });
  });
});

describe('rejection', () => {
  it('makes one error with one issue, its own headline or the message', () => {
    const error = rejection('invalid_argument', 'cell', 'Expected a number', 'Cell `A1`: expected a number');
    expect([error.code, error.message, error.issues]).toEqual(['invalid_argument', 'Cell `A1`: expected a number', [{ code: 'invalid_argument', path: 'cell', message: 'Expected a number' }]]);
    expect(rejection('invalid_argument', 'cell', 'm').message).toBe('m');
  });
});

describe('pathUnder', () => {
  it.each([
    ['crews', 'crews', ''],
    ['crews[0].cameras', 'crews', '[0].cameras'],
    ['policy.parameters.x', 'policy', 'parameters.x'],
    ['crewsX', 'crews', undefined],
    ['bookings[0]', 'crews', undefined],
  ])('%s under %s is %s', (path, name, expected) => {
    expect(pathUnder(path, name)).toBe(expected);
  });
});

describe('renameIssues', () => {
  it('renames paths, drops an issue the rewrite leaves out, keeps the count of the issues not listed', () => {
    const many = Array.from({ length: 102 }, (_, i) => ({ code: 'invalid_type' as const, path: `x[${i}]`, message: `m${i}` }));
    const error = new PartnershipError('invalid_input', 'whole', many);
    const renamed = renameIssues(
      error,
      (issue) => (issue.path === 'x[1]' ? undefined : { ...issue, path: issue.path.replace('x', 'file.json: ') }),
      (message, issues) => `${message}, ${issues.length} listed`,
    );
    expect(renamed.code).toBe('invalid_input');
    expect(renamed.message).toBe('whole, 100 listed');
    expect(renamed.issues[0]).toEqual({ code: 'invalid_type', path: 'file.json: [0]', message: 'm0' });
    expect(renamed.issues[1]!.path).toBe('file.json: [2]');
    expect(renamed.issues.at(-1)).toEqual({ code: 'too_many_issues', path: '', message: 'And 2 more issues not listed', notListed: 2 });
  });
});
