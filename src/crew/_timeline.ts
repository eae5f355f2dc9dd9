/**
 * The time-line graph the flow runs on (docs/crews.md, "Interchangeable crews").
 *
 * Layer G: a crew free to go to any city at time t. Layer L[c]: a crew still in city c, free for
 * another event there at time t. A request r in city c is an arc in_r → out_r of capacity 1 and
 * the request's cost (`_cost.ts`); in_r is entered from G(start) or L[c](start); out_r leads to
 * L[c](end + set-up) and to G(end + travel). Chains of free arcs run forward in time in every
 * layer. k units of flow, one per crew, go from the source (node 0) to the sink (node 1).
 * @internal
 */
import { type Cost, requestCost } from './_cost.js';
import type { Buffers, Span } from './_time.js';

/** An arc of the flow: a request, or an existing booking the flow must take (`hold`). */
export interface FlowEntry {
  readonly request: Span;
  /** Scaled preference. */
  readonly weight: number;
  /** Rank in id order. */
  readonly index: number;
  readonly hold?: boolean;
  /** The city the crew leaves from, when not the one it arrives in (a group of clashing bookings). */
  readonly leaveCity?: string | undefined;
}

const leaveCityOf = (entry: FlowEntry): string | undefined => ('leaveCity' in entry ? entry.leaveCity : entry.request.city);

/** The graph in flat arrays; arc e and e ^ 1 are a pair (forward, residual). */
export interface Timeline {
  readonly nodeCount: number;
  /** Nodes in time order (layer nodes, then in, then out, at equal times): the DAG's topological order. */
  readonly order: readonly number[];
  readonly first: Int32Array;
  readonly next: number[];
  readonly to: number[];
  readonly from: number[];
  readonly cap: number[];
  readonly c0: number[];
  readonly c1: number[];
  readonly c2: number[];
  /** The arc of each entry, by position. */
  readonly entryArc: readonly number[];
}

/** Builds the time line of `entries` for `k` crews. A hold costs more than every request together, so the flow takes all holds first. */
export function buildTimeline(entries: readonly FlowEntry[], k: number, buffers: Buffers): Timeline {
  const hold: Cost = [-(entries.length + 1), 0, 0];
  const layerNodes = new Map<string, Map<number, number>>(); // layer key -> time -> node
  let nodeCount = 2;
  const timeOf: number[] = [-Infinity, Infinity];
  const kindOf: number[] = [0, 2];
  const want = (layer: string, time: number): void => {
    let m = layerNodes.get(layer);
    if (!m) layerNodes.set(layer, (m = new Map()));
    if (!m.has(time)) m.set(time, -1);
  };
  for (const entry of entries) {
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
      kindOf.push(0);
      chain.push(nodeCount++);
    }
    chains.push(chain);
  }
  const inNode: number[] = [];
  for (const { request } of entries) {
    inNode.push(nodeCount);
    timeOf.push(request.start, request.start);
    kindOf.push(1, 2);
    nodeCount += 2;
  }

  const next: number[] = [];
  const to: number[] = [];
  const from: number[] = [];
  const cap: number[] = [];
  const c0: number[] = [];
  const c1: number[] = [];
  const c2: number[] = [];
  const first = new Int32Array(nodeCount).fill(-1);
  const addArc = (u: number, v: number, capacity: number, cost: Cost = [0, 0, 0]): number => {
    const e = to.length;
    to.push(v, u);
    from.push(u, v);
    cap.push(capacity, 0);
    c0.push(cost[0], -cost[0]);
    c1.push(cost[1], -cost[1]);
    c2.push(cost[2], -cost[2]);
    next.push(first[u]!, first[v]!);
    first[u] = e;
    first[v] = e + 1;
    return e;
  };

  const g = layerNodes.get('G')!;
  addArc(0, chains[layers.indexOf('G')]![0]!, k);
  for (const chain of chains) {
    for (let i = 0; i + 1 < chain.length; i++) addArc(chain[i]!, chain[i + 1]!, k);
    addArc(chain[chain.length - 1]!, 1, k);
  }
  const entryArc: number[] = [];
  entries.forEach((entry, pos) => {
    const { request } = entry;
    const a = inNode[pos]!;
    const b = a + 1;
    const leave = leaveCityOf(entry);
    addArc(g.get(request.start)!, a, 1);
    if (request.city !== undefined) addArc(layerNodes.get(`L:${request.city}`)!.get(request.start)!, a, 1);
    if (leave !== undefined) addArc(b, layerNodes.get(`L:${leave}`)!.get(request.end + buffers.setup)!, 1);
    addArc(b, g.get(request.end + buffers.travel)!, 1);
    entryArc.push(addArc(a, b, 1, entry.hold === true ? hold : requestCost(entry.weight, entry.index)));
  });

  const order = Array.from({ length: nodeCount }, (_, i) => i).sort((x, y) => timeOf[x]! - timeOf[y]! || kindOf[x]! - kindOf[y]! || x - y);
  return { nodeCount, order, first, next, to, from, cap, c0, c1, c2, entryArc };
}
