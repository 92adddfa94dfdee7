// eval: Metrics → a plain-text table for the terminal (what `distillwatch eval` prints).
import type { Confusion, Metrics } from './types.js';

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const num3 = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3));

function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: readonly string[]): string => r.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

function confRow(name: string, c: Confusion): string[] {
  return [name, String(c.tp), String(c.fp), String(c.fn), String(c.tn), pct(c.precision), pct(c.recall), num3(c.f1)];
}

export function formatMetrics(m: Metrics): string {
  const out: string[] = [];
  const a = m.accounts;
  out.push(`accounts: ${a.labelled} labelled (${a.attack} attack, ${a.benign} benign); score ROC AUC ${num3(a.rocAuc)}; Brier ${num3(a.calibration.brier)}, ECE ${num3(a.calibration.ece)}`);
  out.push(table(['verdict band', 'TP', 'FP', 'FN', 'TN', 'precision', 'recall', 'F1'], [
    confRow('distillation', a.distillation),
    confRow('suspicious or worse', a.suspiciousOrWorse),
  ]));
  out.push('');
  const bins = a.calibration.bins.filter((b) => b.n > 0);
  if (bins.length > 0) {
    out.push('reliability (score bin: accounts, mean score, attack share; scores assume the configured prior)');
    out.push(table(['score', 'accounts', 'mean score', 'attack share'], bins.map((b) => [`${b.lo.toFixed(1)}-${b.hi.toFixed(1)}`, String(b.n), num3(b.meanScore), pct(b.attackRate)])));
    out.push('');
  }
  out.push('per population (benign: false-positive rate; attack: recall)');
  out.push(table(['population', 'label', 'accounts', 'susp+', 'rate susp+', 'distill', 'rate distill'], m.populations.map((p) => [
    p.population, p.label, String(p.accounts), String(p.flaggedSuspicious), pct(p.rateSuspicious), String(p.flaggedDistillation), pct(p.rateDistillation),
  ])));
  out.push('');
  const c = m.campaigns;
  out.push(`campaigns: ${c.trueCampaigns} true, ${c.reportCampaigns} reported, over ${c.attackAccounts} attack accounts`);
  out.push(table(['ARI', 'pair precision', 'pair recall', 'member purity', 'unassigned attack', 'benign in campaigns'], [[
    num3(c.ari), pct(c.pairPrecision), pct(c.pairRecall), pct(c.memberPurity), String(c.unassignedAttackAccounts), String(c.benignInCampaigns),
  ]]));
  out.push('(ARI and pair precision/recall over attack accounts; member purity = attack share of labelled campaign members)');
  out.push('');
  const t = m.attribution;
  out.push(`attribution: ${t.correct}/${t.attributable} correct (accuracy ${pct(t.accuracy)}), ${t.falseAttributions} false attributions, precision ${pct(t.precision)}`);
  const shown = t.perCampaign.filter((p) => p.outcome !== 'abstained').slice(0, 20);
  if (shown.length > 0) {
    out.push(table(['report campaign', 'true campaign', 'true actor', 'report actor', 'outcome'], shown.map((p) => [
      p.campaign_id, p.trueCampaign ?? '—', p.trueActor ?? '—', p.reportActor ?? '—', p.outcome,
    ])));
  }
  if (m.delay) {
    out.push('');
    out.push(`detection delay (share of a campaign's exchanges before its first alert): median ${pct(m.delay.median)} (final report's campaigns), ${pct(m.delay.medianStream)} (alert stream)`);
    const st = m.delay.alertStream;
    if (st) out.push(`alert stream: ${st.alerts} alerts, ${st.onAttack} on attack accounts, ${st.falseAlerts} false (members mostly benign)${st.unjudged > 0 ? `, ${st.unjudged} unjudged` : ''}`);
    const rows = m.delay.perCampaign.filter((d) => !d.trueCampaign.startsWith('solo:')).slice(0, 30);
    if (rows.length > 0) {
      out.push(table(['true campaign', 'exchanges', 'before alert', 'share', 'share (stream)', 'first exchange', 'first alert', 'first stream alert'], rows.map((d) => [
        d.trueCampaign, String(d.exchanges), String(d.beforeAlert), pct(d.share), pct(d.streamShare), d.firstExchange ?? '—', d.firstAlert ?? 'never', d.firstStreamAlert ?? 'never',
      ])));
    }
    if (m.delay.unreadable > 0) out.push(`(${m.delay.unreadable} exchange lines unreadable, skipped)`);
  }
  if (m.notes.length > 0) {
    out.push('');
    for (const n of m.notes) out.push(`note: ${n}`);
  }
  return out.join('\n') + '\n';
}
