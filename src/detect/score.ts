// detect stage: accounts (state + features + registry row) → AccountVerdict with reasons. Cohorts
// are assigned, the window distribution distance derived, every registered detector runs, and the
// evidence combines as naive-Bayes log-odds: logit(prior) + Σ_detector min(cap, Σ finding weights).
// The caps are the corroboration rule: no single family of evidence can flag an account alone.
// Negative (benign-pattern) evidence only offsets positive evidence: the floor is the prior.
import type { Finding, VerdictBand } from '../schema/index.js';
import { assignCohorts, makeCohort, type CohortMember } from './cohort.js';
import { withDefaults } from './options.js';
import { DETECTORS } from './registry.js';
import { round } from './rule.js';
import type { AccountSignals, AccountVerdict, Cohort, DetectOptions, Detector, Profile, ScoreItem, ScoredFeature } from './types.js';
import { elicitationEvidence } from './elicitation-evidence.js';
import { baselineDistribution, windowDistribution, windowMmd } from './window-mmd.js';

export function scoreAccounts(items: readonly ScoreItem[], options?: Partial<DetectOptions>, detectors: readonly Detector[] = DETECTORS): AccountVerdict[] {
  const o = withDefaults(options);
  const active = detectors.filter((d) => !o.disabled.includes(d.id));
  const derived = items.map(() => ({ windowMmd: NaN }));
  const members: CohortMember[] = items.map((it, i) => ({
    n: it.state.n,
    tier: it.features.tier,
    channel: it.features.channel,
    value: (f: ScoredFeature) => (f === 'windowMmd' ? derived[i]!.windowMmd : it.features.values[f]),
  }));
  const keys = assignCohorts(members, o);
  const byKey = new Map<string, number[]>();
  keys.forEach((k, i) => {
    let list = byKey.get(k);
    if (!list) byKey.set(k, (list = []));
    list.push(i);
  });
  const cohorts = new Map<string, Cohort>();
  const allIdx = items.map((_, i) => i);
  // The global reference is built after the derived features are known (its stats are lazy).
  const global = makeCohort('all', allIdx.map((i) => members[i]!), o);
  for (const [key, idx] of byKey) {
    const dists = idx.map((i) => windowDistribution(items[i]!.state));
    const bulk = idx.map((i, j) => [i, j] as const).filter(([i]) => items[i]!.state.n >= o.minExchanges);
    const base = baselineDistribution((bulk.length > 0 ? bulk : idx.map((i, j) => [i, j] as const)).map(([, j]) => dists[j]!));
    idx.forEach((i, j) => {
      derived[i]!.windowMmd = windowMmd(dists[j]!, base, items[i]!.state.n);
    });
    cohorts.set(key, key === 'all' ? global : makeCohort(key, idx.map((i) => members[i]!), o, global));
  }
  return items.map((it, i) => {
    const p: Profile = it.account ? { state: it.state, features: it.features, account: it.account, derived: derived[i]! } : { state: it.state, features: it.features, derived: derived[i]! };
    return judge(p, cohorts.get(keys[i]!)!, active, o);
  });
}

/** One account against its cohort: the plain verdict with its reasons. */
export function judge(p: Profile, cohort: Cohort, detectors: readonly Detector[], o: DetectOptions): AccountVerdict {
  const prior = Math.log(o.prior / (1 - o.prior));
  const findings: Finding[] = [];
  let evidence = 0;
  let explained = 0;
  let signals: AccountSignals | undefined;
  if (p.state.n < o.minExchanges) {
    findings.push({ code: 'insufficient_data', value: p.state.n, weight: 0, detail: `fewer than ${o.minExchanges} exchanges: no behavioural evidence` });
  } else {
    const e = elicitationEvidence(p, cohort);
    signals = { elicitK: e.k, elicitN: e.n, elicitP0: round(e.p0, 6), elicitLlr: round(e.llr, 4), elicitDays: e.days, elicitDayShare: round(e.dayShare, 4), appTemplate: round(e.appTemplate, 3) };
    const positive: { remaining: number; explainedBy: readonly string[] | undefined }[] = [];
    const against: { f: Finding; base: string; costly: boolean }[] = [];
    for (const d of detectors) {
      const fs = d.detect(p, cohort).filter((f) => (f.weight ?? 0) !== 0 && Number.isFinite(f.weight ?? 0));
      const sum = fs.reduce((a, f) => a + (f.weight ?? 0), 0);
      if (sum === 0) continue;
      const contribution = Math.max(-d.cap, Math.min(d.cap, sum));
      // When the cap binds, scale the findings so their weights add up to what was counted.
      const k = contribution / sum;
      const scaled = fs.map((f) => ({ ...f, code: `${d.id}/${f.code}`, weight: (f.weight ?? 0) * k }));
      if (contribution > 0) {
        evidence += contribution;
        findings.push(...scaled);
        positive.push({ remaining: contribution, explainedBy: d.explainedBy });
      } else {
        scaled.forEach((f, i) => against.push({ f, base: fs[i]!.code, costly: d.costly?.includes(fs[i]!.code) ?? false }));
      }
    }
    // Benign patterns explain suspicion away; they are not evidence of innocence on their own
    // (a careful attacker imitates them), so they never take an account below the prior, and each
    // offsets only the evidence it can explain (Detector.explainedBy). Their findings are scaled
    // to the part that was used.
    for (const { f, base, costly } of against) {
      let need = -(f.weight ?? 0);
      let used = 0;
      for (const q of positive) {
        if (need <= 0) break;
        if (q.explainedBy !== undefined && !q.explainedBy.includes(base)) continue;
        const take = Math.min(need, q.remaining);
        q.remaining -= take;
        need -= take;
        used += take;
      }
      evidence -= used;
      if (costly) explained += used;
      findings.push({ ...f, weight: -used });
    }
    for (let i = 0; i < findings.length; i++) findings[i] = { ...findings[i]!, weight: round(findings[i]!.weight ?? 0) };
  }
  if (!p.account) findings.push({ code: 'not_in_registry', value: 1, weight: 0, detail: 'no registry row: tier, age and verification unknown' });
  findings.sort((a, b) => Math.abs(b.weight ?? 0) - Math.abs(a.weight ?? 0) || (a.code < b.code ? -1 : 1));
  const logit = prior + evidence;
  const score = 1 / (1 + Math.exp(-logit));
  return {
    account_id: p.state.id,
    score: round(score, 6),
    verdict: band(score, o),
    findings: findings.slice(0, o.maxFindings),
    cohort: cohort.key,
    logit: round(logit, 4),
    evidence: round(Math.max(0, evidence), 4),
    explained: round(explained, 4),
    ...(signals ? { signals } : {}),
  };
}

function band(score: number, o: DetectOptions): VerdictBand {
  if (score >= o.bands.distillation) return 'distillation';
  if (score >= o.bands.suspicious) return 'suspicious';
  return 'benign';
}
