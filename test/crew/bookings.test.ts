import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BookingIndex, type CrewSpan } from '../../src/crew/_bookings.js';
import { type Buffers, type Span, bufferBetween, conflicts } from '../../src/crew/_time.js';
import { availabilityOf, indexBookings, type TimedBooking } from '../../src/crew/findAvailableCrews.js';
import type { CrewAvailability, CrewConflict } from '../../src/models/availability.js';
import type { Crew } from '../../src/models/crew.js';

type Held = CrewSpan & { readonly id: string };

const held = (id: string, start: number, end: number, city?: string, crewId = 'crew-a'): Held => ({ id, crewId, start, end, city });
const at = (start: number, end: number, city?: string): Span => ({ start, end, city });
const ids = (spans: readonly Held[]): string[] => spans.map((s) => s.id);
const none: Buffers = { setup: 0, travel: 0 };
const setup2travel12: Buffers = { setup: 2, travel: 12 };

/** What the index must answer: every span of the crew that `conflicts` says, by start, then input order. */
const scanConflicting = (spans: readonly Held[], crewId: string, span: Span, buffers: Buffers): Held[] =>
  spans.filter((s) => s.crewId === crewId && conflicts(s, span, buffers)).sort((a, b) => a.start - b.start);

describe('BookingIndex', () => {
  describe('conflicting', () => {
    it('lets touching spans share a crew when the buffer is zero, on both sides', () => {
      const index = new BookingIndex([held('h', 0, 10)], none);
      expect(index.conflicting('crew-a', at(10, 20))).toEqual([]);
      expect(index.conflicting('crew-a', at(-5, 0))).toEqual([]);
      expect(ids(index.conflicting('crew-a', at(9, 20)))).toEqual(['h']);
      expect(ids(index.conflicting('crew-a', at(-5, 1)))).toEqual(['h']);
      // A span inside the held one, and one around it.
      expect(ids(index.conflicting('crew-a', at(4, 6)))).toEqual(['h']);
      expect(ids(index.conflicting('crew-a', at(-1, 11)))).toEqual(['h']);
    });

    it('adds the set-up buffer in the same city, the travel buffer in another', () => {
      const index = new BookingIndex([held('h', 0, 10, 'Paris')], setup2travel12);
      // Paris after Paris: 10 + 2 = 12.
      expect(index.conflicting('crew-a', at(12, 20, 'Paris'))).toEqual([]);
      expect(ids(index.conflicting('crew-a', at(11, 20, 'Paris')))).toEqual(['h']);
      // Lyon after Paris: 10 + 12 = 22.
      expect(ids(index.conflicting('crew-a', at(12, 20, 'Lyon')))).toEqual(['h']);
      expect(ids(index.conflicting('crew-a', at(21, 30, 'Lyon')))).toEqual(['h']);
      expect(index.conflicting('crew-a', at(22, 30, 'Lyon'))).toEqual([]);
      // Before it: a Lyon span ending at -12 leaves exactly the 12 of travel, a Paris one ending at -2 the 2 of set-up.
      expect(index.conflicting('crew-a', at(-20, -12, 'Lyon'))).toEqual([]);
      expect(ids(index.conflicting('crew-a', at(-20, -11, 'Lyon')))).toEqual(['h']);
      expect(index.conflicting('crew-a', at(-20, -2, 'Paris'))).toEqual([]);
    });

    it('takes the travel buffer when a city is unknown, even on both sides', () => {
      const unknown = new BookingIndex([held('h', 0, 10)], setup2travel12);
      expect(ids(unknown.conflicting('crew-a', at(12, 20, 'Paris')))).toEqual(['h']);
      expect(ids(unknown.conflicting('crew-a', at(12, 20)))).toEqual(['h']);
      expect(unknown.conflicting('crew-a', at(22, 30))).toEqual([]);
      const paris = new BookingIndex([held('h', 0, 10, 'Paris')], setup2travel12);
      expect(ids(paris.conflicting('crew-a', at(12, 20)))).toEqual(['h']);
    });

    it('finds a very long span that starts long before, and only it', () => {
      // Short spans every 100 from 100 to 900, and one from 0 to 10,000 on the same crew.
      const shorts = Array.from({ length: 9 }, (_, i) => held(`s${i + 1}`, 100 * (i + 1), 100 * (i + 1) + 10, 'Paris'));
      const index = new BookingIndex([...shorts, held('long', 0, 10_000, 'Paris')], setup2travel12);
      expect(ids(index.conflicting('crew-a', at(450, 460, 'Paris')))).toEqual(['long']);
      // 500-510 is held by s5; 512 is its end plus set-up, in Paris.
      expect(ids(index.conflicting('crew-a', at(505, 512, 'Paris')))).toEqual(['long', 's5']);
      expect(ids(index.conflicting('crew-a', at(9_990, 10_500, 'Lyon')))).toEqual(['long']);
      // After the long one, set-up included: 10,000 + 2.
      expect(index.conflicting('crew-a', at(10_002, 10_500, 'Paris'))).toEqual([]);
      expect(ids(index.conflicting('crew-a', at(10_001, 10_500, 'Paris')))).toEqual(['long']);
    });

    it('answers by start, then in the order the spans were given, and per crew only', () => {
      const index = new BookingIndex(
        [held('late', 5, 8), held('first', 0, 10), held('b-only', 0, 10, undefined, 'crew-b'), held('second', 0, 3), held('early', -4, 1)],
        none,
      );
      expect(ids(index.conflicting('crew-a', at(0, 10)))).toEqual(['early', 'first', 'second', 'late']);
      expect(ids(index.conflicting('crew-b', at(0, 10)))).toEqual(['b-only']);
      expect(index.conflicting('crew-z', at(0, 10))).toEqual([]);
      expect(ids([...index.spansOf('crew-a')])).toEqual(['early', 'first', 'second', 'late']);
      expect(index.spansOf('crew-z')).toEqual([]);
    });

    it('reads fractional buffers without losing a conflict to rounding', () => {
      // 0.1 h in milliseconds is not an integer in binary: 360000.00000000006.
      const buffers: Buffers = { setup: 0.1 * 3_600_000, travel: 0.3 * 3_600_000 };
      const end = Date.UTC(2026, 2, 14, 8);
      const index = new BookingIndex([held('h', end - 3_600_000, end, 'Paris')], buffers);
      const start = end + buffers.travel;
      for (const delta of [-1, -0.001, 0, 0.001]) {
        const span = at(start + delta, start + 3_600_000, 'Lyon');
        expect(index.anyConflict('crew-a', span)).toBe(conflicts(index.spansOf('crew-a')[0]!, span, buffers));
      }
      // Found by a fuzzer: end + buffer rounds above the start while end is not above start - buffer.
      const gap = 8847434.246332837;
      const edge = new BookingIndex([held('h', 0, 23339745.861557066)], { setup: gap, travel: gap });
      expect(23339745.861557066 + gap > 32187180.1078899 && !(23339745.861557066 > 32187180.1078899 - gap)).toBe(true);
      expect(ids(edge.conflicting('crew-a', at(32187180.1078899, 40_000_000)))).toEqual(['h']);
    });
  });

  describe('anyConflict', () => {
    it('says whether the crew has a conflicting span', () => {
      const index = new BookingIndex([held('h', 0, 10, 'Paris'), held('long', -1_000, 1_000, 'Lyon', 'crew-b')], setup2travel12);
      expect(index.anyConflict('crew-a', at(12, 20, 'Paris'))).toBe(false);
      expect(index.anyConflict('crew-a', at(12, 20, 'Lyon'))).toBe(true);
      expect(index.anyConflict('crew-b', at(500, 600, 'Lyon'))).toBe(true);
      expect(index.anyConflict('crew-b', at(1_002, 1_100, 'Lyon'))).toBe(false);
      expect(index.anyConflict('crew-z', at(0, 10))).toBe(false);
    });
  });

  describe('within', () => {
    it('returns the spans that meet an open window: touching ends do not', () => {
      const index = new BookingIndex([held('a', 0, 10), held('b', 10, 20), held('c', 20, 30), held('long', -100, 100)], none);
      expect(ids(index.within('crew-a', 10, 20))).toEqual(['long', 'b']);
      expect(ids(index.within('crew-a', 9, 21))).toEqual(['long', 'a', 'b', 'c']);
      expect(ids(index.within('crew-a', 100, 200))).toEqual([]);
    });
  });

  describe('properties', () => {
    const city = fc.constantFrom<string | undefined>('Paris', 'Lyon', undefined);
    const crewId = fc.constantFrom('crew-a', 'crew-b', 'crew-c');
    // Mostly short spans, some very long; ends can equal starts (zero length).
    const length = fc.oneof({ arbitrary: fc.integer({ min: 0, max: 20 }), weight: 4 }, { arbitrary: fc.integer({ min: 0, max: 400 }), weight: 1 });
    const span = fc.record({ start: fc.integer({ min: 0, max: 200 }), length, city, crewId });
    // Travel may be below set-up here: the index must not rely on `buffersFromHours`' rule.
    const buffers = fc.record({ setup: fc.integer({ min: 0, max: 6 }), travel: fc.integer({ min: 0, max: 24 }) });
    const instance = fc.record({ spans: fc.array(span, { maxLength: 40 }), query: span, buffers });

    it('answers as a scan with `conflicts` does: same spans, same order (golden: the long-span case above)', () => {
      fc.assert(
        fc.property(instance, ({ spans, query, buffers }) => {
          const input = spans.map((s, i) => held(`h${i}`, s.start, s.start + s.length, s.city, s.crewId));
          const index = new BookingIndex(input, buffers);
          const q = at(query.start, query.start + query.length, query.city);
          for (const crew of ['crew-a', 'crew-b', 'crew-c']) {
            const expected = scanConflicting(input, crew, q, buffers);
            expect(index.conflicting(crew, q)).toEqual(expected);
            expect(index.anyConflict(crew, q)).toBe(expected.length > 0);
            const window = input.filter((s) => s.crewId === crew && s.start < q.end && s.end > q.start).sort((a, b) => a.start - b.start);
            expect(index.within(crew, q.start, q.end)).toEqual(window);
          }
        }),
        { numRuns: 500 },
      );
    });

    it('answers as the scan on instants in milliseconds with fractional-hour buffers (golden: the rounding case above)', () => {
      const origin = Date.UTC(2026, 0, 1);
      const ms = fc.integer({ min: 0, max: 48 * 60 }).map((minutes) => origin + minutes * 60_000);
      const hours = fc.constantFrom(0, 0.1, 0.25, 1 / 3, 2, 12);
      fc.assert(
        fc.property(fc.array(fc.tuple(ms, ms, city), { maxLength: 30 }), fc.tuple(ms, ms, city), hours, hours, (spans, [a, b, c], setup, travel) => {
          const buffers: Buffers = { setup: setup * 3_600_000, travel: Math.max(setup, travel) * 3_600_000 };
          const input = spans.map(([x, y, where], i) => held(`h${i}`, Math.min(x, y), Math.max(x, y), where));
          const q = at(Math.min(a, b), Math.max(a, b), c);
          expect(new BookingIndex(input, buffers).conflicting('crew-a', q)).toEqual(scanConflicting(input, 'crew-a', q, buffers));
        }),
        { numRuns: 300 },
      );
    });
  });
});

