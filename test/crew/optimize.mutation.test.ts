// Exact plans of the season optimizer on small instances worked out by hand, and its exact
// lexicographic objective (covered, preference, rank sum) against a brute force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimizeSeason, scalePreferences, type Optimized, type SlotBooking, type SlotCrew, type SlotRequest } from '../../src/crew/_optimize.js';
import type { Buffers } from '../../src/crew/_time.js';
import { PartnershipError } from '../../src/errors.js';
import { H, clash } from './_instances.js';

const ZERO: Buffers = { setup: 0, travel: 0 };

/** A request in hours; `null` for a city not known. */
const req = (id: string, start: number, end: number, city: string | null = 'Paris', cameras = 1, preference = 1): SlotRequest => ({
  id,
  start: start * H,
  end: end * H,
  city: city ?? undefined,
  cameras,
  preference,
});
const crew = (id: string, cameras = 1): SlotCrew => ({ id, cameras });
const booking = (crewId: string, start: number, end: number, city: string | null = 'Paris'): SlotBooking => ({
  crewId,
  eventId: `b-${crewId}-${start}`,
  start: start * H,
  end: end * H,
  city: city ?? undefined,
});
const hours = (setup: number, travel: number): Buffers => ({ setup: setup * H, travel: travel * H });

/** The plan as a plain object, request id to crew id, keys sorted. */
const planOf = (out: Optimized): Record<string, string> => Object.fromEntries([...out.assigned.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));

function run(requests: SlotRequest[], crews: SlotCrew[], bookings: SlotBooking[], buffers: Buffers, forceSearch = false): Optimized {
  return optimizeSeason(requests, crews, bookings, buffers, undefined, forceSearch);
}

describe('scalePreferences', () => {
  const cases: { name: string; input: number[]; expected: { values: number[]; decimals: number } }[] = [
    { name: 'whole numbers', input: [1, 2, 0], expected: { values: [1, 2, 0], decimals: 0 } },
    { name: 'the largest number of decimals', input: [0.5, 1.25, 2], expected: { values: [50, 125, 200], decimals: 2 } },
    { name: 'negative preferences', input: [-0.5, 1], expected: { values: [-5, 10], decimals: 1 } },
    { name: 'a negative whole preference', input: [-3], expected: { values: [-3], decimals: 0 } },
    { name: 'exponent notation below 1e-6', input: [1e-7], expected: { values: [1], decimals: 7 } },
    { name: 'exponent notation with a fraction', input: [1.5e-7, 1], expected: { values: [15, 100_000_000], decimals: 8 } },
    { name: 'exactly the largest safe integer', input: [Number.MAX_SAFE_INTEGER], expected: { values: [Number.MAX_SAFE_INTEGER], decimals: 0 } },
    { name: 'no preference at all', input: [], expected: { values: [], decimals: 0 } },
  ];
  for (const { name, input, expected } of cases) {
    it(`scales ${name} to exact integers`, () => {
      expect(scalePreferences(input)).toEqual(expected);
    });
  }

  it('refuses a preference that is not a finite number, with the value in the message', () => {
    for (const [value, text] of [
      [Number.NaN, 'NaN'],
      [Number.POSITIVE_INFINITY, 'Infinity'],
      [Number.NEGATIVE_INFINITY, '-Infinity'],
    ] as const) {
      expect(() => scalePreferences([1, value])).toThrow(
        expect.objectContaining({ code: 'invalid_preference', message: `Expected a preference to be a finite number, got \`${text}\`` }),
      );
    }
  });

  it('refuses preferences whose scaled total no longer adds up exactly in a double', () => {
    const tooPrecise = expect.objectContaining({
      code: 'preference_too_precise',
      message: 'Expected preferences to add up exactly in a double, got too many digits; round them',
    });
    expect(() => scalePreferences([1e21])).toThrow(tooPrecise);
    expect(() => scalePreferences([Number.MAX_SAFE_INTEGER, 1])).toThrow(tooPrecise);
    // Absolute values add up: negatives count as much as positives.
    expect(() => scalePreferences([-Number.MAX_SAFE_INTEGER, -1])).toThrow(tooPrecise);
    expect(() => scalePreferences([0.000001, 1e10])).toThrow(tooPrecise);
  });
});

