/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs are loose JSON on purpose */
import { describe, expect, it } from 'vitest';
import { assignCrews, findAvailableCrews } from '../../src/crew/index.js';
import { DEFAULT_POLICY } from '../../src/models/policy.js';
import { thrown } from '../utils/thrown.js';
import type { Crew } from '../../src/models/crew.js';

const event = (id: string, start: string, end: string, city = 'Paris', cameras = 1) => ({ id, start, end, cameras, venue: { city } });
const zero = { parameters: { setupBufferHours: 0, travelBufferHours: 0 } };
const crew1 = { id: 'crew-1', name: 'One', homeCity: 'Paris', cameras: 2 };

describe('assignCrews', () => {
  it('covers two short events rather than one preferred long one (the TSDoc example)', () => {
    const plan = assignCrews(
      [
        { requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T18:00:00Z'), preference: 3 },
        { requestId: 'b', event: event('ev-b', '2026-03-14T08:00:00Z', '2026-03-14T12:00:00Z'), preference: 1 },
        { requestId: 'c', event: event('ev-c', '2026-03-14T14:00:00+02:00', '2026-03-14T18:00:00Z'), preference: 1 },
      ],
      { crews: [crew1], bookings: [], policy: zero },
    );
    expect(plan).toEqual({
      assignments: [
        { requestId: 'b', eventId: 'ev-b', crewId: 'crew-1' },
        { requestId: 'c', eventId: 'ev-c', crewId: 'crew-1' },
      ],
      unassigned: [{ requestId: 'a', eventId: 'ev-a', reason: 'outbid', by: ['b', 'c'] }],
      score: { covered: 2, preference: 2 },
      optimal: true,
      bound: { covered: 2, preference: 2 },
    });
  });

  it('adds fractional preferences exactly', () => {
    const plan = assignCrews(
      [
        { requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), preference: 0.1 },
        { requestId: 'b', event: event('ev-b', '2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z'), preference: 0.2 },
      ],
      { crews: [crew1], bookings: [], policy: zero },
    );
    expect(plan.score).toEqual({ covered: 2, preference: 0.3 });
  });

  it('says no_crew for a candidate that needs more cameras than any crew runs', () => {
    const plan = assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z', 'Paris', 4), preference: 1 }], { crews: [crew1], bookings: [], policy: zero });
    expect(plan.unassigned).toEqual([{ requestId: 'a', eventId: 'ev-a', reason: 'no_crew' }]);
  });

  it('throws with the path of a bad candidate', () => {
    expect(() => assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T07:00:00Z'), preference: 1 }], { crews: [crew1], bookings: [], policy: zero })).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'candidates[0].event.end' })] }),
    );
    expect(() => assignCrews([{ requestId: 'a', event: event('ev-a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z'), preference: Number.NaN }], { crews: [crew1], bookings: [], policy: zero })).toThrow(
      expect.objectContaining({ issues: [expect.objectContaining({ path: 'candidates[0].preference' })] }),
    );
  });

  describe('the docs/crews.md example: findAvailableCrews, before assigning', () => {
  it('gives the result of the docs/crews.md example', () => {
    expect(
      findAvailableCrews(
        event('ev-2', '2026-03-14T10:00:00+02:00', '2026-03-14T18:00:00+02:00', 'Paris', 2),
        {
          crews: [
            { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 3 },
            { id: 'crew-b', name: 'B', homeCity: 'Lyon', cameras: 1 },
          ],
          bookings: [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z', city: 'Paris' }],
          policy: DEFAULT_POLICY,
        },
      ),
    ).toEqual({
      eventId: 'ev-2',
      freeCrews: [],
      camerasNeeded: 2,
      conflicts: [{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T06:00:00Z', end: '2026-03-14T07:00:00Z', bufferHours: 2 }],
      undersized: [{ crewId: 'crew-b', cameras: 1 }],
    });
  });
});

  // Exact refusals and stable orders (written to kill mutants; each names its law).
  type Refusal = ReturnType<typeof thrown>;
  const refusal = thrown;
  /** The refusal with one `invalid_input` issue at `path`. */
  const invalid = (path: string, message: string) => ({ code: 'invalid_input' as const, message, issues: [{ code: 'invalid_input' as const, path, message }] });
  const crew = (id: string, cameras = 3): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
  const slot = (requestId: string, start: string, end: string, preference = 1) => ({ requestId, event: event(`ev-${requestId}`, start, end), preference });

  describe('errors', () => {
    const ok = slot('a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z');
    const cases: { name: string; input: unknown; expected: Refusal }[] = [
      { name: 'candidates that are not a list', input: 'a', expected: invalid('candidates', 'Expected `candidates` to be a list of candidates, got `a`') },
      { name: 'a null candidate', input: [null], expected: invalid('candidates[0]', 'Expected `candidates[0]` to be a candidate `{ requestId, event, preference }`, got null') },
      { name: 'a numeric candidate', input: [ok, 5], expected: invalid('candidates[1]', 'Expected `candidates[1]` to be a candidate `{ requestId, event, preference }`, got `5`') },
      { name: 'a numeric request id', input: [{ ...ok, requestId: 5 }], expected: invalid('candidates[0].requestId', 'Expected `candidates[0].requestId` to be a non-empty string, got `5`') },
      { name: 'an empty request id', input: [{ ...ok, requestId: '' }], expected: invalid('candidates[0].requestId', 'Expected `candidates[0].requestId` to be a non-empty string, got ``') },
      { name: 'a repeated request id', input: [ok, { ...ok }], expected: invalid('candidates[1].requestId', 'Expected `candidates[1].requestId` to be a request id used once, got `a`') },
      { name: 'a NaN preference', input: [{ ...ok, preference: Number.NaN }], expected: invalid('candidates[0].preference', 'Expected `candidates[0].preference` to be a finite number, got `NaN`') },
      { name: 'a preference in a string', input: [{ ...ok, preference: '1' }], expected: invalid('candidates[0].preference', 'Expected `candidates[0].preference` to be a finite number, got `1`') },
      {
        name: 'an event that ends before it starts',
        input: [slot('a', '2026-03-14T08:00:00Z', '2026-03-14T07:00:00Z')],
        expected: invalid('candidates[0].event.end', 'Expected `candidates[0].event.end` to be an instant after `start`, got `2026-03-14T07:00:00Z`'),
      },
    ];
    it.each(cases)('refuses $name with the exact issue', ({ input, expected }) => {
      expect(refusal(() => assignCrews(input as any, { crews: [crew('crew-1')], bookings: [], policy: zero }))).toEqual(expected);
    });

    describe('every bad item in one error', () => {
      const crew = (id: string, cameras = 2): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
      const event = { id: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T18:00:00Z', cameras: 1, venue: { city: 'Paris' } };
      const buffers = { parameters: { setupBufferHours: 2, travelBufferHours: 12 } };
      const paths = (run: () => unknown) => thrown(run).issues.map((i) => i.path);

      it('names every bad candidate and crew in one error', () => {
        const candidates = [
          { requestId: 'a', event, preference: Number.NaN },
          { requestId: 'b', event: { ...event, venue: { city: '' } }, preference: 1 },
          { requestId: 'a', event, preference: 1 },
          null,
        ];
        expect(paths(() => assignCrews(candidates as any[], { crews: [crew('crew-a', 0), crew('crew-b', 0)], bookings: [], policy: buffers }))).toEqual([
          'crews[0].cameras',
          'crews[1].cameras',
          'candidates[0].preference',
          'candidates[1].event.venue.city',
          'candidates[2].requestId',
          'candidates[3]',
        ]);
      });
    });
  });

  describe('budget', () => {
    it.each([
      ['a negative budget', -1, '`-1`'],
      ['a fractional budget', 1.5, '`1.5`'],
      ['a budget in a string', '100', '`100`'],
    ])('refuses %s at `budget`', (_, budget, shown) => {
      const options = { crews: [crew('crew-1')], bookings: [], policy: zero, budget } as unknown as Parameters<typeof assignCrews>[1];
      expect(refusal(() => assignCrews([slot('a', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z')], options))).toEqual(
        invalid('budget', `Expected \`budget\` to be a whole number of search steps, at least 0, got ${shown}`),
      );
    });

    // One big crew and one small one: a (08-18, 1 camera) and c (09-10, 2 cameras) overlap. The
    // optimum gives a to the small crew and c to the big one. With a budget of 0 nothing is searched
    // and the plan is greedy in start order: a goes to the big crew (the first in order of two that
    // reach the same cost), and c finds no crew. The bound (crews alike) covers both.
    const candidates = [slot('a', '2026-03-14T08:00:00Z', '2026-03-14T18:00:00Z'), { requestId: 'c', event: event('ev-c', '2026-03-14T09:00:00Z', '2026-03-14T10:00:00Z', 'Paris', 2), preference: 1 }];
    const crews = [crew('big', 2), crew('small', 1)];

    it('proves the plan optimal with the default budget', () => {
      const plan = assignCrews(candidates, { crews, bookings: [], policy: zero });
      expect(plan.optimal).toBe(true);
      expect(plan.assignments).toEqual([
        { requestId: 'a', eventId: 'ev-a', crewId: 'small' },
        { requestId: 'c', eventId: 'ev-c', crewId: 'big' },
      ]);
      expect(plan.score).toEqual({ covered: 2, preference: 2 });
      expect(plan.bound).toEqual(plan.score);
    });

    it('returns a valid plan with its bound, not proven, when the budget runs out, the same on every run', () => {
      const plan = assignCrews(candidates, { crews, bookings: [], policy: zero, budget: 0 });
      expect(plan).toEqual({
        assignments: [{ requestId: 'a', eventId: 'ev-a', crewId: 'big' }],
        unassigned: [{ requestId: 'c', eventId: 'ev-c', reason: 'outbid', by: ['a'] }],
        score: { covered: 1, preference: 1 },
        optimal: false,
        bound: { covered: 2, preference: 2 },
      });
      expect(assignCrews(candidates, { crews, bookings: [], policy: zero, budget: 0 })).toEqual(plan);
    });
  });

  describe('edge cases', () => {
    it('lists assignments and unassigned candidates by request id, whatever the input order', () => {
      // One crew; d and c overlap b and a respectively, and weigh less.
      const plan = assignCrews(
        [
          slot('d', '2026-03-14T10:00:00Z', '2026-03-14T12:00:00Z', 1),
          slot('c', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z', 1),
          slot('b', '2026-03-14T10:30:00Z', '2026-03-14T11:00:00Z', 2),
          slot('a', '2026-03-14T08:00:00+02:00', '2026-03-14T09:00:00Z', 2), // 06:00Z–09:00Z
        ],
        { crews: [crew('crew-1')], bookings: [], policy: zero },
      );
      expect(plan).toEqual({
        assignments: [
          { requestId: 'a', eventId: 'ev-a', crewId: 'crew-1' },
          { requestId: 'b', eventId: 'ev-b', crewId: 'crew-1' },
        ],
        unassigned: [
          { requestId: 'c', eventId: 'ev-c', reason: 'outbid', by: ['a'] },
          { requestId: 'd', eventId: 'ev-d', reason: 'outbid', by: ['b'] },
        ],
        score: { covered: 2, preference: 4 },
        optimal: true,
        bound: { covered: 2, preference: 4 },
      });
    });

    it('names every covered request that holds a capable crew, sorted by id', () => {
      // Two crews, three overlapping candidates: z and y are covered, x is outbid by both.
      const plan = assignCrews(
        [slot('z', '2026-03-14T08:00:00Z', '2026-03-14T10:00:00Z', 2), slot('y', '2026-03-14T09:00:00Z', '2026-03-14T11:00:00Z', 2), slot('x', '2026-03-14T08:30:00Z', '2026-03-14T10:30:00Z', 1)],
        { crews: [crew('crew-2'), crew('crew-1')], bookings: [], policy: zero },
      );
      expect(plan.unassigned).toEqual([{ requestId: 'x', eventId: 'ev-x', reason: 'outbid', by: ['y', 'z'] }]);
      expect(plan.score).toEqual({ covered: 2, preference: 4 });
    });
  });
});
