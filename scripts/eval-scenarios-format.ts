// eval:scenarios tables: scenario × seed runs (Metrics from src/eval) → the Markdown the README and
// docs/evaluation.md quote: accounts, campaigns, benign FPR and attack recall per population, undefined metrics.
import type { Metrics, PopulationRate } from '../src/eval/index.js';

export interface MatrixRun {
  readonly scenario: string;
  readonly seed: number;
  readonly scale: number;
  /** A seed used nowhere else (generalisation check). */
  readonly holdout: boolean;
  readonly exchanges: number;
  readonly accepted: number;
  readonly accounts: number;
  readonly simSeconds: number;
  /** Wall time of runAnalyze (load, pass with checkpoints, store, report). */
  readonly analyzeSeconds: number;
  readonly exchangesPerSecond: number;
  readonly timings: Readonly<Record<string, number>>;
  readonly metrics: Metrics;
}

export interface FailedRun {
  readonly scenario: string;
  readonly seed: number;
  readonly error: string;
}

export interface MatrixMeta {
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly totalSeconds: number;
  readonly command: string;
  readonly scale: number;
  /** Event time between the streaming analyze's re-evaluations, hours. */
  readonly cadenceHours: number;
  readonly machine: { readonly nproc: number; readonly cpuModel: string; readonly node: string; readonly loadavgAtStart: readonly number[]; readonly loadavgAtEnd: readonly number[] };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const n3 = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3));
const prf = (c: { precision: number | null; recall: number | null; f1: number | null }): string => `${pct(c.precision)} / ${pct(c.recall)} / ${n3(c.f1)}`;
const runName = (r: MatrixRun): string => `${r.scenario} ${r.holdout ? `**${r.seed}**†` : r.seed}`;

