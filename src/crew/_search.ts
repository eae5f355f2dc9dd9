/**
 * The search for a component whose crews differ (capacities, existing bookings): a dynamic
 * programme forward over the requests in start order, each left out or given to a capable crew
 * that is free after its last request (docs/crews.md, "Crews that differ: the search").
 *
 * A crew's state says only what the future can see of its last request: from which request index
 * on it is free in the same city (`a`) and in any city (`b`). It is forgotten once `b` has passed,
 * and its city dropped when no same-city request comes before `b`. Crews alike within the component
 * (able to take the same requests) are interchangeable: a layer's state is the crews' states,
 * sorted within each class of alike crews, kept in typed arrays and looked up by an integer hash,
 * with the best cost that reaches it. Layers are built in a loop: nothing recurses.
 *
 * Exact while every layer fits the budget; past it, a layer keeps only its best states (a beam),
 * and the plan is the best found, no longer proven.
 *
 * Ties: among paths of equal cost to a state, the one whose decisions come first in the order
 * (leave out, then give to the crews in canonical order), request by request, is kept; so among
 * plans of equal cost the one that leaves out the earliest-starting request it can is returned.
 * @internal
 */
import { type Cost, compareParts, requestCost } from './_cost.js';
import type { Item } from './_item.js';
import type { Buffers } from './_time.js';

/** The outcome of the search on one component. */
export interface Searched {
  /** Position in the component to crew index. */
  readonly plan: Map<number, number>;
  /** The plan's cost parts (`_cost.ts`). */
  readonly cost: Cost;
  /** `true` when no layer was cut to fit the budget: the plan is optimal. */
  readonly exact: boolean;
  /** States expanded. */
  readonly steps: number;
}

const FREE = -1;
/** What the beam counts for a crew still busy, in events covered. */
const BUSY_WEIGHT = 0.5;
const TWO32 = 4_294_967_296;
/** While a layer has fewer states than this (2^22), a rank key packs (parent, decision, state) exactly in a double. */
const RANKS = 4_194_304;

/** A growable list of integers. */
class IntList {
  data = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.data.length) {
      const bigger = new Int32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data[this.length++] = value;
  }
}

/** One layer: `count` states of `width` crew states each, their costs, and how they were reached. */
class Layer {
  vectors: Float64Array;
  c0: Float64Array;
  c1: Float64Array;
  c2: Float64Array;
  parent: Int32Array;
  decision: Int32Array;
  count = 0;
  private table: Int32Array;
  private mask: number;

  constructor(
    readonly width: number,
    capacity: number,
  ) {
    this.vectors = new Float64Array(capacity * width);
    this.c0 = new Float64Array(capacity);
    this.c1 = new Float64Array(capacity);
    this.c2 = new Float64Array(capacity);
    this.parent = new Int32Array(capacity);
    this.decision = new Int32Array(capacity);
    this.table = Layer.emptyTable(capacity);
    this.mask = this.table.length - 1;
  }

  /** An empty hash table for `capacity` states: a power of two, at least twice as large. */
  private static emptyTable(capacity: number): Int32Array {
    let size = 16;
    while (size < capacity * 2) size *= 2;
    return new Int32Array(size).fill(-1);
  }

  private grow(): void {
    const capacity = this.c0.length * 2;
    const copy = <T extends Float64Array | Int32Array>(a: T, n: number): T => {
      const b = new (a.constructor as new (n: number) => T)(n);
      b.set(a);
      return b;
    };
    this.vectors = copy(this.vectors, capacity * this.width);
    this.c0 = copy(this.c0, capacity);
    this.c1 = copy(this.c1, capacity);
    this.c2 = copy(this.c2, capacity);
    this.parent = copy(this.parent, capacity);
    this.decision = copy(this.decision, capacity);
    this.table = Layer.emptyTable(capacity);
    this.mask = this.table.length - 1;
    for (let s = 0; s < this.count; s++) {
      let h = this.hash(this.vectors, s * this.width) & this.mask;
      while (this.table[h] !== -1) h = (h + 1) & this.mask;
      this.table[h] = s;
    }
  }

  private hash(v: Float64Array, at: number): number {
    let h = 0x811c9dc5;
    for (let k = 0; k < this.width; k++) {
      const x = v[at + k]!;
      h = Math.imul(h ^ (x % TWO32 | 0), 0x01000193);
      h = Math.imul(h ^ Math.floor(x / TWO32), 0x01000193);
    }
    return (h ^ (h >>> 15)) >>> 0;
  }

