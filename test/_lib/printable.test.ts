import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { printable } from '../../src/_lib/printable.js';

describe('printable', () => {
  it('leaves ordinary text, accents and emoji as given', () => {
    expect(printable('csp-2026-03-01-01')).toBe('csp-2026-03-01-01');
    expect(printable('Zoë Lefèvre — Bascuñana 🎥')).toBe('Zoë Lefèvre — Bascuñana 🎥');
    expect(printable('a\\x1b')).toBe('a\\x1b');
  });

  it('escapes C0, DEL and C1 controls as \\xNN', () => {
    expect(printable('r1\x1b]0;pwned\x07')).toBe('r1\\x1b]0;pwned\\x07');
    expect(printable('1000.00\r9999.99')).toBe('1000.00\\x0d9999.99');
    expect(printable('a\nb\tc\x00d\x7fe\x9bf')).toBe('a\\x0ab\\x09c\\x00d\\x7fe\\x9bf');
  });

  it('escapes bidirectional controls and separators as \\uNNNN', () => {
    expect(printable('abc\u202efdp.exe')).toBe('abc\\u202efdp.exe');
    expect(printable('\u2066x\u2069\u200e\u061c\u2028')).toBe('\\u2066x\\u2069\\u200e\\u061c\\u2028');
  });

  it('escapes lone surrogates but keeps surrogate pairs', () => {
    expect(printable('a\ud800b')).toBe('a\\ud800b');
    expect(printable('a\udc00')).toBe('a\\udc00');
    expect(printable('\ud83c\udfa5')).toBe('\ud83c\udfa5');
  });

  describe('properties', () => {
    it('leaves no control character in its output', () => {
      fc.assert(
        fc.property(fc.string({ unit: 'binary' }), (text) => {
          // eslint-disable-next-line no-control-regex -- what must not remain
          expect(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/.test(printable(text))).toBe(false);
        }),
      );
    });

    it('is the identity on printable ASCII', () => {
      fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)) }), (text) => {
        expect(printable(text)).toBe(text);
      }));
    });
  });
});
