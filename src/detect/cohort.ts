// detect stage: accounts → cohorts (tier × main channel × volume band, falling back to coarser
// cohorts when too small) with robust per-feature statistics (median, MAD, sorted values for
// percentiles) over the cohort's bulk. Thresholds are relative to a cohort, never global literals.
import type { FeatureName } from '../profile/index.js';
import type { Cohort, DetectOptions, FeatureStat, ScoredFeature } from './types.js';

export interface CohortMember {
  readonly n: number;
  readonly tier: string;
  readonly channel: string;
  value(f: ScoredFeature): number;
}

export function volumeBand(n: number, edges: readonly number[]): string {
  let lo = 0;
  for (const e of edges) {
    if (n < e) return `${lo}-${e - 1}`;
    lo = e;
  }
  return `${lo}+`;
}

/** Cohort keys of an account from finest to coarsest. */
export function cohortKeys(m: CohortMember, o: DetectOptions): string[] {
  const band = `volume=${volumeBand(m.n, o.volumeBands)}`;
  return [`tier=${m.tier}|channel=${m.channel}|${band}`, `channel=${m.channel}|${band}`, band, 'all'];
}

/**
 * Assigns each member the finest cohort holding at least minCohortSize accounts with enough
 * exchanges to be judged (the ones its statistics come from).
 */
export function assignCohorts(members: readonly CohortMember[], o: DetectOptions): string[] {
  const keys = members.map((m) => cohortKeys(m, o));
  const size = new Map<string, number>();
  keys.forEach((ks, i) => {
    if (members[i]!.n < o.minExchanges) return;
    for (const k of ks) size.set(k, (size.get(k) ?? 0) + 1);
  });
  return keys.map((ks) => ks.find((k) => (size.get(k) ?? 0) >= o.minCohortSize) ?? 'all');
}

export function makeCohort(key: string, members: readonly CohortMember[], o: DetectOptions, global?: Cohort): Cohort {
  // The bulk: members with enough exchanges for their shares to mean something; all if too few.
  const judged = members.filter((m) => m.n >= o.minExchanges);
  const bulk = judged.length >= Math.min(5, members.length) ? judged : members;
  const cache = new Map<ScoredFeature, FeatureStat | undefined>();
  const stat = (f: ScoredFeature): FeatureStat | undefined => {
    if (cache.has(f)) return cache.get(f);
    const vals: number[] = [];
    for (const m of bulk) {
      const v = m.value(f);
      if (Number.isFinite(v)) vals.push(v);
    }
    const st = vals.length > 0 ? robustStat(vals) : undefined;
    cache.set(f, st);
    return st;
  };
  const self: Cohort = {
    key,
    size: members.length,
    options: o,
    get global(): Cohort {
      return global ?? self;
    },
    stat,
    percentile(f, value) {
      const st = stat(f);
      if (!st || st.sorted.length === 0 || !Number.isFinite(value)) return NaN;
      return (100 * upperBound(st.sorted, value)) / st.sorted.length;
    },
  };
  return self;
}

export function robustStat(vals: number[]): FeatureStat {
  const sorted = Float64Array.from(vals).sort();
  const median = quantile(sorted, 0.5);
  const dev = Float64Array.from(sorted, (v) => Math.abs(v - median)).sort();
  // When the bulk sits on one value (MAD 0, e.g. elicitation shares that are 0 for most accounts)
  // the scale stays 0 and each rule's floor applies. The tails are not used: they are where a
  // campaign's accounts sit, and would inflate the spread that hides them.
  const scale = 1.4826 * quantile(dev, 0.5);
  return { median, scale, sorted };
}

export function quantile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return NaN;
  const pos = q * (sorted.length - 1);
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return (sorted[lo] ?? 0) + ((sorted[hi] ?? 0) - (sorted[lo] ?? 0)) * (pos - lo);
}

function upperBound(sorted: Float64Array, v: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? 0) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export type { FeatureName };
