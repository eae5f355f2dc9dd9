/* eslint-disable @typescript-eslint/no-explicit-any -- bad inputs are loose JSON on purpose */
// Exact refusals, availability boundaries, stable orders and the money view of the crew functions.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { assignCrews, findAvailableCrews, planSeason, type Booking, type Crew } from '../../src/crew/index.js';
import { type Evaluate, type PlanTimings, type SeasonPlan, planWith } from '../../src/crew/_plan.js';
import { isPartnershipError } from '../../src/errors.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY, type Policy } from '../../src/models/policy.js';
import type { EligibilityReport } from '../../src/rules/types.js';

interface Refusal {
  code: string;
  message: string;
  issues: readonly { code: string; path: string; message: string }[];
}

/** The error a call throws, as code, message and issues; fails the test when it does not throw a PartnershipError. */
function refusal(run: () => unknown): Refusal {
  try {
    run();
  } catch (error) {
    if (isPartnershipError(error)) return { code: error.code, message: error.message, issues: error.issues.map((i) => ({ ...i })) };
    throw error;
  }
  throw new Error('expected a PartnershipError, nothing was thrown');
}
/** The refusal with one `invalid_input` issue at `path`. */
const invalid = (path: string, message: string): Refusal => ({ code: 'invalid_input', message, issues: [{ code: 'invalid_input', path, message }] });

const zero = { parameters: { setupBufferHours: 0, travelBufferHours: 0 } };
const buffers = (setupBufferHours: number, travelBufferHours: number) => ({ parameters: { setupBufferHours, travelBufferHours } });
const crew = (id: string, cameras = 3): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
const event = (id: string, start: string, end: string, city = 'Paris', cameras = 1) => ({ id, start, end, cameras, venue: { city } });
const policyWith = (setupBufferHours: number, travelBufferHours: number): Policy => ({ ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, setupBufferHours, travelBufferHours } });
const ASOF = '2026-02-10T12:00:00Z';

// ---------------------------------------------------------------------------
// findAvailableCrews
// ---------------------------------------------------------------------------

/** Paris, 14 March 2026, 08:00Z–16:00Z, two cameras. */
const evx = event('ev-x', '2026-03-14T10:00:00+02:00', '2026-03-14T18:00:00+02:00', 'Paris', 2);
const hold = (crewId: string, eventId: string, start: string, end: string, city?: string): Booking => ({ crewId, eventId, start, end, ...(city === undefined ? {} : { city }) });

