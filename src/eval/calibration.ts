// eval: how far account scores can be read as probabilities. Brier score (mean squared error of the
// score against the 0/1 label), expected calibration error over equal-width score bins (Naeini et
// al. 2015: Σ_bin n_b/N · |mean score_b − attack rate_b|), and the reliability table behind it.
// Read with the world's base rate in mind: the score assumes the configured prior (detect
// options), so a simulated world with 20% attackers and a 1% prior is expected to sit above the
// diagonal at mid scores; the bins show where.
import type { Report } from '../schema/index.js';
import type { Label } from './labels.js';

export interface ReliabilityBin {
  /** Score range [lo, hi) (the last bin includes 1). */
  readonly lo: number;
  readonly hi: number;
  readonly n: number;
  /** Mean score and share of attack accounts in the bin; null when the bin is empty. */
  readonly meanScore: number | null;
  readonly attackRate: number | null;
}

export interface Calibration {
  /** null when no account is labelled. */
  readonly brier: number | null;
  readonly ece: number | null;
  readonly bins: readonly ReliabilityBin[];
}

/** Scores of every labelled account (absent from the report = 0) against its label. */
export function calibration(report: Report, labels: ReadonlyMap<string, Label>, nBins = 10): Calibration {
  const score = new Map<string, number>();
  for (const a of report.accounts) if (!score.has(a.account_id) && Number.isFinite(a.score)) score.set(a.account_id, Math.min(1, Math.max(0, a.score)));
  const acc = Array.from({ length: nBins }, () => ({ n: 0, s: 0, pos: 0 }));
  let sq = 0;
  let n = 0;
  for (const l of labels.values()) {
    const s = score.get(l.account_id) ?? 0;
    const y = l.label === 'distillation' ? 1 : 0;
    sq += (s - y) ** 2;
    n++;
    const b = acc[Math.min(nBins - 1, Math.floor(s * nBins))]!;
    b.n++;
    b.s += s;
    b.pos += y;
  }
  if (n === 0) return { brier: null, ece: null, bins: [] };
  let ece = 0;
  const bins = acc.map((b, i) => {
    if (b.n > 0) ece += (b.n / n) * Math.abs(b.s / b.n - b.pos / b.n);
    return { lo: i / nBins, hi: (i + 1) / nBins, n: b.n, meanScore: b.n > 0 ? b.s / b.n : null, attackRate: b.n > 0 ? b.pos / b.n : null };
  });
  return { brier: sq / n, ece, bins };
}
