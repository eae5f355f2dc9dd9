/**
 * The season optimizer on plain structural types: which crew covers which request.
 *
 * The objective is `_cost.ts`; the parts: the time-line graph (`_timeline.ts`) and its min-cost
 * flow (`_flow.ts`, `_heap.ts`) for interchangeable crews, the flow bound and its realization
 * (`_bound.ts`) and the search (`_search.ts`) for crews that differ, and the naming of crews
 * (`_naming.ts`). See docs/crews.md for the formulation.
 * @internal
 */
import { type Cost, ZERO, add, compare, requestCost, scalePreferences } from './_cost.js';
import { REALIZE_BUDGET, flowBound, realize } from './_bound.js';
import { flowPaths } from './_flow.js';
import type { Item, SlotBooking, SlotCrew, SlotRequest } from './_item.js';
import { nameCrews, namePaths } from './_naming.js';
import { searchComponent } from './_search.js';
import type { Issues } from '../_lib/reject.js';
import { BookingIndex } from './_bookings.js';
import { type Buffers, type Span, conflicts } from './_time.js';

export type { SlotBooking, SlotCrew, SlotRequest } from './_item.js';
export { scalePreferences, sumPreferences } from './_cost.js';

/**
 * The work the search may do over a season, in states expanded, when no `budget` is given: enough
 * to prove optimal the seasons measured in docs/crews.md, and to answer 8,000 requests on 10 crews
 * of different capacities in well under a minute on a small machine.
 */
export const DEFAULT_BUDGET = 12_000_000;

/** Reads a `budget` option, recording an issue at `path` unless it is absent or a whole number of steps, at least 0. */
export function readBudget(value: unknown, path: string, issues: Issues): number | undefined {
  if (value === undefined) return undefined;
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return value;
  issues.invalid(path, 'a whole number of search steps, at least 0', value);
  return undefined;
}

/** Options of {@link optimizeSeason}. */
export interface OptimizeOptions {
  /** States the search may expand over the season (default {@link DEFAULT_BUDGET}); deterministic. */
  readonly budget?: number;
  /** `'search'` sends every component to the search (tests compare it with the flow and the bound). */
  readonly method?: 'auto' | 'search';
}