describe('findAvailableCrews', () => {
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
    expect(refusal(() => findAvailableCrews(input as any, [crew('crew-a')], [], zero))).toEqual(expected);
  });

  it('reads an event without cameras as needing one', () => {
    const noCameras: Record<string, unknown> = { ...evx };
    delete noCameras.cameras;
    expect(findAvailableCrews(noCameras as any, [crew('crew-a', 1)], [], zero)).toEqual({ eventId: 'ev-x', freeCrews: ['crew-a'], conflicts: [], camerasNeeded: 1, undersized: [] });
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
    expect(refusal(() => findAvailableCrews(evx, [crew('crew-a')], [], input as any))).toEqual(expected);
  });

  it('refuses crews or bookings that are not lists, and a repeated crew id', () => {
    expect(refusal(() => findAvailableCrews(evx, 'crew-a' as any, [], zero))).toEqual(invalid('crews', 'Expected `crews` to be a list of crews, got `crew-a`'));
    expect(refusal(() => findAvailableCrews(evx, [crew('crew-a')], {} as any, zero))).toEqual(invalid('bookings', 'Expected `bookings` to be a list of bookings, got a value of type object'));
    expect(refusal(() => findAvailableCrews(evx, [crew('crew-a'), crew('crew-b'), crew('crew-a')], [], zero))).toEqual(
      invalid('crews[2].id', 'Expected `crews[2].id` to be a crew id used once, got `crew-a`'),
    );
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
    const result = findAvailableCrews(evx, [crew('crew-b'), crew('crew-a'), crew('crew-c')], bookings, zero);
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
    const result = findAvailableCrews(evx, [crew('crew-z', 1), crew('crew-y', 2), crew('crew-b', 1), crew('crew-a', 2)], [], zero);
    expect(result.freeCrews).toEqual(['crew-a', 'crew-y']);
    expect(result.undersized).toEqual([
      { crewId: 'crew-b', cameras: 1 },
      { crewId: 'crew-z', cameras: 1 },
    ]);
  });

  it('frees a crew that runs exactly the cameras needed, not one below', () => {
    expect(findAvailableCrews(evx, [crew('crew-a', 2), crew('crew-b', 1), crew('crew-c', 3)], [], zero)).toEqual({
      eventId: 'ev-x',
      freeCrews: ['crew-a', 'crew-c'],
      conflicts: [],
      camerasNeeded: 2,
      undersized: [{ crewId: 'crew-b', cameras: 1 }],
    });
  });

  it('uses the travel buffer for a booking without city, and reports it', () => {
    // Set-up 2 h, travel 5 h. A booking ending 04:00Z leaves 4 h before 08:00Z: enough in Paris, not elsewhere.
    const at = (city?: string) => findAvailableCrews(evx, [crew('crew-a')], [hold('crew-a', 'ev-1', '2026-03-14T01:00:00Z', '2026-03-14T04:00:00Z', city)], buffers(2, 5));
    expect(at('Paris').freeCrews).toEqual(['crew-a']);
    expect(at('Lyon').conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T01:00:00Z', end: '2026-03-14T04:00:00Z', bufferHours: 5 }]);
    expect(at(undefined).conflicts).toEqual([{ crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T01:00:00Z', end: '2026-03-14T04:00:00Z', bufferHours: 5 }]);
  });
});

// ---------------------------------------------------------------------------
// assignCrews
// ---------------------------------------------------------------------------

const slot = (requestId: string, start: string, end: string, preference = 1) => ({ requestId, event: event(`ev-${requestId}`, start, end), preference });

describe('assignCrews', () => {
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
    expect(refusal(() => assignCrews(input as any, [crew('crew-1')], [], zero))).toEqual(expected);
  });

  it('lists assignments and unassigned candidates by request id, whatever the input order', () => {
    // One crew; d and c overlap b and a respectively, and weigh less.
    const plan = assignCrews(
      [
        slot('d', '2026-03-14T10:00:00Z', '2026-03-14T12:00:00Z', 1),
        slot('c', '2026-03-14T08:00:00Z', '2026-03-14T09:00:00Z', 1),
        slot('b', '2026-03-14T10:30:00Z', '2026-03-14T11:00:00Z', 2),
        slot('a', '2026-03-14T08:00:00+02:00', '2026-03-14T09:00:00Z', 2), // 06:00Z–09:00Z
      ],
      [crew('crew-1')],
      [],
      zero,
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
    });
  });

  it('names every covered request that holds a capable crew, sorted by id', () => {
    // Two crews, three overlapping candidates: z and y are covered, x is outbid by both.
    const plan = assignCrews(
      [slot('z', '2026-03-14T08:00:00Z', '2026-03-14T10:00:00Z', 2), slot('y', '2026-03-14T09:00:00Z', '2026-03-14T11:00:00Z', 2), slot('x', '2026-03-14T08:30:00Z', '2026-03-14T10:30:00Z', 1)],
      [crew('crew-2'), crew('crew-1')],
      [],
      zero,
    );
    expect(plan.unassigned).toEqual([{ requestId: 'x', eventId: 'ev-x', reason: 'outbid', by: ['y', 'z'] }]);
    expect(plan.score).toEqual({ covered: 2, preference: 4 });
  });
});

// ---------------------------------------------------------------------------
// The plan (planWith with a stand-in evaluator, and planSeason's own refusals)
// ---------------------------------------------------------------------------

interface Spec {
  id: string;
  start: string;
  end: string;
  preference?: number;
  unmet?: string[];
  mode?: 'partnership' | 'client';
  breakeven?: { amount: string; currency: string };
}
function request(spec: Spec): CoverageRequest {
  return {
    id: spec.id,
    mode: spec.mode ?? 'partnership',
    event: { id: `ev-${spec.id}`, start: spec.start, end: spec.end, venue: { name: 'Hall', city: 'Paris' }, cameras: 1 },
    ...(spec.breakeven ? { contract: { breakeven: spec.breakeven, organizerShare: '0.5', clauses: {} } } : {}),
  } as any;
}
/** Decision and preference from the spec; `C3` unmet when no crew is free. */
function stub(specs: readonly Spec[]): Evaluate {
  const byId = new Map(specs.map((s) => [s.id, s]));
  return (req, { policy, asOf, availability }) => {
    const spec = byId.get(req.id);
    const unmet = [...(spec?.unmet ?? [])];
    if (availability.freeCrews.length === 0) unmet.push('C3');
    return {
      requestId: req.id,
      eventId: req.event.id,
      mode: req.mode,
      policyVersion: policy.version,
      asOf,
      decision: unmet.length > 0 ? 'ineligible' : 'eligible',
      preference: spec?.preference ?? 1,
      findings: unmet.map((rule) => ({ rule, name: rule, clause: '', kind: 'blocking', status: 'unmet', evidence: {}, message: '' })),
      sponsors: [],
    } as unknown as EligibilityReport;
  };
}
const hours = (from: number, to: number): { start: string; end: string } => ({
  start: new Date(Date.UTC(2026, 2, 14, from)).toISOString(),
  end: new Date(Date.UTC(2026, 2, 14, to)).toISOString(),
});
function plan(specs: Spec[], crews: Crew[], bookings: Booking[] = [], options: any = { policy: policyWith(0, 0), asOf: ASOF }, timings?: PlanTimings): SeasonPlan {
  return planWith(stub(specs), specs.map(request), crews, bookings, options, timings);
}

