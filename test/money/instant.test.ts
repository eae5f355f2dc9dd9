import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readInstant } from '../../src/money/instant.js';
import { isoAt } from './arbitraries.js';

const ms = (text: string) => {
  const key = readInstant(text);
  return key === undefined ? undefined : key.seconds * 1000 + Math.floor(key.nanos / 1e6);
};

describe('readInstant', () => {
  it('reads an instant with its offset, and a date as the start of its day in UTC', () => {
    expect(ms('2026-03-01T00:30:00+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
    expect(ms('2026-03-01T00:30+0200')).toBe(Date.UTC(2026, 1, 28, 22, 30));
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