  /** Keeps `v` with its cost unless the layer holds it already at an equal or better cost (the first arrival wins ties). */
  offer(v: Float64Array, k0: number, k1: number, k2: number, parent: number, decision: number): void {
    let h = this.hash(v, 0) & this.mask;
    for (;;) {
      const s = this.table[h]!;
      if (s === -1) break;
      if (this.equals(s, v)) {
        if (compareParts(k0, k1, k2, this.c0[s]!, this.c1[s]!, this.c2[s]!) < 0) this.set(s, k0, k1, k2, parent, decision);
        return;
      }
      h = (h + 1) & this.mask;
    }
    if (this.count * 2 >= this.table.length || this.count === this.c0.length) {
      this.grow();
      this.offer(v, k0, k1, k2, parent, decision);
      return;
    }
    const s = this.count++;
    this.vectors.set(v, s * this.width);
    this.set(s, k0, k1, k2, parent, decision);
    this.table[h] = s;
  }

  private equals(s: number, v: Float64Array): boolean {
    const at = s * this.width;
    for (let k = 0; k < this.width; k++) if (this.vectors[at + k] !== v[k]) return false;
    return true;
  }

  private set(s: number, k0: number, k1: number, k2: number, parent: number, decision: number): void {
    this.c0[s] = k0;
    this.c1[s] = k1;
    this.c2[s] = k2;
    this.parent[s] = parent;
    this.decision[s] = decision;
  }
}

