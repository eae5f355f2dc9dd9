/**
 * Crews that differ (capacities, existing bookings): an upper bound by the flow, then a plan that
 * reaches it when one can be found (docs/crews.md, "Crews that differ").
 *
 * The flow treats the crews as alike (capacities ignored) and takes every existing booking as an
 * arc it must use: every real plan is such a flow, so its optimum bounds the real one. If the
 * requests it covers can be given to real crews (capacities, bookings on their own crew), that plan
 * reaches the bound and is optimal.
 * @internal
 */
import { type Cost, ZERO, add, requestCost } from './_cost.js';
import { flowPaths } from './_flow.js';
import type { Item } from './_item.js';
import type { FlowEntry } from './_timeline.js';
import { type Buffers, type Span, conflicts } from './_time.js';

/** Steps the realization may take per component before the search decides. */
export const REALIZE_BUDGET = 20_000;

/** The bound of a component: the best cost any plan could reach, and the requests the relaxed flow covers. */
export interface Bound {
  readonly cost: Cost;
  /** Positions in the component, ascending; `undefined` when the flow could not take every hold (no bound then but the trivial one). */
  readonly covered: readonly number[] | undefined;
}

/**
 * The flow bound of a component. `held(slot)` gives the existing bookings of the component's crew
 * `crewSet[slot]` that could meet one of its requests (within the travel buffer), sorted by start.
 */
export function flowBound(component: readonly Item[], crewSet: readonly number[], held: (crew: number) => readonly Span[], buffers: Buffers): Bound {
  const holds: FlowEntry[] = [];
  for (const c of crewSet) {
    // Bookings of one crew that clash (no request can fit between them) become one hold: entered
    // like the earliest, left like the one that ends last. Still a bound: it asks no more than each does.
    let group: { start: number; end: number; enter: Span; leave: Span } | undefined;
    const close = (): void => {
      if (group) holds.push({ request: { start: group.start, end: group.end, city: group.enter.city }, weight: 0, index: 0, hold: true, leaveCity: group.leave.city });
    };
    for (const booking of held(c)) {
      if (group && conflicts(group.leave, booking, buffers)) {
        if (booking.end > group.end) {
          group.end = booking.end;
          group.leave = booking;
        }
      } else {
        close();
        group = { start: booking.start, end: booking.end, enter: booking, leave: booking };
      }
    }
    close();
  }
  const n = component.length;
  const taken = flowPaths([...component, ...holds], crewSet.length, buffers).flat();
  let cost = ZERO;
  const covered: number[] = [];
  for (const pos of taken) {
    if (pos >= n) continue;
    covered.push(pos);
    cost = add(cost, requestCost(component[pos]!.weight, component[pos]!.index));
  }
  // A flow that cannot take every hold cannot be a real plan: the bound is then the flow without them.
  if (taken.length - covered.length !== holds.length) {
    return { cost: flowBound(component, crewSet, () => [], buffers).cost, covered: undefined };
  }
  return { cost, covered: covered.sort((a, b) => a - b) };
}

/** Gives each covered request a real crew (depth first, best fit first), or `undefined` when it cannot within `budget` steps. */
export function realize(component: readonly Item[], covered: readonly number[], crewSet: readonly number[], buffers: Buffers, budget = REALIZE_BUDGET): Map<number, number> | undefined {
  const slotOf = new Map(crewSet.map((c, i) => [c, i]));
  const m = covered.length;
  const last = crewSet.map(() => -1);
  const failed = new Set<string>();
  // An explicit stack: per level, its key, its candidate crews, which one is tried, and what it replaced.
  const keys: string[] = [];
  const options: number[][] = [];
  const tried: number[] = [];
  const replaced: number[] = [];
  let steps = 0;
  let j = 0;
  let entering = true;
  while (j >= 0) {
    if (j === m) {
      const result = new Map<number, number>();
      for (let level = 0; level < m; level++) result.set(covered[level]!, crewSet[options[level]![tried[level]!]!]!);
      return result;
    }
    if (entering) {
      if (++steps > budget) return undefined;
      const item = component[covered[j]!]!;
      const start = item.request.start;
      keys[j] = `${j}|${last.map((l) => (l >= 0 && component[l]!.request.end + buffers.travel <= start ? -1 : l)).join(',')}`;
      const slots: number[] = [];
      if (!failed.has(keys[j]!)) {
        for (const c of item.crews) {
          const slot = slotOf.get(c)!;
          const l = last[slot]!;
          if (l < 0 || !conflicts(component[l]!.request, item.request, buffers)) slots.push(slot);
        }
        // Best fit: the crew whose last request ended latest, then the lower id.
        const endOf = (slot: number): number => (last[slot]! < 0 ? -Infinity : component[last[slot]!]!.request.end);
        slots.sort((a, b) => endOf(b) - endOf(a) || a - b);
      }
      options[j] = slots;
      tried[j] = -1;
    } else {
      last[options[j]![tried[j]!]!] = replaced[j]!; // undo the choice that failed below
    }
    tried[j]! += 1;
    if (tried[j]! < options[j]!.length) {
      const slot = options[j]![tried[j]!]!;
      replaced[j] = last[slot]!;
      last[slot] = covered[j]!;
      j += 1;
      entering = true;
    } else {
      failed.add(keys[j]!);
      j -= 1;
      entering = false;
    }
  }
  return undefined;
}
