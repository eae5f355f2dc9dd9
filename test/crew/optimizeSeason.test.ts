import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { optimizeSeason } from '../../src/crew/_optimize.js';
import { H, type Instance, bruteForce, clash, instanceArb } from './_instances.js';

function score(instance: Instance, forceSearch: boolean, budget?: number): { covered: number; preference: number } {
  const out = optimizeSeason(instance.requests, instance.crews, instance.bookings, instance.buffers, { method: forceSearch ? 'search' : 'auto', ...(budget === undefined ? {} : { budget }) });
  const byId = new Map(instance.requests.map((r) => [r.id, r]));
  let preference = 0;
  for (const id of out.assigned.keys()) preference += Math.round(byId.get(id)!.preference * 100);
  return { covered: out.assigned.size, preference };
}

const overlapping = (n: number): Instance => ({
  requests: Array.from({ length: n }, (_, i) => ({ id: `r${i}`, start: (i % 7) * H, end: (i % 7) * H + 10 * H, city: i % 2 ? 'Paris' : 'Lyon', cameras: 1 + (i % 3), preference: 1 })),
  crews: [1, 2, 3, 1, 2, 3].map((cameras, i) => ({ id: `c${i}`, cameras })),
  bookings: [],
  buffers: { setup: H, travel: 2 * H },
  setupHours: 1,
  travelHours: 2,
});

describe('optimizeSeason', () => {
  it('answers within a small budget when crews that differ meet 40 overlapping requests, saying whether the plan is proven', () => {
    const { requests, crews, buffers } = overlapping(40);
    // Budget 50: the whole programme stops at 25 states; the beam then has 25 for 40 layers, one state
    // per layer (40 expanded), greedy in start order. Six covered, as many as the
    // bound, but the requests starting at 0 h (r0, r7, ... r35: ranks 0, 37, 6, 14, 21, 29 in id order, 107) rather than the six lowest ids (0 + ... + 5 = 15).
    const cut = optimizeSeason(requests, crews, [], buffers, { method: 'search', budget: 50 });
    expect(cut.stats.searchSteps).toBe(25 + 40);
    expect([...cut.assigned.keys()].sort()).toEqual(['r0', 'r14', 'r21', 'r28', 'r35', 'r7']);
    expect(cut.optimal).toBe(false);
    expect(cut.cost).toEqual([-6, -6, 107]);
    expect(cut.bound).toEqual([-6, -6, 15]);
    // With 2,000 steps the whole programme (991 states) fits half the budget: the lowest ids, proven.
    const exact = optimizeSeason(requests, crews, [], buffers, { method: 'search', budget: 2000 });
    expect(exact.optimal).toBe(true);
    expect(exact.cost).toEqual([-6, -6, 15]);
    expect(score(overlapping(40), false).covered).toBe(6);
  });
});