function mdTable(headers: readonly string[], rows: readonly (readonly string[])[], right = true): string {
  const align = headers.map((_, i) => (i === 0 || !right ? ':--' : '--:'));
  return [`| ${headers.join(' | ')} |`, `| ${align.join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function benignFpr(m: Metrics): { rate: number | null; worst: PopulationRate | undefined } {
  const c = m.accounts.suspiciousOrWorse;
  const rate = c.fp + c.tn > 0 ? c.fp / (c.fp + c.tn) : null;
  let worst: PopulationRate | undefined;
  for (const p of m.populations) if (p.label === 'benign' && p.rateSuspicious !== null && (worst === undefined || p.rateSuspicious > (worst.rateSuspicious ?? -1))) worst = p;
  return { rate, worst };
}

/** Pooled over the runs of a scenario: flagged / accounts per population (seeds add up). */
function pooled(runs: readonly MatrixRun[], label: 'benign' | 'distillation'): { pops: string[]; scenarios: string[]; cell: (pop: string, sc: string) => string } {
  const scenarios = [...new Set(runs.map((r) => r.scenario))];
  const acc = new Map<string, { n: number; susp: number; dist: number }>();
  const pops = new Set<string>();
  for (const r of runs) {
    for (const p of r.metrics.populations) {
      if (p.label !== label) continue;
      pops.add(p.population);
      const k = `${p.population}\u0000${r.scenario}`;
      const a = acc.get(k) ?? { n: 0, susp: 0, dist: 0 };
      acc.set(k, { n: a.n + p.accounts, susp: a.susp + p.flaggedSuspicious, dist: a.dist + p.flaggedDistillation });
    }
  }
  return {
    pops: [...pops].sort(),
    scenarios,
    cell: (pop, sc) => {
      const a = acc.get(`${pop}\u0000${sc}`);
      if (!a || a.n === 0) return '';
      return label === 'benign' ? `${pct(a.susp / a.n)} (${a.susp}/${a.n})` : `${pct(a.dist / a.n)} / ${pct(a.susp / a.n)} (${a.n})`;
    },
  };
}

/** Why a metric of a run is undefined (null), in words. */
export function undefinedMetrics(r: MatrixRun): string[] {
  const m = r.metrics;
  const out: string[] = [];
  const noAttack = m.accounts.attack === 0;
  const noCampaign = m.campaigns.reportCampaigns === 0;
  if (noAttack) out.push(`recall, F1, ROC AUC, campaign ARI, attribution and detection delay are undefined: the world holds no attack accounts (a false-positive test bed)${noCampaign ? '; member purity too: no campaign was reported' : ''}`);
  if (!noAttack && m.accounts.distillation.precision === null) out.push('distillation precision is undefined: no account was judged distillation');
  if (!noAttack && m.accounts.suspiciousOrWorse.precision === null) out.push('suspicious-or-worse precision is undefined: no account was flagged');
  if (!noAttack && noCampaign) {
    out.push('no campaign was reported: member purity and attribution are undefined, and so is the median detection delay (the report carries no first_alert, which the eval leaves unmeasured rather than 100%; every true campaign went unalerted)');
    return out;
  }
  if (!noAttack && m.campaigns.trueCampaigns === 1 && m.campaigns.ari !== null && m.campaigns.ari < 1) {
    out.push(`campaign ARI is degenerate with one true campaign (0 unless the reported partition is exactly the true one; here ${m.campaigns.unassignedAttackAccounts} unassigned attack account(s) pull it down): read pair recall instead`);
  }
  if (!noCampaign && m.campaigns.memberPurity === null) out.push('member purity is undefined: no reported campaign holds a labelled account');
  if (!noAttack && m.attribution.accuracy === null) out.push('attribution accuracy is undefined: no reported campaign maps to a true campaign with a known actor');
  if (!noAttack && (m.delay?.median ?? null) === null) out.push('median detection delay is undefined: no true campaign has exchanges');
  return out;
}

/** One line per scenario (held-out seeds apart): confusion counts pooled over seeds, rates from the pooled counts. */
function summaryRows(runs: readonly MatrixRun[]): string[][] {
  const groups = new Map<string, MatrixRun[]>();
  for (const r of runs) {
    const k = `${r.scenario}${r.holdout ? ' (held-out seeds)' : ''}`;
    groups.set(k, [...(groups.get(k) ?? []), r]);
  }
  const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
  const f1 = (p: number | null, r: number | null): number | null => (p === null || r === null || p + r === 0 ? null : (2 * p * r) / (p + r));
  const mean = (xs: readonly (number | null | undefined)[]): number | null => {
    const v = xs.filter((x): x is number => typeof x === 'number');
    return v.length > 0 ? v.reduce((a, x) => a + x, 0) / v.length : null;
  };
  const rows: string[][] = [];
  for (const [name, rs] of groups) {
    const sum = (f: (r: MatrixRun) => number): number => rs.reduce((a, r) => a + f(r), 0);
    const pr = (band: 'distillation' | 'suspiciousOrWorse'): string => {
      const tp = sum((r) => r.metrics.accounts[band].tp);
      const p = ratio(tp, tp + sum((r) => r.metrics.accounts[band].fp));
      const rc = ratio(tp, tp + sum((r) => r.metrics.accounts[band].fn));
      return `${pct(p)} / ${pct(rc)} / ${n3(f1(p, rc))}`;
    };
    const fp = sum((r) => r.metrics.accounts.suspiciousOrWorse.fp);
    const attributable = sum((r) => r.metrics.attribution.attributable);
    rows.push([
      name, rs.map((r) => r.seed).join(', '), pr('distillation'), pr('suspiciousOrWorse'),
      `${pct(ratio(fp, fp + sum((r) => r.metrics.accounts.suspiciousOrWorse.tn)))} (${fp})`,
      n3(mean(rs.map((r) => r.metrics.accounts.rocAuc))), n3(mean(rs.map((r) => r.metrics.campaigns.ari))),
      attributable > 0 ? `${sum((r) => r.metrics.attribution.correct)}/${attributable}` : '—', String(sum((r) => r.metrics.attribution.falseAttributions)),
      Math.round(mean(rs.map((r) => r.exchangesPerSecond)) ?? 0).toLocaleString('en-US'),
    ]);
  }
  return rows;
}

export function formatMatrix(runs: readonly MatrixRun[], meta: MatrixMeta, failed: readonly FailedRun[] = []): string {
  const out: string[] = [];
  out.push(`# distillwatch scenario matrix`);
  out.push('');
  out.push(`\`${meta.command}\``);
  out.push('');
  out.push(`Scale ${meta.scale}; ${meta.machine.nproc} × ${meta.machine.cpuModel}, node ${meta.machine.node}; load average ${meta.machine.loadavgAtStart.join(' ')} at start, ${meta.machine.loadavgAtEnd.join(' ')} at end (a shared machine); ${meta.startedAt} → ${meta.finishedAt} (${(meta.totalSeconds / 60).toFixed(1)} min). Analyze runs in streaming mode (\`--stream\`, ${meta.cadenceHours} h event-time checkpoints). † = held-out seed, used nowhere else.`);
  out.push('');
  if (failed.length > 0) {
    out.push('## Failed runs');
    out.push('');
    for (const x of failed) out.push(`- ${x.scenario} seed ${x.seed}: ${x.error.split('\n')[0]}`);
    out.push('');
  }
  out.push('## Summary');
  out.push('');
  out.push('Per scenario, account counts pooled over its seeds: precision / recall / F1; benign FPR = benign accounts flagged suspicious or worse (how many); ROC AUC and campaign ARI are means over seeds; attribution = correct / attributable campaigns; throughput = mean analyze exchanges/s.');
  out.push('');
  out.push(mdTable(
    ['scenario', 'seeds', 'distillation P / R / F1', 'suspicious+ P / R / F1', 'benign FPR', 'ROC AUC', 'ARI', 'attribution', 'false attributions', 'exchanges/s'],
    summaryRows(runs),
  ));
  out.push('');
  out.push('## Accounts');
  out.push('');
  out.push('Precision / recall / F1 of account verdicts; benign FPR = benign accounts flagged suspicious or worse; Brier / ECE = the scores read as probabilities (they assume the configured 1% prior, so a world with ~20% attackers is expected to be off).');
  out.push('');
  out.push(mdTable(
    ['scenario seed', 'exchanges', 'attack / benign accts', 'distillation P / R / F1', 'suspicious+ P / R / F1', 'ROC AUC', 'Brier / ECE', 'benign FPR', 'worst benign population'],
    runs.map((r) => {
      const a = r.metrics.accounts;
      const f = benignFpr(r.metrics);
      return [
        runName(r), String(r.exchanges), `${a.attack} / ${a.benign}`, prf(a.distillation), prf(a.suspiciousOrWorse), n3(a.rocAuc), `${n3(a.calibration?.brier ?? null)} / ${n3(a.calibration?.ece ?? null)}`, pct(f.rate),
        f.worst && f.worst.flaggedSuspicious > 0 ? `${f.worst.population} ${pct(f.worst.rateSuspicious)} (${f.worst.flaggedSuspicious}/${f.worst.accounts})` : 'none flagged',
      ];
    }),
  ));
  out.push('');
  out.push('## Campaigns, attribution, delay, throughput');
  out.push('');
  out.push('ARI over attack accounts (unassigned = own singleton); pair P / R = of attack-account pairs put together, the share truly together / of pairs truly together, the share put together; member purity = attack share of labelled campaign members; attribution = correct / attributable reported campaigns; delay = share of a true campaign\'s exchanges seen before its first alert (100% = never alerted), median and per campaign, against the final report\'s campaigns; stream delay = the same against the alert stream (the first alert at any checkpoint whose members were mostly that campaign, even one that later left the report); alerts = alerts raised / false (members mostly benign); throughput = accepted exchanges / analyze wall time (load, streaming pass with checkpoints, store, report).');
  out.push('');
  out.push(mdTable(
    ['scenario seed', 'campaigns true / reported', 'ARI', 'pair P / R', 'member purity', 'attribution', 'false attributions', 'median delay', 'delay per true campaign', 'stream delay per true campaign', 'alerts / false', 'analyze exchanges/s', 'analyze s'],
    runs.map((r) => {
      const m = r.metrics;
      const t = m.attribution;
      return [
        runName(r), `${m.campaigns.trueCampaigns} / ${m.campaigns.reportCampaigns}`, n3(m.campaigns.ari), `${pct(m.campaigns.pairPrecision)} / ${pct(m.campaigns.pairRecall)}`, pct(m.campaigns.memberPurity),
        t.attributable > 0 ? `${t.correct}/${t.attributable} (${pct(t.accuracy)})` : '—', String(t.falseAttributions), pct(m.delay?.median),
        [...(m.delay?.perCampaign ?? [])].filter((c) => !c.trueCampaign.startsWith('solo:')).sort((x, y) => y.exchanges - x.exchanges)
          .map((c) => `${c.firstAlert === null ? 'never' : pct(c.share)} (${c.exchanges.toLocaleString('en-US')} ex.)`).join('; ') || '—',
        [...(m.delay?.perCampaign ?? [])].filter((c) => !c.trueCampaign.startsWith('solo:')).sort((x, y) => y.exchanges - x.exchanges)
          .map((c) => (c.firstStreamAlert === null || c.firstStreamAlert === undefined ? 'never' : pct(c.streamShare))).join('; ') || '—',
        m.delay?.alertStream ? `${m.delay.alertStream.alerts} / ${m.delay.alertStream.falseAlerts}` : '—',
        Math.round(r.exchangesPerSecond).toLocaleString('en-US'), r.analyzeSeconds.toFixed(1),
      ];
    }),
  ));
  out.push('');
  const b = pooled(runs, 'benign');
  out.push('## Benign false-positive rate per population');
  out.push('');
  out.push('Suspicious-or-worse rate of each benign population, pooled over the seeds of a scenario (flagged / accounts).');
  out.push('');
  out.push(mdTable(['population', ...b.scenarios], b.pops.map((p) => [p, ...b.scenarios.map((s) => b.cell(p, s))])));
  out.push('');
  const d = pooled(runs.filter((r) => r.metrics.accounts.attack > 0), 'distillation');
  if (d.pops.length > 0) {
    out.push('## Attack recall per population');
    out.push('');
    out.push('Distillation / suspicious-or-worse recall of each attack population, pooled over the seeds of a scenario (accounts).');
    out.push('');
    out.push(mdTable(['population', ...d.scenarios], d.pops.map((p) => [p, ...d.scenarios.map((s) => d.cell(p, s))])));
    out.push('');
  }
  const undef = runs.map((r) => [runName(r), undefinedMetrics(r)] as const).filter(([, u]) => u.length > 0);
  if (undef.length > 0) {
    out.push('## Undefined metrics');
    out.push('');
    for (const [name, u] of undef) out.push(`- ${name.replaceAll('*', '')}: ${u.join('; ')}.`);
    out.push('');
  }
  out.push('## Analyze time split (seconds, mean over runs)');
  out.push('');
  const keys = [...new Set(runs.flatMap((r) => Object.keys(r.timings)))];
  const scen = [...new Set(runs.map((r) => r.scenario))];
  out.push(mdTable(['scenario', 'simulate', 'analyze', ...keys], scen.map((s) => {
    const rs = runs.filter((r) => r.scenario === s);
    const mean = (f: (r: MatrixRun) => number): string => (rs.reduce((a, r) => a + f(r), 0) / rs.length).toFixed(1);
    return [s, mean((r) => r.simSeconds), mean((r) => r.analyzeSeconds), ...keys.map((k) => mean((r) => r.timings[k] ?? 0))];
  })));
  out.push('');
  return out.join('\n');
}
