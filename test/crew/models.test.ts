import { describe, expect, it } from 'vitest';
import { parseBooking, parseCrew } from '../../src/crew/index.js';
import { jsonSchemaFor } from '../../src/json-schema/index.js';
import { isPartnershipError, type PartnershipError } from '../../src/errors.js';

function thrown(run: () => unknown): PartnershipError {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return error;
    throw error;
  }
  throw new Error('expected a PartnershipError');
}

describe('parseCrew', () => {
  it('accepts a crew', () => {
    expect(parseCrew({ id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 })).toEqual({ id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3 });
  });

  it('refuses an unknown key, at its path, suggesting the known one', () => {
    const crew: unknown = { id: 'crew-a', name: 'Crew A', homeCity: 'Paris', cameras: 3, colour: 'red', Cameras: 2 };
    const error = thrown(() => parseCrew(crew, 'crews[0]'));
    expect(error.issues).toEqual([
      { code: 'unknown_key', path: 'crews[0].colour', message: 'Expected one of the known keys `id`, `name`, `homeCity`, `cameras`, got `colour`' },
      { code: 'unknown_key', path: 'crews[0].Cameras', message: 'Expected a known key, got `Cameras`: did you mean `cameras`?' },
    ]);
  });

  it('names every offending field, under the root the caller gives', () => {
    const error = thrown(() => parseCrew({ id: '', name: 'Crew A', homeCity: 'Paris', cameras: 1.5 }, 'crews[2]'));
    expect(error.code).toBe('invalid_input');
    expect(error.issues.map((i) => i.path)).toEqual(['crews[2].id', 'crews[2].cameras']);
    expect(error.issues[1]?.message).toMatch(/^Expected .*integer.*, got `1.5`$/);
  });

  it('refuses a crew with no camera', () => {
    expect(thrown(() => parseCrew({ id: 'c', name: 'C', homeCity: 'Lyon', cameras: 0 })).issues[0]?.path).toBe('cameras');
  });
});

describe('parseBooking', () => {
  it('accepts instants with different offsets and an optional city', () => {
    const booking = parseBooking({ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00Z' });
    expect(booking).toEqual({ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00Z' });
  });

  it('refuses an instant without an offset, at its path', () => {
    const error = thrown(() => parseBooking({ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T10:00:00', end: '2026-03-14T18:00:00Z' }, 'bookings[0]'));
    expect(error.issues.map((i) => i.path)).toEqual(['bookings[0].start']);
  });

  it('refuses an end that is not after the start, comparing UTC values', () => {
    // 10:00+02:00 is 08:00Z: the booking would end when it starts.
    const error = thrown(() => parseBooking({ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T08:00:00Z' }));
    expect(error.issues).toEqual([expect.objectContaining({ code: 'end_before_start', path: 'end' })]);
  });
});

describe("jsonSchemaFor('crew')", () => {
  it('describes the four required fields', () => {
    const schema = jsonSchemaFor('crew');
    expect(schema.required).toEqual(['id', 'name', 'homeCity', 'cameras']);
    expect((schema.properties as Record<string, { type: string }>).cameras?.type).toBe('integer');
  });
});

describe("jsonSchemaFor('booking')", () => {
  it('makes the city optional', () => {
    expect(jsonSchemaFor('booking').required).toEqual(['crewId', 'eventId', 'start', 'end']);
  });
});
