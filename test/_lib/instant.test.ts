import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateMs, compareInstants, formatDate, formatInstant, instantMs, timestampKey, timestampMs } from '../../src/_lib/instant.js';
import { isoAt } from '../money/arbitraries.js';

const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

describe('instantMs', () => {
  it('reads an instant with its offset into UTC milliseconds', () => {
    expect(instantMs('2026-03-14T09:00:00+01:00')).toBe(Date.UTC(2026, 2, 14, 8));
    expect(instantMs('2026-03-14T08:00:00Z')).toBe(Date.UTC(2026, 2, 14, 8));
    expect(instantMs('2026-03-14T08:00Z')).toBe(Date.UTC(2026, 2, 14, 8));
    expect(instantMs('2026-03-14T08:00:00.5-00:30')).toBe(Date.UTC(2026, 2, 14, 8, 30, 0, 500));
    expect(instantMs('2026-03-13T23:30:00-12:00')).toBe(Date.UTC(2026, 2, 14, 11, 30));
    expect(instantMs('2026-03-14T00:00:00+14:00')).toBe(Date.UTC(2026, 2, 13, 10));
  });

  it('rejects dates not in the calendar, bad times and offsets out of range', () => {
    for (const bad of [
      '2026-02-30T09:00:00+01:00',
      '2025-02-29T09:00:00Z',
      '2026-13-01T09:00:00Z',
      '2026-03-14T24:00:00Z',
      '2026-03-14T09:60:00Z',
      '2026-03-14T09:00:60Z',
      '2026-03-14T09:00:00+14:30',
      '2026-03-14T09:00:00-12:01',
      '2026-03-14T09:00:00',
      '2026-03-14T09:00:00+0100',
      '2026-03-14 09:00:00Z',
      '2026-03-14T09:00:00.Z',
      '2026-03-14T09:00:00.1234567890Z',
      '2026-03-14T09:00:00Zjunk',
      '2026-03-14',
      '',
    ]) {
      expect(instantMs(bad), bad).toBeUndefined();
    }
    expect(instantMs('2024-02-29T12:00:00Z')).toBe(Date.UTC(2024, 1, 29, 12));
  });

  it('agrees with Date.parse on every valid instant', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }),
        fc.integer({ min: -12 * 60, max: 14 * 60 }),
        (date, offset) => {
          const local = new Date(date.getTime() + offset * 60_000);
          const iso = local.toISOString();
          if (!/^\d{4}-/.test(iso)) return;
          const sign = offset < 0 ? '-' : '+';
          const text = `${iso.slice(0, 23)}${sign}${pad(Math.trunc(offset / 60))}:${pad(offset % 60)}`;
          expect(instantMs(text)).toBe(Date.parse(text));
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('calendarDateMs', () => {
  it('reads a calendar date as the start of that day in UTC', () => {
    expect(calendarDateMs('2026-03-07')).toBe(Date.UTC(2026, 2, 7));
    expect(calendarDateMs('2026-02-29')).toBeUndefined();
    expect(calendarDateMs('2026-3-07')).toBeUndefined();
    expect(timestampMs('2026-03-07')).toBe(Date.UTC(2026, 2, 7));
    expect(timestampMs('2026-03-07T00:00:00+01:00')).toBe(Date.UTC(2026, 2, 6, 23));
  });
});

describe('formatDate', () => {
  it('writes the UTC calendar date holding an instant', () => {
    expect(formatDate(Date.UTC(2026, 2, 7, 8))).toBe('2026-03-07');
    expect(formatDate(Date.UTC(2024, 1, 29, 23, 59, 59, 999))).toBe('2024-02-29');
    expect(formatDate(Date.UTC(1969, 11, 31, 12))).toBe('1969-12-31');
    expect(formatInstant(Date.UTC(2026, 2, 7, 8, 5, 9, 7))).toBe('2026-03-07T08:05:09.007Z');
    expect(formatInstant(Date.UTC(1969, 11, 31, 23, 59, 59, 999))).toBe('1969-12-31T23:59:59.999Z');
  });

  it('agrees with toISOString and reads back through calendarDateMs', () => {
    fc.assert(
      fc.property(fc.date({ min: new Date(Date.UTC(1, 0, 1)), max: new Date(Date.UTC(9999, 11, 31)), noInvalidDate: true }), (date) => {
        const text = formatDate(date.getTime());
        expect(text).toBe(date.toISOString().slice(0, 10));
        expect(formatInstant(date.getTime())).toBe(date.toISOString());
        expect(calendarDateMs(text)).toBe(Math.floor(date.getTime() / 86_400_000) * 86_400_000);
      }),
      { numRuns: 1000 },
    );
  });
});

const ms = (text: string) => {
  const key = timestampKey(text);
  return key === undefined ? undefined : key.seconds * 1000 + Math.floor(key.nanos / 1e6);
};

describe('timestampKey', () => {
  it('reads an instant with its offset, and a date as the start of its day in UTC', () => {
    expect(ms('2026-03-01T00:30:00+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
    expect(ms('2026-03-01T00:30+02:00')).toBe(Date.UTC(2026, 1, 28, 22, 30));
    expect(ms('0001-01-01')).toBe(Date.parse('0001-01-01T00:00:00Z'));
    expect(ms('2026-03-01')).toBe(Date.UTC(2026, 2, 1));
    expect(ms('0050-01-01')).toBe(Date.parse('0050-01-01T00:00:00Z'));
    expect(timestampKey('2026-03-01T10:00:00.123456789Z')).toEqual({ seconds: Date.UTC(2026, 2, 1, 10) / 1000, nanos: 123_456_789 });
    expect(timestampKey('2026-03-01T10:00:00.5-05:30')).toEqual({ seconds: Date.UTC(2026, 2, 1, 15, 30) / 1000, nanos: 500_000_000 });
  });

  it('refuses what is not an instant with an offset or a calendar date', () => {
    for (const text of ['2026-02-30', '2026-02-29', '1900-02-29', '2026-00-10', '2026-3-1', '2026-03-01T10:00:00', '2026-03-01T10:00:60Z', '2026-03-01T24:00Z', '2026-03-01T10:00:00.Z', '2026-03-01T10:00:00.1234567890Z', '2026-03-01T10:00:00+14:30', '2026-03-01T10:00:00-13:00', '2026-03-01T10:00:00+01:0', '2026-03-01t10:00:00z', '2026-03-01 10:00:00Z', '2026-03-01T10:00:00Zjunk', '+2026-03-01', '']) {
      expect(timestampKey(text), text).toBeUndefined();
    }
    for (const value of [null, undefined, 20260301, {}, []]) expect(timestampKey(value)).toBeUndefined();
    expect(ms('2000-02-29')).toBe(Date.UTC(2000, 1, 29));
  });

  it('reads the grammar of the model schemas: no offset without its colon, no year 0000', () => {
    for (const text of ['2026-01-02T10:00:00+0100', '2026-01-02T10:00+0100', '2026-01-02T10:00:00-0530', '0000-01-02', '0000-01-02T10:00:00Z', '2026-01-02T10:00:00+01:00:00', '2026-01-02T10:00:00+01']) {
      expect(timestampKey(text), text).toBeUndefined();
      expect(timestampMs(text), text).toBeUndefined();
    }
    // Golden: 10:00 at +01:00 on 2 January 2026 is 09:00 UTC.
    expect(timestampKey('2026-01-02T10:00:00+01:00')).toEqual({ seconds: Date.UTC(2026, 0, 2, 9) / 1000, nanos: 0 });
  });

  it('gives the same instants whatever the process time zone', () => {
    const saved = process.env.TZ;
    const texts = ['2026-03-01', '2026-03-29T01:30:00+01:00', '2026-10-25T02:30:00+02:00', '2026-03-01T00:30:00+14:00'];
    const read = () => texts.map((text) => timestampKey(text));
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
          expect(timestampKey(text)?.seconds).toBe(seconds);
        }),
        { numRuns: 1000 },
      );
    });
  });

  describe('edge cases', () => {
    it('knows the 30-day months: the 31st of April, June, September and November is not a date', () => {
      for (const month of ['04', '06', '09', '11']) {
        expect(timestampKey(`2026-${month}-31`), month).toBeUndefined();
        expect(timestampMs(`2026-${month}-31`), month).toBeUndefined();
        expect(timestampKey(`2026-${month}-30`), month).toBeDefined();
      }
      // Golden: 31 December 2026 is day 20818 since the epoch.
      expect(timestampKey('2026-12-31')).toEqual({ seconds: 20818 * 86400, nanos: 0 });
      expect(timestampKey('2026-01-31')).toEqual({ seconds: Date.UTC(2026, 0, 31) / 1000, nanos: 0 });
    });

    const refused: { name: string; input: string }[] = [
      { name: 'a colon where a month digit belongs', input: '2026-0:-01' },
      { name: 'a slash after the year', input: '2026/03-01' },
      { name: 'no colon between hours and minutes', input: '2026-03-01T10x00Z' },
      { name: 'letters for the hours', input: '2026-03-01Tab:00Z' },
      { name: 'minute 60', input: '2026-03-01T10:60Z' },
      { name: 'letters for the seconds', input: '2026-03-01T10:00:aaZ' },
      { name: 'an offset that starts with neither + nor -', input: '2026-03-01T10:00x01:00' },
      { name: 'letters for the offset hours', input: '2026-03-01T10:00+ab:00' },
      { name: 'letters for the offset minutes', input: '2026-03-01T10:00+01:ab' },
      { name: 'offset minute 60', input: '2026-03-01T10:00+01:60' },
    ];
    it.each(refused)('refuses $name, as the model schemas do', ({ input }) => {
      expect(timestampKey(input)).toBeUndefined();
      expect(timestampMs(input)).toBeUndefined();
    });

    it('reads offset minutes up to 59', () => {
      // Golden: 10:00 at +01:59 is 08:01 UTC.
      expect(timestampKey('2026-03-01T10:00+01:59')).toEqual({ seconds: Date.UTC(2026, 2, 1, 8, 1) / 1000, nanos: 0 });
    });
  });
});

describe('compareInstants', () => {
  it('orders by the second, then by the nanosecond within it', () => {
    const cases: { name: string; input: [{ seconds: number; nanos: number }, { seconds: number; nanos: number }]; expected: number }[] = [
      { name: 'same second, earlier nanosecond', input: [{ seconds: 5, nanos: 1 }, { seconds: 5, nanos: 2 }], expected: -1 },
      { name: 'same second, later nanosecond', input: [{ seconds: 5, nanos: 2 }, { seconds: 5, nanos: 1 }], expected: 1 },
      { name: 'the same instant', input: [{ seconds: 5, nanos: 7 }, { seconds: 5, nanos: 7 }], expected: 0 },
      { name: 'an earlier second with more nanoseconds', input: [{ seconds: 4, nanos: 999_999_999 }, { seconds: 5, nanos: 0 }], expected: -1 },
    ];
    for (const { name, input, expected } of cases) expect(Math.sign(compareInstants(...input)), name).toBe(expected);
  });
});