/** What the optimizer decides. */
export interface Optimized {
  /** Request id to crew id, for covered requests. */
  readonly assigned: ReadonlyMap<string, string>;
  /** Ids of requests that no crew can take (capacity, or an existing booking on every crew that has the capacity). */
  readonly noCrew: ReadonlySet<string>;
  /** For each request id, the crew ids that could take it given capacity and existing bookings. */
  readonly capable: ReadonlyMap<string, readonly string[]>;
  /** `true` when the plan is proven optimal: its cost equals the bound. */
  readonly optimal: boolean;
  /** The plan's cost (`_cost.ts`), preferences scaled by `10^decimals`. */
  readonly cost: Cost;
  /** The best cost any plan could reach: equal to `cost` when optimal. */
  readonly bound: Cost;
  /** How preferences were scaled. */
  readonly decimals: number;
  /** Where the work went, for tests and benchmarks. */
  readonly stats: {
    readonly components: number;
    readonly flowComponents: number;
    readonly boundComponents: number;
    readonly searchComponents: number;
    readonly searchSteps: number;
  };
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Decides the assignment: optimal when it can prove it within the budget, else the best found with
 * the bound. Requests and crews must have unique ids. Never throws because a season is large or hard.
 * @internal
 */
export function optimizeSeason(
  requests: readonly SlotRequest[],
  crews: readonly SlotCrew[],
  bookings: readonly SlotBooking[],
  buffers: Buffers,
  options: OptimizeOptions = {},
): Optimized {
  const budget = options.budget ?? DEFAULT_BUDGET;
  const searchOnly = options.method === 'search';
  const sortedRequests = [...requests].sort(byId);
  const sortedCrews = [...crews].sort(byId);
  const scaled = scalePreferences(sortedRequests.map((r) => r.preference));
  const held = new BookingIndex(bookings, buffers);

  const capable = new Map<string, readonly string[]>();
  const noCrew = new Set<string>();
  const items: Item[] = [];
  sortedRequests.forEach((request, index) => {
    const able: number[] = [];
    sortedCrews.forEach((crew, c) => {
      if (crew.cameras < request.cameras) return;
      if (held.anyConflict(crew.id, request)) return;
      able.push(c);
    });
    capable.set(
      request.id,
      able.map((c) => sortedCrews[c]!.id),
    );
    if (able.length === 0) noCrew.add(request.id);
    else items.push({ index, request, weight: scaled.values[index]!, crews: able, crewKey: able.join(',') });
  });

  // Components: requests farther apart than the largest buffer never compete.
  items.sort((a, b) => a.request.start - b.request.start || a.index - b.index);
  const components: Item[][] = [];
  let reach = -Infinity;
  for (const item of items) {
    const last = components[components.length - 1];
    if (last && item.request.start < reach) {
      last.push(item);
      reach = Math.max(reach, item.request.end + buffers.travel);
    } else {
      components.push([item]);
      reach = item.request.end + buffers.travel;
    }
  }

  const assigned = new Map<string, string>();
  // The counts, and `spent`: steps of the realizations and the searches, against the budget.
  const work = { components: components.length, flowComponents: 0, boundComponents: 0, searchComponents: 0, searchSteps: 0, spent: 0 };
  let cost = ZERO;
  let bound = ZERO;
  let left = items.length;
  for (const component of components) {
    const share = Math.floor(((budget - work.spent) * component.length) / left);
    left -= component.length;
    const solved = solveComponent(component, sortedCrews, held, buffers, share, searchOnly, work);
    cost = add(cost, solved.cost);
    bound = add(bound, solved.bound);
    for (const [pos, crew] of solved.plan) assigned.set(component[pos]!.request.id, sortedCrews[crew]!.id);
  }
  const named = new Map(nameCrews(items, assigned, sortedCrews, buffers));
  // A plan not proven optimal may leave out a request some crew is still free for: add it.
  if (compare(cost, bound) !== 0) cost = add(cost, fill(items, named, sortedCrews, buffers));
  return {
    assigned: named,
    noCrew,
    capable,
    optimal: compare(cost, bound) === 0,
    cost,
    bound,
    decimals: scaled.decimals,
    stats: { components: work.components, flowComponents: work.flowComponents, boundComponents: work.boundComponents, searchComponents: work.searchComponents, searchSteps: work.searchSteps },
  };
}

/**
 * Adds to `assigned`, in start order, every left-out request that a capable crew is free for (its
 * requests in the plan and its bookings, buffers included); returns the cost added.
 */
function fill(items: readonly Item[], assigned: Map<string, string>, crews: readonly SlotCrew[], buffers: Buffers): Cost {
  const onCrew = new Map<string, SlotRequest[]>();
  for (const item of items) {
    const crewId = assigned.get(item.request.id);
    if (crewId === undefined) continue;
    const list = onCrew.get(crewId);
    if (list) list.push(item.request);
    else onCrew.set(crewId, [item.request]);
  }
  let added = ZERO;
  for (const item of items) {
    if (assigned.has(item.request.id)) continue;
    const c = item.crews.find((crew) => !(onCrew.get(crews[crew]!.id) ?? []).some((other) => conflicts(other, item.request, buffers)));
    if (c === undefined) continue;
    assigned.set(item.request.id, crews[c]!.id);
    const list = onCrew.get(crews[c]!.id);
    if (list) list.push(item.request);
    else onCrew.set(crews[c]!.id, [item.request]);
    added = add(added, requestCost(item.weight, item.index));
  }
  return added;
}

/** One component: the flow when its crews are interchangeable, else the bound, its realization, or the search. */
function solveComponent(
  component: readonly Item[],
  crews: readonly SlotCrew[],
  bookings: BookingIndex<SlotBooking>,
  buffers: Buffers,
  budget: number,
  searchOnly: boolean,
  stats: { flowComponents: number; boundComponents: number; searchComponents: number; searchSteps: number; spent: number },
): { plan: Map<number, number>; cost: Cost; bound: Cost } {
  const costOf = (plan: Map<number, number>): Cost => {
    let total = ZERO;
    for (const pos of plan.keys()) total = add(total, requestCost(component[pos]!.weight, component[pos]!.index));
    return total;
  };
  const first = component[0]!;
  const crewSet = [...new Set(component.flatMap((item) => item.crews))].sort((a, b) => a - b);
  if (!searchOnly && component.every((item) => item.crewKey === first.crewKey)) {
    stats.flowComponents += 1;
    const plan = namePaths(component, flowPaths(component, first.crews.length, buffers), first.crews);
    const cost = costOf(plan);
    return { plan, cost, bound: cost };
  }
  let from = Infinity;
  let until = -Infinity;
  for (const { request } of component) {
    from = Math.min(from, request.start);
    until = Math.max(until, request.end);
  }
  // Only bookings that could meet a request of the component matter.
  const held = (c: number): readonly Span[] => bookings.within(crews[c]!.id, from - buffers.travel, until + buffers.travel);
  const relaxed = flowBound(component, crewSet, held, buffers);
  if (!searchOnly && relaxed.covered !== undefined) {
    // The realization's steps count within the component's budget too (at most REALIZE_BUDGET).
    const realized = realize(component, relaxed.covered, crewSet, buffers, Math.max(0, Math.min(REALIZE_BUDGET, budget)));
    stats.spent += realized.steps;
    budget -= realized.steps;
    const plan = realized.plan;
    if (plan) {
      stats.boundComponents += 1;
      return { plan, cost: relaxed.cost, bound: relaxed.cost };
    }
  }
  stats.searchComponents += 1;
  const searched = searchComponent(component, crewSet, buffers, budget);
  stats.searchSteps += searched.steps;
  stats.spent += searched.steps;
  const cost: Cost = searched.cost;
  return { plan: searched.plan, cost, bound: searched.exact ? cost : relaxed.cost };
}
