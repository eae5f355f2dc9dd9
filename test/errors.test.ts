import { describe, expect, it } from 'vitest';
import { PartnershipError, isPartnershipError } from '../src/index.js';
import { formatPath, joinPath } from '../src/_lib/path.js';
import { describeValue } from '../src/_lib/describe.js';
import { HIDDEN_CONTACT, looksLikeContact, shown } from '../src/_lib/contact.js';

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

describe('describeValue', () => {
  it('never echoes an e-mail address or a phone number', () => {
    expect(describeValue('ada@example.org')).not.toContain('ada');
    expect(describeValue('+33 6 12 34 56 78')).not.toContain('12 34');
  });

  it('shows short values and truncates long ones', () => {
    expect(describeValue('EURO')).toBe('`EURO`');
    expect(describeValue('x'.repeat(100))).toContain('(100 characters)');
    expect(describeValue(-0)).toBe('`-0`');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue([1])).toBe('an array');
  });
});

describe('looksLikeContact', () => {
  const contacts = ['+33 6 12 34 56 78', '06.12.34.56.78', '0612345678', 'ana@example.org', '612345678', '06 12 34 56 78', '(555) 123-4567', 'call +33 6 12 34 56 78', 'tel 06.12.34.56.78'];
  const notContacts = ['1000001', '1000002', '2026-03-14', '1250.50', 'req-12345678', 'TV 2026-03-14', 'csp-1', '12345.67', '1234567890123456'];

  it('hides e-mail addresses and phone numbers, French formats included', () => {
    for (const text of contacts) expect([text, looksLikeContact(text), shown(text)]).toEqual([text, true, HIDDEN_CONTACT]);
  });

  it('shows ids, dates and amounts, so sponsors 1000001 and 1000002 stay apart', () => {
    for (const text of notContacts) expect([text, looksLikeContact(text), shown(text)]).toEqual([text, false, text]);
  });
});

describe('describeValue and looksLikeContact', () => {
  it('hide the same strings: describeValue uses the one detector', () => {
    for (const text of ['06.12.34.56.78', '0612345678', '+33 6 12 34 56 78', 'ana@example.org']) {
      expect(describeValue(text)).toBe('a string that looks like contact details (not shown)');
    }
    for (const text of ['1000001', '2026-03-14', '1250.50', 'req-12345678']) expect(describeValue(text)).toBe(`\`${text}\``);
  });

  it('does not echo an integer that reads as a phone number, and shows other numbers', () => {
    expect(describeValue(612345678)).toBe('a number that looks like a phone number (not shown)');
    expect(describeValue(1000001)).toBe('`1000001`');
    expect(describeValue(1250.5)).toBe('`1250.5`');
  });
});