describe('availabilityOf', () => {
  const HOUR = 3_600_000;
  const origin = Date.UTC(2026, 2, 14);
  const iso = (ms: number): string => new Date(ms).toISOString();
  const byCode = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

  /** The scan `availabilityOf` made over every booking before the index, kept as the reference. */
  function scanned(event: Span & { id: string; cameras: number }, crews: readonly Crew[], bookings: readonly TimedBooking[], buffers: Buffers): CrewAvailability {
    const found: CrewConflict[] = [];
    const heldCrews = new Set<string>();
    const known = new Set(crews.map((c) => c.id));
    for (const b of bookings) {
      if (!known.has(b.crewId) || b.eventId === event.id) continue;
      const span: Span = { start: b.startMs, end: b.endMs, city: b.city };
      if (conflicts(span, event, buffers)) {
        heldCrews.add(b.crewId);
        found.push({ crewId: b.crewId, eventId: b.eventId, start: b.start, end: b.end, bufferHours: bufferBetween(span, event, buffers) / HOUR });
      }
    }
    found.sort((a, b) => byCode(a.crewId, b.crewId) || Date.parse(a.start) - Date.parse(b.start) || byCode(a.eventId, b.eventId));
    return {
      eventId: event.id,
      freeCrews: crews.filter((c) => c.cameras >= event.cameras && !heldCrews.has(c.id)).map((c) => c.id).sort(byCode),
      conflicts: found,
      camerasNeeded: event.cameras,
      undersized: crews.filter((c) => c.cameras < event.cameras).map((c) => ({ crewId: c.id, cameras: c.cameras })).sort((a, b) => byCode(a.crewId, b.crewId)),
    };
  }

  const booking = (crewId: string, eventId: string, startHour: number, hours: number, city?: string): TimedBooking => {
    const startMs = origin + startHour * HOUR;
    const endMs = startMs + hours * HOUR;
    return { crewId, eventId, start: iso(startMs), end: iso(endMs), startMs, endMs, ...(city === undefined ? {} : { city }) };
  };
  const crew = (id: string, cameras: number): Crew => ({ id, name: id, homeCity: 'Paris', cameras });

  it('names the conflicting bookings by crew, then start, and skips the booking of the event itself and unknown crews (golden)', () => {
    const buffers: Buffers = { setup: 2 * HOUR, travel: 12 * HOUR };
    const event = { id: 'ev-x', start: origin + 8 * HOUR, end: origin + 16 * HOUR, city: 'Paris', cameras: 2 };
    const bookings = [
      booking('crew-b', 'ev-2', 17, 2, 'Paris'), // ends 19:00, starts 1 h after the event: set-up 2 h missing
      booking('crew-a', 'ev-1', 4, 2, 'Paris'), // ends 06:00: exactly the 2 h set-up, free
      booking('crew-a', 'ev-3', -10, 8, 'Lyon'), // Lyon, ends 22:00 the day before: 10 h, the 12 h of travel missing
      booking('crew-a', 'ev-x', 8, 8, 'Paris'), // the event's own booking
      booking('crew-z', 'ev-4', 8, 8, 'Paris'), // a crew not in the list
    ];
    const crews = [crew('crew-b', 3), crew('crew-d', 2), crew('crew-a', 3), crew('crew-c', 1)];
    expect(availabilityOf(event, crews, indexBookings(bookings, buffers))).toEqual({
      eventId: 'ev-x',
      freeCrews: ['crew-d'],
      conflicts: [
        { crewId: 'crew-a', eventId: 'ev-3', start: '2026-03-13T14:00:00.000Z', end: '2026-03-13T22:00:00.000Z', bufferHours: 12 },
        { crewId: 'crew-b', eventId: 'ev-2', start: '2026-03-14T17:00:00.000Z', end: '2026-03-14T19:00:00.000Z', bufferHours: 2 },
      ],
      camerasNeeded: 2,
      undersized: [{ crewId: 'crew-c', cameras: 1 }],
    });
  });

  it('gives the same bytes as the scan over every booking (property)', () => {
    const arbitraryBooking = fc.record({
      crewId: fc.constantFrom('crew-a', 'crew-b', 'crew-c', 'crew-z'),
      eventId: fc.constantFrom('ev-1', 'ev-2', 'ev-3', 'ev-x'),
      startHour: fc.integer({ min: -30, max: 40 }),
      hours: fc.integer({ min: 1, max: 60 }),
      city: fc.constantFrom<string | undefined>('Paris', 'Lyon', undefined),
    });
    fc.assert(
      fc.property(
        fc.array(arbitraryBooking, { maxLength: 25 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 0, max: 24 }),
        fc.integer({ min: 1, max: 3 }),
        (drawn, setup, travel, cameras) => {
          const buffers: Buffers = { setup: setup * HOUR, travel: Math.max(setup, travel) * HOUR };
          const bookings = drawn.map((b) => booking(b.crewId, b.eventId, b.startHour, b.hours, b.city));
          const crews = [crew('crew-c', 2), crew('crew-a', 3), crew('crew-b', 1)];
          const event = { id: 'ev-x', start: origin + 8 * HOUR, end: origin + 16 * HOUR, city: 'Paris', cameras };
          const actual = availabilityOf(event, crews, indexBookings(bookings, buffers));
          expect(JSON.stringify(actual)).toBe(JSON.stringify(scanned(event, crews, bookings, buffers)));
        },
      ),
      { numRuns: 300 },
    );
  });
});
