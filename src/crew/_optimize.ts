/**
 * The exact season optimizer on plain structural types: which crew covers which request.
 *
 * Objective, lexicographic: most requests covered, then the highest total
 * preference, then the lowest sum of ranks of the covered requests in id order
 * (lower ids preferred). See docs/crews.md for the formulation.
 * @internal
 */
import { reject } from '../_lib/reject.js';
import { type Buffers, type Span, conflicts } from './_time.js';

/** A request the optimizer may cover. */
export interface SlotRequest extends Span {
  readonly id: string;
  readonly cameras: number;
  readonly preference: number;
}

/** A crew as the optimizer sees it. */
export interface SlotCrew {
  readonly id: string;
  readonly cameras: number;
}

/** An existing booking: the crew is held for the span. */
export interface SlotBooking extends Span {
  readonly crewId: string;
  readonly eventId: string;
}

/** What the optimizer decides. */
export interface Optimized {
  /** Request id to crew id, for covered requests. */
  readonly assigned: ReadonlyMap<string, string>;
  /** Ids of requests that no crew can take (capacity, or an existing booking on every crew that has the capacity). */
  readonly noCrew: ReadonlySet<string>;
  /** For each request id, the crew ids that could take it given capacity and existing bookings. */
  readonly capable: ReadonlyMap<string, readonly string[]>;
  /** Time spent in the flow and the search, for benchmarks. */
  readonly stats: {
    readonly components: number;
    readonly flowComponents: number;
    readonly boundComponents: number;
    readonly searchComponents: number;
    readonly searchStates: number;
  };
}

/** Upper bound on the exact search's memo, beyond which the plan refuses rather than guess. */
export const MAX_SEARCH_STATES = 2_000_000;

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Preferences as exact integers: scaled by 10^d, where d is the largest number of decimals. @internal */
export function scalePreferences(preferences: readonly number[]): { values: number[]; decimals: number } {
  const parts = preferences.map((p) => {
    if (!Number.isFinite(p)) reject('preference_not_finite', '', `Expected a preference to be a finite number, got \`${String(p)}\``);
    const text = String(Math.abs(p));
    const [mantissa = '0', exponentText] = text.split('e');
    const exponent = exponentText === undefined ? 0 : Number(exponentText);
    const [whole = '0', fraction = ''] = mantissa.split('.');
    return { negative: p < 0, digits: whole + fraction, decimals: fraction.length - exponent };
  });
  const d = Math.max(0, ...parts.map((x) => x.decimals));
  let total = 0n;
  const scaled = parts.map((x) => {
    const value = BigInt(x.digits) * 10n ** BigInt(d - x.decimals);
    total += value;
    return x.negative ? -value : value;
  });
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) {
    reject('preference_too_precise', '', 'Expected preferences to add up exactly in a double, got too many digits; round them');
  }
  return { values: scaled.map(Number), decimals: d };
}

/** A lexicographic objective value: covered (max), preference (max), rank sum (min). */
interface Score {
  covered: number;
  preference: number;
  rankSum: number;
}

function better(a: Score, b: Score): boolean {
  if (a.covered !== b.covered) return a.covered > b.covered;
  if (a.preference !== b.preference) return a.preference > b.preference;
  return a.rankSum < b.rankSum;
}

interface Item {
  readonly index: number; // rank in id order
  readonly request: SlotRequest;
  readonly weight: number; // scaled preference
  readonly crews: readonly number[]; // capable crew indexes, ascending
  readonly crewKey: string;
}

/**
 * Decides the optimal assignment. Requests and crews must have unique ids.
 * @internal
 */