describe('properties', () => {
  it('finds the same optimum by the flow and by the exact search on interchangeable crews, up to 40 requests (golden: 6 crews, 40 overlapping requests)', () => {
    const uniform = { ...overlapping(40), requests: overlapping(40).requests.map((r) => ({ ...r, cameras: 1 })) };
    expect(score(uniform, false)).toEqual({ covered: 6, preference: 600 });
    expect(score(uniform, true)).toEqual({ covered: 6, preference: 600 });

    fc.assert(
      fc.property(instanceArb({ maxRequests: 40, maxCrews: 3, uniform: true }), (instance) => {
        expect(score(instance, true)).toEqual(score(instance, false));
      }),
      { numRuns: 300 },
    );
  });

  it('finds the same optimum through the flow bound as through the exact search when crews differ, up to 30 requests (golden: a booking on one of two crews)', () => {
    // c0 held 0-10; r0 [2,8] only fits c1; r1 [5,12] overlaps r0 and c0's hold: only one of them.
    const golden: Instance = {
      requests: [
        { id: 'r0', start: 2 * H, end: 8 * H, city: 'Paris', cameras: 1, preference: 1 },
        { id: 'r1', start: 5 * H, end: 12 * H, city: 'Paris', cameras: 1, preference: 2 },
        { id: 'r2', start: 10 * H, end: 14 * H, city: 'Paris', cameras: 1, preference: 0 },
      ],
      crews: [
        { id: 'c0', cameras: 1 },
        { id: 'c1', cameras: 1 },
      ],
      bookings: [{ crewId: 'c0', eventId: 'b0', start: 0, end: 10 * H, city: 'Paris' }],
      buffers: { setup: 0, travel: 0 },
      setupHours: 0,
      travelHours: 0,
    };
    // r2 goes to c0 after its hold; r1 (weighs 2) beats r0 for c1.
    expect(score(golden, false)).toEqual({ covered: 2, preference: 200 });
    expect(score(golden, true)).toEqual({ covered: 2, preference: 200 });

    let bounded = 0;
    fc.assert(
      fc.property(instanceArb({ maxRequests: 30, maxCrews: 4 }), (instance) => {
        const out = optimizeSeason(instance.requests, instance.crews, instance.bookings, instance.buffers);
        bounded += out.stats.boundComponents;
        expect(score(instance, false)).toEqual(score(instance, true));
      }),
      { numRuns: 300 },
    );
    expect(bounded).toBeGreaterThan(0);
  });

  it('gives a valid plan within any budget: no clash on a crew, capacities and bookings kept, every request left out blocked on each crew able to take it, and never above the optimum (golden: the 40-request instance above)', () => {
    const check = (instance: Instance, budget: number): ReturnType<typeof optimizeSeason> => {
      const { requests, crews, bookings, buffers } = instance;
      const out = optimizeSeason(requests, crews, bookings, buffers, { budget });
      const byId = new Map(requests.map((r) => [r.id, r]));
      const cameras = new Map(crews.map((c) => [c.id, c.cameras]));
      const onCrew = new Map<string, string[]>();
      for (const [requestId, crewId] of out.assigned) {
        const r = byId.get(requestId)!;
        expect(cameras.get(crewId)!).toBeGreaterThanOrEqual(r.cameras);
        for (const b of bookings) if (b.crewId === crewId) expect(clash(b, r, buffers)).toBe(false);
        for (const other of onCrew.get(crewId) ?? []) expect(clash(byId.get(other)!, r, buffers)).toBe(false);
        onCrew.set(crewId, [...(onCrew.get(crewId) ?? []), requestId]);
      }
      for (const r of requests) {
        if (out.assigned.has(r.id)) continue;
        for (const crewId of out.capable.get(r.id) ?? []) expect((onCrew.get(crewId) ?? []).some((o) => clash(byId.get(o)!, r, buffers))).toBe(true);
      }
      const best = requests.length <= 10 ? bruteForce(instance) : undefined;
      if (best) {
        const preference = [...out.assigned.keys()].reduce((sum, id) => sum + Math.round(byId.get(id)!.preference * 100), 0);
        expect(out.assigned.size <= best.covered).toBe(true);
        if (out.optimal) expect({ covered: out.assigned.size, preference }).toEqual(best);
        expect(-out.bound[0]).toBeGreaterThanOrEqual(best.covered);
      }
      return out;
    };
    // Golden: with nothing searched, the six crews take the six requests starting at 0 h, in id order
    // r0, r14, r21, r28, r35, r7 (ranks 0 + 6 + 14 + 21 + 29 + 37 = 107), as the budget-50 case above.
    const greedy = check(overlapping(40), 0);
    expect([...greedy.assigned.keys()].sort()).toEqual(['r0', 'r14', 'r21', 'r28', 'r35', 'r7']);
    expect(greedy.cost).toEqual([-6, -6, 107]);
    check(overlapping(40), 50);
    fc.assert(
      fc.property(instanceArb({ maxRequests: 10, maxCrews: 3 }), fc.integer({ min: 0, max: 40 }), (instance, budget) => {
        check(instance, budget);
      }),
      { numRuns: 300 },
    );
  });
});
