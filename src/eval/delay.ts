// eval: detection delay = share of a true campaign's exchanges that arrived before the report first
// alerted on it (earliest first_alert of the report campaigns matched to it). Fed one exchange at a
// time, so an exchange file of any size streams through in constant memory (per campaign counters).
import type { Report } from '../schema/index.js';
import type { Label } from './labels.js';
import { trueCampaignOf } from './campaign-metrics.js';
import type { AlertStreamMetrics, CampaignDelay, DelayMetrics } from './types.js';

interface Acc {
  exchanges: number;
  before: number;
  beforeStream: number;
  firstMs: number;
  firstText: string | null;
}

export function median(xs: readonly number[]): number | null {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 === 1 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export class DelayCounter {
  private readonly campaignOfAccount = new Map<string, string>();
  private readonly alertMs = new Map<string, number>();
  private readonly alertText = new Map<string, string>();
  private readonly acc = new Map<string, Acc>();
  /** Whether the report carries any first_alert at all (a batch run does not). */
  readonly hasAlerts: boolean;
  private readonly streamMs = new Map<string, number>();
  private readonly streamText = new Map<string, string>();
  private readonly stream: AlertStreamMetrics | undefined;
  private other = 0;
  private unreadable = 0;

  constructor(report: Report, labels: ReadonlyMap<string, Label>, matched: ReadonlyMap<string, string | null>) {
    for (const l of labels.values()) {
      if (l.label !== 'distillation') continue;
      const k = trueCampaignOf(l);
      this.campaignOfAccount.set(l.account_id, k);
      if (!this.acc.has(k)) this.acc.set(k, { exchanges: 0, before: 0, beforeStream: 0, firstMs: Infinity, firstText: null });
    }
    let any = false;
    for (const c of report.campaigns) {
      const t = typeof c.first_alert === 'string' ? Date.parse(c.first_alert) : NaN;
      if (!Number.isFinite(t)) continue;
      any = true;
      const k = matched.get(c.campaign_id);
      if (k === null || k === undefined) continue;
      const prev = this.alertMs.get(k);
      if (prev === undefined || t < prev) {
        this.alertMs.set(k, t);
        this.alertText.set(k, c.first_alert as string);
      }
    }
    this.hasAlerts = any;
    this.stream = this.readAlertStream(report, labels);
  }

  /** Each listed alert judged by its labelled members' majority: which true campaign, or benign. */
  private readAlertStream(report: Report, labels: ReadonlyMap<string, Label>): AlertStreamMetrics | undefined {
    const raw = (report as unknown as { alerts?: unknown }).alerts;
    if (!Array.isArray(raw)) return undefined;
    let listed = 0;
    let onAttack = 0;
    let falseAlerts = 0;
    let unjudged = 0;
    for (const a of raw as { at?: unknown; account_ids?: unknown }[]) {
      if (!Array.isArray(a.account_ids) || typeof a.at !== 'string') continue;
      listed++;
      const votes = new Map<string, number>();
      let benign = 0;
      let labelled = 0;
      for (const id of a.account_ids) {
        const l = typeof id === 'string' ? labels.get(id) : undefined;
        if (!l) continue;
        labelled++;
        if (l.label !== 'distillation') benign++;
        else {
          const k = trueCampaignOf(l);
          votes.set(k, (votes.get(k) ?? 0) + 1);
        }
      }
      if (labelled === 0) {
        unjudged++;
        continue;
      }
      if (benign * 2 >= labelled) {
        falseAlerts++;
        continue;
      }
      onAttack++;
      let best: string | undefined;
      let bestN = 0;
      for (const [k, n] of votes) if (n > bestN) [best, bestN] = [k, n];
      const t = Date.parse(a.at);
      if (best !== undefined && Number.isFinite(t) && t < (this.streamMs.get(best) ?? Infinity)) {
        this.streamMs.set(best, t);
        this.streamText.set(best, a.at);
      }
    }
    return listed > 0 ? { alerts: listed, onAttack, falseAlerts, unjudged } : undefined;
  }

  /** One exchange of the world's traffic (any account; non-attack ones are only counted). */
  add(accountId: string, ts: string): void {
    const k = this.campaignOfAccount.get(accountId);
    if (k === undefined) {
      this.other++;
      return;
    }
    const ms = Date.parse(ts);
    if (!Number.isFinite(ms)) {
      this.unreadable++;
      return;
    }
    const a = this.acc.get(k) as Acc;
    a.exchanges++;
    const alert = this.alertMs.get(k);
    if (alert === undefined || ms < alert) a.before++;
    const streamAlert = this.streamMs.get(k);
    if (streamAlert === undefined || ms < streamAlert) a.beforeStream++;
    if (ms < a.firstMs) {
      a.firstMs = ms;
      a.firstText = ts;
    }
  }

  addUnreadable(): void {
    this.unreadable++;
  }

  result(): DelayMetrics {
    const perCampaign: CampaignDelay[] = [...this.acc.entries()]
      .filter(([, a]) => a.exchanges > 0)
      .map(([k, a]) => ({
        trueCampaign: k,
        exchanges: a.exchanges,
        beforeAlert: a.before,
        // Without any first_alert in the report the delay is not measurable (null), not 100%.
        share: this.hasAlerts ? a.before / a.exchanges : null,
        firstAlert: this.alertText.get(k) ?? null,
        firstExchange: a.firstText,
        beforeStreamAlert: a.beforeStream,
        streamShare: this.stream ? a.beforeStream / a.exchanges : null,
        firstStreamAlert: this.streamText.get(k) ?? null,
      }))
      .sort((x, y) => x.trueCampaign.localeCompare(y.trueCampaign));
    const shares = perCampaign.map((c) => c.share).filter((s): s is number => s !== null);
    const streamShares = perCampaign.map((c) => c.streamShare).filter((s): s is number => s !== null);
    return {
      perCampaign,
      median: median(shares),
      medianStream: median(streamShares),
      ...(this.stream ? { alertStream: this.stream } : {}),
      otherExchanges: this.other,
      unreadable: this.unreadable,
    };
  }
}