describe('planSeason', () => {
  it('refuses requests that are not a list, before anything else', () => {
    expect(refusal(() => planSeason('req' as any, [], [], { policy: DEFAULT_POLICY, asOf: ASOF }))).toEqual(
      invalid('requests', 'Expected `requests` to be a list of coverage requests, got `req`'),
    );
  });

  it('refuses missing options as a missing asOf, not with a TypeError', () => {
    const message = 'Expected `options.asOf` to be an ISO 8601 instant with an offset, a calendar date or a valid Date, got nothing';
    expect(refusal(() => planSeason([], [], [], null as any))).toEqual({ code: 'invalid_as_of', message, issues: [{ code: 'invalid_as_of', path: 'options.asOf', message }] });
  });
});

describe('planWith', () => {
  const A: Spec = { id: 'A', ...hours(0, 2) };
  const asOfRefusal = (got: string): Refusal => {
    const message = `Expected \`options.asOf\` to be an ISO 8601 instant with an offset, a calendar date or a valid Date, got ${got}`;
    return { code: 'invalid_as_of', message, issues: [{ code: 'invalid_as_of', path: 'options.asOf', message }] };
  };

  it('refuses an asOf it cannot read: a string, an invalid Date', () => {
    expect(refusal(() => plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: 'yesterday' }))).toEqual(asOfRefusal('`yesterday`'));
    expect(refusal(() => plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: new Date('nope') }))).toEqual(asOfRefusal('an invalid Date'));
    expect(refusal(() => plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: 5 }))).toEqual(asOfRefusal('`5`'));
  });

  it('echoes asOf in UTC, from an offset or a Date', () => {
    expect(plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: '2026-02-10T13:00:00+01:00' }).asOf).toBe('2026-02-10T12:00:00.000Z');
    expect(plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: new Date(Date.UTC(2026, 1, 10, 12)) }).asOf).toBe('2026-02-10T12:00:00.000Z');
  });

  it('refuses requests that are not a list, and options that are not an object', () => {
    expect(refusal(() => planWith(stub([]), 'x' as any, [], [], { policy: DEFAULT_POLICY, asOf: ASOF }))).toEqual(
      invalid('requests', 'Expected `requests` to be a list of coverage requests, got `x`'),
    );
    expect(refusal(() => planWith(stub([]), [], [], [], null as any))).toEqual(invalid('options', 'Expected `options` to be options `{ policy, asOf }`, got null'));
    expect(refusal(() => planWith(stub([]), [], [], [], 'x' as any))).toEqual(invalid('options', 'Expected `options` to be options `{ policy, asOf }`, got `x`'));
  });

  it('refuses a bad policy at options.policy', () => {
    expect(refusal(() => plan([A], [crew('crew-1')], [], { policy: policyWith(-1, 0), asOf: ASOF }))).toEqual(
      invalid('options.policy.parameters.setupBufferHours', 'Expected `options.policy.parameters.setupBufferHours` to be a number of hours, at least 0, got `-1`'),
    );
  });

  const okRequest = request(A);
  const requestCases: { name: string; input: unknown[]; expected: Refusal }[] = [
    { name: 'a null request', input: [okRequest, null], expected: invalid('requests[1]', 'Expected `requests[1]` to be a coverage request, got null') },
    { name: 'a numeric request', input: [5], expected: invalid('requests[0]', 'Expected `requests[0]` to be a coverage request, got `5`') },
    { name: 'a numeric id', input: [okRequest, { ...okRequest, id: 5 }], expected: invalid('requests[1].id', 'Expected `requests[1].id` to be a non-empty string, got `5`') },
    { name: 'an empty id', input: [{ ...okRequest, id: '' }], expected: invalid('requests[0].id', 'Expected `requests[0].id` to be a non-empty string, got ``') },
    { name: 'a repeated id', input: [okRequest, okRequest], expected: invalid('requests[1].id', 'Expected `requests[1].id` to be a request id used once, got `A`') },
    {
      name: 'an event that ends when it starts',
      input: [{ ...okRequest, event: { ...okRequest.event, end: okRequest.event.start } }],
      expected: invalid('requests[0].event.end', `Expected \`requests[0].event.end\` to be an instant after \`start\`, got \`${A.start}\``),
    },
  ];
  it.each(requestCases)('refuses $name with the exact issue', ({ input, expected }) => {
    expect(refusal(() => planWith(stub([A]), input as any, [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: ASOF }))).toEqual(expected);
  });

  it('keeps the booked crew of an event: the lowest crew id among its bookings, whatever their order', () => {
    const booked = (crewId: string): Booking => ({ crewId, eventId: 'ev-A', ...hours(0, 2) });
    for (const bookings of [
      [booked('crew-a'), booked('crew-b')],
      [booked('crew-b'), booked('crew-a')],
    ]) {
      const p = plan([A], [crew('crew-a'), crew('crew-b')], bookings);
      expect(p.assignments).toEqual([{ requestId: 'A', eventId: 'ev-A', crewId: 'crew-a', decision: 'eligible', preference: 1, booked: true }]);
    }
  });

  it('ignores a booking of an unknown crew: the event is planned, not kept as booked', () => {
    const p = plan([A], [crew('crew-b'), crew('crew-a')], [{ crewId: 'crew-0', eventId: 'ev-A', ...hours(0, 2) }]);
    expect(p.assignments).toEqual([{ requestId: 'A', eventId: 'ev-A', crewId: 'crew-a', decision: 'eligible', preference: 1, booked: false }]);
  });

  it('lists assignments, unassigned requests and the money view in a stable order, whatever the input order', () => {
    const usd = { amount: '100', currency: 'USD' };
    const eur = { amount: '800', currency: 'EUR' };
    const specs: Spec[] = [
      { id: 'r6', ...hours(0, 2), breakeven: usd },
      { id: 'r5', ...hours(3, 5), breakeven: eur },
      { id: 'r4', ...hours(6, 8) },
      { id: 'r3', ...hours(9, 11) },
      { id: 'r2', ...hours(12, 14), unmet: ['C7'] },
      { id: 'r1', ...hours(12, 14), unmet: ['C4', 'C1'] },
    ];
    const p = plan(specs, [crew('crew-1')]);
    expect(p.assignments.map((a) => a.requestId)).toEqual(['r3', 'r4', 'r5', 'r6']);
    expect(p.unassigned).toEqual([
      { requestId: 'r1', eventId: 'ev-r1', reason: 'ineligible', rules: ['C4', 'C1'] },
      { requestId: 'r2', eventId: 'ev-r2', reason: 'ineligible', rules: ['C7'] },
    ]);
    expect(p.score).toEqual({ covered: 4, preference: 4 });
    expect(p.money.withoutContract).toEqual(['r3', 'r4']);
    expect(p.money.byCurrency.map((s) => [s.currency, s.events, s.breakevenCommitted.amount, s.uncovered.amount])).toEqual([
      ['EUR', 1, '800.00', '800.00'],
      ['USD', 1, '100.00', '100.00'],
    ]);
  });

  it('says outbid with the covered requests that hold the crew, and no_crew when bookings hold every crew', () => {
    // crew-1 is booked 20–24 elsewhere (no city: the travel buffer of 2 h applies). Q sits inside it: no crew.
    const specs: Spec[] = [
      { id: 'P', ...hours(0, 4), preference: 2 },
      { id: 'O', ...hours(1, 3), preference: 1 },
      { id: 'Q', ...hours(25, 26) },
    ];
    const booking: Booking = { crewId: 'crew-1', eventId: 'held-1', ...hours(20, 24) };
    const evaluate: Evaluate = (req, o) => ({ ...stub(specs)(req, o), decision: 'eligible' });
    const p = planWith(evaluate, specs.map(request), [crew('crew-1')], [booking], { policy: policyWith(1, 2), asOf: ASOF });
    expect(p.assignments.map((a) => a.requestId)).toEqual(['P']);
    expect(p.unassigned).toEqual([
      { requestId: 'O', eventId: 'ev-O', reason: 'outbid', by: ['P'] },
      { requestId: 'Q', eventId: 'ev-Q', reason: 'no_crew' },
    ]);
  });

  describe('timings', () => {
    afterEach(() => {
      vi.unstubAllGlobals();
    });

    it('reports the time spent evaluating and assigning, read from performance.now', () => {
      const readings = [100, 130, 175];
      vi.stubGlobal('performance', { now: () => readings.shift() ?? Number.NaN });
      const timings: PlanTimings = { evaluateMs: -1, assignMs: -1 };
      plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: ASOF }, timings);
      expect(timings).toEqual({ evaluateMs: 30, assignMs: 45 });
    });

    it('reads zero durations where there is no performance clock', () => {
      vi.stubGlobal('performance', undefined);
      const timings: PlanTimings = { evaluateMs: -1, assignMs: -1 };
      expect(plan([A], [crew('crew-1')], [], { policy: DEFAULT_POLICY, asOf: ASOF }, timings).score).toEqual({ covered: 1, preference: 1 });
      expect(timings).toEqual({ evaluateMs: 0, assignMs: 0 });
    });
  });
});
