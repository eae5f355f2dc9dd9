import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TEXT_LIMIT, describeHidden, describeValue, messageText } from '../../src/_lib/describe.js';

describe('describeValue', () => {
  it('shows short values as given, between backticks', () => {
    expect(describeValue('EURO')).toBe('`EURO`');
    expect(describeValue(-0)).toBe('`-0`');
    expect(describeValue(12.5)).toBe('`12.5`');
    expect(describeValue(10n)).toBe('`10n`');
    expect(describeValue(true)).toBe('`true`');
    expect(describeValue(undefined)).toBe('nothing');
    expect(describeValue(null)).toBe('null');
    expect(describeValue([1])).toBe('an array');
    expect(describeValue({})).toBe('a value of type object');
  });

  it('guesses nothing from a value: ids and numbers shaped like phone numbers or e-mail addresses are shown as given', () => {
    for (const text of ['0612345678', '06.12.34.56.78', '+33 6 12 34 56 78', 'ana@example.org', 'csp-2026-03-01-01', '2026-04-10 10:00']) {
      expect(describeValue(text)).toBe(`\`${text}\``);
    }
    expect(describeValue(612345678)).toBe('`612345678`');
  });

  it('cuts a string longer than 120 characters and says its length, outside the backticks', () => {
    expect(MESSAGE_TEXT_LIMIT).toBe(120);
    expect(describeValue('x'.repeat(120))).toBe(`\`${'x'.repeat(120)}\``);
    expect(describeValue('x'.repeat(121))).toBe(`\`${'x'.repeat(120)}…\` (121 characters)`);
  });

  it('describes a 1 MB string with a cut', () => {
    const huge = '1'.repeat(1024 * 1024);
    expect(describeValue(huge)).toBe(`\`${'1'.repeat(120)}…\` (1048576 characters)`);
  });

  it('escapes control characters, never writes them raw, and never replaces them', () => {
    expect(describeValue('spk\x1b[2J')).toBe('`spk\\x1b[2J`');
    expect(describeValue('a\u202eb\rc')).toBe('`a\\u202eb\\x0dc`');
    expect(describeValue('\ud800')).toBe('`\\ud800`');
    expect(describeValue('Zoë Lefèvre')).toBe('`Zoë Lefèvre`');
  });

  it('never cuts between the two halves of a character', () => {
    const text = `${'x'.repeat(119)}😀${'y'.repeat(10)}`;
    expect(describeValue(text)).toBe(`\`${'x'.repeat(119)}…\` (131 characters)`);
  });

  describe('properties', () => {
    it('never holds a raw control character, and stays short whatever the length of the value', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
          const shown = describeValue(text);
          // eslint-disable-next-line no-control-regex -- what must never come out
          expect(shown).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
          expect(shown.length).toBeLessThanOrEqual(MESSAGE_TEXT_LIMIT * 6 + 40);
        }),
      );
    });

    it('shows a short printable string exactly as given', () => {
      fc.assert(fc.property(fc.string({ unit: fc.constantFrom(...'abc-_.@+0123456789 é'), maxLength: MESSAGE_TEXT_LIMIT }), (text) => {
        expect(describeValue(text)).toBe(`\`${text}\``);
      }));
    });
  });
});

describe('messageText', () => {
  it('repeats an id as given, escapes control characters, cuts long ones with their length', () => {
    expect(messageText('csp-2026-03-01-01')).toBe('csp-2026-03-01-01');
    expect(messageText('spk\x07')).toBe('spk\\x07');
    expect(messageText('x'.repeat(500))).toBe(`${'x'.repeat(120)}… (500 characters)`);
  });
});

describe('describeHidden', () => {
  it('says what kind of value came, never what it holds', () => {
    expect(describeHidden('ana@example.org')).toBe('a string (not shown: personal data)');
    expect(describeHidden(612345678)).toBe('a number (not shown: personal data)');
    expect(describeHidden(['ana@example.org'])).toBe('an array (not shown: personal data)');
    expect(describeHidden({ email: 'ana@example.org' })).toBe('a value of type object (not shown: personal data)');
    expect(describeHidden(undefined)).toBe('nothing');
    expect(describeHidden(false)).toBe('`false`');
  });
});
