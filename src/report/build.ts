// report: AnalysisResult (+ ingest counts, run facts) → report.json (report.schema.json and more).
// Account verdicts are raised by campaign membership: the campaign is the unit, so a member of an
// attributed or well-supported campaign is reported as distillation even when it looks mild alone.
// Except a peripheral member (outside the campaign's dense core) with no evidence of its own: it
// is listed with the campaign for the analyst but keeps its own verdict (a shared popular prompt
// or proxy exit is not enough to call a customer an attacker); and a core member with no evidence
// of its own is raised to suspicious only (review before acting), not to distillation.
// PRIVACY: no prompt text goes in; reasons carry codes and numbers only.
import type { Finding, Report, ReportAccount, ReportCampaign, VerdictBand } from '../schema/index.js';
import type { AnalysisResult } from '../pipeline/analysis.js';
import { DEFAULT_DETECT_OPTIONS } from '../detect/options.js';
import { DEFAULT_POLICY_OPTIONS } from '../respond/policy.js';

export interface ReportContext {
  readonly generatedAt: string;
  readonly version: string;
  readonly inputs: Readonly<Record<string, string>>;
  readonly ingest: Readonly<Record<string, unknown>>;
  readonly options: unknown;
  /** first_alert per campaign id, from a streaming run. */
  readonly firstAlert?: ReadonlyMap<string, string>;
  readonly alerts?: readonly unknown[];
  readonly timings?: Readonly<Record<string, number>>;
  /** Verdict bands and the policy's member-evidence floor of the run (defaults when absent). */
  readonly bands?: { readonly suspicious: number; readonly distillation: number };
  readonly memberMinEvidence?: number;
  /** Actor registry entries named by attributions (id and name only: what an analyst needs to read). */
  readonly actors?: readonly { readonly actor_id: string; readonly name: string }[];
}

const BAND_RANK: Readonly<Record<VerdictBand, number>> = { benign: 0, suspicious: 1, distillation: 2 };

export function buildReport(r: AnalysisResult, ctx: ReportContext): Report {
  const minEvidence = ctx.memberMinEvidence ?? DEFAULT_POLICY_OPTIONS.memberMinEvidence;
  const suspiciousAt = ctx.bands?.suspicious ?? DEFAULT_DETECT_OPTIONS.bands.suspicious;
  const membership = new Map<string, string>();
  const campaignScore = new Map<string, number>();
  const core = new Set<string>();
  for (const c of r.campaigns) {
    campaignScore.set(c.campaign_id, c.core_score);
    for (const id of c.account_ids) membership.set(id, c.campaign_id);
    for (const id of c.core_account_ids) core.add(id);
  }
  const attribution = new Map(r.attributions.map((a) => [a.campaign_id, a] as const));

  const accounts: ReportAccount[] = r.verdicts.map((v) => {
    const cid = membership.get(v.account_id);
    let verdict: VerdictBand = v.verdict;
    let score = v.score;
    const signals: Finding[] = [...v.findings];
    if (cid !== undefined && !core.has(v.account_id) && v.verdict === 'benign') {
      signals.unshift({ code: 'campaign_member', value: cid, weight: 0, detail: 'peripheral member: outside the campaign core, no evidence of its own; verdict not raised' });
    } else if (cid !== undefined && v.evidence < minEvidence) {
      const cs = campaignScore.get(cid) ?? 0;
      signals.unshift({ code: 'campaign_member', value: cid, weight: cs, detail: 'in the campaign core but no evidence of its own: suspicious, review before acting' });
      if (BAND_RANK[verdict] < BAND_RANK.suspicious) verdict = 'suspicious';
      score = Math.max(score, suspiciousAt);
    } else if (cid !== undefined) {
      // Membership of a campaign is itself a reason, with the campaign's own score.
      const cs = campaignScore.get(cid) ?? 0;
      signals.unshift({ code: 'campaign_member', value: cid, weight: cs });
      if (BAND_RANK[verdict] < BAND_RANK.distillation) verdict = 'distillation';
      score = Math.max(score, Math.min(1, cs));
    }
    return {
      account_id: v.account_id,
      score: Math.round(score * 1e4) / 1e4,
      verdict,
      ...(cid !== undefined ? { campaign_id: cid } : {}),
      own_score: Math.round(v.score * 1e4) / 1e4,
      own_verdict: v.verdict,
      cohort: v.cohort,
      signals,
      ...(v.signals ? { elicitation_evidence: v.signals } : {}),
    };
  });
  accounts.sort((a, b) => b.score - a.score || (a.account_id < b.account_id ? -1 : 1));

  const campaigns: ReportCampaign[] = r.campaigns.map((c) => {
    const a = attribution.get(c.campaign_id);
    const firstAlert = ctx.firstAlert?.get(c.campaign_id);
    return {
      ...c,
      campaign_id: c.campaign_id,
      account_ids: c.account_ids,
      ...(a?.actor_id !== undefined ? { actor_id: a.actor_id } : {}),
      ...(a ? { confidence: a.confidence } : {}),
      ...(firstAlert !== undefined ? { first_alert: firstAlert } : {}),
      attribution_evidence: a?.evidence ?? [],
    };
  });

  const flagged = accounts.filter((a) => a.verdict !== 'benign').length;
  return {
    tool: { name: 'distillwatch', version: ctx.version },
    generated_at: ctx.generatedAt,
    inputs: ctx.inputs,
    ingest: ctx.ingest,
    window: Number.isFinite(r.firstTs) ? { first: new Date(r.firstTs).toISOString(), last: new Date(r.lastTs).toISOString() } : null,
    summary: {
      exchanges: r.exchanges,
      accounts: accounts.length,
      flagged_accounts: flagged,
      distillation_accounts: accounts.filter((a) => a.verdict === 'distillation').length,
      campaigns: campaigns.length,
      attributed_campaigns: campaigns.filter((c) => c.actor_id !== undefined).length,
      actions: r.actions.length,
    },
    options: ctx.options,
    ...(ctx.actors ? { actors: ctx.actors.filter((x) => r.attributions.some((a) => a.actor_id === x.actor_id)).map((x) => ({ actor_id: x.actor_id, name: x.name })) } : {}),
    ...(ctx.timings ? { timings_s: ctx.timings } : {}),
    ...(ctx.alerts ? { alerts: ctx.alerts } : {}),
    accounts,
    campaigns,
    actions: r.actions,
  };
}
