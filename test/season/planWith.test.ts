/* eslint-disable @typescript-eslint/no-explicit-any -- minimal requests: the plan reads only id, mode, event and contract */
import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Booking } from '../../src/models/booking.js';
import type { Crew } from '../../src/models/crew.js';
import { type Evaluate, type PlanTimings, type SeasonPlan, planWith } from '../../src/season/_plan.js';
import { thrown } from '../utils/thrown.js';
import type { CoverageRequest } from '../../src/models/coverageRequest.js';
import { DEFAULT_POLICY, type Policy } from '../../src/models/policy.js';
import type { EligibilityReport } from '../../src/rules/types.js';
import { H, type Instance, bruteForce, clash, instanceArb } from '../crew/_instances.js';

// ---------------------------------------------------------------------------
// Small builders: times in hours from 2026-03-14T00:00Z, shown with a +02:00 offset on odd hours.
// ---------------------------------------------------------------------------

const T0 = Date.UTC(2026, 2, 14);

function iso(ms: number, offsetMinutes = 0): string {
  const shifted = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 19);
  if (offsetMinutes === 0) return `${shifted}Z`;
  const sign = offsetMinutes > 0 ? '+' : '-';
  const abs = Math.abs(offsetMinutes);
  return `${shifted}${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}
const at = (hours: number): string => iso(T0 + hours * H, hours % 2 === 1 ? 120 : 0);

interface Spec {
  id: string;
  from: number;
  to: number;
  city?: string;
  cameras?: number;
  preference?: number;
  decision?: EligibilityReport['decision'];
  unmet?: string[];
  mode?: 'partnership' | 'client';
  breakeven?: { amount: string; currency: string };
}

function request(spec: Spec): CoverageRequest {
  return {
    id: spec.id,
    mode: spec.mode ?? 'partnership',
    event: { id: `ev-${spec.id}`, start: at(spec.from), end: at(spec.to), venue: { name: 'Hall', city: spec.city ?? 'Paris' }, cameras: spec.cameras ?? 1 },
    ...(spec.breakeven ? { contract: { breakeven: spec.breakeven, organizerShare: '0.5', clauses: {} } } : {}),
  } as any;
}

const crew = (id: string, cameras = 3): Crew => ({ id, name: id, homeCity: 'Paris', cameras });
const booking = (crewId: string, from: number, to: number, city?: string): Booking => ({
  crewId,
  eventId: `held-${crewId}-${from}`,
  start: at(from),
  end: at(to),
  ...(city === undefined ? {} : { city }),
});

/** A stand-in for evaluateEligibility: decision and preference come from the spec, C3 from the availability. */
function stub(specs: readonly Spec[]): Evaluate {
  const byId = new Map(specs.map((s) => [s.id, s]));
  return (req, { policy, asOf, availability }) => {
    const spec = byId.get(req.id)!;
    const unmet = [...(spec.unmet ?? [])];
    if (availability.freeCrews.length === 0) unmet.push('C3');
    const decision = unmet.length > 0 ? 'ineligible' : (spec.decision ?? 'eligible');
    return {
      requestId: req.id,
      eventId: req.event.id,
      mode: req.mode,
      policyVersion: policy.version,
      asOf,
      decision,
      preference: spec.preference ?? 0,
      findings: unmet.map((rule) => ({ rule, name: rule, clause: '', kind: 'blocking', status: 'unmet', evidence: {}, message: '' })),
      sponsors: [],
    } as any;
  };
}

const policyWith = (setupBufferHours: number, travelBufferHours: number): Policy => ({ ...DEFAULT_POLICY, parameters: { ...DEFAULT_POLICY.parameters, setupBufferHours, travelBufferHours } });

function plan(specs: Spec[], crews: Crew[], bookings: Booking[] = [], policy = policyWith(0, 0)): SeasonPlan {
  return planWith(stub(specs), specs.map(request), crews, bookings, { policy, asOf: '2026-02-10T12:00:00Z' });
}

const crewOf = (p: SeasonPlan): Record<string, string> => Object.fromEntries(p.assignments.map((a) => [a.requestId, a.crewId]));

// ---------------------------------------------------------------------------
// Random instances as plan inputs.
// ---------------------------------------------------------------------------

function specsOf(instance: Instance): Spec[] {
  return instance.requests.map((r) => ({ id: r.id, from: r.start / H, to: r.end / H, city: r.city!, cameras: r.cameras, preference: r.preference }));
}
function planInstance(instance: Instance, order?: { requests: number[]; crews: number[]; bookings: number[] }): SeasonPlan {
  const specs = specsOf(instance);
  const crews = instance.crews.map((c) => crew(c.id, c.cameras));
  const bookings = instance.bookings.map((b) => ({ ...booking(b.crewId, b.start / H, b.end / H, b.city), eventId: b.eventId }));
  const pick = <T>(list: T[], idx?: number[]): T[] => (idx ? idx.map((i) => list[i]!) : list);
  return planWith(stub(specs), pick(specs, order?.requests).map(request), pick(crews, order?.crews), pick(bookings, order?.bookings), {
    policy: policyWith(instance.setupHours, instance.travelHours),
    asOf: '2026-02-10T12:00:00Z',
  });
}
const hundredths = (p: SeasonPlan): { covered: number; preference: number } => ({ covered: p.score.covered, preference: Math.round(p.score.preference * 100) });
const atLeast = (a: { covered: number; preference: number }, b: { covered: number; preference: number }): boolean =>
  a.covered > b.covered || (a.covered === b.covered && a.preference >= b.preference);

describe('planSeason', () => {
  it('covers the most events before weighing preference: two small events beat one preferred long one', () => {
    // One crew. A [0,10] weighs 3; B [0,4] and C [5,10] weigh 1 each. Greedy by preference takes A alone.
    const p = plan(
      [
        { id: 'A', from: 0, to: 10, preference: 3 },
        { id: 'B', from: 0, to: 4, preference: 1 },
        { id: 'C', from: 5, to: 10, preference: 1 },
      ],
      [crew('crew-1')],
    );
    expect(crewOf(p)).toEqual({ B: 'crew-1', C: 'crew-1' });
    expect(p.score).toEqual({ covered: 2, preference: 2 });
    expect(p.unassigned).toEqual([{ requestId: 'A', eventId: 'ev-A', reason: 'outbid', by: ['B', 'C'] }]);
  });

  it('takes the higher total preference among plans that cover as many', () => {
    const p = plan(
      [
        { id: 'A', from: 0, to: 5, preference: 0.25 },
        { id: 'B', from: 3, to: 8, preference: 0.5 },
        { id: 'C', from: 6, to: 9, preference: 0.2 },
      ],
      [crew('crew-1')],
    );
    // {A, C} = 0.45 beats {B} alone on count; {A, C} is the only pair that fits.
    expect(p.score).toEqual({ covered: 2, preference: 0.45 });
    expect(crewOf(p)).toEqual({ A: 'crew-1', C: 'crew-1' });
  });

  it('breaks a tie by the lower request id, and gives the first crew by id the earliest request', () => {
    const p = plan(
      [
        { id: 'r2', from: 0, to: 5, preference: 1 },
        { id: 'r1', from: 0, to: 5, preference: 1 },
        { id: 'r3', from: 1, to: 6, preference: 1 },
      ],
      [crew('crew-b'), crew('crew-a')],
    );
    expect(crewOf(p)).toEqual({ r1: 'crew-a', r2: 'crew-b' });
    expect(p.unassigned).toEqual([{ requestId: 'r3', eventId: 'ev-r3', reason: 'outbid', by: ['r1', 'r2'] }]);
  });

  it('lets touching events share a crew with a zero buffer, comparing +02:00 with Z', () => {
    // A ends at 07:00+02:00, B starts at 05:00Z: the same instant.
    const specs: Spec[] = [
      { id: 'A', from: 0, to: 5 },
      { id: 'B', from: 5, to: 8 },
    ];
    const [a, b] = specs.map(request) as [any, any];
    b.event.start = '2026-03-14T05:00:00Z';
    expect(a.event.end).toBe('2026-03-14T07:00:00+02:00');
    const touching = planWith(stub(specs), [a, b], [crew('crew-1')], [], { policy: policyWith(0, 0), asOf: '2026-02-10T12:00:00Z' });
    expect(crewOf(touching)).toEqual({ A: 'crew-1', B: 'crew-1' });
    // A ending at 07:00:01+02:00 overlaps B by one second in UTC.
    b.event.end = '2026-03-14T08:00:00Z';
    a.event.end = '2026-03-14T07:00:01+02:00';
    const overlapping = planWith(stub(specs), [a, b], [crew('crew-1')], [], { policy: policyWith(0, 0), asOf: '2026-02-10T12:00:00Z' });
    expect(crewOf(overlapping)).toEqual({ A: 'crew-1' });
  });

  it('keeps the set-up buffer in one city and the travel buffer between cities', () => {
    const specs: Spec[] = [
      { id: 'A', from: 0, to: 4, city: 'Paris' },
      { id: 'B', from: 6, to: 10, city: 'Paris' },
    ];
    expect(plan(specs, [crew('crew-1')], [], policyWith(2, 12)).score.covered).toBe(2);
    expect(plan(specs, [crew('crew-1')], [], policyWith(3, 12)).score.covered).toBe(1);
    const lyon = plan([specs[0]!, { ...specs[1]!, city: 'Lyon' }], [crew('crew-1')], [], policyWith(2, 12));
    expect(crewOf(lyon)).toEqual({ A: 'crew-1' });
    expect(lyon.unassigned).toEqual([{ requestId: 'B', eventId: 'ev-B', reason: 'outbid', by: ['A'] }]);
    expect(plan([specs[0]!, { id: 'B', from: 16, to: 20, city: 'Lyon' }], [crew('crew-1')], [], policyWith(2, 12)).score.covered).toBe(2);
  });

  it('chains a crew from city to city, using the buffer each move needs', () => {
    // Paris 0–4, Paris 6–8 (set-up 2 h), Lyon 20–24 (travel 12 h): one crew films all three.
    const p = plan(
      [
        { id: 'A', from: 0, to: 4 },
        { id: 'B', from: 6, to: 8 },
        { id: 'C', from: 20, to: 24, city: 'Lyon' },
      ],
      [crew('crew-1')],
      [],
      policyWith(2, 12),
    );
    expect(p.score.covered).toBe(3);
  });

  it('gives a large set-up to the crew that runs enough cameras', () => {
    const p = plan(
      [
        { id: 'big', from: 0, to: 10, cameras: 3 },
        { id: 'small', from: 0, to: 10, cameras: 1 },
        { id: 'huge', from: 20, to: 30, cameras: 4 },
      ],
      [crew('crew-a', 1), crew('crew-b', 3)],
    );
    expect(crewOf(p)).toEqual({ big: 'crew-b', small: 'crew-a' });
    expect(p.unassigned).toEqual([{ requestId: 'huge', eventId: 'ev-huge', reason: 'ineligible', rules: ['C3'] }]);
  });

  it('respects existing bookings on the crew that holds them', () => {
    // crew-a is held 0–10 and 22–40. r1 [5,20] and r2 [12,30] both fit only on crew-b, and not together.
    const p = plan(
      [
        { id: 'r1', from: 5, to: 20, preference: 1 },
        { id: 'r2', from: 12, to: 30, preference: 2 },
      ],
      [crew('crew-a'), crew('crew-b')],
      [booking('crew-a', 0, 10), booking('crew-a', 22, 40)],
    );
    expect(crewOf(p)).toEqual({ r2: 'crew-b' });
    expect(p.unassigned).toEqual([{ requestId: 'r1', eventId: 'ev-r1', reason: 'outbid', by: ['r2'] }]);
  });

  it('never plans an ineligible request, and names its unmet rules', () => {
    const p = plan(
      [
        { id: 'A', from: 0, to: 5, preference: 1, unmet: ['C4', 'C7'] },
        { id: 'B', from: 10, to: 15, decision: 'incomplete' },
      ],
      [crew('crew-1')],
    );
    expect(p.assignments).toEqual([{ requestId: 'B', eventId: 'ev-B', crewId: 'crew-1', decision: 'incomplete', preference: 0, booked: false }]);
    expect(p.unassigned).toEqual([{ requestId: 'A', eventId: 'ev-A', reason: 'ineligible', rules: ['C4', 'C7'] }]);
  });

  it('says no_crew when the report lets a request through but no crew can ever take it', () => {
    // The stand-in evaluator here ignores C3, as a policy where C3 does not block would.
    const specs: Spec[] = [{ id: 'A', from: 0, to: 5, cameras: 5 }];
    const lenient: Evaluate = (req, options) => ({ ...stub(specs)(req, { ...options, availability: { ...options.availability, freeCrews: ['x'] } }), decision: 'incomplete' });
    const p = planWith(lenient, specs.map(request), [crew('crew-1')], [], { policy: policyWith(0, 0), asOf: '2026-02-10T12:00:00Z' });
    expect(p.unassigned).toEqual([{ requestId: 'A', eventId: 'ev-A', reason: 'no_crew' }]);
  });

  it('carries the breakeven the covered partnership events commit, and the producer risk if no sponsor comes', () => {
    const eur = (amount: string) => ({ amount, currency: 'EUR' });
    const p = plan(
      [
        { id: 'A', from: 0, to: 5, breakeven: eur('800') },
        { id: 'B', from: 10, to: 15, breakeven: eur('1200.50') },
        { id: 'C', from: 20, to: 25, breakeven: { amount: '90000', currency: 'JPY' } },
        { id: 'D', from: 30, to: 35 },
        { id: 'E', from: 40, to: 45, mode: 'client', breakeven: eur('5000') },
        { id: 'F', from: 0, to: 5, breakeven: eur('9999') },
      ],
      [crew('crew-1')],
    );
    expect(p.money.withoutContract).toEqual(['D']);
    expect(p.money.byCurrency.map((s) => [s.currency, s.events, s.breakevenCommitted.amount, s.uncovered.amount])).toEqual([
      ['EUR', 2, '2000.50', '2000.50'],
      ['JPY', 1, '90000', '90000'],
    ]);
  });

  it('is plain JSON', () => {
    const p = plan([{ id: 'A', from: 0, to: 5, breakeven: { amount: '800', currency: 'EUR' } }], [crew('crew-1')]);
    expect(JSON.parse(JSON.stringify(p))).toEqual(p);
  });

  it('throws with the path of a duplicated request id', () => {
    expect(() => plan([{ id: 'A', from: 0, to: 5 }, { id: 'A', from: 6, to: 8 }], [crew('crew-1')])).toThrow(
      expect.objectContaining({ code: 'invalid_input', issues: [expect.objectContaining({ path: 'requests[1].id' })] }),
    );
  });
});

describe('properties', () => {
  const small = instanceArb({ maxRequests: 10, maxCrews: 3 });

  it('never double-books a crew: no two requests on one crew within the buffer, none on a held or undersized crew (golden: 3 crews, one held, one too small)', () => {
    const p = plan(
      [
        { id: 'A', from: 0, to: 5, cameras: 2 },
        { id: 'B', from: 4, to: 9 },
        { id: 'C', from: 5, to: 9 },
      ],
      [crew('crew-a', 1), crew('crew-b'), crew('crew-c')],
      [booking('crew-c', 0, 6)],
      policyWith(1, 1),
    );
    // A needs 2 cameras: crew-b (crew-c is held until 6, plus 1 h). B [4,9] fits only crew-a. C [5,9] would
    // need crew-b free at 5 (A ends 5, plus 1 h) or crew-a (held by B): two of the three fit, and {A, B} has the lower ids.
    expect(crewOf(p)).toEqual({ A: 'crew-b', B: 'crew-a' });
    expect(p.unassigned).toEqual([{ requestId: 'C', eventId: 'ev-C', reason: 'outbid', by: ['A', 'B'] }]);

    fc.assert(
      fc.property(small, (instance) => {
        const result = planInstance(instance);
        const byId = new Map(instance.requests.map((r) => [r.id, r]));
        const cameras = new Map(instance.crews.map((c) => [c.id, c.cameras]));
        for (const a of result.assignments) {
          const r = byId.get(a.requestId)!;
          expect(cameras.get(a.crewId)!).toBeGreaterThanOrEqual(r.cameras);
          for (const b of instance.bookings) if (b.crewId === a.crewId) expect(clash(b, r, instance.buffers)).toBe(false);
          for (const other of result.assignments) {
            if (other.requestId < a.requestId && other.crewId === a.crewId) expect(clash(byId.get(other.requestId)!, r, instance.buffers)).toBe(false);
          }
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('equals the brute-force optimum on up to 10 requests and 3 crews, with bookings, buffers and capacities (golden: 2 crews, 4 requests)', () => {
    // Two crews; A [0,6] B [2,8] C [4,10] overlap pairwise, D [7,12] follows A. Best: A+D on one crew, B or C on the other: 3 events.
    const golden = plan(
      [
        { id: 'A', from: 0, to: 6, preference: 1 },
        { id: 'B', from: 2, to: 8, preference: 2 },
        { id: 'C', from: 4, to: 10, preference: 3 },
        { id: 'D', from: 7, to: 12, preference: 1 },
      ],
      [crew('crew-a'), crew('crew-b')],
    );
    expect(golden.score).toEqual({ covered: 3, preference: 5 });
    expect(crewOf(golden)).toEqual({ A: 'crew-a', D: 'crew-a', C: 'crew-b' });

    fc.assert(
      fc.property(small, (instance) => {
        expect(hundredths(planInstance(instance))).toEqual(bruteForce(instance));
      }),
      { numRuns: 300 },
    );
  });

  it('equals the brute-force optimum when the crews are interchangeable, where the min-cost flow decides (golden: 3 crews)', () => {
    const golden = plan(
      [
        { id: 'A', from: 0, to: 10, preference: 1 },
        { id: 'B', from: 0, to: 10, preference: 2 },
        { id: 'C', from: 0, to: 10, preference: 3 },
        { id: 'D', from: 0, to: 10, preference: 4 },
        { id: 'E', from: 10, to: 12, preference: 0 },
      ],
      [crew('crew-a'), crew('crew-b'), crew('crew-c')],
    );
    expect(golden.score).toEqual({ covered: 4, preference: 9 });
    expect(golden.unassigned).toEqual([{ requestId: 'A', eventId: 'ev-A', reason: 'outbid', by: ['B', 'C', 'D'] }]);

    fc.assert(
      fc.property(instanceArb({ maxRequests: 10, maxCrews: 3, uniform: true }), (instance) => {
        expect(hundredths(planInstance(instance))).toEqual(bruteForce(instance));
      }),
      { numRuns: 300 },
    );
  });

  it('never lowers the score when a crew is added (golden: a second crew covers the overlap)', () => {
    const specs: Spec[] = [
      { id: 'A', from: 0, to: 5, preference: 1 },
      { id: 'B', from: 1, to: 6, preference: 1 },
    ];
    expect(plan(specs, [crew('crew-a')]).score).toEqual({ covered: 1, preference: 1 });
    expect(plan(specs, [crew('crew-a'), crew('crew-b')]).score).toEqual({ covered: 2, preference: 2 });

    fc.assert(
      fc.property(small, fc.integer({ min: 1, max: 3 }), (instance, cameras) => {
        const before = hundredths(planInstance(instance));
        const after = hundredths(planInstance({ ...instance, crews: [...instance.crews, { id: 'c-extra', cameras }] }));
        expect(atLeast(after, before)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the same plan whatever the order of requests, crews and bookings (golden: reversed input)', () => {
    const specs: Spec[] = [
      { id: 'A', from: 0, to: 5, preference: 1 },
      { id: 'B', from: 0, to: 5, preference: 1 },
      { id: 'C', from: 5, to: 9, preference: 1 },
    ];
    const forward = planWith(stub(specs), specs.map(request), [crew('crew-a'), crew('crew-b')], [], { policy: policyWith(0, 0), asOf: '2026-02-10T12:00:00Z' });
    const backward = planWith(stub(specs), [...specs].reverse().map(request), [crew('crew-b'), crew('crew-a')], [], { policy: policyWith(0, 0), asOf: '2026-02-10T12:00:00Z' });
    expect(backward).toEqual(forward);
    expect(crewOf(forward)).toEqual({ A: 'crew-a', B: 'crew-b', C: 'crew-a' });

    const permutation = (n: number) => fc.shuffledSubarray([...Array(n).keys()], { minLength: n, maxLength: n });
    fc.assert(
      fc.property(
        small.chain((instance) =>
          fc.tuple(fc.constant(instance), fc.record({ requests: permutation(instance.requests.length), crews: permutation(instance.crews.length), bookings: permutation(instance.bookings.length) })),
        ),
        ([instance, order]) => {
          expect(JSON.stringify(planInstance(instance, order))).toBe(JSON.stringify(planInstance(instance)));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('names, for every request outbid, covered requests that hold each crew able to take it (golden: one crew, two overlaps)', () => {
    const p = plan(
      [
        { id: 'A', from: 0, to: 3 },
        { id: 'B', from: 4, to: 7 },
        { id: 'C', from: 2, to: 5 },
      ],
      [crew('crew-1')],
    );
    expect(p.unassigned).toEqual([{ requestId: 'C', eventId: 'ev-C', reason: 'outbid', by: ['A', 'B'] }]);

    fc.assert(
      fc.property(small, (instance) => {
        const result = planInstance(instance);
        const byId = new Map(instance.requests.map((r) => [r.id, r]));
        for (const u of result.unassigned) {
          if (u.reason !== 'outbid') continue;
          expect(u.by.length).toBeGreaterThan(0);
          for (const id of u.by) expect(clash(byId.get(id)!, byId.get(u.requestId)!, instance.buffers)).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});

describe('planWith, case by case', () => {
  // Exact refusals, the booked crew, stable orders and timings (written to kill mutants; each names its law).
  type Refusal = ReturnType<typeof thrown>;
  const refusal = thrown;
  const invalid = (path: string, message: string): Refusal => ({ code: 'invalid_input', message, issues: [{ code: 'invalid_input', path, message }] });
  const ASOF = '2026-02-10T12:00:00Z';
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
      const badOptions = (message: string): Refusal => ({ code: 'invalid_options', message, issues: [{ code: 'invalid_options', path: 'options', message }] });
      expect(refusal(() => planWith(stub([]), [], [], [], null as any))).toEqual(badOptions('Expected `options` to be options `{ policy, asOf }`, got null'));
      expect(refusal(() => planWith(stub([]), [], [], [], 'x' as any))).toEqual(badOptions('Expected `options` to be options `{ policy, asOf }`, got `x`'));
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
});