/** Searches one component within `budget` expanded states. `crewSet`: the crews that can take one of its requests, ascending. */
export function searchComponent(component: readonly Item[], crewSet: readonly number[], buffers: Buffers, budget: number): Searched {
  const n = component.length;
  const width = n + 1;
  // Classes of alike crews (same requests they can take); positions laid out class by class.
  const profile = crewSet.map((c) => component.map((item) => (item.crews.includes(c) ? '1' : '0')).join(''));
  const classOfSlot = crewSet.map((_, i) => profile.indexOf(profile[i]!));
  const layout = crewSet.map((_, i) => i).sort((a, b) => classOfSlot[a]! - classOfSlot[b]! || a - b);
  const K = layout.length;
  const classAt = layout.map((slot) => classOfSlot[slot]!);
  const groupStart = classAt.map((c) => classAt.indexOf(c));
  const canTake = component.map((item) => layout.map((slot) => item.crews.includes(crewSet[slot]!)));

  const starts = component.map((item) => item.request.start);
  const cityNames = [...new Set(component.map((item) => item.request.city).filter((c): c is string => c !== undefined))].sort();
  const cityIndex = new Map(cityNames.map((c, i) => [c, i]));
  const cityOf = component.map((item) => (item.request.city === undefined ? -1 : cityIndex.get(item.request.city)!));
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
  // A crew state: FREE, or ((city + 1) * width + a) * width + b, city -1 meaning "any city".
  const encode = (city: number, a: number, b: number): number => ((city + 1) * width + a) * width + b;
  const normalizeOne = (i: number, state: number): number => {
    if (state === FREE || i >= n) return FREE;
    const b = state % width;
    if (b <= i) return FREE;
    const rest = (state - b) / width;
    const a = rest % width;
    const city = (rest - a) / width - 1;
    if (city < 0) return state;
    const first = nextInCity[city]![Math.max(a, i)]!;
    return first >= b ? encode(-1, b, b) : encode(city, first, b);
  };
  const stateAfter = component.map((item, l) => {
    const b = lowerBound(item.request.end + buffers.travel);
    const city = cityOf[l]!;
    return city < 0 ? encode(-1, b, b) : encode(city, lowerBound(item.request.end + buffers.setup), b);
  });
  const free = (state: number, j: number): boolean => {
    if (state === FREE) return true;
    const b = state % width;
    if (j >= b) return true;
    const rest = (state - b) / width;
    const a = rest % width;
    const city = (rest - a) / width - 1;
    return city >= 0 && cityOf[j] === city && j >= a;
  };
  /** Sorts each class's states ascending (insertion sort: classes are small). */
  const canonical = (v: Float64Array): void => {
    for (let k = 1; k < K; k++) {
      const x = v[k]!;
      let j = k - 1;
      while (j >= groupStart[k]! && v[j]! > x) {
        v[j + 1] = v[j]!;
        j -= 1;
      }
      v[j + 1] = x;
    }
  };

  const normalized = new Float64Array(K);
  const child = new Float64Array(K);
  /**
   * The programme, layer by layer. `beam`: cut each layer to the budget left, shared evenly among
   * the layers still to expand; otherwise keep every state, and give up (`undefined`) before
   * expanding past `limit` states.
   */
  const run = (limit: number, beam: boolean): { ids: number[]; parents: IntList; decisions: IntList; layer: Layer; last: number; steps: number; exact: boolean } | undefined => {
    // Every kept state's parent (a global id) and decision (-1: left out; p: given to position p).
    const parents = new IntList();
    const decisions = new IntList();
    let layer = new Layer(K, 16);
    layer.vectors.fill(FREE, 0, K);
    layer.count = 1;
    let ids = [parents.length];
    parents.push(-1);
    decisions.push(-1);
    let order = [0];
    let steps = 0;
    let exact = true;
    for (let i = 0; i < n; i++) {
      if (!beam && steps + order.length > limit) return undefined;
      // What covering this request adds, from the one objective (`_cost.ts`).
      const [d0, d1, d2] = requestCost(component[i]!.weight, component[i]!.index);
      const next = new Layer(K, Math.max(16, layer.count * 2));
      for (let r = 0; r < order.length; r++) {
        // The whole programme holds no more states than its limit: memory stays within the budget too.
        if (!beam && steps + next.count > limit) return undefined;
        const s = order[r]!;
        steps += 1;
        const at = s * K;
        const k0 = layer.c0[s]!;
        const k1 = layer.c1[s]!;
        const k2 = layer.c2[s]!;
        for (let p = 0; p < K; p++) normalized[p] = normalizeOne(i + 1, layer.vectors[at + p]!);
        child.set(normalized);
        canonical(child);
        next.offer(child, k0, k1, k2, r, -1);
        for (let p = 0; p < K; p++) {
          const state = layer.vectors[at + p]!;
          // Two alike crews in the same state lead to the same future: try the first.
          if (!canTake[i]![p] || (p > groupStart[p]! && layer.vectors[at + p - 1] === state) || !free(state, i)) continue;
          child.set(normalized);
          child[p] = normalizeOne(i + 1, stateAfter[i]!);
          canonical(child);
          next.offer(child, k0 + d0, k1 + d1, k2 + d2, r, p);
        }
      }
      // Rank order: by the parent's rank, then the decision (left out first): ties keep the earliest decisions.
      let ranked: number[];
      if (next.count < RANKS && order.length * (K + 1) < 2 ** 31) {
        // Packed in one double each and sorted as numbers: the fast path.
        const keys = new Float64Array(next.count);
        for (let t = 0; t < next.count; t++) keys[t] = (next.parent[t]! * (K + 1) + next.decision[t]! + 1) * RANKS + t;
        keys.sort();
        ranked = Array.from(keys, (key) => key % RANKS);
      } else {
        ranked = Array.from({ length: next.count }, (_, t) => t).sort((a, b) => next.parent[a]! - next.parent[b]! || next.decision[a]! - next.decision[b]!);
      }
      // The budget left, shared evenly among the layers still to expand (none after the last request).
      const remaining = n - 1 - i;
      const cap = !beam || remaining === 0 ? Infinity : Math.max(1, Math.floor((limit - steps) / remaining));
      if (ranked.length > cap) {
        exact = false;
        const rank = new Int32Array(next.count);
        ranked.forEach((t, r) => (rank[t] = r));
        // The beam ranks a state by its cost, with each crew still busy counted as half an event
        // lost: states that covered as much with crews free sooner go first (measured on a mixed
        // 4,000-request season: 2,138 covered of an optimum of 2,173, against 2,102 by cost alone).
        const busy = new Float64Array(next.count);
        for (const t of ranked) for (let q = 0; q < K; q++) if (next.vectors[t * K + q] !== FREE) busy[t]! += BUSY_WEIGHT;
        ranked = ranked
          .sort((a, b) => compareParts(next.c0[a]! + busy[a]!, next.c1[a]!, next.c2[a]!, next.c0[b]! + busy[b]!, next.c1[b]!, next.c2[b]!) || rank[a]! - rank[b]!)
          .slice(0, cap)
          .sort((a, b) => rank[a]! - rank[b]!);
      }
      const nextIds: number[] = [];
      for (const t of ranked) {
        nextIds.push(parents.length);
        parents.push(ids[next.parent[t]!]!);
        decisions.push(next.decision[t]!);
      }
      layer = next;
      order = ranked;
      ids = nextIds;
    }
    return { ids, parents, decisions, layer, last: order[0]!, steps, exact };
  };

  // First the whole programme within half the budget; past it, a beam within what is left.
  const whole = run(Math.floor(budget / 2), false);
  const spent = whole === undefined ? Math.floor(budget / 2) : 0;
  const done = whole ?? run(budget - spent, true)!;
  const { ids, parents, decisions, layer, last } = done;
  const steps = spent + done.steps;
  const exact = done.exact;

  // Past the last request every crew is free: one state. Walk back its decisions, then replay them on real crews.
  const chosen = new Int32Array(n);
  for (let id = ids[0]!, i = n - 1; i >= 0; i--) {
    chosen[i] = decisions.data[id]!;
    id = parents.data[id]!;
  }
  const plan = new Map<number, number>();
  const real = new Float64Array(K).fill(FREE); // by layout position, in real crew order within a class
  for (let i = 0; i < n; i++) {
    const p = chosen[i]!;
    if (p >= 0) {
      child.set(real);
      canonical(child);
      const value = child[p]!;
      let q = groupStart[p]!;
      while (real[q] !== value) q += 1;
      plan.set(i, crewSet[layout[q]!]!);
      real[q] = stateAfter[i]!;
    }
    for (let k = 0; k < K; k++) real[k] = normalizeOne(i + 1, real[k]!);
  }
  return { plan, cost: [layer.c0[last]!, layer.c1[last]!, layer.c2[last]!], exact, steps };
}
