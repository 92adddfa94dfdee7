// pipeline, streaming: feeds exchanges in event-time order and re-evaluates on an event-time
// cadence, recording when each account was first flagged. A campaign's first_alert is the earliest
// time any of its final members was flagged (as a campaign member or a distillation verdict).
// Time is an input (the events' own timestamps): no wall clock, so a run replays exactly.
import type { AccountId, Exchange } from '../schema/index.js';
import type { Analysis, AnalysisResult } from './analysis.js';

export interface StreamOptions {
  /** Event time between two re-evaluations. Shorter: earlier alerts, more work (2 h: docs/linking.md, "Cadence"). */
  readonly cadenceMs: number;
  /** Events may arrive late by up to this much; the clock is the latest event time seen. */
  readonly maxLatenessMs: number;
  /**
   * Consecutive checkpoints a campaign must be present at before it is alerted (1, the default: at
   * once). A short cadence sees more transient clusters; asking for a second sighting keeps them out
   * of the alert stream, but a real campaign that flickers between checkpoints early on is alerted
   * much later (camouflage seed 2's largest campaign: 28.6 % of its traffic instead of 1.6 %), so it
   * is off by default (docs/linking.md, Cadence). The final checkpoint alerts what it reports.
   */
  readonly confirmations: number;
}

export const DEFAULT_STREAM_OPTIONS: Readonly<StreamOptions> = Object.freeze({ cadenceMs: 2 * 3600_000, maxLatenessMs: 3600_000, confirmations: 1 });

export interface Alert {
  readonly at: string;
  readonly campaign_id: string;
  readonly accounts: number;
  /** The campaign's members when the alert was raised (the first ALERT_MEMBERS, sorted). */
  readonly account_ids: readonly string[];
}

/** Members listed per alert: enough to say whom an alert was about, bounded for huge campaigns. */
export const ALERT_MEMBERS = 500;

export interface StreamResult {
  readonly final: AnalysisResult;
  /** Event time each account was first flagged. */
  readonly firstFlagged: ReadonlyMap<AccountId, number>;
  /** first_alert per final campaign id (ISO time). */
  readonly firstAlert: ReadonlyMap<string, string>;
  /** Campaign alerts as raised at each checkpoint (a new campaign id, or one that grew by half). */
  readonly alerts: readonly Alert[];
  readonly checkpoints: number;
  /** Events older than the clock minus maxLatenessMs (still processed, but counted). */
  readonly late: number;
}

export interface StreamRunner {
  push(x: Exchange): void;
  finish(): StreamResult;
}

export function createStreamRunner(analysis: Analysis, options: Partial<StreamOptions> = {}): StreamRunner {
  const o = { ...DEFAULT_STREAM_OPTIONS, ...options };
  const firstFlagged = new Map<AccountId, number>();
  const alerts: Alert[] = [];
  const lastSize = new Map<string, number>();
  // Consecutive checkpoints each campaign has been present at, by campaign id, and the campaign each
  // account was in at the previous checkpoint: a campaign continues one of the previous checkpoint
  // when half its members were in it (ids can change as a campaign is re-linked).
  let streak = new Map<string, number>();
  let memberOf = new Map<string, string>();
  let clock = -Infinity;
  let next = Infinity;
  let checkpoints = 0;
  let late = 0;

  function checkpoint(at: number, final = false): AnalysisResult {
    const r = analysis.evaluate();
    checkpoints++;
    const mark = (id: AccountId): void => {
      if (!firstFlagged.has(id)) firstFlagged.set(id, at);
    };
    for (const v of r.verdicts) if (v.verdict === 'distillation') mark(v.account_id);
    const seen = new Map<string, number>();
    const members = new Map<string, string>();
    for (const c of r.campaigns) {
      const votes = new Map<string, number>();
      for (const id of c.account_ids) {
        mark(id as AccountId);
        members.set(id, c.campaign_id);
        const was = memberOf.get(id);
        if (was !== undefined) votes.set(was, (votes.get(was) ?? 0) + 1);
      }
      let before = 0;
      for (const [was, n] of votes) if (2 * n >= c.account_ids.length) before = Math.max(before, streak.get(was) ?? 0);
      const k = before + 1;
      seen.set(c.campaign_id, k);
      if (!final && k < o.confirmations) continue;
      const size = lastSize.get(c.campaign_id) ?? 0;
      if (c.account_ids.length >= Math.max(1, size * 1.5)) {
        alerts.push({ at: new Date(at).toISOString(), campaign_id: c.campaign_id, accounts: c.account_ids.length, account_ids: [...c.account_ids].sort().slice(0, ALERT_MEMBERS) });
        lastSize.set(c.campaign_id, c.account_ids.length);
      }
    }
    streak = seen;
    memberOf = members;
    return r;
  }

  return {
    push(x: Exchange): void {
      const t = Date.parse(x.ts);
      if (t < clock - o.maxLatenessMs) late++;
      if (t > clock) {
        if (clock === -Infinity) next = t + o.cadenceMs;
        clock = t;
      }
      // Evaluate before the event that crosses the checkpoint: what was known at that time.
      while (clock >= next) {
        checkpoint(next);
        next += o.cadenceMs;
      }
      analysis.push(x);
    },
    finish(): StreamResult {
      const end = Number.isFinite(clock) ? clock : 0;
      const final = checkpoint(end, true);
      const firstAlert = new Map<string, string>();
      for (const c of final.campaigns) {
        let min = Infinity;
        for (const id of c.account_ids) min = Math.min(min, firstFlagged.get(id as AccountId) ?? Infinity);
        if (Number.isFinite(min)) firstAlert.set(c.campaign_id, new Date(min).toISOString());
      }
      return { final, firstFlagged, firstAlert, alerts, checkpoints, late };
    },
  };
}
