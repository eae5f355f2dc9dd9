/**
 * The min-cost flow on the time line (`_timeline.ts`): potentials from one pass in time order,
 * then at most k successive shortest paths with Dijkstra on reduced costs, stopping when no path
 * improves the cost; the flow is decomposed into one path per crew. Costs are compared only
 * through `_cost.ts`. Every walk is a loop: nothing recurses with the input's size.
 * @internal
 */
import { compareParts } from './_cost.js';
import { CostHeap } from './_heap.js';
import { type FlowEntry, buildTimeline } from './_timeline.js';
import type { Buffers } from './_time.js';

/** The optimal flow of `k` units, as one list of entry positions per unit, each in time order. */
export function flowPaths(entries: readonly FlowEntry[], k: number, buffers: Buffers): number[][] {
  const graph = buildTimeline(entries, k, buffers);
  const { nodeCount, first, next, to, from, cap, c0, c1, c2 } = graph;

  // Potentials: shortest paths on the DAG from the source, nodes in time order.
  const p0 = new Float64Array(nodeCount);
  const p1 = new Float64Array(nodeCount);
  const p2 = new Float64Array(nodeCount);
  const reached = new Uint8Array(nodeCount);
  reached[0] = 1;
  for (const u of graph.order) {
    if (!reached[u]) continue;
    for (let e = first[u]!; e !== -1; e = next[e]!) {
      if (cap[e]! <= 0) continue;
      const v = to[e]!;
      const d0 = p0[u]! + c0[e]!;
      const d1 = p1[u]! + c1[e]!;
      const d2 = p2[u]! + c2[e]!;
      if (!reached[v] || compareParts(d0, d1, d2, p0[v]!, p1[v]!, p2[v]!) < 0) {
        reached[v] = 1;
        p0[v] = d0;
        p1[v] = d1;
        p2[v] = d2;
      }
    }
  }

  // Successive shortest paths with Dijkstra on reduced costs (>= 0, and exact: every cost is an integer).
  const d0 = new Float64Array(nodeCount);
  const d1 = new Float64Array(nodeCount);
  const d2 = new Float64Array(nodeCount);
  const seen = new Uint8Array(nodeCount);
  const done = new Uint8Array(nodeCount);
  const via = new Int32Array(nodeCount);
  for (let unit = 0; unit < k; unit++) {
    seen.fill(0);
    done.fill(0);
    const heap = new CostHeap();
    heap.push(0, 0, 0, 0);
    seen[0] = 1;
    d0[0] = d1[0] = d2[0] = 0;
    via[0] = -1;
    while (heap.size > 0) {
      const u = heap.pop();
      if (done[u]) continue;
      done[u] = 1;
      for (let e = first[u]!; e !== -1; e = next[e]!) {
        if (cap[e]! <= 0) continue;
        const v = to[e]!;
        if (done[v]) continue;
        const n0 = d0[u]! + c0[e]! + p0[u]! - p0[v]!;
        const n1 = d1[u]! + c1[e]! + p1[u]! - p1[v]!;
        const n2 = d2[u]! + c2[e]! + p2[u]! - p2[v]!;
        if (!seen[v] || compareParts(n0, n1, n2, d0[v]!, d1[v]!, d2[v]!) < 0) {
          seen[v] = 1;
          d0[v] = n0;
          d1[v] = n1;
          d2[v] = n2;
          via[v] = e;
          heap.push(n0, n1, n2, v);
        }
      }
    }
    if (!done[1]) break;
    // The path's true cost is the sink's distance plus its potential; augment only if it improves.
    if (compareParts(d0[1]! + p0[1]! - p0[0]!, d1[1]! + p1[1]! - p1[0]!, d2[1]! + p2[1]! - p2[0]!, 0, 0, 0) >= 0) break;
    for (let v = 1; v !== 0; ) {
      const e = via[v]!;
      cap[e]! -= 1;
      cap[e ^ 1]! += 1;
      v = from[e]!;
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
  const entryOfArc = new Map<number, number>();
  graph.entryArc.forEach((e, pos) => entryOfArc.set(e, pos));
  const paths: number[][] = [];
  for (;;) {
    let e = -1;
    for (let f = first[0]!; f !== -1; f = next[f]!) if ((f & 1) === 0 && used[f]! > 0) e = f;
    if (e === -1) break;
    const path: number[] = [];
    for (let u = 0; u !== 1; ) {
      let chosen = -1;
      for (let f = first[u]!; f !== -1; f = next[f]!) {
        if ((f & 1) === 0 && used[f]! > 0) {
          chosen = f;
          break;
        }
      }
      used[chosen]! -= 1;
      const pos = entryOfArc.get(chosen);
      if (pos !== undefined) path.push(pos);
      u = to[chosen]!;
    }
    paths.push(path);
  }
  return paths;
}
