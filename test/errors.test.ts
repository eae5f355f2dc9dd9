import { describe, expect, it } from 'vitest';
import { PartnershipError, isPartnershipError } from '../src/index.js';
import { formatPath, joinPath } from '../src/_lib/path.js';

describe('PartnershipError', () => {
  it('carries its code, its message and one issue at the root when none is given', () => {
    const error = new PartnershipError('unknown_currency', 'Expected `currency` to be an ISO 4217 code, got `EURO`');
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('PartnershipError');
    expect(error.code).toBe('unknown_currency');
    expect(error.issues).toEqual([
      { code: 'unknown_currency', path: '', message: 'Expected `currency` to be an ISO 4217 code, got `EURO`' },
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

describe('isPartnershipError', () => {
  it('recognises its own errors and look-alikes from another copy of the library', () => {
    expect(isPartnershipError(new PartnershipError('x', 'y'))).toBe(true);
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

describe('formatPath', () => {
  it('writes dotted names and bracketed indexes', () => {
    expect(formatPath(['event', 'speakers', 2, 'releaseSignedAt'])).toBe('event.speakers[2].releaseSignedAt');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['weird key'], 'root')).toBe('root["weird key"]');
    expect(joinPath('request', '[1].id')).toBe('request[1].id');
    expect(joinPath('request', 'event')).toBe('request.event');
    expect(joinPath('', 'event')).toBe('event');
    expect(joinPath('event', '')).toBe('event');
  });
});
