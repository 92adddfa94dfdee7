// eval: account-level verdicts vs labels → precision/recall/F1 at two bands, and error rates per
// labelled population (false-positive rate for benign populations, recall for attack ones).
import type { Report, VerdictBand } from '../schema/index.js';
import type { Label } from './labels.js';
import type { Confusion, PopulationRate } from './types.js';

export const UNSPECIFIED_POPULATION = '(unspecified)';

export const ratio = (num: number, den: number): number | null => (den === 0 ? null : num / den);

export function confusion(tp: number, fp: number, fn: number, tn: number): Confusion {
  const precision = ratio(tp, tp + fp);
  const recall = ratio(tp, tp + fn);
  const f1 = precision === null || recall === null ? null : precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

/** Verdict per account as the report states it (first listing wins); absent = benign. */
export function verdictMap(report: Report): Map<string, VerdictBand> {
  const m = new Map<string, VerdictBand>();
  for (const a of report.accounts) if (!m.has(a.account_id)) m.set(a.account_id, a.verdict);
  return m;
}

/**
 * ROC AUC of the report's scores (absent account = score 0) against the labels: the chance that a
 * random attack account outscores a random benign one, ties counting half (Mann-Whitney U).
 */
export function rocAuc(report: Report, labels: ReadonlyMap<string, Label>): number | null {
  const score = new Map<string, number>();
  for (const a of report.accounts) if (!score.has(a.account_id) && Number.isFinite(a.score)) score.set(a.account_id, a.score);
  const xs = [...labels.values()].map((l) => ({ s: score.get(l.account_id) ?? 0, pos: l.label === 'distillation' }));
  const nPos = xs.filter((x) => x.pos).length;
  const nNeg = xs.length - nPos;
  if (nPos === 0 || nNeg === 0) return null;
  xs.sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j < xs.length && (xs[j] as { s: number }).s === (xs[i] as { s: number }).s) j++;
    const avgRank = (i + 1 + j) / 2; // ranks i+1..j share their mean
    for (let k = i; k < j; k++) if ((xs[k] as { pos: boolean }).pos) rankSum += avgRank;
    i = j;
  }
  return (rankSum - (nPos * (nPos + 1)) / 2) / (nPos * nNeg);
}

export interface AccountScores {
  readonly distillation: Confusion;
  readonly suspiciousOrWorse: Confusion;
  readonly missingFromReport: number;
  readonly unlabelledInReport: number;
  readonly populations: PopulationRate[];
}

export function scoreAccounts(report: Report, labels: ReadonlyMap<string, Label>): AccountScores {
  const verdicts = verdictMap(report);
  const d = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const s = { tp: 0, fp: 0, fn: 0, tn: 0 };
  let missing = 0;
  const pops = new Map<string, { label: Label['label']; n: number; s: number; d: number }>();
  for (const l of labels.values()) {
    const v = verdicts.get(l.account_id);
    if (v === undefined) missing++;
    const isD = v === 'distillation';
    const isS = v === 'distillation' || v === 'suspicious';
    const pos = l.label === 'distillation';
    const bump = (c: typeof d, flagged: boolean): void => {
      if (pos && flagged) c.tp++;
      else if (pos) c.fn++;
      else if (flagged) c.fp++;
      else c.tn++;
    };
    bump(d, isD);
    bump(s, isS);
    const name = typeof l.population === 'string' && l.population !== '' ? l.population : UNSPECIFIED_POPULATION;
    // One population name may in principle hold both labels; keep them apart.
    const key = `${l.label}\u0000${name}`;
    const p = pops.get(key) ?? { label: l.label, n: 0, s: 0, d: 0 };
    p.n++;
    if (isS) p.s++;
    if (isD) p.d++;
    pops.set(key, p);
  }
  let unlabelled = 0;
  for (const id of verdicts.keys()) if (!labels.has(id)) unlabelled++;
  const populations: PopulationRate[] = [...pops.entries()]
    .map(([key, p]) => ({
      population: key.slice(key.indexOf('\u0000') + 1),
      label: p.label,
      accounts: p.n,
      flaggedSuspicious: p.s,
      flaggedDistillation: p.d,
      rateSuspicious: ratio(p.s, p.n),
      rateDistillation: ratio(p.d, p.n),
    }))
    .sort((a, b) => (a.label === b.label ? a.population.localeCompare(b.population) : a.label === 'benign' ? -1 : 1));
  return {
    distillation: confusion(d.tp, d.fp, d.fn, d.tn),
    suspiciousOrWorse: confusion(s.tp, s.fp, s.fn, s.tn),
    missingFromReport: missing,
    unlabelledInReport: unlabelled,
    populations,
  };
}
