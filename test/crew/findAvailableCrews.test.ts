/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs are loose JSON on purpose */
import { describe, expect, it } from 'vitest';
import { assignCrews, findAvailableCrews, type Booking, type Crew } from '../../src/crew/index.js';
import { parseCrewAvailability } from '../../src/models/availability.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { evaluateEligibility } from '../../src/rules/index.js';
import { ASOF, validInput } from '../utils/factory.js';
import { isPartnershipError } from '../../src/errors.js';
import { thrown } from '../utils/thrown.js';

const policy = (setupBufferHours: number, travelBufferHours: number) => ({ parameters: { setupBufferHours, travelBufferHours } });
const crewA: Crew = { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 };
const crewB: Crew = { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 1 };

/** The event under study: Paris, 14 March 2026, 10:00–18:00 at +02:00 (08:00Z–16:00Z), two cameras. */
const event = { id: 'ev-x', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00+02:00', cameras: 2, venue: { city: 'Paris' } };
const booked = (start: string, end: string, city?: string): Booking => ({ crewId: 'crew-a', eventId: 'ev-held', start, end, ...(city === undefined ? {} : { city }) });
const freeFor = (bookings: Booking[], p = policy(0, 0), crews: Crew[] = [crewA]) => findAvailableCrews(event, { crews, bookings, policy: p }).freeCrews;

describe('findAvailableCrews', () => {
  it('frees a crew with no booking', () => {
    expect(findAvailableCrews(event, { crews: [crewA], bookings: [], policy: policy(2, 12) })).toEqual({ eventId: 'ev-x', freeCrews: ['crew-a'], conflicts: [], camerasNeeded: 2, undersized: [] });
  });

  it('compares instants by their UTC value: 08:00Z is 10:00+02:00', () => {
    // Ends at 08:00Z, the event starts at 10:00+02:00 = 08:00Z: touching, zero buffer.
    expect(freeFor([booked('2026-03-14T06:00:00Z', '2026-03-14T08:00:00Z')])).toEqual(['crew-a']);
    // One minute later in UTC, although "08:01" reads earlier than "10:00".
    expect(freeFor([booked('2026-03-14T06:00:00Z', '2026-03-14T08:01:00Z')])).toEqual([]);
  });

  it('lets touching intervals share a crew when the buffer is zero, on both sides', () => {
    expect(freeFor([booked('2026-03-14T16:00:00Z', '2026-03-14T20:00:00Z')])).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T17:59:59+02:00', '2026-03-14T20:00:00+02:00')])).toEqual([]);
  });

  it('finds a booking held inside the event, or around it', () => {
    expect(freeFor([booked('2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z')])).toEqual([]);
    expect(freeFor([booked('2026-03-13T00:00:00Z', '2026-03-15T00:00:00Z')])).toEqual([]);
  });

  it('needs the set-up buffer between two events in the same city', () => {
    // Set-up 2 h: a Paris booking ending 06:00Z leaves exactly 2 h before 08:00Z.
    expect(freeFor([booked('2026-03-14T04:00:00Z', '2026-03-14T06:00:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T04:00:00Z', '2026-03-14T06:00:01Z', 'Paris')], policy(2, 12))).toEqual([]);
    // After the event: 16:00Z + 2 h = 18:00Z.
    expect(freeFor([booked('2026-03-14T18:00:00Z', '2026-03-14T20:00:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-14T17:59:00Z', '2026-03-14T20:00:00Z', 'Paris')], policy(2, 12))).toEqual([]);
  });

  it('needs the travel buffer between events in different cities, and when the city is unknown', () => {
    // Lyon booking ending 20:00Z the day before: 12 h travel reaches 08:00Z exactly.
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:00:00Z', 'Lyon')], policy(2, 12))).toEqual(['crew-a']);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z', 'Lyon')], policy(2, 12))).toEqual([]);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z')], policy(2, 12))).toEqual([]);
    expect(freeFor([booked('2026-03-13T08:00:00Z', '2026-03-13T20:30:00Z', 'Paris')], policy(2, 12))).toEqual(['crew-a']);
  });

  it('never lets a travel buffer be shorter than the set-up buffer', () => {
    // Set-up 6 h, travel 1 h: a Lyon booking still needs 6 h.
    expect(freeFor([booked('2026-03-14T00:00:00Z', '2026-03-14T03:00:00Z', 'Lyon')], policy(6, 1))).toEqual([]);
    expect(freeFor([booked('2026-03-14T00:00:00Z', '2026-03-14T02:00:00Z', 'Lyon')], policy(6, 1))).toEqual(['crew-a']);
  });

  it('names the conflicting bookings with the buffer that applied', () => {
    const result = findAvailableCrews(event, { crews: [crewA], bookings: [booked('2026-03-14T04:00:00Z', '2026-03-14T07:00:00Z', 'Paris')], policy: policy(2, 12) });
    expect(result.conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-held', start: '2026-03-14T04:00:00Z', end: '2026-03-14T07:00:00Z', bufferHours: 2 }]);
  });

  it('says which crews run too few cameras, and never offers them', () => {
    const result = findAvailableCrews(event, { crews: [crewB, crewA], bookings: [], policy: policy(0, 0) });
    expect(result.freeCrews).toEqual(['crew-a']);
    expect(result.undersized).toEqual([{ crewId: 'crew-b', cameras: 1 }]);
  });

  it('does not count a booking for the event itself as a conflict', () => {
    expect(freeFor([{ ...booked('2026-03-14T08:00:00Z', '2026-03-14T16:00:00Z'), eventId: 'ev-x' }])).toEqual(['crew-a']);
  });

  it('ignores bookings of other crews, and sorts free crews by id', () => {
    const crewC: Crew = { id: 'crew-0', name: 'Zero', homeCity: 'Lille', cameras: 2 };
    expect(freeFor([{ ...booked('2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), crewId: 'crew-0' }], policy(0, 0), [crewA, crewC])).toEqual(['crew-a']);
    expect(freeFor([], policy(0, 0), [crewA, crewC])).toEqual(['crew-0', 'crew-a']);
  });

  it('throws with the path of a bad crew, booking or event', () => {
    const paths = (run: () => unknown): string[] => {
      try {
        run();
      } catch (error) {
        if (isPartnershipError(error)) return error.issues.map((i) => i.path);
      }
      return [];
    };
    expect(paths(() => findAvailableCrews(event, { crews: [crewA, { ...crewA, cameras: -1 }], bookings: [], policy: policy(0, 0) }))).toEqual(['crews[1].cameras']);
    expect(paths(() => findAvailableCrews(event, { crews: [crewA, crewA], bookings: [], policy: policy(0, 0) }))).toEqual(['crews[1].id']);
    expect(paths(() => findAvailableCrews(event, { crews: [crewA], bookings: [booked('2026-03-14T08:00:00Z', 'tomorrow')], policy: policy(0, 0) }))).toEqual(['bookings[0].end']);
    expect(paths(() => findAvailableCrews({ ...event, start: '2026-03-14 10:00' }, { crews: [crewA], bookings: [], policy: policy(0, 0) }))).toEqual(['event.start']);
    expect(paths(() => findAvailableCrews(event, { crews: [crewA], bookings: [], policy: policy(-1, 0) }))).toEqual(['policy.parameters.setupBufferHours']);
  });
  // Exact refusals, capacity boundaries and stable orders (written to kill mutants; each names its law).
  type Refusal = ReturnType<typeof thrown>;
  const refusal = thrown;
  /** The refusal with one `invalid_input` issue at `path`. */
  const invalid = (path: string, message: string) => ({ code: 'invalid_input' as const, message, issues: [{ code: 'invalid_input' as const, path, message }] });
  const zero = { parameters: { setupBufferHours: 0, travelBufferHours: 0 } };
  const buffers = (setupBufferHours: number, travelBufferHours: number) => ({ parameters: { setupBufferHours, travelBufferHours } });
  const crew = (id: string, cameras = 3): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
  /** Paris, 14 March 2026, 08:00Z–16:00Z, two cameras. */
  const evx = { id: 'ev-x', start: '2026-03-14T10:00:00+02:00', end: '2026-03-14T18:00:00+02:00', cameras: 2, venue: { city: 'Paris' } };
  const hold = (crewId: string, eventId: string, start: string, end: string, city?: string): Booking => ({ crewId, eventId, start, end, ...(city === undefined ? {} : { city }) });

  describe('errors', () => {
    it('refuses options that are not an options object with invalid_options, for findAvailableCrews and assignCrews alike', () => {
      const expected = { code: 'invalid_options', message: 'Expected `options` to be options `{ crews, bookings, policy }`, got null', issues: [{ code: 'invalid_options', path: 'options', message: 'Expected options `{ crews, bookings, policy }`, got null' }] };
      expect(thrown(() => findAvailableCrews(evx as never, null as never))).toEqual(expected);
      expect(thrown(() => assignCrews([], null as never))).toEqual(expected);
    });

    const eventCases: { name: string; input: unknown; expected: Refusal }[] = [
      { name: 'no event at all', input: null, expected: invalid('event', 'Expected `event` to be an event, got null') },
      { name: 'a number for the event', input: 5, expected: invalid('event', 'Expected `event` to be an event, got `5`') },
      { name: 'a numeric id', input: { ...evx, id: 5 }, expected: invalid('event.id', 'Expected `event.id` to be a non-empty string, got `5`') },
      { name: 'an empty id', input: { ...evx, id: '' }, expected: invalid('event.id', 'Expected `event.id` to be a non-empty string, got ``') },
      { name: 'a numeric start', input: { ...evx, start: 5 }, expected: invalid('event.start', 'Expected `event.start` to be an ISO 8601 instant with an offset, got `5`') },
      { name: 'a start without offset', input: { ...evx, start: '2026-03-14T10:00:00' }, expected: invalid('event.start', 'Expected `event.start` to be an ISO 8601 instant with an offset, got `2026-03-14T10:00:00`') },
      { name: 'a numeric end', input: { ...evx, end: 5 }, expected: invalid('event.end', 'Expected `event.end` to be an ISO 8601 instant with an offset, got `5`') },
      {
        name: 'an end at the very instant of the start, in another offset',
        input: { ...evx, end: '2026-03-14T08:00:00Z' },
        expected: invalid('event.end', 'Expected `event.end` to be an instant after `start`, got `2026-03-14T08:00:00Z`'),
      },
      { name: 'no venue', input: { ...evx, venue: undefined }, expected: invalid('event.venue.city', 'Expected `event.venue.city` to be a non-empty string, got nothing') },
      { name: 'a numeric city', input: { ...evx, venue: { city: 5 } }, expected: invalid('event.venue.city', 'Expected `event.venue.city` to be a non-empty string, got `5`') },
      { name: 'an empty city', input: { ...evx, venue: { city: '' } }, expected: invalid('event.venue.city', 'Expected `event.venue.city` to be a non-empty string, got ``') },
      { name: 'zero cameras', input: { ...evx, cameras: 0 }, expected: invalid('event.cameras', 'Expected `event.cameras` to be a positive integer, got `0`') },
      { name: 'a fractional number of cameras', input: { ...evx, cameras: 1.5 }, expected: invalid('event.cameras', 'Expected `event.cameras` to be a positive integer, got `1.5`') },
    ];
    it.each(eventCases)('refuses an event with $name, at its path', ({ input, expected }) => {
      expect(refusal(() => findAvailableCrews(input as any, { crews: [crew('crew-a')], bookings: [], policy: zero }))).toEqual(expected);
    });

    const setup = 'Expected `policy.parameters.setupBufferHours` to be a number of hours, at least 0, got';
    const travel = 'Expected `policy.parameters.travelBufferHours` to be a number of hours, at least 0, got';
    const bothMissing: Refusal = {
      code: 'invalid_input',
      message: `${setup} nothing (and 1 more issue)`,
      issues: [
        { code: 'invalid_input', path: 'policy.parameters.setupBufferHours', message: `${setup} nothing` },
        { code: 'invalid_input', path: 'policy.parameters.travelBufferHours', message: `${travel} nothing` },
      ],
    };
    const policyCases: { name: string; input: unknown; expected: Refusal }[] = [
      // Both buffers missing: both reported, the message counting the second.
      { name: 'no policy', input: undefined, expected: bothMissing },
      { name: 'no parameters', input: {}, expected: bothMissing },
      { name: 'an infinite set-up', input: buffers(Number.POSITIVE_INFINITY, 0), expected: invalid('policy.parameters.setupBufferHours', `${setup} \`Infinity\``) },
      { name: 'a set-up in a string', input: buffers('2' as any, 0), expected: invalid('policy.parameters.setupBufferHours', `${setup} \`2\``) },
      { name: 'no travel buffer', input: { parameters: { setupBufferHours: 0 } }, expected: invalid('policy.parameters.travelBufferHours', `${travel} nothing`) },
      { name: 'an infinite travel', input: buffers(0, Number.POSITIVE_INFINITY), expected: invalid('policy.parameters.travelBufferHours', `${travel} \`Infinity\``) },
      { name: 'a negative travel', input: buffers(0, -1), expected: invalid('policy.parameters.travelBufferHours', `${travel} \`-1\``) },
      { name: 'a travel in a string', input: buffers(0, '1' as any), expected: invalid('policy.parameters.travelBufferHours', `${travel} \`1\``) },
    ];
    it.each(policyCases)('refuses a policy with $name', ({ input, expected }) => {
      expect(refusal(() => findAvailableCrews(evx, { crews: [crew('crew-a')], bookings: [], policy: input as any }))).toEqual(expected);
    });

    it('refuses crews or bookings that are not lists, and a repeated crew id', () => {
      expect(refusal(() => findAvailableCrews(evx, { crews: 'crew-a' as any, bookings: [], policy: zero }))).toEqual(invalid('crews', 'Expected `crews` to be a list of crews, got `crew-a`'));
      expect(refusal(() => findAvailableCrews(evx, { crews: [crew('crew-a')], bookings: {} as any, policy: zero }))).toEqual(invalid('bookings', 'Expected `bookings` to be a list of bookings, got a value of type object'));
      expect(refusal(() => findAvailableCrews(evx, { crews: [crew('crew-a'), crew('crew-b'), crew('crew-a')], bookings: [], policy: zero }))).toEqual(
        invalid('crews[2].id', 'Expected `crews[2].id` to be a crew id used once, got `crew-a`'),
      );
    });

    describe('every bad item in one error', () => {
      const crew = (id: string, cameras = 2): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
      const booking = (crewId: string, start: string, end: string) => ({ crewId, eventId: `held-${crewId}`, start, end });
      const event = { id: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T18:00:00Z', cameras: 1, venue: { city: 'Paris' } };
      const buffers = { parameters: { setupBufferHours: 2, travelBufferHours: 12 } };
      const paths = (run: () => unknown) => thrown(run).issues.map((i) => i.path);

      it('names every bad crew and booking, and the event, in one error', () => {
        const bad = { ...event, start: 'tomorrow', cameras: 0 };
        const crews = [crew('crew-a', 0), crew('crew-b', -1)];
        const bookings = [booking('crew-a', '2026-03-14T08:00:00', '2026-03-14T09:00:00Z'), booking('crew-b', '2026-03-14T08:00:00Z', '2026-03-14T08:00:00Z')];
        expect(paths(() => findAvailableCrews(bad, { crews, bookings, policy: buffers }))).toEqual([
          'event.start',
          'event.cameras',
          'crews[0].cameras',
          'crews[1].cameras',
          'bookings[0].start',
          'bookings[1].end',
        ]);
      });
    });
  });

  describe('edge cases', () => {
    it('reads an event without cameras as needing one', () => {
      const noCameras: Record<string, unknown> = { ...evx };
      delete noCameras.cameras;
      expect(findAvailableCrews(noCameras as any, { crews: [crew('crew-a', 1)], bookings: [], policy: zero })).toEqual({ eventId: 'ev-x', freeCrews: ['crew-a'], conflicts: [], camerasNeeded: 1, undersized: [] });
    });

    it('lists conflicts by crew, then by start instant (whatever the offset), then by event id', () => {
      // Event 08:00Z–16:00Z; every booking overlaps it. crew-b starts before ev-9 of crew-a, yet comes after it.
      const bookings = [
        hold('crew-a', 'ev-2', '2026-03-14T07:00:00Z', '2026-03-14T08:30:00Z'),
        hold('crew-a', 'ev-9', '2026-03-14T12:00:00+02:00', '2026-03-14T13:00:00+02:00'), // 10:00Z
        hold('crew-b', 'ev-1', '2026-03-14T07:30:00Z', '2026-03-14T10:00:00Z'),
        hold('crew-a', 'ev-5', '2026-03-14T09:00:00Z', '2026-03-14T09:30:00Z'),
        hold('crew-a', 'ev-3', '2026-03-14T09:00:00Z', '2026-03-14T09:45:00Z'),
      ];
      const result = findAvailableCrews(evx, { crews: [crew('crew-b'), crew('crew-a'), crew('crew-c')], bookings, policy: zero });
      expect(result.freeCrews).toEqual(['crew-c']);
      expect(result.conflicts.map((c) => [c.crewId, c.eventId])).toEqual([
        ['crew-a', 'ev-2'],
        ['crew-a', 'ev-3'],
        ['crew-a', 'ev-5'],
        ['crew-a', 'ev-9'],
        ['crew-b', 'ev-1'],
      ]);
    });

    it('lists the crews too small by id, and free crews by id', () => {
      const result = findAvailableCrews(evx, { crews: [crew('crew-z', 1), crew('crew-y', 2), crew('crew-b', 1), crew('crew-a', 2)], bookings: [], policy: zero });
      expect(result.freeCrews).toEqual(['crew-a', 'crew-y']);
      expect(result.undersized).toEqual([
        { crewId: 'crew-b', cameras: 1 },
        { crewId: 'crew-z', cameras: 1 },
      ]);
    });

    it('frees a crew that runs exactly the cameras needed, not one below', () => {
      expect(findAvailableCrews(evx, { crews: [crew('crew-a', 2), crew('crew-b', 1), crew('crew-c', 3)], bookings: [], policy: zero })).toEqual({
        eventId: 'ev-x',
        freeCrews: ['crew-a', 'crew-c'],
        conflicts: [],
        camerasNeeded: 2,
        undersized: [{ crewId: 'crew-b', cameras: 1 }],
      });
    });

    it('uses the travel buffer for a booking without city, and reports it', () => {
      // Set-up 2 h, travel 5 h. A booking ending 04:00Z leaves 4 h before 08:00Z: enough in Paris, not elsewhere.
      const at = (city?: string) => findAvailableCrews(evx, { crews: [crew('crew-a')], bookings: [hold('crew-a', 'ev-1', '2026-03-14T01:00:00Z', '2026-03-14T04:00:00Z', city)], policy: buffers(2, 5) });
      expect(at('Paris').freeCrews).toEqual(['crew-a']);
      expect(at('Lyon').conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T01:00:00Z', end: '2026-03-14T04:00:00Z', bufferHours: 5 }]);
      expect(at(undefined).conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T01:00:00Z', end: '2026-03-14T04:00:00Z', bufferHours: 5 }]);
    });
  });
});

describe('findAvailableCrews feeding C3', () => {
  // The factory's event: Paris, 2026-03-14 09:00–18:00+01:00, two cameras.
  const c3 = (crews: Crew[], bookings: Booking[] = []) => {
    const request = validInput();
    // Through JSON and the parser, as a file or a caller's stored availability would come: nothing is dropped.
    const availability = parseCrewAvailability(JSON.parse(JSON.stringify(findAvailableCrews(request.event as any, { crews, bookings, policy: DEFAULT_POLICY }))) as unknown);
    return evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: ASOF, availability }).findings.find((f) => f.rule === 'C3')!;
  };
  const small: Crew = { id: 'crew-s', name: 'S', homeCity: 'Paris', cameras: 1 };

  it('says the crews are too small, not "propose other dates", when every crew runs fewer cameras than the event needs', () => {
    const finding = c3([small]);
    expect(finding.status).toBe('unmet');
    expect(finding.evidence).toEqual({ freeCrews: [], conflicts: [], camerasNeeded: 2, undersized: [{ crewId: 'crew-s', cameras: 1 }] });
    expect(finding.message).toBe('No production crew runs enough cameras: the event needs 2, the largest crew runs 1.');
    expect(finding.remedy).toEqual({
      code: 'crew_too_small',
      en: "Lighten the set-up to what one of the platform's production crews runs (at most 1), or buy the coverage as a client: other dates would not help.",
      fr: "Allégez le dispositif à ce qu'une équipe de production de la plateforme peut tenir (1 au plus), ou achetez la captation en tant que client : d'autres dates n'y changeraient rien.",
    });
  });

  it('says it in French, and without the cameras needed when a hand-built availability does not give them', () => {
    const request = validInput();
    const byHand = { eventId: 'evt-1', freeCrews: [], conflicts: [], undersized: [{ crewId: 'crew-s', cameras: 1 }, { crewId: 'crew-t', cameras: 3 }] };
    const finding = (locale: 'en' | 'fr') => evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: ASOF, availability: byHand, locale }).findings.find((f) => f.rule === 'C3')!;
    expect(finding('en').message).toBe('No production crew runs enough cameras for the event, the largest crew runs 3.');
    expect(finding('fr').message).toBe("Aucune de nos équipes de production n'a assez de caméras pour l'événement, la plus grande équipe en a 3.");
    expect(finding('en').evidence).toEqual({ freeCrews: [], conflicts: [], camerasNeeded: null, undersized: byHand.undersized });
    const computed = findAvailableCrews(request.event as any, { crews: [small], bookings: [], policy: DEFAULT_POLICY });
    expect(evaluateEligibility(request, { policy: DEFAULT_POLICY, asOf: ASOF, availability: computed, locale: 'fr' }).findings.find((f) => f.rule === 'C3')!.message).toBe(
      "Aucune de nos équipes de production n'a assez de caméras : l'événement en demande 2, la plus grande équipe en a 1.",
    );
  });

  it('still says other dates when a crew big enough is held by a booking, even beside a crew too small', () => {
    const held = { crewId: 'crew-a', eventId: 'ev-held', start: '2026-03-14T09:00:00Z', end: '2026-03-14T10:00:00Z', city: 'Paris' };
    const finding = c3([small, crewA], [held]);
    expect(finding.status).toBe('unmet');
    expect(finding.remedy?.code).toBe('no_crew_available');
  });
});
