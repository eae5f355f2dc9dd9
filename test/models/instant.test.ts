import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { calendarDateMs, formatDate, formatInstant, instantMs, timestampMs } from '../../src/_lib/instant.js';

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
