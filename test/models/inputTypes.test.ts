// The input types: what a TypeScript caller may pass. `tsc` checks this file (`npm run typecheck`):
// each `@ts-expect-error` line is a typo that must fail to compile, and fails the build if it compiles.
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  DEFAULT_POLICY,
  parseContract,
  parseCoverageRequest,
  parseEvent,
  parsePolicy,
  type Contract,
  type ContractInput,
  type CoverageRequest,
  type CoverageRequestInput,
  type Event,
  type EventInput,
  type Policy,
  type PolicyInput,
  CrewAvailabilitySchema,
  parseCrewAvailability,
  type CrewAvailability,
  type CrewConflict,
  type CoverageMode,
} from '../../src/index.js';
import type * as z from 'zod/mini';
import { assignCrews, findAvailableCrews, parseBooking, parseCrew, planSeason, type BookingInput, type Crew, type CrewInput, type CrewShortfall } from '../../src/crew/index.js';
import { evaluateEligibility } from '../../src/rules/index.js';
import { thrown } from '../utils/thrown.js';
import { validInput, validRequest } from '../utils/factory.js';

const event = {
  id: 'evt-1',
  title: 'Web 2.0 Days',
  organizerId: 'org-1',
  start: '2026-03-14T09:00:00+01:00',
  end: '2026-03-14T18:00:00+01:00',
  venue: { name: 'Hall', city: 'Paris' },
};

describe('input types', () => {
  it('leave out what has a default: the input is smaller than the parsed value', () => {
    expectTypeOf<EventInput['cameras']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<Event['cameras']>().toEqualTypeOf<number>();
    expectTypeOf<ContractInput['organizerShare']>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Contract['organizerShare']>().toEqualTypeOf<string>();
    expectTypeOf(parseEvent(event)).toEqualTypeOf<Event>();
  });

  it('take a parsed value back: a CoverageRequest, Policy and Crew are inputs too', () => {
    expectTypeOf<CoverageRequest>().toMatchTypeOf<CoverageRequestInput>();
    expectTypeOf<Policy>().toMatchTypeOf<PolicyInput>();
    expectTypeOf<Crew>().toMatchTypeOf<CrewInput>();
  });

  it('take read-only arrays and `as const` objects', () => {
    const crew = { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2 } as const;
    const booking: BookingInput = { crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' } as const;
    expect(parseCrew(crew).cameras).toBe(2);
    expect(parseBooking(booking).crewId).toBe('crew-a');
    const policy = { ...DEFAULT_POLICY, blocking: ['C1'] } as const;
    expect(parsePolicy(policy).blocking).toEqual(['C1']);
    // The availability's type derives from its schema; the option takes its read-only input, as before.
    const availability = { eventId: 'evt-1', freeCrews: ['crew-a'], conflicts: [], undersized: [{ crewId: 'crew-b', cameras: 1 }] } as const;
    expect(evaluateEligibility(validRequest(), { policy: DEFAULT_POLICY, asOf: '2026-02-10', availability }).findings.find((f) => f.rule === 'C3')?.status).toBe('met');
  });

  it('derive the availability types and the mode from their schema: what findAvailableCrews returns is what parseCrewAvailability gives', () => {
    expectTypeOf<CrewAvailability>().toEqualTypeOf<z.output<typeof CrewAvailabilitySchema>>();
    expectTypeOf<CrewAvailability['undersized']>().toEqualTypeOf<CrewShortfall[] | undefined>();
    expectTypeOf<CrewAvailability['conflicts'][number]>().toEqualTypeOf<CrewConflict>();
    expectTypeOf(findAvailableCrews).returns.toEqualTypeOf<CrewAvailability>();
    expectTypeOf(parseCrewAvailability).returns.toEqualTypeOf<CrewAvailability>();
    expectTypeOf<CoverageMode>().toEqualTypeOf<'partnership' | 'client'>();
  });

  it('take data of unknown shape, checked at run time: unknown, any, a JSON record', () => {
    const json: unknown = JSON.parse('{"id":"crew-a","name":"A","homeCity":"Paris","cameras":2,"colour":"red"}');
    expect(thrown(() => parseCrew(json)).issues[0]?.path).toBe('colour');
    const record: Record<string, unknown> = { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2 };
    expect(parseCrew(record).id).toBe('crew-a');
    expect(evaluateEligibility(validInput(), { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' }).decision).toBe('incomplete'); // no crew plan given: C3 unknown
  });

  it('make a misspelt key fail to compile, in every function that parses', () => {
    const request = validRequest();
    const policy = { policy: DEFAULT_POLICY, asOf: '2026-02-10T12:00:00Z' } as const;
    const crew = { id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2 };
    const booking = { crewId: 'crew-a', eventId: 'ev-1', start: '2026-03-14T08:00:00Z', end: '2026-03-14T09:00:00Z' };
    const buffers = { parameters: { setupBufferHours: 2, travelBufferHours: 12 } };
    const run = (fn: () => unknown) => thrown(fn).issues.map((i) => i.path);
    // The typo is caught twice: by the compiler (the next line must not compile) and at run time.
    // @ts-expect-error `confirmedat` is not a key of the audio plan: `confirmedAt` is
    expect(run(() => parseEvent({ ...event, audio: { organizerManagesSound: true, feed: 'xlr', confirmedat: '2026-02-04' } }))).toEqual(['audio.confirmedat']);
    // @ts-expect-error `releaseLeadDay` is not a policy parameter: `releaseLeadDays` is
    expect(run(() => parsePolicy({ ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, releaseLeadDay: 10 } }))).toEqual(['parameters.releaseLeadDay']);
    // @ts-expect-error `organiserShare` is British: the key is `organizerShare`
    expect(run(() => parseContract({ parties: { platform: { name: 'P' }, organizer: { name: 'O' } }, breakeven: { amount: '1', currency: 'EUR' }, organiserShare: '0.5' }))).toEqual(['organiserShare']);
    // @ts-expect-error `camera` is not a key of a crew: `cameras` is
    expect(run(() => parseCrew({ id: 'crew-a', name: 'A', homeCity: 'Paris', cameras: 2, camera: 2 }))).toEqual(['camera']);
    // @ts-expect-error `town` is not a key of a booking: `city` is
    expect(run(() => parseBooking({ ...booking, town: 'Paris' }))).toEqual(['town']);
    // @ts-expect-error `editorialVerdictt` is not a key of a request
    expect(run(() => parseCoverageRequest({ ...request, editorialVerdictt: { verdict: 'approved', at: '2026-01-15' } }))).toEqual(['editorialVerdictt']);
    // @ts-expect-error `editorialVerdictt` is not a key of a request
    expect(run(() => evaluateEligibility({ ...request, editorialVerdictt: { verdict: 'approved', at: '2026-01-15' } }, policy))).toEqual(['editorialVerdictt']);
    // @ts-expect-error `camera` is not a key of a crew
    expect(run(() => planSeason([request], [{ ...crew, camera: 2 }], [], policy))).toEqual(['crews[0].camera']);
    // @ts-expect-error `town` is not a key of a booking
    expect(run(() => findAvailableCrews({ ...request.event }, { crews: [crew], bookings: [{ ...booking, town: 'Paris' }], policy: buffers }))).toEqual(['bookings[0].town']);
    // @ts-expect-error `camera` is not a key of a crew
    expect(run(() => assignCrews([], { crews: [{ ...crew, camera: 2 }], bookings: [], policy: buffers }))).toEqual(['crews[0].camera']);
  });
});
