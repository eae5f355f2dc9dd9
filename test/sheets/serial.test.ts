import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { serialWallMs, wallAtOffset, wallInZone, zoneOffset } from '../../src/sheets/serial.js';

// A date serial counts days from 1899-12-30, the time of day as the fraction (Sheets, Excel,
// HyperFormula's default nullDate). Hand-computed: 2026-03-14 is 46,095 days after 1899-12-30
// (25,569 days to 1970-01-01, then 20,526 days to 2026-03-14).
describe('serialWallMs', () => {
  it('reads a whole serial as midnight of its date, and the fraction as the time of day', () => {
    expect(serialWallMs(46_095)).toBe(Date.UTC(2026, 2, 14));
    expect(serialWallMs(46_095.375)).toBe(Date.UTC(2026, 2, 14, 9));
    expect(serialWallMs(25_569)).toBe(0);
    expect(serialWallMs(61)).toBe(Date.UTC(1900, 2, 1));
  });

  it('rounds to the nearest whole second what a double cannot hold exactly (00:00:07 as DATE()+TIME(0,0,7))', () => {
    const serial = 46_095 + 7 / 86_400;
    expect(serial * 86_400).toBe(3_982_608_006.9999995);
    expect(serialWallMs(serial)).toBe(Date.UTC(2026, 2, 14, 0, 0, 7));
    expect(serialWallMs(46_095 + 9 / 24 + 30 / 1440 + 15 / 86_400)).toBe(Date.UTC(2026, 2, 14, 9, 30, 15));
  });

  it('refuses a serial more than 1 ms away from a whole second (a time with milliseconds)', () => {
    expect(serialWallMs(46_095 + 0.4 / 86_400)).toBe('not_whole_second');
    expect(serialWallMs(46_095 + 0.5 / 86_400)).toBe('not_whole_second');
    expect(serialWallMs(46_095 + 0.0005 / 86_400)).toBe(Date.UTC(2026, 2, 14));
  });

  it('refuses serials before 1900-03-01 (where Excel counts a 29 February 1900) and after 9999-12-31', () => {
    expect(serialWallMs(60)).toBe('out_of_range');
    expect(serialWallMs(-1)).toBe('out_of_range');
    expect(serialWallMs(2_958_465.5)).toBe(Date.UTC(9999, 11, 31, 12));
    expect(serialWallMs(2_958_466)).toBe('out_of_range');
    expect(serialWallMs(Number.NaN)).toBe('out_of_range');
    expect(serialWallMs(Number.POSITIVE_INFINITY)).toBe('out_of_range');
  });

  describe('properties', () => {
    it('reads back every whole second a sheet writes as days + seconds / 86400', () => {
      fc.assert(
        fc.property(fc.integer({ min: 61, max: 2_958_465 }), fc.integer({ min: 0, max: 86_399 }), (days, seconds) => {
          expect(serialWallMs(days + seconds / 86_400)).toBe((days - 25_569) * 86_400_000 + seconds * 1000);
        }),
      );
    });
  });
});

describe('wallInZone', () => {
  const paris = zoneOffset('Europe/Paris')!;

  it('reads a wall-clock time at the zone offset of that date: +01:00 in winter, +02:00 in summer', () => {
    expect(wallInZone(Date.UTC(2026, 2, 14, 9), paris)).toBe('2026-03-14T09:00+01:00');
    expect(wallInZone(Date.UTC(2026, 6, 14, 9), paris)).toBe('2026-07-14T09:00+02:00');
    expect(wallInZone(Date.UTC(2026, 6, 14, 9, 30, 15), zoneOffset('America/New_York')!)).toBe('2026-07-14T09:30:15-04:00');
  });

  it('reads a time the clocks skip with the offset before the change (02:30 on 29 March 2026 is 03:30 summer time)', () => {
    expect(wallInZone(Date.UTC(2026, 2, 29, 2, 30), paris)).toBe('2026-03-29T03:30+02:00');
  });

  it('reads a time the clocks pass twice as the earlier instant (02:30 on 25 October 2026, summer time)', () => {
    expect(wallInZone(Date.UTC(2026, 9, 25, 2, 30), paris)).toBe('2026-10-25T02:30+02:00');
  });

  it('knows no zone Intl does not know', () => {
    expect(zoneOffset('Mars/Olympus')).toBeUndefined();
    expect(zoneOffset('Europe/Paris')).toBe(paris);
  });

  it('stays right after many zones and names Intl does not know (the map keeps at most 64 zones, and no unknown name: review of issue 16)', () => {
    // 70 distinct zones Intl knows (fixed offsets), then Paris again: rebuilt, and still right.
    for (let h = 0; h < 70; h += 1) expect(zoneOffset(`Etc/GMT${h % 2 === 0 ? '+' : '-'}${h % 13}`)).toBeDefined();
    for (let i = 0; i < 70; i += 1) expect(zoneOffset(`Not/A_Zone_${i}`)).toBeUndefined();
    const again = zoneOffset('Europe/Paris')!;
    expect(wallInZone(Date.UTC(2026, 6, 14, 9), again)).toBe('2026-07-14T09:00+02:00');
    expect(zoneOffset('Etc/GMT+3')!(0)).toBe(-180);
  });
});

describe('wallAtOffset', () => {
  it('reads a wall-clock time at a fixed offset', () => {
    expect(wallAtOffset(Date.UTC(2026, 2, 14, 9), 60)).toBe('2026-03-14T09:00+01:00');
    expect(wallAtOffset(Date.UTC(2026, 2, 14, 9), -330)).toBe('2026-03-14T09:00-05:30');
  });
});
