// pipeline: which campaign memberships have settled (link's hysteresis keeps a settled member in its
// campaign while the cluster holds). A membership settles when the account was reported in the same
// campaign at several evaluations spread over enough event time: how long it held, not how often the
// stream happened to be evaluated, so a shorter cadence does not make a passing inclusion stick.
import type { AccountId } from '../schema/index.js';
import type { CampaignId } from '../link/index.js';

export interface RetentionOptions {
  /** Evaluations in the same campaign before a membership can settle. */
  readonly minReports: number;
  /** Event time from the first of those reports to the latest (newest exchange seen at each). */
  readonly minSpanMs: number;
}

/** Three reports over about 12 h at the 6 h default cadence (the newest exchange lags a checkpoint a little). */
export const DEFAULT_RETENTION_OPTIONS: RetentionOptions = Object.freeze({ minReports: 3, minSpanMs: 10 * 3_600_000 });

interface Report {
  campaign: CampaignId;
  n: number;
  sinceMs: number;
}

export interface Retention {
  /** Records one evaluation's memberships at event time nowMs (the newest exchange seen). */
  record(memberships: ReadonlyMap<AccountId, CampaignId>, nowMs: number): void;
  /** Settled memberships: account → the campaign it settled in (the latest, if it moved). */
  readonly settled: ReadonlyMap<AccountId, CampaignId>;
}

export function createRetention(options: Partial<RetentionOptions> = {}): Retention {
  const o = { ...DEFAULT_RETENTION_OPTIONS, ...options };
  const reported = new Map<AccountId, Report>();
  const settled = new Map<AccountId, CampaignId>();
  return {
    record(memberships, nowMs) {
      for (const [a, c] of memberships) {
        const r = reported.get(a);
        const same = r !== undefined && r.campaign === c;
        const next: Report = same ? { campaign: c, n: r.n + 1, sinceMs: r.sinceMs } : { campaign: c, n: 1, sinceMs: nowMs };
        reported.set(a, next);
        if (next.n >= o.minReports && nowMs - next.sinceMs >= o.minSpanMs) settled.set(a, c);
      }
    },
    settled,
  };
}