export function optimizeSeason(
  requests: readonly SlotRequest[],
  crews: readonly SlotCrew[],
  bookings: readonly SlotBooking[],
  buffers: Buffers,
  maxStates = MAX_SEARCH_STATES,
  forceSearch = false,
): Optimized {
  const sortedRequests = [...requests].sort(byId);
  const sortedCrews = [...crews].sort(byId);
  const weights = scalePreferences(sortedRequests.map((r) => r.preference)).values;
  const bookingsByCrew = new Map<string, SlotBooking[]>();
  for (const b of bookings) {
    const list = bookingsByCrew.get(b.crewId);
    if (list) list.push(b);
    else bookingsByCrew.set(b.crewId, [b]);
  }

  const capable = new Map<string, readonly string[]>();
  const noCrew = new Set<string>();
  const items: Item[] = [];
  sortedRequests.forEach((request, index) => {
    const able: number[] = [];
    sortedCrews.forEach((crew, c) => {
      if (crew.cameras < request.cameras) return;
      const held = bookingsByCrew.get(crew.id);
      if (held && held.some((b) => conflicts(b, request, buffers))) return;
      able.push(c);
    });
    capable.set(
      request.id,
      able.map((c) => sortedCrews[c]!.id),
    );
    if (able.length === 0) noCrew.add(request.id);
    else items.push({ index, request, weight: weights[index]!, crews: able, crewKey: able.join(',') });
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
  const stats = { components: components.length, flowComponents: 0, boundComponents: 0, searchComponents: 0, searchStates: 0 };
  for (const component of components) {
    const first = component[0]!;
    const uniform = !forceSearch && component.every((item) => item.crewKey === first.crewKey);
    let result: Map<number, number> | undefined;
    if (uniform) {
      result = flowComponent(component, first.crews, buffers);
      stats.flowComponents += 1;
    } else {
      result = forceSearch ? undefined : boundAndRealize(component, sortedCrews, bookingsByCrew, buffers);
      if (result) stats.boundComponents += 1;
      else {
        result = searchGuarded(component, buffers, stats, maxStates);
        stats.searchComponents += 1;
      }
    }
    for (const [itemPos, crew] of result) assigned.set(component[itemPos]!.request.id, sortedCrews[crew]!.id);
  }
  return { assigned: relabel(items, assigned, sortedCrews, buffers), noCrew, capable, stats };
}

/**
 * Gives the covered requests their crews by a rule a reader can follow: in start order (then id),
 * each takes the lowest-id crew that can take it and is free after its last request. This always
 * succeeds when one city's buffer applies and crews are alike; when it cannot place every covered
 * request (city-dependent buffers, capacities, bookings), the optimizer's own assignment stays.
 */
function relabel(items: readonly Item[], assigned: ReadonlyMap<string, string>, crews: readonly SlotCrew[], buffers: Buffers): ReadonlyMap<string, string> {
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

// ---------------------------------------------------------------------------
// Min-cost flow on the time line, for a component whose crews are interchangeable.
//
// Layer G: a crew free to go to any city at time t. Layer L[c]: a crew still in
// city c, free for another event there at time t. A request r in city c is an
// arc in_r -> out_r of capacity 1 and cost (-1, -preference, +rank); in_r is
// entered from G(start) or L[c](start); out_r leads to L[c](end + setup) and to
// G(end + travel). Chains of free arcs run forward in time in every layer.
// k units of flow, one per crew, from the source to the sink.
// ---------------------------------------------------------------------------

function flowComponent(component: readonly Item[], crewIndexes: readonly number[], buffers: Buffers): Map<number, number> {
  const paths = flowPaths(component, crewIndexes.length, buffers).filter((path) => path.length > 0);
  paths.sort((a, b) => component[a[0]!]!.request.start - component[b[0]!]!.request.start || component[a[0]!]!.index - component[b[0]!]!.index);
  const result = new Map<number, number>();
  paths.forEach((path, i) => {
    for (const pos of path) result.set(pos, crewIndexes[i]!);
  });
  return result;
}

/** An arc of the flow: a request, or an existing booking that must be taken (`hold`). */
interface FlowEntry {
  readonly request: Span;
  readonly weight: number;
  readonly index: number;
  readonly hold?: boolean;
  /** The city the crew leaves from, when not the one it arrives in (a group of clashing bookings). */
  readonly leaveCity?: string | undefined;
}

const leaveCityOf = (entry: FlowEntry): string | undefined => ('leaveCity' in entry ? entry.leaveCity : entry.request.city);

/** The optimal flow of `k` units, as one list of entry positions per unit, in time order. */
function flowPaths(component: readonly FlowEntry[], k: number, buffers: Buffers): number[][] {
  // A hold outweighs every request together: the flow takes all holds first.
  const holdWeight = component.length + 1;
  // Node ids: 0 source, 1 sink, then layer nodes, then in/out per request.
  const layerNodes = new Map<string, Map<number, number>>(); // layer key -> time -> node
  let nodeCount = 2;
  const timeOf: number[] = [-Infinity, Infinity];
  const orderOf: number[] = [0, 2];
  const want = (layer: string, time: number): void => {
    let m = layerNodes.get(layer);
    if (!m) layerNodes.set(layer, (m = new Map()));
    if (!m.has(time)) m.set(time, -1);
  };
  for (const entry of component) {
    const { request } = entry;
    const leave = leaveCityOf(entry);
    want('G', request.start);
    want('G', request.end + buffers.travel);
    if (request.city !== undefined) want(`L:${request.city}`, request.start);
    if (leave !== undefined) want(`L:${leave}`, request.end + buffers.setup);
  }
  const layers = [...layerNodes.keys()].sort();
  const chains: number[][] = [];
  for (const layer of layers) {
    const m = layerNodes.get(layer)!;
    const times = [...m.keys()].sort((a, b) => a - b);
    const chain: number[] = [];
    for (const t of times) {
      m.set(t, nodeCount);
      timeOf.push(t);
      orderOf.push(0);
      chain.push(nodeCount++);
    }
    chains.push(chain);
  }
  const inNode: number[] = [];
  for (const { request } of component) {
    inNode.push(nodeCount);
    timeOf.push(request.start, request.start);
    orderOf.push(1, 2);
    nodeCount += 2;
  }

  // Arcs in flat arrays; arc e and e^1 are a pair (forward, residual).
  const head: number[] = [];
  const next: number[] = [];
  const to: number[] = [];
  const cap: number[] = [];
  const c0: number[] = [];
  const c1: number[] = [];
  const c2: number[] = [];
  const first = new Int32Array(nodeCount).fill(-1);
  const addArc = (u: number, v: number, capacity: number, k0: number, k1: number, k2: number): number => {
    const e = to.length;
    to.push(v, u);
    cap.push(capacity, 0);
    c0.push(k0, -k0);
    c1.push(k1, -k1);
    c2.push(k2, -k2);
    next.push(first[u]!, first[v]!);
    first[u] = e;
    first[v] = e + 1;
    head.push(u, v);
    return e;
  };

  const gChain = chains[layers.indexOf('G')]!;
  addArc(0, gChain[0]!, k, 0, 0, 0);
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.length; i++) addArc(chain[i]!, chain[i + 1]!, k, 0, 0, 0);
    addArc(chain[chain.length - 1]!, 1, k, 0, 0, 0);
  }
  const requestArc: number[] = [];
  component.forEach((entry, pos) => {
    const { request, weight, index, hold } = entry;
    const a = inNode[pos]!;
    const b = a + 1;
    const g = layerNodes.get('G')!;
    const leave = leaveCityOf(entry);
    addArc(g.get(request.start)!, a, 1, 0, 0, 0);
    if (request.city !== undefined) addArc(layerNodes.get(`L:${request.city}`)!.get(request.start)!, a, 1, 0, 0, 0);
    if (leave !== undefined) addArc(b, layerNodes.get(`L:${leave}`)!.get(request.end + buffers.setup)!, 1, 0, 0, 0);
    addArc(b, g.get(request.end + buffers.travel)!, 1, 0, 0, 0);
    requestArc.push(hold === true ? addArc(a, b, 1, -holdWeight, 0, 0) : addArc(a, b, 1, -1, -weight, index));
  });

  // Potentials: shortest paths on the DAG, nodes in time order (layer nodes, then in, then out).
  const order = Array.from({ length: nodeCount }, (_, i) => i).sort((x, y) => timeOf[x]! - timeOf[y]! || orderOf[x]! - orderOf[y]! || x - y);
  const p0 = new Float64Array(nodeCount);
  const p1 = new Float64Array(nodeCount);
  const p2 = new Float64Array(nodeCount);
  {
    const reached = new Uint8Array(nodeCount);
    reached[0] = 1;
    for (const u of order) {
      if (!reached[u]) continue;
      for (let e = first[u]!; e !== -1; e = next[e]!) {
        if (cap[e]! <= 0) continue;
        const v = to[e]!;
        const d0 = p0[u]! + c0[e]!;
        const d1 = p1[u]! + c1[e]!;
        const d2 = p2[u]! + c2[e]!;
        if (!reached[v] || d0 < p0[v]! || (d0 === p0[v]! && (d1 < p1[v]! || (d1 === p1[v]! && d2 < p2[v]!)))) {
          reached[v] = 1;
          p0[v] = d0;
          p1[v] = d1;
          p2[v] = d2;
        }
      }
    }
  }

  // Successive shortest paths with Dijkstra on reduced costs, at most k augmentations.
  const d0 = new Float64Array(nodeCount);
  const d1 = new Float64Array(nodeCount);
  const d2 = new Float64Array(nodeCount);
  const seen = new Uint8Array(nodeCount);
  const done = new Uint8Array(nodeCount);
  const via = new Int32Array(nodeCount);
  // Heap entries carry the distance they were pushed with; stale ones are skipped when popped.
  type Entry = readonly [number, number, number, number];
  const less = (a: Entry, b: Entry): boolean =>
    a[0] < b[0] || (a[0] === b[0] && (a[1] < b[1] || (a[1] === b[1] && (a[2] < b[2] || (a[2] === b[2] && a[3] < b[3])))));
  for (let unit = 0; unit < k; unit++) {
    seen.fill(0);
    done.fill(0);
    const heap: Entry[] = [[0, 0, 0, 0]];
    seen[0] = 1;
    d0[0] = d1[0] = d2[0] = 0;
    via[0] = -1;
    const push = (entry: Entry): void => {
      heap.push(entry);
      let i = heap.length - 1;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (!less(heap[i]!, heap[parent]!)) break;
        [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
        i = parent;
      }
    };
    const pop = (): Entry => {
      const top = heap[0]!;
      const last = heap.pop()!;
      if (heap.length > 0) {
        heap[0] = last;
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          const r = l + 1;
          let m = i;
          if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
          if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
          if (m === i) break;
          [heap[i], heap[m]] = [heap[m]!, heap[i]!];
          i = m;
        }
      }
      return top;
    };
    while (heap.length > 0) {
      const u = pop()[3];
      if (done[u]) continue;
      done[u] = 1;
      for (let e = first[u]!; e !== -1; e = next[e]!) {
        if (cap[e]! <= 0) continue;
        const v = to[e]!;
        if (done[v]) continue;
        // Reduced costs are >= 0 (lexicographically) and exact: every cost is an integer.
        const n0 = d0[u]! + c0[e]! + p0[u]! - p0[v]!;
        const n1 = d1[u]! + c1[e]! + p1[u]! - p1[v]!;
        const n2 = d2[u]! + c2[e]! + p2[u]! - p2[v]!;
        if (!seen[v] || n0 < d0[v]! || (n0 === d0[v] && (n1 < d1[v]! || (n1 === d1[v] && n2 < d2[v]!)))) {
          seen[v] = 1;
          d0[v] = n0;
          d1[v] = n1;
          d2[v] = n2;
          via[v] = e;
          push([n0, n1, n2, v]);
        }
      }
    }
    if (!done[1]) break;
    // The path's true cost is the sink's distance plus its potential; augment only if it improves.
    const t0 = d0[1]! + p0[1]! - p0[0]!;
    const t1 = d1[1]! + p1[1]! - p1[0]!;
    const t2 = d2[1]! + p2[1]! - p2[0]!;
    if (!(t0 < 0 || (t0 === 0 && (t1 < 0 || (t1 === 0 && t2 < 0))))) break;
    for (let v = 1; v !== 0; ) {
      const e = via[v]!;
      cap[e]! -= 1;
      cap[e ^ 1]! += 1;
      v = head[e]!;
    }
    for (let v = 0; v < nodeCount; v++) {
      if (done[v]) {
        p0[v]! += d0[v]!;
        p1[v]! += d1[v]!;
        p2[v]! += d2[v]!;
      }
    }
  }

  // Decompose the flow into one path per unit.
  const used = new Int32Array(to.length);
  for (let e = 0; e < to.length; e += 2) used[e] = cap[e + 1]!;
  const requestOfArc = new Map<number, number>();
  requestArc.forEach((e, pos) => requestOfArc.set(e, pos));
  const paths: number[][] = [];
  for (;;) {
    let u = 0;
    let e = -1;
    for (let f = first[0]!; f !== -1; f = next[f]!) if ((f & 1) === 0 && used[f]! > 0) e = f;
    if (e === -1) break;
    const path: number[] = [];
    while (u !== 1) {
      let chosen = -1;
      for (let f = first[u]!; f !== -1; f = next[f]!) {
        if ((f & 1) === 0 && used[f]! > 0) {
          chosen = f;
          break;
        }
      }
      used[chosen]! -= 1;
      const pos = requestOfArc.get(chosen);
      if (pos !== undefined) path.push(pos);
      u = to[chosen]!;
    }
    paths.push(path);
  }
  return paths;
}