const FLOW = { components: 1, flowComponents: 1, boundComponents: 0, searchComponents: 0, searchStates: 0 };
const BOUND = { components: 1, flowComponents: 0, boundComponents: 1, searchComponents: 0, searchStates: 0 };

describe('optimizeSeason', () => {
  it('breaks a tie between equal requests by the lower request id and gives it the lower crew id, whatever the input order', () => {
    const requests = [req('r2', 0, 2), req('r1', 0, 2), req('r0', 0, 2)];
    const crews = [crew('c1'), crew('c0')];
    const flow = run(requests, crews, [], ZERO);
    expect(planOf(flow)).toEqual({ r0: 'c0', r1: 'c1' });
    expect(flow.stats).toEqual(FLOW);
    expect([...flow.noCrew]).toEqual([]);
    expect(Object.fromEntries(flow.capable)).toEqual({ r0: ['c0', 'c1'], r1: ['c0', 'c1'], r2: ['c0', 'c1'] });
    const search = run(requests, crews, [], ZERO, true);
    expect(planOf(search)).toEqual({ r0: 'c0', r1: 'c1' });
    // Memo, alike crews sharing a key: (0, both free); (1, both free | one busy); (2, both free | one busy | both busy).
    expect(search.stats).toEqual({ components: 1, flowComponents: 0, boundComponents: 0, searchComponents: 1, searchStates: 6 });
  });

  it('prefers the higher preference over the lower id when only one request fits', () => {
    const requests = [req('r0', 0, 2, 'Paris', 1, 1), req('r1', 1, 3, 'Paris', 1, 2)];
    expect(planOf(run(requests, [crew('c0')], [], ZERO))).toEqual({ r1: 'c0' });
    expect(planOf(run(requests, [crew('c0')], [], ZERO, true))).toEqual({ r1: 'c0' });
  });

  it('prefers covering more requests over a higher total preference', () => {
    const requests = [req('r0', 0, 2, 'Paris', 1, 1), req('r1', 2, 4, 'Paris', 1, 1), req('r2', 1, 3, 'Paris', 1, 3)];
    expect(planOf(run(requests, [crew('c0')], [], ZERO))).toEqual({ r0: 'c0', r1: 'c0' });
    expect(planOf(run(requests, [crew('c0')], [], ZERO, true))).toEqual({ r0: 'c0', r1: 'c0' });
  });

  const chain = [req('r0', 0, 2), req('r1', 2, 4), req('r2', 4, 6)];
  const touching: { name: string; buffers: Buffers; expected: Record<string, string> }[] = [
    { name: 'touching requests all fit one crew with no buffer', buffers: ZERO, expected: { r0: 'c0', r1: 'c0', r2: 'c0' } },
    { name: 'a one-hour set-up leaves out the middle request', buffers: hours(1, 1), expected: { r0: 'c0', r2: 'c0' } },
    { name: 'a two-hour set-up still fits the first and the last exactly', buffers: hours(2, 2), expected: { r0: 'c0', r2: 'c0' } },
    { name: 'a three-hour set-up keeps only the lowest id', buffers: hours(3, 3), expected: { r0: 'c0' } },
  ];
  it('splits requests that only touch, with no buffer, into separate components', () => {
    expect(run(chain, [crew('c0')], [], ZERO).stats).toEqual({ ...FLOW, components: 3, flowComponents: 3 });
    expect(run(chain, [crew('c0')], [], hours(1, 1)).stats).toEqual(FLOW);
  });

  for (const { name, buffers, expected } of touching) {
    it(`plans one crew when ${name}`, () => {
      expect(planOf(run(chain, [crew('c0')], [], buffers))).toEqual(expected);
      expect(planOf(run(chain, [crew('c0')], [], buffers, true))).toEqual(expected);
    });
  }

  const cities: { name: string; requests: SlotRequest[]; expected: Record<string, string> }[] = [
    {
      name: 'another city two hours later is too close for a three-hour travel',
      requests: [req('r0', 0, 2, 'Paris'), req('r1', 4, 6, 'Lyon', 1, 3), req('r2', 3, 5, 'Paris')],
      expected: { r0: 'c0', r2: 'c0' },
    },
    {
      name: 'another city exactly three hours later fits',
      requests: [req('r0', 0, 2, 'Paris'), req('r1', 5, 7, 'Lyon', 1, 3), req('r2', 3, 5, 'Paris')],
      expected: { r0: 'c0', r1: 'c0' },
    },
    {
      name: 'an unknown city takes the travel buffer',
      requests: [req('r0', 0, 2, null), req('r1', 3, 5, 'Paris'), req('r2', 5, 7, null)],
      expected: { r0: 'c0', r2: 'c0' },
    },
  ];
  for (const { name, requests, expected } of cities) {
    it(`plans one crew across two cities when ${name}`, () => {
      expect(planOf(run(requests, [crew('c0')], [], hours(1, 3)))).toEqual(expected);
      expect(planOf(run(requests, [crew('c0')], [], hours(1, 3), true))).toEqual(expected);
    });
  }

  it('gives each request, in start order, the lowest-id crew free for it in its city', () => {
    const sameCity = [req('r0', 0, 2, 'Paris'), req('r1', 0, 2, 'Lyon'), req('r2', 3, 5, 'Paris'), req('r3', 3, 5, 'Lyon')];
    const crews = [crew('c1'), crew('c0')];
    expect(planOf(run(sameCity, crews, [], hours(1, 3)))).toEqual({ r0: 'c0', r1: 'c1', r2: 'c0', r3: 'c1' });
    expect(planOf(run(sameCity, crews, [], hours(1, 3), true))).toEqual({ r0: 'c0', r1: 'c1', r2: 'c0', r3: 'c1' });
    const swapped = [req('r0', 0, 2, 'Paris'), req('r1', 0, 2, 'Lyon'), req('r2', 3, 5, 'Lyon'), req('r3', 3, 5, 'Paris')];
    expect(planOf(run(swapped, crews, [], hours(1, 3)))).toEqual({ r0: 'c0', r1: 'c1', r2: 'c1', r3: 'c0' });
    expect(planOf(run(swapped, crews, [], hours(1, 3), true))).toEqual({ r0: 'c0', r1: 'c1', r2: 'c1', r3: 'c0' });
  });

  it('gives a request only to crews with enough cameras and reports the one no crew can film', () => {
    const requests = [req('r0', 0, 2, 'Paris', 2), req('r1', 0, 2, 'Paris', 1), req('r2', 0, 2, 'Paris', 3)];
    const crews = [crew('c0', 1), crew('c1', 2)];
    const bound = run(requests, crews, [], ZERO);
    expect(planOf(bound)).toEqual({ r0: 'c1', r1: 'c0' });
    expect([...bound.noCrew]).toEqual(['r2']);
    expect(Object.fromEntries(bound.capable)).toEqual({ r0: ['c1'], r1: ['c0', 'c1'], r2: [] });
    expect(bound.stats).toEqual(BOUND);
    const search = run(requests, crews, [], ZERO, true);
    expect(planOf(search)).toEqual({ r0: 'c1', r1: 'c0' });
    expect(search.stats).toMatchObject({ components: 1, flowComponents: 0, boundComponents: 0, searchComponents: 1 });
  });

  it("keeps the optimizer's crews when the start-order rule would give the only big crew away", () => {
    // r0 could take either crew; the start-order rule gives it c0, then r1 (3 cameras) has none left.
    const requests = [req('r0', 0, 2, 'Paris', 1), req('r1', 0, 2, 'Paris', 2)];
    const crews = [crew('c0', 2), crew('c1', 1)];
    const out = run(requests, crews, [], ZERO);
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0' });
    // The bound's plan is realized after one step back: r0 first tries c0, which leaves r1 nothing.
    expect(out.stats).toEqual(BOUND);
    expect(planOf(run(requests, crews, [], ZERO, true))).toEqual({ r0: 'c1', r1: 'c0' });
  });

  it('pins a request off a crew whose existing booking clashes, and lets a touching one through with no buffer', () => {
    const requests = [req('r0', 2, 8), req('r1', 10, 12)];
    const crews = [crew('c0'), crew('c1')];
    const bookings = [booking('c0', 0, 10)];
    const out = run(requests, crews, bookings, ZERO);
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1'], r1: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0' });
    expect(planOf(run(requests, crews, bookings, ZERO, true))).toEqual({ r0: 'c1', r1: 'c0' });
    const buffered = run(requests, crews, bookings, hours(1, 1));
    expect(Object.fromEntries(buffered.capable)).toEqual({ r0: ['c1'], r1: ['c1'] });
    expect(planOf(buffered)).toEqual({ r0: 'c1', r1: 'c1' });
    expect(buffered.stats).toEqual({ ...FLOW, components: 2, flowComponents: 2 });
  });

  it('counts a request no crew is free for as not coverable, apart from components', () => {
    const out = run([req('r0', 2, 8)], [crew('c0')], [booking('c0', 0, 10)], ZERO);
    expect(planOf(out)).toEqual({});
    expect([...out.noCrew]).toEqual(['r0']);
    expect(out.stats).toEqual({ components: 0, flowComponents: 0, boundComponents: 0, searchComponents: 0, searchStates: 0 });
  });

  it('takes two clashing bookings on one crew as one hold and still proves the plan optimal by the bound', () => {
    const requests = [req('r0', 2, 6), req('r1', 8, 10), req('r2', 5, 9)];
    const crews = [crew('c0'), crew('c1')];
    const bookings = [booking('c0', 3, 8), booking('c0', 0, 4)];
    const out = run(requests, crews, bookings, ZERO);
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1'], r1: ['c0', 'c1'], r2: ['c1'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0' });
    expect(out.stats).toEqual(BOUND);
    expect(planOf(run(requests, crews, bookings, ZERO, true))).toEqual({ r0: 'c1', r1: 'c0' });
  });
});

