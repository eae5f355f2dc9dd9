/**
 * A binary min-heap of graph nodes keyed by a cost (`_cost.ts`), for Dijkstra in the flow.
 * Entries keep the cost they were pushed with; ties go to the lower node id. No recursion.
 * @internal
 */
import { compareParts } from './_cost.js';

export class CostHeap {
  private k0: number[] = [];
  private k1: number[] = [];
  private k2: number[] = [];
  private nodes: number[] = [];

  get size(): number {
    return this.nodes.length;
  }

  private less(i: number, j: number): boolean {
    const order = compareParts(this.k0[i]!, this.k1[i]!, this.k2[i]!, this.k0[j]!, this.k1[j]!, this.k2[j]!);
    return order < 0 || (order === 0 && this.nodes[i]! < this.nodes[j]!);
  }

  private swap(i: number, j: number): void {
    for (const list of [this.k0, this.k1, this.k2, this.nodes]) {
      const t = list[i]!;
      list[i] = list[j]!;
      list[j] = t;
    }
  }

  /** Adds `node` with the cost `(c0, c1, c2)`. */
  push(c0: number, c1: number, c2: number, node: number): void {
    this.k0.push(c0);
    this.k1.push(c1);
    this.k2.push(c2);
    this.nodes.push(node);
    let i = this.nodes.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.less(i, parent)) break;
      this.swap(i, parent);
      i = parent;
    }
  }

  /** Removes and returns the node of the lowest cost; the heap must not be empty. */
  pop(): number {
    const top = this.nodes[0]!;
    const last = this.nodes.length - 1;
    this.swap(0, last);
    this.k0.pop();
    this.k1.pop();
    this.k2.pop();
    this.nodes.pop();
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < last && this.less(l, m)) m = l;
      if (r < last && this.less(r, m)) m = r;
      if (m === i) break;
      this.swap(i, m);
      i = m;
    }
    return top;
  }
}
