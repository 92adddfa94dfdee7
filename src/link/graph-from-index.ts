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

export function graphFromIndex(
  index: LinkIndex,
  prior: (id: AccountId) => number,
  kinds: Readonly<Record<IndicatorKind, KindSpec>>,
  build: BuildOptions,
): IndexedGraph {
  const accountIds: AccountId[] = [];
  const keyIndex = new Map<string, number>();
  const keys: string[] = [];
  const keyKind: number[] = [];
  let edgeRows = new Int32Array(1 << 16);
  let edgeCols = new Int32Array(1 << 16);
  let m = 0;
  for (const a of index.accounts.values()) {
    if (a.exchanges <= 0) continue;
    const r = accountIds.length;
    accountIds.push(a.account_id);
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
        if (m === edgeRows.length) {
          const nr = new Int32Array(m * 2);
          nr.set(edgeRows);
          edgeRows = nr;
          const nc = new Int32Array(m * 2);
          nc.set(edgeCols);
          edgeCols = nc;
        }
        edgeRows[m] = r;
        edgeCols[m] = c;
        m++;
      }
    }
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