describe('optimizeSeason ties and keys', () => {
  it('leaves out the earlier-starting request when taking it or not reaches the same objective', () => {
    // One crew: X=r1 [0,2], Y=r0 [1,3], Z=r2 [2,4], W=r3 [3,5]. Taking r1 gives {r1, r2}, leaving it gives {r0, r3}:
    // two covered, preference 2, rank sum 3 either way; the search leaves r1 out.
    const requests = [req('r1', 0, 2), req('r0', 1, 3), req('r2', 2, 4), req('r3', 3, 5)];
    expect(planOf(run(requests, [crew('c0')], [], ZERO, true))).toEqual({ r0: 'c0', r3: 'c0' });
    const flow = run(requests, [crew('c0')], [], ZERO);
    expect(flow.assigned.size).toBe(2);
  });

  it('tells apart crew lists that would read alike without a separator (crew 12 alone, crews 1 and 2)', () => {
    // 13 crews c00..c12: only c12 has 3 cameras; c01, c02 and c12 have 2 or more. c12 is booked from 3h.
    const cameras = [1, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1, 3];
    const crews = cameras.map((n, i) => crew(`c${String(i).padStart(2, '0')}`, n));
    const requests = [req('rA', 0, 2, 'Paris', 3), req('rB', 1, 4, 'Paris', 2)];
    const out = run(requests, crews, [booking('c12', 3, 5)], ZERO);
    expect(Object.fromEntries(out.capable)).toEqual({ rA: ['c12'], rB: ['c01', 'c02'] });
    expect(planOf(out)).toEqual({ rA: 'c12', rB: 'c01' });
    expect(out.stats).toEqual(BOUND);
  });
});

