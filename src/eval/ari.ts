// eval: adjusted Rand index of two partitions of the same items (Hubert & Arabie 1985), computed from
// the pair-confusion counts as scikit-learn's adjusted_rand_score does, including its limit cases.

export interface PairCounts {
  /** Pairs together in both partitions. */
  readonly together: number;
  /** Pairs together in the prediction only (split in truth). */
  readonly falseMerge: number;
  /** Pairs together in truth only (split in the prediction). */
  readonly falseSplit: number;
  /** Pairs apart in both. */
  readonly apart: number;
}

/** Unordered pair counts of the contingency of truth[i] vs pred[i]. */
export function pairCounts(truth: readonly string[], pred: readonly string[]): PairCounts {
  if (truth.length !== pred.length) throw new RangeError('pairCounts: partitions of different lengths');
  const n = truth.length;
  const cell = new Map<string, number>();
  const rows = new Map<string, number>();
  const cols = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const t = truth[i] as string;
    const p = pred[i] as string;
    const k = JSON.stringify([t, p]);
    cell.set(k, (cell.get(k) ?? 0) + 1);
    rows.set(t, (rows.get(t) ?? 0) + 1);
    cols.set(p, (cols.get(p) ?? 0) + 1);
  }
  const c2 = (x: number): number => (x * (x - 1)) / 2;
  let together = 0;
  for (const v of cell.values()) together += c2(v);
  let sameTruth = 0;
  for (const v of rows.values()) sameTruth += c2(v);
  let samePred = 0;
  for (const v of cols.values()) samePred += c2(v);
  const falseMerge = samePred - together;
  const falseSplit = sameTruth - together;
  return { together, falseMerge, falseSplit, apart: c2(n) - together - falseMerge - falseSplit };
}

/**
 * ARI in [-0.5, 1]: 1 = identical partitions, ~0 = chance agreement. Limit cases as scikit-learn:
 * when no pair is merged or split wrongly (including n ≤ 1, or both all-singletons / both one block)
 * the partitions agree and the result is 1. Undefined (null) only for an empty item set.
 */
export function adjustedRandIndex(truth: readonly string[], pred: readonly string[]): number | null {
  if (truth.length === 0) return null;
  const { together: tp, falseMerge: fp, falseSplit: fn, apart: tn } = pairCounts(truth, pred);
  if (fn === 0 && fp === 0) return 1;
  return (2 * (tp * tn - fn * fp)) / ((tp + fn) * (fn + tn) + (tp + fp) * (fp + tn));
}
