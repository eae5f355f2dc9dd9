import { describe, expect, it } from 'vitest';
import { MAX_ISSUES, PartnershipError, isPartnershipError } from '../src/index.js';
import { PARTNERSHIP_ERROR_CODES } from '../src/errors.js';
import { readFileSync } from 'node:fs';

describe('PartnershipError', () => {
  it('carries its code, its message and one issue at the root when none is given', () => {
    const error = new PartnershipError('currency_unknown', 'Expected `currency` to be an ISO 4217 code, got `EURO`');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PartnershipError');
    expect(error.code).toBe('currency_unknown');
    expect(error.issues).toEqual([
      { code: 'currency_unknown', path: '', message: 'Expected `currency` to be an ISO 4217 code, got `EURO`' },
    ]);
  });

  it('keeps every issue with its path, frozen', () => {
    const error = new PartnershipError('invalid_input', 'two problems', [
      { code: 'invalid_type', path: 'event.title', message: 'Expected a string, got nothing' },
      { code: 'invalid_type', path: 'event.sessions[0].start', message: 'Expected an ISO 8601 instant' },
    ]);
    expect(error.issues.map((i) => i.path)).toEqual(['event.title', 'event.sessions[0].start']);
    expect(Object.isFrozen(error.issues)).toBe(true);
    expect(Object.isFrozen(error.issues[0])).toBe(true);
  });
});

describe('PartnershipError: the cap on issues', () => {
  const issues = (n: number) => Array.from({ length: n }, (_, i) => ({ code: 'invalid_input' as const, path: `crews[${i}].cameras`, message: `m${i}` }));

  it('lists 100 issues as they come, with no note', () => {
    const error = new PartnershipError('invalid_input', 'bad', issues(100));
    expect(MAX_ISSUES).toBe(100);
    expect(error.issues).toHaveLength(100);
    expect(error.issues.map((i) => i.code)).not.toContain('too_many_issues');
  });

  it('lists the first 100 of 250, then one too_many_issues entry counting the other 150', () => {
    const error = new PartnershipError('invalid_input', 'bad', issues(250));
    expect(error.issues).toHaveLength(101);
    expect(error.issues[99]).toEqual({ code: 'invalid_input', path: 'crews[99].cameras', message: 'm99' });
    expect(error.issues[100]).toEqual({ code: 'too_many_issues', path: '', message: 'And 150 more issues not listed', notListed: 150 });
    expect(Object.isFrozen(error.issues[100])).toBe(true);
  });

  it('says "1 more issue" in the singular', () => {
    expect(new PartnershipError('invalid_input', 'bad', issues(101)).issues[100]?.message).toBe('And 1 more issue not listed');
  });

  it('adds the issues a collector counted but did not keep', () => {
    const error = new PartnershipError('invalid_input', 'bad', issues(100), { notListed: 7 });
    expect(error.issues[100]).toEqual({ code: 'too_many_issues', path: '', message: 'And 7 more issues not listed', notListed: 7 });
  });

  it('keeps the count when an error’s issues are passed on to a new one (paths renamed)', () => {
    const first = new PartnershipError('invalid_input', 'bad', issues(250));
    const renamed = first.issues.map((i) => ({ ...i, path: i.path.replace('crews', 'crews_column') }));
    const second = new PartnershipError('invalid_input', 'bad', renamed);
    expect(second.issues).toHaveLength(101);
    expect(second.issues[0]?.path).toBe('crews_column[0].cameras');
    expect(second.issues[100]).toMatchObject({ code: 'too_many_issues', notListed: 150 });
  });
});

describe('isPartnershipError', () => {
  it('recognises its own errors and look-alikes from another copy of the library', () => {
    expect(isPartnershipError(new PartnershipError('invalid_input', 'y'))).toBe(true);
    const foreign = Object.assign(new Error('y'), { name: 'PartnershipError', code: 'x', issues: [] });
    expect(isPartnershipError(foreign)).toBe(true);
  });

  it('rejects other errors and plain values', () => {
    expect(isPartnershipError(new TypeError('y'))).toBe(false);
    expect(isPartnershipError({ name: 'PartnershipError', code: 1, issues: [] })).toBe(false);
    expect(isPartnershipError(null)).toBe(false);
    expect(isPartnershipError('PartnershipError')).toBe(false);
  });
});

describe('PARTNERSHIP_ERROR_CODES', () => {
  // The code table of docs/errors.md: the first cell of each row under "## Codes".
  const docs = readFileSync(new URL('../docs/errors.md', import.meta.url), 'utf8');
  const table = docs.slice(docs.indexOf('\n## Codes'));
  const documented = [...table.matchAll(/^\| `([a-z0-9_]+)` \|/gm)].map((row) => row[1]);

  it('is documented in docs/errors.md, every code once, and the table lists no other code', () => {
    // Golden: the table holds at least the codes of the opening example.
    expect(documented).toContain('amount_scale_exceeds_currency');
    expect(documented).toContain('invalid_input');
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual([...PARTNERSHIP_ERROR_CODES].sort());
  });

  it('names each code `<subject>_<problem>` in snake_case, every one distinct', () => {
    expect(new Set(PARTNERSHIP_ERROR_CODES).size).toBe(PARTNERSHIP_ERROR_CODES.length);
    for (const code of PARTNERSHIP_ERROR_CODES) expect(code, code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
  });
});
