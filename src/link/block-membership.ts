// link: block membership. Which accounts behave like a dense block: the share of an account's
// indicator weight that lies on the block's columns (behaviour first, infrastructure second), and the
// columns a group of accounts holds mostly. Read by clustering (cluster-graph.ts) when it takes a
// block's members, splits off flagged heads and grows accepted clusters.
import type { BipartiteGraph } from './bipartite.js';
import { KIND_INDEX } from './indicators.js';

/** A template or template-at-this-hour column: shared work. */
export function isTemplateColumn(g: BipartiteGraph, c: number): boolean {
  return g.colKind[c] === KIND_INDEX.template || g.colKind[c] === KIND_INDEX.template_hour;
}

export interface MembershipOptions {
  /** Indicator kinds that are behaviour or synchrony (templates, co-activity), by kind index. */
  readonly behaviour: ArrayLike<number>;
  readonly score: (row: number) => number;
  /** Share of behaviour weight on the block's columns that makes a member (cluster-graph.ts ClusterOptions). */
  readonly memberShare: number;
  /** Own score from which an account tied by anything joins (cluster-graph.ts ClusterOptions). */
  readonly flaggedScore: number;
}

export interface BlockMembership {
  readonly kindsOf: (block: ReadonlySet<number>) => Uint8Array;
  readonly overlapShare: (r: number, block: ReadonlySet<number>, kinds: Uint8Array, behaviourOnly: boolean) => number;
  readonly joins: (r: number, block: ReadonlySet<number>, kinds?: Uint8Array) => boolean;
}

export function blockMembership(g: BipartiteGraph, o: MembershipOptions): BlockMembership {
  const behaviour = o.behaviour;
  // Share of an account's indicator weight that lies on a block's columns, counting only the kinds
  // the block has (a block without template-hour columns says nothing about an account's ones).
  // behaviourOnly: only behaviour/synchrony kinds, and at least one shared template is required.
  const kindsOf = (block: ReadonlySet<number>): Uint8Array => {
    const m = new Uint8Array(256);
    for (const c of block) m[g.colKind[c] as number] = 1;
    return m;
  };
  const overlapShare = (r: number, block: ReadonlySet<number>, kinds: Uint8Array, behaviourOnly: boolean): number => {
    let tot = 0;
    let on = 0;
    let templateHit = false;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      const k = g.colKind[c] as number;
      if (!kinds[k] || (behaviourOnly && !behaviour[k])) continue;
      const w = g.colWeight[c] as number;
      tot += w;
      if (block.has(c)) {
        on += w;
        if (isTemplateColumn(g, c)) templateHit = true;
      }
    }
    if (behaviourOnly && !templateHit) return 0;
    return tot > 0 ? on / tot : 0;
  };
  // Joins: behaves like the block; or half as much behaviour overlap plus the block's infrastructure
  // (same work through the same proxies); or already flagged and tied to the block by anything.
  const joins = (r: number, block: ReadonlySet<number>, kinds: Uint8Array = kindsOf(block)): boolean => {
    const b = overlapShare(r, block, kinds, true);
    if (b >= o.memberShare) return true;
    const all = b > 0 || o.score(r) >= o.flaggedScore ? overlapShare(r, block, kinds, false) : 0;
    return (b >= o.memberShare / 2 && all >= o.memberShare) || (o.score(r) >= o.flaggedScore && all >= o.memberShare);
  };
  return { kindsOf, overlapShare, joins };
}

/** Block columns that the core holds mostly (share ≥ minShare and share ≥ minLift × the core's share of all accounts). */
export function specificColumns(g: BipartiteGraph, cols: readonly number[], core: ReadonlySet<number>, minShare: number, minLift: number): number[] {
  const coreShare = core.size / Math.max(1, g.nRows);
  const out: number[] = [];
  for (const c of cols) {
    let k = 0;
    const from = g.colPtr[c] as number;
    const to = g.colPtr[c + 1] as number;
    for (let p = from; p < to; p++) if (core.has(g.colRows[p] as number)) k++;
    const share = k / Math.max(1, to - from);
    if (k >= 2 && share >= minShare && share >= minLift * coreShare) out.push(c);
  }
  return out;
}
