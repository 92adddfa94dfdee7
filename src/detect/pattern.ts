// detect stage: known benign patterns as detectors with negative evidence. Each is an absolute
// behaviour of good heavy customers that a harvester pays to imitate (repeating the same prompts,
// running a real tool loop, following up in conversation, evaluating in bursts). They only lower
// per-account scores; the campaign stage still sees accounts that imitate them together.
import type { Finding } from '../schema/index.js';
import { featureValue, round } from './rule.js';
import type { Detector, Profile, ScoredFeature } from './types.js';

export interface Pattern {
  readonly code: string;
  /** Features reported with the finding (the first is its value). */
  readonly features: readonly ScoredFeature[];
  /** Strength in [0,1] of the pattern for this account (0: absent). */
  strength(v: (f: ScoredFeature) => number, p: Profile): number;
  /** Log-odds at full strength (negative). */
  readonly weight: number;
  /**
   * The pattern costs a harvester what it is paid to save (a second answer to the same prompt, volume
   * packed into a few hours instead of spread over the account's days), unlike a tool loop or
   * follow-ups, which a script copies for nothing. Evidence it explains is counted apart
   * (AccountVerdict.explained), for linking.
   */
  readonly costly?: boolean;
}

export function patternDetector(id: string, version: number, cap: number, patterns: readonly Pattern[]): Detector {
  return {
    id,
    version,
    cap,
    costly: patterns.filter((pat) => pat.costly === true).map((pat) => pat.code),
    detect(p, c) {
      const v = (f: ScoredFeature): number => featureValue(p, f);
      const out: Finding[] = [];
      for (const pat of patterns) {
        const s = pat.strength(v, p);
        if (!(s > 0)) continue;
        const f0 = pat.features[0]!;
        const val = v(f0);
        const pct = c.percentile(f0, val);
        const detail = pat.features.map((f) => `${f}=${round(v(f))}`).join(', ');
        const base = { code: pat.code, value: round(val), weight: round(pat.weight * Math.min(1, s)), detail: `benign pattern: ${detail}` };
        out.push(Number.isFinite(pct) ? { ...base, percentile: round(pct, 1) } : base);
      }
      return out;
    },
  };
}

/** Linear ramp: 0 at `from`, 1 at `to` (either direction), clamped. */
export function ramp(x: number, from: number, to: number): number {
  if (!Number.isFinite(x)) return 0;
  const t = (x - from) / (to - from);
  return t <= 0 ? 0 : t >= 1 ? 1 : t;
}
