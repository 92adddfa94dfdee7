// link: LinkIndex + account scores → the account × indicator bipartite graph (rows: accounts that
// made exchanges; columns: indicator keys of their bottom-k samples, weighted by kind and rarity).
import type { AccountId } from '../schema/index.js';
import type { LinkIndex } from './link-index.js';
import { INDICATOR_KINDS, type IndicatorKind, type KindSpec } from './indicators.js';
import { type BipartiteGraph, type BuildOptions, buildBipartite } from './bipartite.js';

export interface IndexedGraph {
  readonly graph: BipartiteGraph;
  /** Row i is accountIds[i]. */
  readonly accountIds: readonly AccountId[];
  /** Column j is the indicator key colKeys[j] ("<kind>|<value>"). */
  readonly colKeys: readonly string[];
}

/**
 * Column dictionary and per-account column lists kept between builds of the same index (a streaming
 * run re-links the same, growing index at every checkpoint). Columns are never renumbered; a column
 * no account holds any more has degree 0 and is dropped by buildBipartite. An account is re-read only
 * when its sketchVersion moved. A cache, not state: a fresh build gives the same graph up to column order.
 */
interface BuildCache {
  readonly kinds: Readonly<Record<IndicatorKind, KindSpec>>;
  readonly keyIndex: Map<string, number>;
  readonly keys: string[];
  readonly keyKind: number[];
  readonly rows: Map<AccountId, { version: number; cols: Int32Array }>;
}
const caches = new WeakMap<LinkIndex, BuildCache>();

export function graphFromIndex(
  index: LinkIndex,
  prior: (id: AccountId) => number,
  kinds: Readonly<Record<IndicatorKind, KindSpec>>,
  build: BuildOptions,
  reuse = true,
): IndexedGraph {
  let cache = reuse ? caches.get(index) : undefined;
  if (!cache || cache.kinds !== kinds) {
    cache = { kinds, keyIndex: new Map(), keys: [], keyKind: [], rows: new Map() };
    if (reuse) caches.set(index, cache);
  }
  const { keyIndex, keys, keyKind, rows } = cache;
  const accountIds: AccountId[] = [];
  const rowLists: Int32Array[] = [];
  let m = 0;
  for (const a of index.accounts.values()) {
    if (a.exchanges <= 0) continue;
    let cached = rows.get(a.account_id);
    if (!cached || cached.version !== a.sketchVersion) {
      const cols: number[] = [];
      for (let k = 0; k < a.sketches.length; k++) {
        const s = a.sketches[k];
        if (!s) continue;
        for (const key of s.keys) {
          let c = keyIndex.get(key);
          if (c === undefined) {
            c = keys.length;
            keys.push(key);
            keyKind.push(k);
            keyIndex.set(key, c);
          }
          cols.push(c);
        }
      }
      cached = { version: a.sketchVersion, cols: Int32Array.from(cols) };
      rows.set(a.account_id, cached);
    }
    accountIds.push(a.account_id);
    rowLists.push(cached.cols);
    m += cached.cols.length;
  }
  const edgeRows = new Int32Array(m);
  const edgeCols = new Int32Array(m);
  let e = 0;
  for (let r = 0; r < rowLists.length; r++) {
    const cols = rowLists[r] as Int32Array;
    edgeRows.fill(r, e, e + cols.length);
    edgeCols.set(cols, e);
    e += cols.length;
  }
  const kindWeight = INDICATOR_KINDS.map((k) => kinds[k].weight);
  const colKindWeight = new Float64Array(keys.length);
  const colKind = new Uint8Array(keys.length);
  for (let j = 0; j < keys.length; j++) {
    colKind[j] = keyKind[j] as number;
    colKindWeight[j] = kindWeight[keyKind[j] as number] as number;
  }
  const rowPrior = new Float64Array(accountIds.length);
  for (let i = 0; i < accountIds.length; i++) rowPrior[i] = prior(accountIds[i] as AccountId);
  const { graph, keptCols } = buildBipartite(accountIds.length, keys.length, edgeRows, edgeCols, m, colKindWeight, colKind, rowPrior, build);
  const colKeys = Array.from(keptCols, (j) => keys[j] as string);
  return { graph, accountIds, colKeys };
}
