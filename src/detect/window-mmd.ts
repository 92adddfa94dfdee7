// detect stage: the window distribution test. Each account's histogram over the hashed prompt/request
// cells (profile/window-cells.ts) is compared with its cohort's bulk (coordinate-wise median of the
// members' per-group distributions, robust to a minority of attackers). MMD² with a delta kernel per
// group is Σ (p − q)²; the expected value of that under sampling, (1 − Σp²)/(n − 1), is subtracted
// (unbiased estimate; Gretton et al. 2012). Returned as the root mean over groups. Liu et al. 2026.
import { WINDOW_DIMS, WINDOW_GROUPS } from '../profile/index.js';
import type { AccountState } from '../profile/index.js';

/** Per-group distributions of one account's window histogram (NaN-free; zeros when empty). */
export function windowDistribution(s: AccountState): Float64Array {
  const out = new Float64Array(WINDOW_DIMS);
  for (const [off, size] of WINDOW_GROUPS) {
    let t = 0;
    for (let i = off; i < off + size; i++) t += s.window[i] ?? 0;
    if (t > 0) for (let i = off; i < off + size; i++) out[i] = (s.window[i] ?? 0) / t;
  }
  return out;
}

/** Coordinate-wise median of distributions, renormalised per group. */
export function baselineDistribution(ds: readonly Float64Array[]): Float64Array {
  const out = new Float64Array(WINDOW_DIMS);
  if (ds.length === 0) return out;
  const col = new Float64Array(ds.length);
  for (let i = 0; i < WINDOW_DIMS; i++) {
    for (let j = 0; j < ds.length; j++) col[j] = ds[j]![i] ?? 0;
    col.sort();
    const mid = (ds.length - 1) / 2;
    out[i] = ((col[Math.floor(mid)] ?? 0) + (col[Math.ceil(mid)] ?? 0)) / 2;
  }
  for (const [off, size] of WINDOW_GROUPS) {
    let t = 0;
    for (let i = off; i < off + size; i++) t += out[i] ?? 0;
    if (t > 0) for (let i = off; i < off + size; i++) out[i]! /= t;
  }
  return out;
}

/** Bias-corrected root-mean MMD between an account (n exchanges) and the baseline; NaN if n < 2. */
export function windowMmd(p: Float64Array, q: Float64Array, n: number): number {
  if (n < 2) return NaN;
  let total = 0;
  for (const [off, size] of WINDOW_GROUPS) {
    let d2 = 0;
    let p2 = 0;
    for (let i = off; i < off + size; i++) {
      const a = p[i] ?? 0;
      const b = q[i] ?? 0;
      d2 += (a - b) * (a - b);
      p2 += a * a;
    }
    total += Math.max(0, d2 - (1 - p2) / (n - 1));
  }
  return Math.sqrt(total / WINDOW_GROUPS.length);
}
