// Exact plans of the season optimizer on small instances worked out by hand, and its exact
// lexicographic objective (covered, preference, rank sum) against a brute force.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimizeSeason, scalePreferences, type Optimized, type SlotBooking, type SlotCrew, type SlotRequest } from '../../src/crew/_optimize.js';
import type { Buffers } from '../../src/crew/_time.js';
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
  return optimizeSeason(requests, crews, bookings, buffers, { method: forceSearch ? 'search' : 'auto' });
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
        expect.objectContaining({ code: 'preference_not_finite', message: `Expected a preference to be a finite number, got \`${text}\`` }),
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

const FLOW = { components: 1, flowComponents: 1, boundComponents: 0, searchComponents: 0, searchSteps: 0 };
const BOUND = { components: 1, flowComponents: 0, boundComponents: 1, searchComponents: 0, searchSteps: 0 };

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
    expect(search.stats).toEqual({ components: 1, flowComponents: 0, boundComponents: 0, searchComponents: 1, searchSteps: 6 });
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
    expect(out.stats).toEqual({ components: 0, flowComponents: 0, boundComponents: 0, searchComponents: 0, searchSteps: 0 });
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

describe('optimizeSeason budget', () => {
  const three = [req('r2', 0, 2), req('r1', 0, 2), req('r0', 0, 2)];
  const two = [crew('c1'), crew('c0')];
  const search = (requests: SlotRequest[], crews: SlotCrew[], buffers: Buffers, budget: number): Optimized =>
    optimizeSeason(requests, crews, [], buffers, { method: 'search', budget });

  it('keeps every state while the budget, shared among the layers left, holds them, and proves the plan exact', () => {
    // Layers of 1, 2 and 3 states (both free; one busy; both busy): 6 expanded. With 6, after r0 the
    // 5 left give each of the 2 layers to come 2 states, after r1 the 3 left give the last layer 3.
    const out = search(three, two, ZERO, 6);
    expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1' });
    expect(out.optimal).toBe(true);
    expect(out.stats.searchSteps).toBe(6);
  });

  it('cuts a layer to its best states past the budget, and still proves the plan optimal when it reaches the bound', () => {
    // Budget 5: after r1, 2 states are left for the last layer but 3 are met; the beam keeps the two
    // best (both busy with r0 and r1; one busy with r0). The plan reaches the flow bound (2 covered,
    // rank sum 0 + 1): proven optimal though a layer was cut.
    for (const budget of [5, 1, 0]) {
      const out = search(three, two, ZERO, budget);
      expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1' });
      expect(out.optimal).toBe(true);
      expect(out.cost).toEqual([-2, -2, 1]);
      expect(out.bound).toEqual([-2, -2, 1]);
    }
  });

  it('returns the best plan it found with the bound, not proven, when the budget cuts away the optimum', () => {
    // One crew, r0 0-10, r1 1-2, r2 3-4, no buffer: the optimum is r1 and r2. With one state per layer
    // the beam keeps r0 (one covered beats none) and can add nothing after it.
    const requests = [req('r0', 0, 10), req('r1', 1, 2), req('r2', 3, 4)];
    const cut = search(requests, [crew('c0')], ZERO, 3);
    expect(planOf(cut)).toEqual({ r0: 'c0' });
    expect(cut.optimal).toBe(false);
    expect(cut.cost).toEqual([-1, -1, 0]);
    expect(cut.bound).toEqual([-2, -2, 3]);
    const exact = search(requests, [crew('c0')], ZERO, 100);
    expect(planOf(exact)).toEqual({ r1: 'c0', r2: 'c0' });
    expect(exact.optimal).toBe(true);
    expect(exact.bound).toEqual(exact.cost);
  });

  it('plans 8,000 chained overlapping requests by the flow and by the search under the default stack, every other one covered', () => {
    // r_i runs from i h to i + 2 h: each overlaps the next and touches the one after (no buffer).
    const n = 8_000;
    const chained = Array.from({ length: n }, (_, i) => req(`r${String(i).padStart(5, '0')}`, i, i + 2));
    const evens = Object.fromEntries(chained.filter((_, i) => i % 2 === 0).map((r) => [r.id, 'c0']));
    for (const method of ['auto', 'search'] as const) {
      const out = optimizeSeason(chained, [crew('c0')], [], ZERO, { method });
      expect(out.assigned.size).toBe(n / 2);
      expect(planOf(out)).toEqual(evens);
      expect(out.optimal).toBe(true);
    }
  });
});

