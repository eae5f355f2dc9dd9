import { describe, expect, it } from 'vitest';
import { formatPath, joinPath, keyPath } from '../../src/_lib/path.js';

describe('formatPath', () => {
  it('writes dotted names and bracketed indexes', () => {
    expect(formatPath(['event', 'speakers', 2, 'release', 'signedAt'])).toBe('event.speakers[2].release.signedAt');
    expect(formatPath([0, 'id'])).toBe('[0].id');
    expect(formatPath(['weird key'], 'root')).toBe('root["weird key"]');
    expect(joinPath('request', '[1].id')).toBe('request[1].id');
    expect(joinPath('request', 'event')).toBe('request.event');
    expect(joinPath('', 'event')).toBe('event');
    expect(joinPath('event', '')).toBe('event');
  });
});

describe('keyPath', () => {
  it('names a key under its root exactly as given, bracketed when it is not an identifier', () => {
    expect(keyPath('terms.clauses', 'dvd')).toBe('terms.clauses.dvd');
    expect(keyPath('terms.clauses', 'dvd ')).toBe('terms.clauses["dvd "]');
    expect(keyPath('terms.clauses', 'jane@example.com')).toBe('terms.clauses["jane@example.com"]');
    expect(keyPath('previous.streams', '0612345678')).toBe('previous.streams["0612345678"]');
  });
});