describe('optimizeSeason refusals', () => {
  const three = [req('r2', 0, 2), req('r1', 0, 2), req('r0', 0, 2)];
  const two = [crew('c1'), crew('c0')];

  it('searches while fewer states than the bound are known when a new one is met, and refuses at the bound with it in the message', () => {
    // New states are met with 0, 0, 0, 1, 3 states already stored: a bound of 4 lets the search finish, 3 stops it.
    expect(planOf(optimizeSeason(three, two, [], ZERO, 4, true))).toEqual({ r0: 'c0', r1: 'c1' });
    expect(() => optimizeSeason(three, two, [], ZERO, 3, true)).toThrow(
      expect.objectContaining({
        code: 'season_plan_too_complex',
        message:
          'Expected a season whose crews differ (capacities, bookings) to need at most 3 search states, got more; plan fewer overlapping requests at once or give the crews the same capacity',
      }),
    );
  });

  it('refuses a stretch of chained overlapping requests too deep to search, naming its length', () => {
    const n = 30_000;
    const chained = Array.from({ length: n }, (_, i) => req(`r${String(i).padStart(5, '0')}`, i, i + 2));
    let caught: unknown;
    try {
      optimizeSeason(chained, [crew('c0')], [], ZERO, undefined, true);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PartnershipError);
    expect(caught).toMatchObject({
      code: 'season_plan_too_complex',
      message: `Expected a season whose crews differ (capacities, bookings) to have fewer chained overlapping requests, got ${n} in one stretch; split the season or give the crews the same capacity`,
    });
  });
});

