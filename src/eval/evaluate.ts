// eval: (report, labels[, exchange stream]) → Metrics. The only code that reads labels; detection never
// may. Pure: the CLI streams the files and feeds them in (src/cli/commands/eval.ts).
import type { Report } from '../schema/index.js';
import type { Label } from './labels.js';
import { rocAuc, scoreAccounts } from './account-metrics.js';
import { calibration } from './calibration.js';
import { scoreAttribution } from './attribution.js';
import { matchCampaigns, membership, scoreCampaigns } from './campaign-metrics.js';
import { DelayCounter } from './delay.js';
import type { DelayMetrics, Metrics } from './types.js';

/** A minimal exchange for the delay count. */
export interface TimedExchange {
  readonly account_id: string;
  readonly ts: string;
}

export interface Evaluation {
  /** Feed the world's exchanges (any order) for detection delay; optional. */
  addExchange(x: TimedExchange): void;
  /** Count an exchange line that could not be read. */
  addUnreadable(): void;
  /** Metrics so far; delay is included once at least one exchange (or unreadable line) was fed. */
  finish(): Metrics;
}

/** Labels by account (the last label of an account wins; the CLI warns on duplicates). */
export function labelMap(labels: Iterable<Label>): Map<string, Label> {
  const m = new Map<string, Label>();
  for (const l of labels) m.set(l.account_id, l);
  return m;
}

export function startEvaluation(report: Report, labels: ReadonlyMap<string, Label>): Evaluation {
  const m = membership(report);
  const matched = matchCampaigns(m, labels);
  const delay = new DelayCounter(report, labels, matched);
  let fed = false;
  return {
    addExchange(x) {
      fed = true;
      delay.add(x.account_id, x.ts);
    },
    addUnreadable() {
      fed = true;
      delay.addUnreadable();
    },
    finish() {
      const notes: string[] = [];
      const acc = scoreAccounts(report, labels);
      let attack = 0;
      for (const l of labels.values()) if (l.label === 'distillation') attack++;
      if (acc.missingFromReport > 0) notes.push(`${acc.missingFromReport} labelled accounts are absent from the report and count as benign verdicts`);
      if (acc.unlabelledInReport > 0) notes.push(`${acc.unlabelledInReport} report accounts have no label and are left out of the scores`);
      notes.push('campaign ARI is over attack accounts: an attack account with no true campaign_id, or in no report campaign, is its own singleton');
      let delayMetrics: DelayMetrics | undefined;
      if (fed) {
        delayMetrics = delay.result();
        if (!delay.hasAlerts) notes.push('the report carries no first_alert (a batch run?): detection delay needs a streaming run');
      } else notes.push('no exchanges file given: detection delay not measured');
      return {
        accounts: {
          labelled: labels.size,
          attack,
          benign: labels.size - attack,
          unlabelledInReport: acc.unlabelledInReport,
          missingFromReport: acc.missingFromReport,
          distillation: acc.distillation,
          suspiciousOrWorse: acc.suspiciousOrWorse,
          rocAuc: rocAuc(report, labels),
          calibration: calibration(report, labels),
        },
        populations: acc.populations,
        campaigns: scoreCampaigns(report, labels, m),
        attribution: scoreAttribution(report, labels, matched),
        ...(delayMetrics !== undefined ? { delay: delayMetrics } : {}),
        notes,
      };
    },
  };
}

/** One-shot form when the exchanges (if any) are already in memory. */
export function evaluate(report: Report, labels: Iterable<Label>, exchanges?: Iterable<TimedExchange>): Metrics {
  const e = startEvaluation(report, labelMap(labels));
  if (exchanges) for (const x of exchanges) e.addExchange(x);
  return e.finish();
}
