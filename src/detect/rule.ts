// detect stage: the shared shape of most detectors: a feature compared to its cohort by a robust z
// score, gated by an absolute level (so a tight cohort cannot turn a tiny difference into evidence),
// and turned into log-odds evidence linear in z between z0 and zCap (a capped likelihood ratio).
import type { Finding } from '../schema/index.js';
import type { Cohort, Detector, Profile, ScoredFeature } from './types.js';

export interface Rule {
  /** Reason code reported in findings, e.g. 'cot_elicitation_share'. */
  readonly code: string;
  readonly feature: ScoredFeature;
  /** Which side is suspicious. */
  readonly direction: 'high' | 'low';
  /**
   * Minimum spread (robust sd) of the feature between benign accounts, in its own units. For
   * shares, the between-account spread only: the account's own sampling noise is added to it.
   */
  readonly floor: number;
  /** Absolute level the value must reach (≥ for 'high', ≤ for 'low') to count at all. */
  readonly gate: number;
  /** Log-odds per robust-z unit above z0. */
  readonly weight: number;
  /** The feature is a share of exchanges: shrink it toward the cohort median for small accounts. */
  readonly isShare?: boolean;
  /**
   * 'global' compares with all accounts instead of the cohort: for absolute content signals
   * (elicitation shares, tool harvesting, anonymizers) whose benign level does not depend on tier,
   * channel or volume, and which a cohort crowded with one campaign's accounts would otherwise hide.
   */
  readonly reference?: 'cohort' | 'global';
}

export function featureValue(p: Profile, f: ScoredFeature): number {
  if (f === 'windowMmd') return p.derived.windowMmd;
  return p.features.values[f];
}

export function evaluateRule(p: Profile, cohort: Cohort, r: Rule): Finding | undefined {
  const c = r.reference === 'global' ? cohort.global : cohort;
  const raw = featureValue(p, r.feature);
  if (!Number.isFinite(raw)) return undefined;
  const st = c.stat(r.feature);
  if (!st) return undefined;
  const o = c.options;
  const n = p.state.n;
  const v = r.isShare ? (n * raw + o.shrinkPseudoCount * st.median) / (n + o.shrinkPseudoCount) : raw;
  const passes = r.direction === 'high' ? v >= r.gate : v <= r.gate;
  if (!passes) return undefined;
  // Shares also carry the sampling noise of the account's own n (binomial around the reference
  // level, at least 2%: an elicitation classifier firing on ordinary prompts now and then), so a
  // small account needs a larger share to stand out: scale² = spread² + p0(1 − p0)/n.
  const spread = Math.max(st.scale, r.floor);
  const p0 = Math.min(0.98, Math.max(0.02, st.median));
  const scale = r.isShare ? Math.sqrt(spread * spread + (p0 * (1 - p0)) / Math.max(1, n)) : spread;
  const z = (r.direction === 'high' ? v - st.median : st.median - v) / scale;
  if (z <= o.z0) return undefined;
  const weight = r.weight * (Math.min(z, o.zCap) - o.z0);
  const pct = c.percentile(r.feature, raw);
  const detail = `${r.feature}=${round(raw)} vs ${c === cohort ? 'cohort' : 'all-accounts'} median ${round(st.median)} (robust z ${round(z)})`;
  return Number.isFinite(pct)
    ? { code: r.code, value: round(raw), percentile: round(pct, 1), weight: round(weight), detail }
    : { code: r.code, value: round(raw), weight: round(weight), detail };
}

/** A detector made of rules only. */
export function ruleDetector(id: string, version: number, cap: number, rules: readonly Rule[]): Detector {
  return {
    id,
    version,
    cap,
    detect(p, c) {
      const out: Finding[] = [];
      for (const r of rules) {
        const f = evaluateRule(p, c, r);
        if (f) out.push(f);
      }
      return out;
    },
  };
}

export function round(x: number, digits = 3): number {
  if (!Number.isFinite(x)) return x;
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}