const SEARCH = (searchSteps: number): Optimized['stats'] => ({ components: 1, flowComponents: 0, boundComponents: 0, searchComponents: 1, searchSteps });
/** The covered request ids, sorted. */
const coveredOf = (out: Optimized): string[] => [...out.assigned.keys()].sort();

describe('optimizeSeason crews named when the start-order pass fails', () => {
  // Set-up 1 h, travel 3 h. The pass gives r0 (Paris 1-2) c0 and r1 (Lyon 1-3) c1, then r2 (Lyon 5-11)
  // c0, which reaches Lyon just in time (2 + 3 = 5); r3 (Paris 5-6) then finds c0 busy and c1 still
  // travelling from Lyon (3 + 3 > 5). The only plan covering all four keeps each crew in its city.
  const trap = [req('r0', 1, 2, 'Paris'), req('r1', 1, 3, 'Lyon'), req('r2', 5, 11, 'Lyon'), req('r3', 5, 6, 'Paris')];

  it("gives the flow's crew paths to crews in id order, the path whose first request starts first (then has the lower id) first", () => {
    // Paths {r0, r3} and {r1, r2} both start at 1 h; the one led by r0 (the lower id) takes c0.
    const out = run(trap, [crew('c1'), crew('c0')], [], hours(1, 3));
    expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1', r2: 'c1', r3: 'c0' });
    expect(out.stats).toEqual(FLOW);
    expect(planOf(run(trap, [crew('c1'), crew('c0')], [], hours(1, 3), true))).toEqual({ r0: 'c0', r1: 'c1', r2: 'c1', r3: 'c0' });
  });

  it('gives a covered request of the bound the crew whose last request ended latest rather than an idle one', () => {
    // Set-up = travel = 2 h. r2 (2 cameras, 2-4) can only go to c1, so r0 (2-6, c0 booked 3-5) goes to c2;
    // r1 (7-12) is free for c0 (idle) and c1 (r2 ended at 4): best fit takes c1. The pass fails: it
    // first gives r0 the lower id c1, and r2 then has no crew.
    const requests = [req('r0', 2, 6), req('r1', 7, 12), req('r2', 2, 4, 'Paris', 2)];
    const crews = [crew('c0'), crew('c1', 2), crew('c2')];
    const bookings = [booking('c0', 3, 5)];
    const out = run(requests, crews, bookings, hours(2, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1', 'c2'], r1: ['c0', 'c1', 'c2'], r2: ['c1'] });
    expect(planOf(out)).toEqual({ r0: 'c2', r1: 'c1', r2: 'c1' });
    expect(out.stats).toEqual(BOUND);
    // The search goes in start order and gives each request the lowest-id crew that still reaches the optimum.
    const search = run(requests, crews, bookings, hours(2, 2), true);
    expect(planOf(search)).toEqual({ r0: 'c2', r1: 'c0', r2: 'c1' });
    expect(search.stats).toEqual(SEARCH(7));
  });

  it('measures best fit from the end of the last request, whatever its position in start order', () => {
    // Set-up 2 h; r2 and r3 need 2 cameras (c0, c2). Start order r1 (0-4), r2 (1-2), r3 (3-5), r0 (6-11).
    // r1 overlaps r2 and r3, and r2 clashes with r3 (2 + 2 > 3), so r1 goes to c1 (after a step back:
    // c0 for r1 leaves r3 no crew), r2 to c0 and r3 to c2. r0 is free for c0 (r2 ended at 2) and c1 (r1,
    // the first request, ended at 4): c1, which ended later.
    const requests = [req('r0', 6, 11), req('r1', 0, 4), req('r2', 1, 2, 'Paris', 2), req('r3', 3, 5, 'Paris', 2)];
    const out = run(requests, [crew('c0', 2), crew('c1'), crew('c2', 2)], [], hours(2, 3));
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c1', r2: 'c0', r3: 'c2' });
    expect(out.stats).toEqual(BOUND);
  });

  it('breaks a best-fit tie between idle crews by the lower crew id, stepping back when a later request has no crew', () => {
    // Set-up = travel = 2 h; c1 is booked 1-2, c2 from 14. r0 (6-10) clashes with every other request,
    // r1 (10-15) with r3 (9-10). Start order r2 (1-5: c0 or c2) -> c0; r0 -> c1 (lowest idle);
    // r3 -> c0 (r2 ended latest); r1 (c0 or c1) finds both busy, so r3 steps back to c2 and r1 takes c0.
    const requests = [req('r0', 6, 10), req('r1', 10, 15), req('r2', 1, 5), req('r3', 9, 10)];
    const crews = [crew('c0'), crew('c1'), crew('c2')];
    const bookings = [booking('c2', 14, 17), booking('c1', 1, 2)];
    const out = run(requests, crews, bookings, hours(2, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0', 'c1', 'c2'], r1: ['c0', 'c1'], r2: ['c0', 'c2'], r3: ['c0', 'c1', 'c2'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0', r2: 'c0', r3: 'c2' });
    expect(out.stats).toEqual(BOUND);
  });

  it('rebuilds the searched plan only from a choice that reaches all three criteria, not from one that matches preference and ranks alone', () => {
    // Set-up = travel = 2 h. r2 (8-13, 2 cameras, preference 0) only fits c0; r4 (6-9) overlaps it and
    // fits both. Giving r4 c0 covers one request, with preference 1 and rank sum 1, like the optimum's
    // last two criteria (r2 adds 0 to both): the search must give r4 c2.
    const requests = [req('r4', 6, 9, null), req('r2', 8, 13, 'Paris', 2, 0)];
    const out = run(requests, [crew('c2'), crew('c0', 2)], [], hours(2, 2), true);
    expect(planOf(out)).toEqual({ r2: 'c0', r4: 'c2' });
    expect(out.stats).toEqual(SEARCH(4));
  });

  it('rebuilds the searched plan only from a choice that also reaches the rank sum of the optimum', () => {
    // Travel 2 h. r0 (Paris 2-5), r1 (Lyon 2-7, 2 cameras: c0 only) and r2 (4-6) overlap pairwise: two
    // are covered. {r0, r1} has rank sum 1; giving r0 c0 first leaves only {r0, r2} (rank sum 2), with
    // the same count and preference.
    const requests = [req('r0', 2, 5), req('r1', 2, 7, 'Lyon', 2), req('r2', 4, 6, null)];
    const out = run(requests, [crew('c0', 2), crew('c1')], [], hours(0, 2), true);
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0' });
    expect(out.stats).toEqual(SEARCH(8));
  });
});

describe('optimizeSeason flow optimum', () => {
  it('covers the four requests with the lowest rank sum on two crews when a triangle of clashes keeps out one of three', () => {
    // Set-up 1 h, travel 2 h. r1 (Paris 4-8), r2 (Paris 8-11) and r3 (Lyon 6-7) clash pairwise, so at
    // most four are covered, r0 (10-13, preference 0) among them. Leaving out r3 gives ranks 0+1+2+4 = 7,
    // r2 gives 8, r1 gives 9: {r4, r2} on c0 and {r1, r0} on c1.
    const requests = [req('r0', 10, 13, null, 1, 0), req('r1', 4, 8), req('r2', 8, 11), req('r3', 6, 7, 'Lyon'), req('r4', 2, 4, null)];
    const out = run(requests, [crew('c0'), crew('c1')], [], hours(1, 2));
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c1', r2: 'c0', r4: 'c0' });
    expect(out.stats).toEqual(FLOW);
    expect(coveredOf(run(requests, [crew('c0'), crew('c1')], [], hours(1, 2), true))).toEqual(['r0', 'r1', 'r2', 'r4']);
  });

  it('covers the lower id of two overlapping requests on one crew, though the other starts first', () => {
    // r1 starts first and overlaps r0 (with no buffer, or with a 2-hour set-up): one is covered, r0 by rank.
    expect(planOf(run([req('r0', 3, 6), req('r1', 0, 5)], [crew('c0')], [], hours(0, 3)))).toEqual({ r0: 'c0' });
    expect(planOf(run([req('r0', 3, 5), req('r1', 1, 6)], [crew('c0')], [], hours(2, 2)))).toEqual({ r0: 'c0' });
  });

  it('covers the two requests worth most on two crews when three clash pairwise', () => {
    // Set-up 1 h, travel 4 h. r2 (0-3, no city) overlaps r0 (Paris 2-3, preference 0) and r1 (Paris 1-2),
    // and r1 clashes with r0 (2 + 1 > 2): r1 and r2, worth 2.
    const out = run([req('r0', 2, 3, 'Paris', 1, 0), req('r1', 1, 2), req('r2', 0, 3, null)], [crew('c0'), crew('c1')], [], hours(1, 4));
    expect(planOf(out)).toEqual({ r1: 'c1', r2: 'c0' });
    expect(out.stats).toEqual(FLOW);
  });

  it('covers all four requests on three crews when one clashes with every other', () => {
    // Set-up 0, travel 4 h. r0 (Lyon 3-8) clashes with r1 (0-1, no city: 1 + 4 > 3), r2 (Paris 9-10) and
    // r3 (8-10, no city); r2 and r3 overlap; r1 fits before either. Crews: {r1, r3}, {r0}, {r2}.
    const requests = [req('r0', 3, 8, 'Lyon', 1, 2), req('r1', 0, 1, null), req('r2', 9, 10), req('r3', 8, 10, null)];
    const out = run(requests, [crew('c0'), crew('c1'), crew('c2')], [], hours(0, 4));
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0', r2: 'c2', r3: 'c0' });
    expect(out.stats).toEqual(FLOW);
  });
});

describe('optimizeSeason bound', () => {
  it('covers three of four requests that overlap pairwise, leaving out the one worth nothing', () => {
    // Travel 2 h; c0 is booked 2-3 (no city), so r0 (4-8, no city) and r3 (Paris 4-9, preference 0) only
    // fit c1 and c2. All four overlap: three crews cover three, and leaving out r3 keeps preference 3.
    const requests = [req('r0', 4, 8, null), req('r1', 6, 7, 'Lyon'), req('r2', 6, 11), req('r3', 4, 9, 'Paris', 1, 0)];
    const out = run(requests, [crew('c0'), crew('c1'), crew('c2')], [booking('c0', 2, 3, null)], hours(0, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1', 'c2'], r1: ['c0', 'c1', 'c2'], r2: ['c0', 'c1', 'c2'], r3: ['c1', 'c2'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0', r2: 'c2' });
    expect(out.stats).toEqual(BOUND);
  });

  it('leaves out the request worth nothing among three that overlap, and gives the booked crew the one after its booking', () => {
    // Set-up 2 h, travel 3 h; c2 is booked in Paris 3-5. r0 (Paris 5-7), r1 (6-8) and r2 (4-7, preference
    // 0) overlap and only fit c0 and c1; r3 (Lyon 8-13) clashes with each of them and fits c2 (5 + 3 = 8).
    const requests = [req('r0', 5, 7), req('r1', 6, 8, null), req('r2', 4, 7, null, 1, 0), req('r3', 8, 13, 'Lyon')];
    const out = run(requests, [crew('c0'), crew('c1'), crew('c2')], [booking('c2', 3, 5)], hours(2, 3));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0', 'c1'], r1: ['c0', 'c1'], r2: ['c0', 'c1'], r3: ['c0', 'c1', 'c2'] });
    expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1', r3: 'c2' });
    expect(out.stats).toEqual(BOUND);
  });

  it('covers both requests when the booked crew takes the earlier one, as the bound proves by default', () => {
    // Set-up = travel = 1 h; c1 is booked 5-8, so r1 (3-8, preference 0) only fits c0, and r0 (0-3)
    // clashes with r1 (3 + 1 > 3): r0 goes to c1, before its booking (3 + 1 = 4).
    const requests = [req('r0', 0, 3), req('r1', 3, 8, 'Paris', 1, 0)];
    const crews = [crew('c0'), crew('c1')];
    const out = optimizeSeason(requests, crews, [booking('c1', 5, 8)], hours(1, 1));
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c0' });
    expect(out.stats).toEqual(BOUND);
  });

  it('covers every request when the only full plan is forced crew by crew, as the bound proves', () => {
    // Set-up 1 h, all in Paris. r3 (2-7) fits only c0 (c1 booked 1-3, c2 booked 5-8); r0 (6-11) overlaps
    // it and goes to c1; r1 (0-4, preference 0) overlaps r3 and goes to c2 (free until 5); r2 (0-1)
    // overlaps r1 and fits c0 before r3 (1 + 1 = 2).
    const requests = [req('r0', 6, 11), req('r1', 0, 4, 'Paris', 1, 0), req('r2', 0, 1), req('r3', 2, 7)];
    const crews = [crew('c0'), crew('c1'), crew('c2')];
    const bookings = [booking('c1', 1, 3), booking('c2', 5, 6), booking('c2', 5, 8)];
    const out = run(requests, crews, bookings, hours(1, 4));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0', 'c1'], r1: ['c0', 'c2'], r2: ['c0', 'c2'], r3: ['c0'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r1: 'c2', r2: 'c0', r3: 'c0' });
    expect(out.stats).toEqual(BOUND);
    expect(planOf(run(requests, crews, bookings, hours(1, 4), true))).toEqual({ r0: 'c1', r1: 'c2', r2: 'c0', r3: 'c0' });
  });

  it('holds a crew from the earliest to the latest of its clashing bookings, given in any order, so the bound is reached', () => {
    // Travel 2 h, set-up 0. c1 is booked 9-11 and 7-10 (no city): one hold 7-11. r0 (5-7) and r1 (6-10)
    // only fit c0 and overlap; r2 (2-4) fits both. Optimum: r2 and r0 (the lower id). Had the hold
    // started at 9, the bound would put r0 on c1 before it, r1 on c0, and no plan would reach it.
    const requests = [req('r0', 5, 7), req('r1', 6, 10), req('r2', 2, 4)];
    const crews = [crew('c0'), crew('c1')];
    const bookings = [booking('c1', 9, 11, null), booking('c1', 7, 10, null)];
    const out = run(requests, crews, bookings, hours(0, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0'], r1: ['c0'], r2: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c0', r2: 'c0' });
    expect(out.stats).toEqual(BOUND);
  });

  it('holds a crew for a booking that started with the component and ends within travel of its first request', () => {
    // Set-up 2 h, travel 3 h. c0 is booked in Lyon 2-5, like r1; r0 (Paris 4-7) and r1 only fit c1;
    // r2 (Paris 8-9) fits c0 once it has travelled (5 + 3 = 8). Optimum: r0 (lower id) on c1, r2 on c0.
    const requests = [req('r0', 4, 7), req('r1', 2, 5, 'Lyon'), req('r2', 8, 9)];
    const out = run(requests, [crew('c0'), crew('c1')], [booking('c0', 2, 5, 'Lyon')], hours(2, 3));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1'], r1: ['c1'], r2: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r2: 'c0' });
    expect(out.stats).toEqual(BOUND);
  });

  it('holds a crew for a booking that starts after the last request ends but within travel of it', () => {
    // Set-up = travel = 2 h. c1 is booked in Lyon 11-12: r0 (8-10) and r1 (8-11) clash with it and fit
    // only c0; r2 (Paris 5-7) fits c1 before it. Without the hold, the bound would cover r0 and r1.
    const requests = [req('r0', 8, 10, null), req('r1', 8, 11, null), req('r2', 5, 7)];
    const out = run(requests, [crew('c0'), crew('c1')], [booking('c1', 11, 12, 'Lyon')], hours(2, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0'], r1: ['c0'], r2: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c0', r2: 'c1' });
    expect(out.stats).toEqual(BOUND);
  });

  it('leaves a hold of clashing bookings like the one that ends last, not like the last one to start', () => {
    // Set-up 1 h, travel 3 h. c0 is booked Lyon 2-5 and Paris 3-4: one hold 2-5, left in Lyon. r0 (Lyon 1-6)
    // and r1 (Paris 6-9, 2 cameras) only fit c1 and clash (6 + 3 > 6); r2 (Paris 11-12) fits both. Left in
    // Paris at 4, the hold would let the bound give r1 to c0 and cover three.
    const requests = [req('r0', 1, 6, 'Lyon'), req('r1', 6, 9, 'Paris', 2), req('r2', 11, 12)];
    const bookings = [booking('c0', 3, 4), booking('c0', 2, 5, 'Lyon')];
    const out = run(requests, [crew('c0'), crew('c1', 2)], bookings, hours(1, 3));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1'], r1: ['c1'], r2: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c1', r2: 'c0' });
    expect(out.stats).toEqual(BOUND);
  });

  it('covers the three requests with the lowest rank sum when the bound takes a hold and three units', () => {
    // Set-up = travel = 2 h, all in Paris; c0 is booked 5-7. r0 (5-7), r1 (2-4) and r3 (5-6) clash
    // pairwise and only fit c1 and c2; r2 (0-1) fits c0 and clashes with r1 (1 + 2 > 2). Three are
    // covered: {r0, r1, r2} (ranks 0+1+2 = 3) beats {r0, r2, r3} (5) and {r1, r2, r3} (6).
    const requests = [req('r0', 5, 7), req('r1', 2, 4), req('r2', 0, 1), req('r3', 5, 6)];
    const out = run(requests, [crew('c0'), crew('c1'), crew('c2')], [booking('c0', 5, 7)], hours(2, 2));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c1', 'c2'], r1: ['c1', 'c2'], r2: ['c0', 'c1', 'c2'], r3: ['c1', 'c2'] });
    expect(planOf(out)).toEqual({ r0: 'c2', r1: 'c1', r2: 'c0' });
    expect(out.stats).toEqual(BOUND);
  });

  it('leaves a hold of clashing bookings from the city of the one that ends last', () => {
    // Set-up 1 h, travel 3 h. c1 is booked Lyon 0-4 and Paris 1-5: one hold 0-5, entered in Lyon and
    // left in Paris, so c1 can film r1 (Paris 7-12) from 6. r0 (2-7, no city) only fits c0, and clashes
    // with r1 (7 + 3 > 7). Left in Lyon, the hold would keep r1 off c1 and the plan would cover one.
    const requests = [req('r0', 2, 7, null), req('r1', 7, 12)];
    const out = run(requests, [crew('c0'), crew('c1')], [booking('c1', 1, 5), booking('c1', 0, 4, 'Lyon')], hours(1, 3));
    expect(Object.fromEntries(out.capable)).toEqual({ r0: ['c0'], r1: ['c0', 'c1'] });
    expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1' });
    expect(out.stats).toEqual(BOUND);
  });

  it('gives up realizing the bound after 20,000 steps and lets the exact search decide', () => {
    // Ten crews, c0 alone with 2 cameras, and ten requests overlapping from 1 h to 10 h: r1..r9 start at
    // 0, rB (2 cameras) at 1. The bound covers all ten; best fit gives r1 c0 (all idle, lowest id) and
    // then tries every order of r2..r9 on the other crews before rB finds c0 busy: over the budget.
    // The search keys c0 apart from the nine alike crews: at request i, c0 busy or not and how many of
    // the nine are busy, 2i + 1 states, 100 in all. It gives each request the lowest-id crew that keeps
    // rB coverable.
    const crews = [crew('c0', 2), ...Array.from({ length: 9 }, (_, i) => crew(`c${i + 1}`))];
    const requests = [...Array.from({ length: 9 }, (_, i) => req(`r${i + 1}`, 0, 10)), req('rB', 1, 10, 'Paris', 2)];
    const out = run(requests, crews, [], ZERO);
    expect(planOf(out)).toEqual({ r1: 'c1', r2: 'c2', r3: 'c3', r4: 'c4', r5: 'c5', r6: 'c6', r7: 'c7', r8: 'c8', r9: 'c9', rB: 'c0' });
    expect(out.stats).toEqual(SEARCH(100));
  });

  it('remembers a failed realization only for the same crews busy with the same requests', () => {
    // Set-up 1 h, travel 2 h. Start order r2 (Paris 0-1), r0 (Lyon 1-2), r1 (Paris 3-8, 2 cameras: c1 only).
    // r2 first takes c0, r0 then c1, and r1 finds c1 busy; after the step back r2 takes c1, r0 c0, and
    // r1 follows r2 on c1. When r1 is reached again, c1 is busy with r0 in the first try and free (r2
    // ended in time) in the second: not the same state.
    const requests = [req('r0', 1, 2, 'Lyon'), req('r1', 3, 8, 'Paris', 2), req('r2', 0, 1)];
    const out = run(requests, [crew('c0'), crew('c1', 2)], [], hours(1, 2));
    expect(planOf(out)).toEqual({ r0: 'c0', r1: 'c1', r2: 'c1' });
    expect(out.stats).toEqual(BOUND);
  });
});