interface Small {
  readonly requests: SlotRequest[];
  readonly crews: SlotCrew[];
  readonly bookings: SlotBooking[];
  readonly buffers: Buffers;
}

/** Dense small instances: up to 7 requests on a 12-hour grid, up to 3 crews, cities known or not. */
const smallArb = (uniform: boolean, maxRequests = 7): fc.Arbitrary<Small> =>
  fc
    .record({
      requests: fc.array(
        fc.record({
          start: fc.integer({ min: 0, max: 10 }),
          length: fc.integer({ min: 1, max: 5 }),
          city: fc.constantFrom<string | undefined>('Paris', 'Lyon', undefined),
          cameras: uniform ? fc.constant(1) : fc.integer({ min: 1, max: 2 }),
          preference: fc.constantFrom(0, 0.5, 1, 2),
        }),
        { maxLength: maxRequests },
      ),
      crewCameras: fc.array(uniform ? fc.constant(2) : fc.integer({ min: 1, max: 2 }), { minLength: 1, maxLength: 3 }),
      bookings: fc.array(
        fc.record({ crew: fc.nat(), start: fc.integer({ min: 0, max: 12 }), length: fc.integer({ min: 1, max: 4 }), city: fc.constantFrom<string | undefined>('Paris', 'Lyon', undefined) }),
        { maxLength: uniform ? 0 : 3 },
      ),
      setup: fc.integer({ min: 0, max: 2 }),
      travel: fc.integer({ min: 0, max: 3 }),
      order: fc.integer({ min: 0, max: 1 }),
    })
    .map(({ requests, crewCameras, bookings, setup, travel, order }) => {
      const crews = crewCameras.map((cameras, i) => crew(`c${i}`, cameras));
      const built = requests.map((r, i) => ({ id: `r${i}`, start: r.start * H, end: (r.start + r.length) * H, city: r.city, cameras: r.cameras, preference: r.preference }));
      return {
        requests: order === 1 ? built.reverse() : built,
        crews: order === 1 ? crews.reverse() : crews,
        bookings: bookings.map((b, i) => ({ crewId: crews[b.crew % crews.length]!.id, eventId: `b${i}`, start: b.start * H, end: (b.start + b.length) * H, city: b.city })),
        buffers: hours(setup, Math.max(setup, travel)),
      };
    });

/** The lexicographic optimum (covered, scaled preference, rank sum in id order), over every assignment. */
function exactBest(instance: Small): [number, number, number] {
  const requests = [...instance.requests].sort((a, b) => (a.id < b.id ? -1 : 1));
  const weights = scalePreferences(requests.map((r) => r.preference)).values;
  const { crews, bookings, buffers } = instance;
  const can = requests.map((r) => crews.map((c) => c.cameras >= r.cameras && bookings.every((b) => b.crewId !== c.id || !clash(b, r, buffers))));
  const onCrew: number[][] = crews.map(() => []);
  let best: [number, number, number] = [0, 0, 0];
  const visit = (i: number, covered: number, preference: number, rankSum: number): void => {
    if (i === requests.length) {
      const [c, p, s] = best;
      if (covered > c || (covered === c && (preference > p || (preference === p && rankSum < s)))) best = [covered, preference, rankSum];
      return;
    }
    visit(i + 1, covered, preference, rankSum);
    for (let c = 0; c < crews.length; c++) {
      if (!can[i]![c] || onCrew[c]!.some((o) => clash(requests[o]!, requests[i]!, buffers))) continue;
      onCrew[c]!.push(i);
      visit(i + 1, covered + 1, preference + weights[i]!, rankSum + i);
      onCrew[c]!.pop();
    }
  };
  visit(0, 0, 0, 0);
  return best;
}

