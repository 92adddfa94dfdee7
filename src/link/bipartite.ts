// link: the account × indicator bipartite graph in CSR form, both directions, with FRAUDAR column
// weights w_j = kindWeight / log(deg_j + c) (Hooi et al., "FRAUDAR: Bounding Graph Fraud in the Face
// of Camouflage", KDD 2016). Rows are accounts, columns indicators; no account × account projection.

export interface BipartiteGraph {
  readonly nRows: number;
  readonly nCols: number;
  /** rowPtr[i]..rowPtr[i+1] index rowCols. */
  readonly rowPtr: Int32Array;
  readonly rowCols: Int32Array;
  readonly colPtr: Int32Array;
  readonly colRows: Int32Array;
  /** Weight of every edge into column j. */
  readonly colWeight: Float64Array;
  /** Kind index of column j (for families and reporting). */
  readonly colKind: Uint8Array;
  /** Prior suspiciousness of each row (added to its marginal, FRAUDAR's node prior). */
  readonly rowPrior: Float64Array;
}

export interface BuildOptions {
  /** FRAUDAR's c in 1/log(deg + c). */
  readonly logOffset: number;
  /** Columns shared by fewer rows carry no link and are dropped. */
  readonly minColumnDegree: number;
  /**
   * Columns shared by more rows are dropped too: at 1/log(deg) they weigh almost nothing each, but
   * their deg edges cost time (an ASN of 30,000 accounts, a bucket everyone is active in).
   */
  readonly maxColumnDegree: number;
}

export const DEFAULT_BUILD_OPTIONS: BuildOptions = Object.freeze({
  logOffset: 5,
  minColumnDegree: 2,
  maxColumnDegree: 50_000,
});

/**
 * Builds the CSR graph from an edge list (row, col) with duplicate edges allowed (they are kept once
 * per row only if the caller deduplicates; sketches already do). Column kind weights are per column.
 * Returns the graph and the map from kept column to original column id.
 */
export function buildBipartite(
  nRows: number,
  nCols: number,
  edgeRows: Int32Array,
  edgeCols: Int32Array,
  edgeCount: number,
  colKindWeight: Float64Array,
  colKind: Uint8Array,
  rowPrior: Float64Array,
  o: BuildOptions = DEFAULT_BUILD_OPTIONS,
): { graph: BipartiteGraph; keptCols: Int32Array } {
  const deg = new Int32Array(nCols);
  for (let e = 0; e < edgeCount; e++) deg[edgeCols[e] as number]!++;
  const remap = new Int32Array(nCols).fill(-1);
  let kept = 0;
  for (let j = 0; j < nCols; j++) {
    const d = deg[j] as number;
    if (d >= o.minColumnDegree && d <= o.maxColumnDegree && (colKindWeight[j] as number) > 0) remap[j] = kept++;
  }
  const keptCols = new Int32Array(kept);
  for (let j = 0; j < nCols; j++) if ((remap[j] as number) >= 0) keptCols[remap[j] as number] = j;
  const rowDeg = new Int32Array(nRows);
  const colDeg = new Int32Array(kept);
  let m = 0;
  for (let e = 0; e < edgeCount; e++) {
    const c = remap[edgeCols[e] as number] as number;
    if (c < 0) continue;
    rowDeg[edgeRows[e] as number]!++;
    colDeg[c]!++;
    m++;
  }
  const rowPtr = new Int32Array(nRows + 1);
  for (let i = 0; i < nRows; i++) rowPtr[i + 1] = (rowPtr[i] as number) + (rowDeg[i] as number);
  const colPtr = new Int32Array(kept + 1);
  for (let j = 0; j < kept; j++) colPtr[j + 1] = (colPtr[j] as number) + (colDeg[j] as number);
  const rowCols = new Int32Array(m);
  const colRows = new Int32Array(m);
  const rFill = rowPtr.slice(0, nRows);
  const cFill = colPtr.slice(0, kept);
  for (let e = 0; e < edgeCount; e++) {
    const c = remap[edgeCols[e] as number] as number;
    if (c < 0) continue;
    const r = edgeRows[e] as number;
    rowCols[rFill[r]!++] = c;
    colRows[cFill[c]!++] = r;
  }
  const colWeight = new Float64Array(kept);
  const kinds = new Uint8Array(kept);
  for (let c = 0; c < kept; c++) {
    const j = keptCols[c] as number;
    colWeight[c] = (colKindWeight[j] as number) / Math.log((colDeg[c] as number) + o.logOffset);
    kinds[c] = colKind[j] as number;
  }
  return { graph: { nRows, nCols: kept, rowPtr, rowCols, colPtr, colRows, colWeight, colKind: kinds, rowPrior }, keptCols };
}

/**
 * The subgraph induced by a set of rows and the columns they share (at least minColumnDegree of the
 * given rows). Column weights keep their global rarity: a column's weight says how rare it is in the
 * whole set of accounts, not inside the subset.
 */
export function inducedSubgraph(
  g: BipartiteGraph,
  rows: ArrayLike<number>,
  minColumnDegree = 2,
): { graph: BipartiteGraph; rowIds: Int32Array; colIds: Int32Array } {
  const n = rows.length;
  const local = new Map<number, number>();
  const count = new Map<number, number>();
  for (let i = 0; i < n; i++) {
    const r = rows[i] as number;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      count.set(c, (count.get(c) ?? 0) + 1);
    }
  }
  const colIdsArr: number[] = [];
  for (const [c, k] of count) if (k >= minColumnDegree) colIdsArr.push(c);
  colIdsArr.sort((a, b) => a - b);
  colIdsArr.forEach((c, i) => local.set(c, i));
  const nc = colIdsArr.length;
  const rowPtr = new Int32Array(n + 1);
  const tmpCols: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = rows[i] as number;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const lc = local.get(g.rowCols[p] as number);
      if (lc !== undefined) tmpCols.push(lc);
    }
    rowPtr[i + 1] = tmpCols.length;
  }
  const rowCols = Int32Array.from(tmpCols);
  const colDeg = new Int32Array(nc);
  for (const c of tmpCols) colDeg[c]!++;
  const colPtr = new Int32Array(nc + 1);
  for (let j = 0; j < nc; j++) colPtr[j + 1] = (colPtr[j] as number) + (colDeg[j] as number);
  const colRows = new Int32Array(tmpCols.length);
  const fill = colPtr.slice(0, nc);
  for (let i = 0; i < n; i++) for (let p = rowPtr[i] as number; p < (rowPtr[i + 1] as number); p++) colRows[fill[rowCols[p] as number]!++] = i;
  const colWeight = new Float64Array(nc);
  const colKind = new Uint8Array(nc);
  const rowPrior = new Float64Array(n);
  for (let j = 0; j < nc; j++) {
    colWeight[j] = g.colWeight[colIdsArr[j] as number] as number;
    colKind[j] = g.colKind[colIdsArr[j] as number] as number;
  }
  for (let i = 0; i < n; i++) rowPrior[i] = g.rowPrior[rows[i] as number] as number;
  return {
    graph: { nRows: n, nCols: nc, rowPtr, rowCols, colPtr, colRows, colWeight, colKind, rowPrior },
    rowIds: Int32Array.from(rows),
    colIds: Int32Array.from(colIdsArr),
  };
}
