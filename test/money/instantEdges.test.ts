import { describe, expect, it } from 'vitest';
import { compareInstants, readInstant } from '../../src/money/instant.js';
import { timestampMs } from '../../src/_lib/instant.js';

describe('readInstant', () => {
  it('knows the 30-day months: the 31st of April, June, September and November is not a date', () => {
    for (const month of ['04', '06', '09', '11']) {
      expect(readInstant(`2026-${month}-31`), month).toBeUndefined();
      expect(timestampMs(`2026-${month}-31`), month).toBeUndefined();
      expect(readInstant(`2026-${month}-30`), month).toBeDefined();
    }
    // Golden: 31 December 2026 is day 20818 since the epoch.
    expect(readInstant('2026-12-31')).toEqual({ seconds: 20818 * 86400, nanos: 0 });
    expect(readInstant('2026-01-31')).toEqual({ seconds: Date.UTC(2026, 0, 31) / 1000, nanos: 0 });
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
    expect(readInstant(input)).toBeUndefined();
    expect(timestampMs(input)).toBeUndefined();
  });

  it('reads offset minutes up to 59', () => {
    // Golden: 10:00 at +01:59 is 08:01 UTC.
    expect(readInstant('2026-03-01T10:00+01:59')).toEqual({ seconds: Date.UTC(2026, 2, 1, 8, 1) / 1000, nanos: 0 });
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