/** The plan's objective, after checking that it is feasible: capacities, bookings, and no two clashing requests on a crew. */
function checkedScore(instance: Small, out: Optimized): [number, number, number] {
  const requests = [...instance.requests].sort((a, b) => (a.id < b.id ? -1 : 1));
  const weights = scalePreferences(requests.map((r) => r.preference)).values;
  let preference = 0;
  let rankSum = 0;
  requests.forEach((r, i) => {
    const crewId = out.assigned.get(r.id);
    if (crewId === undefined) return;
    const c = instance.crews.find((x) => x.id === crewId)!;
    expect(c.cameras).toBeGreaterThanOrEqual(r.cameras);
    for (const b of instance.bookings) if (b.crewId === crewId) expect(clash(b, r, instance.buffers)).toBe(false);
    requests.forEach((o, j) => {
      if (j < i && out.assigned.get(o.id) === crewId) expect(clash(o, r, instance.buffers)).toBe(false);
    });
    preference += weights[i]!;
    rankSum += i;
  });
  return [out.assigned.size, preference, rankSum];
}

describe('properties', () => {
  it('reaches the exact lexicographic optimum, rank sum included, by the flow, the bound and the search (golden: three requests, one crew)', () => {
    // One crew, r0 [0,2] and r2 [2,4] touch; r1 [1,3] overlaps both: covering r0 and r2 gives 2, preference 2, ranks 0 + 2.
    const golden: Small = { requests: [req('r0', 0, 2), req('r1', 1, 3), req('r2', 2, 4)], crews: [crew('c0')], bookings: [], buffers: ZERO };
    expect(exactBest(golden)).toEqual([2, 2, 2]);
    expect(checkedScore(golden, run(golden.requests, golden.crews, [], ZERO))).toEqual([2, 2, 2]);

    for (const uniform of [true, false]) {
      fc.assert(
        fc.property(smallArb(uniform), (instance) => {
          const best = exactBest(instance);
          for (const forceSearch of [false, true]) {
            const out = run(instance.requests, instance.crews, instance.bookings, instance.buffers, forceSearch);
            expect(checkedScore(instance, out)).toEqual(best);
          }
        }),
        { numRuns: 500 },
      );
    }
  });

  it('reaches by the flow and the bound the same objective, rank sum included, as the exact search on longer stretches (golden: two crews, two cities)', () => {
    const golden: Small = {
      requests: [req('r0', 0, 2, 'Paris'), req('r1', 0, 2, 'Lyon'), req('r2', 3, 5, 'Lyon'), req('r3', 3, 5, 'Paris')],
      crews: [crew('c0'), crew('c1')],
      bookings: [],
      buffers: hours(1, 3),
    };
    expect(checkedScore(golden, run(golden.requests, golden.crews, [], golden.buffers))).toEqual([4, 4, 6]);
    expect(checkedScore(golden, run(golden.requests, golden.crews, [], golden.buffers, true))).toEqual([4, 4, 6]);

    for (const uniform of [true, false]) {
      fc.assert(
        fc.property(smallArb(uniform, 14), (instance) => {
          const fast = run(instance.requests, instance.crews, instance.bookings, instance.buffers);
          const exact = run(instance.requests, instance.crews, instance.bookings, instance.buffers, true);
          expect(checkedScore(instance, fast)).toEqual(checkedScore(instance, exact));
        }),
        { numRuns: 300 },
      );
    }
  });
});