describe('optimizeSeason exact search states', () => {
  it('prefers the request worth more, though the one worth less has the lower id and starts later', () => {
    // Set-up = travel = 1 h, one crew: r1 (Paris 3-6, preference 2) and r0 (Lyon 6-8) clash (6 + 1 > 6).
    // States: (0, free), (1, free), (1, busy): three.
    const out = run([req('r0', 6, 8, 'Lyon'), req('r1', 3, 6, 'Paris', 1, 2)], [crew('c0')], [], hours(1, 1), true);
    expect(planOf(out)).toEqual({ r1: 'c0' });
    expect(out.stats).toEqual(SEARCH(3));
  });

  it('forgets a crew once its travel buffer has passed and meets no new state while rebuilding the plan', () => {
    // Set-up = travel = 2 h, one crew. Start order r0 (1-4, no city), r1 (Paris 3-7), r2 (Paris 8-13):
    // r0 and r2 fit together (4 + 2 = 6), r1 clashes with both. States: (0, free), (1, free), (2, free),
    // (2, busy until the end), (1, busy until r2): five, met with 0, 0, 0, 1 and 3 stored.
    const requests = [req('r0', 1, 4, null), req('r1', 3, 7), req('r2', 8, 13)];
    const out = run(requests, [crew('c0')], [], hours(2, 2), true);
    expect(planOf(out)).toEqual({ r0: 'c0', r2: 'c0' });
    expect(out.stats).toEqual(SEARCH(5));
  });

  it('keeps a crew free for its own city only while a same-city request comes before its travel buffer ends', () => {
    // Set-up 0, travel 4 h, one crew. Start order r7 (Lyon 1-2), r6 (3-4, no city), r2 (4-9, no city):
    // every pair clashes, so the lowest id, r2, is covered. After r7 the crew is free from r6 on in Lyon
    // but no Lyon request comes before its travel ends: the state drops the city. Five states.
    const requests = [req('r2', 4, 9, null), req('r6', 3, 4, null), req('r7', 1, 2, 'Lyon')];
    const out = run(requests, [crew('c0')], [], hours(0, 4), true);
    expect(planOf(out)).toEqual({ r2: 'c0' });
    expect(out.stats).toEqual(SEARCH(5));
  });

  it('lets a crew still in a city take a request there, and only there, before its travel buffer ends', () => {
    // Set-up 0, travel 4 h, one crew. r7 (Lyon 1-2) then r5 (Lyon 5-9, preference 0) fit; r6 (3-4, no
    // city) clashes with both. Covering r7 and r5 beats r6 alone.
    const requests = [req('r5', 5, 9, 'Lyon', 1, 0), req('r6', 3, 4, null), req('r7', 1, 2, 'Lyon')];
    const out = run(requests, [crew('c0')], [], hours(0, 4), true);
    expect(planOf(out)).toEqual({ r5: 'c0', r7: 'c0' });
    expect(out.stats).toEqual(SEARCH(6));
    expect(planOf(run(requests, [crew('c0')], [], hours(0, 4)))).toEqual({ r5: 'c0', r7: 'c0' });
  });

  it('keeps crews that can take different requests apart in the memo key', () => {
    // Set-up 0, travel 3 h. c1 (2 cameras, booked Paris 9-13) and c0 (1 camera). r4 (Paris 0-2) fits
    // both, r1 (Lyon 4-5, 2 cameras) only c1, r7 (Paris 7-12) only c0. All three: r4 on c0, r1 on c1,
    // r7 on c0. r4 on c0 and r4 on c1 lead to different states: six in all.
    const requests = [req('r7', 7, 12, 'Paris', 1, 0), req('r4', 0, 2), req('r1', 4, 5, 'Lyon', 2, 0)];
    const crews = [crew('c1', 2), crew('c0')];
    const out = run(requests, crews, [booking('c1', 9, 13)], hours(0, 3), true);
    expect(Object.fromEntries(out.capable)).toEqual({ r1: ['c1'], r4: ['c0', 'c1'], r7: ['c0'] });
    expect(planOf(out)).toEqual({ r1: 'c1', r4: 'c0', r7: 'c0' });
    expect(out.stats).toEqual(SEARCH(6));
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
