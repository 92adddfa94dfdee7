// eval: report actor vs the true actor of each report campaign's majority true campaign → accuracy
// and false attributions (an actor named where there is none, or the wrong one).
import type { Report } from '../schema/index.js';
import type { Label } from './labels.js';
import { ratio } from './account-metrics.js';
import { majority, trueCampaignOf } from './campaign-metrics.js';
import type { AttributionMetrics, AttributionOutcome, CampaignAttribution } from './types.js';

/** true campaign → its actor (majority of the actor_id its accounts carry; null if none carry one). */
export function trueActors(labels: ReadonlyMap<string, Label>): Map<string, string | null> {
  const by = new Map<string, string[]>();
  for (const l of labels.values()) {
    if (l.label !== 'distillation') continue;
    const k = trueCampaignOf(l);
    const list = by.get(k) ?? [];
    if (typeof l.actor_id === 'string' && l.actor_id !== '') list.push(l.actor_id);
    by.set(k, list);
  }
  return new Map([...by].map(([k, v]) => [k, majority(v)]));
}

export function scoreAttribution(
  report: Report,
  labels: ReadonlyMap<string, Label>,
  matched: ReadonlyMap<string, string | null>,
): AttributionMetrics {
  const actors = trueActors(labels);
  const perCampaign: CampaignAttribution[] = [];
  const seen = new Set<string>();
  for (const c of report.campaigns) {
    if (seen.has(c.campaign_id)) continue;
    seen.add(c.campaign_id);
    const trueCampaign = matched.get(c.campaign_id) ?? null;
    const trueActor = trueCampaign === null ? null : (actors.get(trueCampaign) ?? null);
    const reportActor = typeof c.actor_id === 'string' && c.actor_id !== '' ? c.actor_id : null;
    let outcome: AttributionOutcome;
    if (trueActor !== null) outcome = reportActor === null ? 'missed' : reportActor === trueActor ? 'correct' : 'wrong';
    else outcome = reportActor === null ? 'abstained' : 'spurious';
    perCampaign.push({ campaign_id: c.campaign_id, trueCampaign, trueActor, reportActor, outcome });
  }
  const count = (o: AttributionOutcome): number => perCampaign.filter((p) => p.outcome === o).length;
  const attributable = perCampaign.filter((p) => p.trueActor !== null).length;
  const named = perCampaign.filter((p) => p.reportActor !== null).length;
  return {
    attributable,
    correct: count('correct'),
    accuracy: ratio(count('correct'), attributable),
    falseAttributions: count('wrong') + count('spurious'),
    precision: ratio(count('correct'), named),
    perCampaign,
  };
}
