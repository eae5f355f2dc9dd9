import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInstant } from '../../src/money/instant.js';
import { timestampMs } from '../../src/_lib/instant.js';
import { isoAt } from './arbitraries.js';

const ms = (text: string) => {
  const key = readInstant(text);
  return key === undefined ? undefined : key.seconds * 1000 + Math.floor(key.nanos / 1e6);
};

describe('readInstant', () => {
  it('reads an instant with its offset, and a date as the start of its day in UTC', () => {
    expect(ms('2026-03-01T00:30:00+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
    expect(ms('2026-03-01T00:30+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
    expect(ms('0001-01-01')).toBe(Date.parse('0001-01-01T00:00:00Z'));
    expect(ms('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(ms('0050-01-01')).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(readInstant('2026-03-01T10:00:00.123456789Z')).toEqual({ seconds: Date.UTC(2026, 2, 1, 10) / 1000, nanos: 123_456_789 });
    expect(readInstant('2026-03-01T10:00:00.5-05:30')).toEqual({ seconds: Date.UTC(2026, 2, 1, 15, 30) / 1000, nanos: 500_000_000 });
  });

  it('refuses what is not an instant with an offset or a calendar date', () => {
    for (const text of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-00-10', '2026-3-1', '2026-03-01T10:00:00', '2026-03-01T10:00:60Z', '2026-03-01T24:00Z', '2026-03-01T10:00:00.Z', '2026-03-01T10:00:00.1234567890Z', '2026-03-01T10:00:00+14:30', '2026-03-01T10:00:00-13:00', '2026-03-01T10:00:00+01:0', '2026-03-01t10:00:00z', '2026-03-01 10:00:00Z', '2026-03-01T10:00:00Zjunk', '+2026-03-01', '']) {
      expect(readInstant(text), text).toBeUndefined();
    }
    for (const value of [null, undefined, 20260301, {}, []]) expect(readInstant(value)).toBeUndefined();
    expect(ms('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('reads the grammar of the model schemas: no offset without its colon, no year 0000', () => {
    for (const text of ['2026-01-02T10:00:00+0100', '2026-01-02T10:00+0100', '2026-01-02T10:00:00-0530', '0000-01-02', '0000-01-02T10:00:00Z', '2026-01-02T10:00:00+01:00:00', '2026-01-02T10:00:00+01']) {
      expect(readInstant(text), text).toBeUndefined();
      expect(timestampMs(text), text).toBeUndefined();
    }
    // Golden: 10:00 at +01:00 on 2 January 2026 is 09:00 UTC.
    expect(readInstant('2026-01-02T10:00:00+01:00')).toEqual({ seconds: Date.UTC(2026, 0, 2, 9) / 1000, nanos: 0 });
  });

  it('gives the same instants whatever the process time zone', () => {
    const saved = process.env.TZ;
    const texts = ['2026-03-01', '2026-03-29T01:30:00+01:00', '2026-10-25T02:30:00+02:00', '2026-03-01T00:30:00+14:00'];
    const read = () => texts.map((text) => readInstant(text));
    const utc = read();
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/St_Johns', 'Europe/Paris']) {
        process.env.TZ = zone;
        expect(read()).toEqual(utc);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  describe('properties', () => {
    // Near-misses of valid timestamps: one character replaced, dropped or added, drawn from
    // the characters the grammar is made of, so that most strings sit on its edges.
    const valid = fc.tuple(fc.integer({ min: -62_135_596_800 + 86_400, max: 253_402_300_799 - 86_400 }), fc.integer({ min: -720, max: 840 }), fc.integer({ min: 0, max: 4 }))
      .map(([seconds, offset, form]) => {
        const text = isoAt(seconds, offset);
        if (form === 0) return text.slice(0, 10);
        if (form === 1) return text.replace(/:\d\d(?=Z|[+-])/, '');
        if (form === 2) return text.replace(/(?=Z|[+-]\d\d:\d\d$)/, '.123456789');
        if (form === 3) return text.replace(/([+-]\d\d):(\d\d)$/, '$1$2');
        return text;
      });
    const char = fc.constantFrom(...'0123456789-+:.TZtz 9'.split(''));
    const nearMiss = fc.oneof(
      valid,
      fc.tuple(valid, fc.nat(), char).map(([text, at, c]) => text.slice(0, at % text.length) + c + text.slice((at % text.length) + 1)),
      fc.tuple(valid, fc.nat()).map(([text, at]) => text.slice(0, at % text.length) + text.slice((at % text.length) + 1)),
      fc.tuple(valid, fc.nat(), char).map(([text, at, c]) => text.slice(0, at % (text.length + 1)) + c + text.slice(at % (text.length + 1))),
      fc.tuple(fc.constantFrom('0000', '0001', '9999', '2000', '1900', '2024'), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), fc.constantFrom('', 'T23:59', 'T00:00:60Z', 'T12:00:00.Z', 'T12:00Z', 'T12:00:00+14:00', 'T12:00:00-12:01', 'T12:00+1400'))
        .map(([y, mo, d, rest]) => `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}${rest}`),
    );

    it('accepts and rejects exactly what the model schemas do, at the same instant (src/_lib/instant.ts)', () => {
      // Golden: each reader on both sides of the edges.
      const goldens: [string, number | undefined][] = [
        ['2026-01-02T10:00:00+01:00', Date.UTC(2026, 0, 2, 9)],
        ['2026-01-02T10:00:00.0019+01:00', Date.UTC(2026, 0, 2, 9, 0, 0, 1)],
        ['2024-02-29', Date.UTC(2024, 1, 29)],
        ['0001-01-01T00:00Z', Date.parse('0001-01-01T00:00:00Z')],
        ['2026-01-02T10:00:00+0100', undefined],
        ['0000-01-02', undefined],
        ['2026-01-02T10:00:00+14:01', undefined],
      ];
      for (const [text, expected] of goldens) {
        expect(ms(text), text).toBe(expected);
        expect(timestampMs(text), text).toBe(expected);
      }
      fc.assert(
        fc.property(nearMiss, (text) => {
          expect(ms(text)).toBe(timestampMs(text));
        }),
        { numRuns: 1000 },
      );
    });

    it('agrees with the UTC value of Date.parse for every offset, independently of the process time zone', () => {
      // Golden: 00:30 at +02:00 on 1 March 2026 is 22:30 UTC on 28 February.
      expect(ms('2026-03-01T00:30:00+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
      fc.assert(
        fc.property(fc.integer({ min: -62_135_596_800 + 86_400, max: 253_402_300_799 - 86_400 }), fc.integer({ min: -720, max: 840 }), (seconds, offset) => {
          const text = isoAt(seconds, offset);
          expect(ms(text)).toBe(Date.parse(text));
          expect(readInstant(text)?.seconds).toBe(seconds);
        }),
        { numRuns: 1000 },
      );
    });
  });
});