// ---------------------------------------------------------------------------
// Crews that differ, first attempt: an upper bound by the flow, then a plan
// that reaches it. The flow treats the crews as alike (capacities ignored)
// and takes every existing booking as an arc it must use: every real plan is
// such a flow, so its optimum bounds the real one. If the requests it covers
// can be given to real crews (capacities, bookings on their own crew), that
// plan is optimal. Otherwise the exact search decides.
// ---------------------------------------------------------------------------

const REALIZE_BUDGET = 200_000;

function boundAndRealize(
  component: readonly Item[],
  crews: readonly SlotCrew[],
  bookingsByCrew: ReadonlyMap<string, readonly SlotBooking[]>,
  buffers: Buffers,
): Map<number, number> | undefined {
  const crewSet = [...new Set(component.flatMap((item) => item.crews))].sort((a, b) => a - b);
  let from = Infinity;
  let until = -Infinity;
  for (const { request } of component) {
    from = Math.min(from, request.start);
    until = Math.max(until, request.end);
  }
  const holds: FlowEntry[] = [];
  for (const c of crewSet) {
    // Only bookings that could meet a request of the component matter.
    const held = (bookingsByCrew.get(crews[c]!.id) ?? []).filter((b) => b.end + buffers.travel > from && b.start < until + buffers.travel).sort((a, b) => a.start - b.start);
    // Bookings of one crew that clash (no request can fit between them) become one hold: entered
    // like the earliest, left like the one that ends last. Still a bound: it asks no more than each does.
    let group: { start: number; end: number; enter: SlotBooking; leave: SlotBooking } | undefined;
    const close = (): void => {
      if (group) holds.push({ request: { start: group.start, end: group.end, city: group.enter.city }, weight: 0, index: 0, hold: true, leaveCity: group.leave.city });
    };
    for (const booking of held) {
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
  if (taken.filter((pos) => pos >= n).length !== holds.length) return undefined;
  const covered = taken.filter((pos) => pos < n).sort((a, b) => a - b);
  return realize(component, covered, crewSet, buffers);
}

/** Gives each covered request a real crew (depth first, best fit first), or `undefined` when it cannot within the budget. */
function realize(component: readonly Item[], covered: readonly number[], crewSet: readonly number[], buffers: Buffers): Map<number, number> | undefined {
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
      if (++steps > REALIZE_BUDGET) return undefined;
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

// ---------------------------------------------------------------------------
// Exact search for a component whose crews differ (capacities, existing
// bookings): requests in start order, each left out or given to a capable
// crew that is free after its last assignment. A crew's state says only what
// the future can see of its last request: from which request index on it is
// free for the same city (`a`), and for any city (`b`); it is forgotten once
// `b` has passed, and its city is dropped when no same-city request comes
// before `b`. Crews alike within the component are interchangeable in the
// memo key. Memoized on (request index, crew states).
// ---------------------------------------------------------------------------

/** The exact search, refusing (never guessing) when the component is too deep for the call stack. */
function searchGuarded(component: readonly Item[], buffers: Buffers, stats: { searchStates: number }, maxStates: number): Map<number, number> {
  try {
    return searchComponent(component, buffers, stats, maxStates);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    reject(
      'season_plan_too_complex',
      '',
      `Expected a season whose crews differ (capacities, bookings) to have fewer chained overlapping requests, got ${component.length} in one stretch; split the season or give the crews the same capacity`,
    );
  }
}

function searchComponent(component: readonly Item[], buffers: Buffers, stats: { searchStates: number }, maxStates: number): Map<number, number> {
  const crewSet = [...new Set(component.flatMap((item) => item.crews))].sort((a, b) => a - b);
  const slotOf = new Map(crewSet.map((c, i) => [c, i]));
  const profile = crewSet.map((c) => component.map((item) => (item.crews.includes(c) ? '1' : '0')).join(''));
  const classOf = crewSet.map((_, i) => profile.indexOf(profile[i]!));
  const n = component.length;
  const width = n + 1;
  const starts = component.map((item) => item.request.start);
  const cityNames = [...new Set(component.map((item) => item.request.city).filter((c): c is string => c !== undefined))].sort();
  const cityOf = component.map((item) => (item.request.city === undefined ? -1 : cityNames.indexOf(item.request.city)));
  // nextInCity[c][i]: the first index >= i whose request is in city c (n when none).
  const nextInCity = cityNames.map((_, c) => {
    const next = new Int32Array(n + 1).fill(n);
    for (let i = n - 1; i >= 0; i--) next[i] = cityOf[i] === c ? i : next[i + 1]!;
    return next;
  });
  const lowerBound = (time: number): number => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < time) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  // A crew state: -1 when free; else ((city + 1) * width + a) * width + b, city -1 meaning "any".
  const FREE = -1;
  const encode = (city: number, a: number, b: number): number => ((city + 1) * width + a) * width + b;
  const normalizeOne = (i: number, state: number): number => {
    if (state === FREE) return FREE;
    const b = state % width;
    if (b <= i) return FREE;
    const rest = (state - b) / width;
    const a = rest % width;
    const city = (rest - a) / width - 1;
    if (city < 0) return state;
    const first = nextInCity[city]![Math.max(a, i)]!;
    return first >= b ? encode(-1, b, b) : encode(city, first, b);
  };
  const stateAfter = (l: number): number => {
    const request = component[l]!.request;
    const b = lowerBound(request.end + buffers.travel);
    const city = cityOf[l]!;
    return city < 0 ? encode(-1, b, b) : encode(city, lowerBound(request.end + buffers.setup), b);
  };
  const free = (state: number, j: number): boolean => {
    if (state === FREE) return true;
    const b = state % width;
    if (j >= b) return true;
    const rest = (state - b) / width;
    const a = rest % width;
    const city = (rest - a) / width - 1;
    return city >= 0 && cityOf[j] === city && j >= a;
  };
  const memo = new Map<string, Score>();
  const zero: Score = { covered: 0, preference: 0, rankSum: 0 };

  const normalize = (i: number, states: readonly number[]): number[] => states.map((state) => (i >= n ? FREE : normalizeOne(i, state)));
  const keyOf = (i: number, states: readonly number[]): string => {
    const groups = new Map<number, number[]>();
    states.forEach((state, slot) => {
      const g = groups.get(classOf[slot]!);
      if (g) g.push(state);
      else groups.set(classOf[slot]!, [state]);
    });
    return `${i}|${[...groups.values()].map((g) => g.sort((x, y) => x - y).join(',')).join(';')}`;
  };
  const options = (i: number, states: readonly number[]): number[] => {
    const slots: number[] = [];
    for (const c of component[i]!.crews) {
      const slot = slotOf.get(c)!;
      if (free(states[slot]!, i)) slots.push(slot);
    }
    return slots;
  };
  const after = (i: number, states: readonly number[], slot: number): number[] => {
    const next = [...states];
    next[slot] = stateAfter(i);
    return normalize(i + 1, next);
  };
  const best = (i: number, states: number[]): Score => {
    if (i >= n) return zero;
    const key = keyOf(i, states);
    const known = memo.get(key);
    if (known) return known;
    if (memo.size >= maxStates) {
      reject(
        'season_plan_too_complex',
        '',
        `Expected a season whose crews differ (capacities, bookings) to need at most ${maxStates} search states, got more; plan fewer overlapping requests at once or give the crews the same capacity`,
      );
    }
    let top = best(i + 1, normalize(i + 1, states));
    const item = component[i]!;
    const tried = new Set<string>();
    for (const slot of options(i, states)) {
      const next = after(i, states, slot);
      // Two alike crews in the same state lead to the same future: try one.
      const nextKey = keyOf(i + 1, next);
      if (tried.has(nextKey)) continue;
      tried.add(nextKey);
      const rest = best(i + 1, next);
      const candidate = { covered: rest.covered + 1, preference: rest.preference + item.weight, rankSum: rest.rankSum + item.index };
      if (better(candidate, top)) top = candidate;
    }
    memo.set(key, top);
    return top;
  };

  let states = crewSet.map(() => FREE);
  best(0, states);
  stats.searchStates += memo.size;
  const result = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const item = component[i]!;
    const target = best(i, states);
    const skip = best(i + 1, normalize(i + 1, states));
    let chosen = -1;
    let chosenNext = states;
    if (better(target, skip)) {
      for (const slot of options(i, states)) {
        const next = after(i, states, slot);
        const rest = best(i + 1, next);
        if (rest.covered + 1 === target.covered && rest.preference + item.weight === target.preference && rest.rankSum + item.index === target.rankSum) {
          chosen = slot;
          chosenNext = next;
          break;
        }
      }
    }
    if (chosen >= 0) {
      result.set(i, crewSet[chosen]!);
      states = chosenNext;
    } else {
      states = normalize(i + 1, states);
    }
  }
  return result;
}
