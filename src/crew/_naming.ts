/**
 * Which crew films which covered request: the rule a reader can follow, stated once.
 *
 * In start order (then id), each covered request takes the lowest-id crew that can take it and is
 * free after its last request. This always succeeds when one city's buffer applies and crews are
 * alike; when it cannot place every covered request (city-dependent buffers, capacities,
 * bookings), the optimizer's own assignment stays.
 * @internal
 */
import type { Item, SlotCrew, SlotRequest } from './_item.js';
import { type Buffers, conflicts } from './_time.js';

/** Names the crews of the covered requests by the rule above; `items` in start order. */
export function nameCrews(items: readonly Item[], assigned: ReadonlyMap<string, string>, crews: readonly SlotCrew[], buffers: Buffers): ReadonlyMap<string, string> {
  const last: (SlotRequest | undefined)[] = crews.map(() => undefined);
  const result = new Map<string, string>();
  for (const item of items) {
    if (!assigned.has(item.request.id)) continue;
    const c = item.crews.find((crew) => {
      const previous = last[crew];
      return previous === undefined || !conflicts(previous, item.request, buffers);
    });
    if (c === undefined) return assigned;
    last[c] = item.request;
    result.set(item.request.id, crews[c]!.id);
  }
  return result;
}

/** Gives the flow's crew paths to the crews in id order: the path whose first request starts first (then has the lower id) first. */
export function namePaths(component: readonly Item[], paths: readonly number[][], crewIndexes: readonly number[]): Map<number, number> {
  const sorted = paths.filter((path) => path.length > 0);
  sorted.sort((a, b) => component[a[0]!]!.request.start - component[b[0]!]!.request.start || component[a[0]!]!.index - component[b[0]!]!.index);
  const result = new Map<number, number>();
  sorted.forEach((path, i) => {
    for (const pos of path) result.set(pos, crewIndexes[i]!);
  });
  return result;
}
