// Simulator: builds a world plan for a scenario — the account registry, labels, actor registry and
// one lazy exchange stream per account — without generating any exchange yet.
import { DwError } from '../errors.js';
import type { Actor } from '../schema/index.js';
import { makeActors, type SimActor } from './actors.js';
import { makeIpSpace } from './ip-space.js';
import { loadMaterial, type Material } from './material/index.js';
import { agenticCoder, classroom } from './populations/benign-groups.js';
import { consumerChat, developer, enterprise, jailbreaker } from './populations/benign-people.js';
import { apiApp, evaluator, reseller } from './populations/benign-services.js';
import { onlineJudge, platformTeam, tutoringPlatform } from './populations/benign-holdout.js';
import { campaignSpec } from './populations/campaigns.js';
import type { PopulationBuilder, SimAccount } from './populations/common.js';
import { buildCampaign } from './populations/hydra.js';
import { Rng } from './rng.js';
import { SCENARIOS, type BenignPopulation, type Scenario } from './scenarios.js';
import { DAY_MS, HOUR_MS, type WorldCtx } from './world-ctx.js';

export interface WorldOptions {
  readonly scenario: string;
  readonly seed: number;
  readonly scale: number;
  readonly materialDir?: string;
  /** Already-loaded material (tests share one load). */
  readonly material?: Material;
}

export interface CampaignInfo {
  readonly campaign_id: string;
  readonly population: string;
  readonly actor_id: string | null;
  readonly accounts: number;
}

export interface World {
  readonly ctx: WorldCtx;
  readonly scenario: Scenario;
  /** Sorted by account id (order carries no population information). */
  readonly accounts: readonly SimAccount[];
  readonly actors: readonly Actor[];
  readonly campaigns: readonly CampaignInfo[];
}

export const BUILDERS: Readonly<Record<BenignPopulation, PopulationBuilder>> = {
  consumer_chat: consumerChat,
  developer,
  api_app: apiApp,
  agentic_coder: agenticCoder,
  enterprise_nat: enterprise,
  benchmark_evaluator: evaluator,
  classroom,
  reseller,
  jailbreak_hobbyist: jailbreaker,
  tutoring_platform: tutoringPlatform,
  online_judge: onlineJudge,
  platform_team: platformTeam,
};

/** The 30-day window (Jan 2026) and the launch of the new model on day 20. */
export const WINDOW = { start: Date.UTC(2026, 0, 5), days: 30, launchDay: 20, launchHour: 17 } as const;

export function buildWorld(o: WorldOptions): World {
  const scenario = SCENARIOS[o.scenario];
  if (!scenario) throw new DwError('DW_E_CONFIG', `unknown scenario '${o.scenario}' (known: ${Object.keys(SCENARIOS).join(', ')})`);
  if (!(o.scale > 0) || !Number.isFinite(o.scale)) throw new DwError('DW_E_CONFIG', `--scale must be a positive number, got ${o.scale}`);
  if (!Number.isInteger(o.seed)) throw new DwError('DW_E_CONFIG', `--seed must be an integer, got ${o.seed}`);
  const material = o.material ?? loadMaterial(o.materialDir);
  const rng = new Rng(`distillwatch-sim/${o.seed}`);
  const ctxBase = {
    seed: o.seed,
    scale: o.scale,
    scenario: scenario.name,
    startMs: WINDOW.start,
    days: WINDOW.days,
    endMs: WINDOW.start + WINDOW.days * DAY_MS,
    launchMs: WINDOW.start + WINDOW.launchDay * DAY_MS + WINDOW.launchHour * HOUR_MS,
    models: { current: 'frontier-4', small: 'frontier-4-mini', next: 'frontier-5' },
    material,
    rng,
  };
  const ctx: WorldCtx = { ...ctxBase, ip: makeIpSpace(material.net, rng.fork('ip')) };
  const accounts: SimAccount[] = [];
  for (const [pop, plan] of Object.entries(scenario.benign) as [BenignPopulation, NonNullable<Scenario['benign'][BenignPopulation]>][]) {
    const nominal = plan.units * o.scale;
    const units = Math.max(plan.min, Math.round(nominal));
    const volume = Math.max(0.1, Math.min(1, nominal / units));
    accounts.push(...BUILDERS[pop](ctx, rng.fork(`benign/${pop}`), units, volume));
  }
  const simActors: SimActor[] = makeActors(ctx, rng.fork('actors'), Math.max(4, scenario.campaigns.length + 3));
  const campaigns: CampaignInfo[] = [];
  scenario.campaigns.forEach((plan, i) => {
    const actor = i === scenario.unknownActor ? undefined : simActors[i];
    const spec = campaignSpec(ctx, rng.fork(`campaign/${plan.key}`), plan, actor, { camouflage: scenario.camouflage, holdout: scenario.holdout === true, bare: scenario.bare === true, scale: o.scale });
    const accs = buildCampaign(ctx, rng.fork(`hydra/${plan.key}`), spec);
    accounts.push(...accs);
    campaigns.push({ campaign_id: spec.id, population: spec.population, actor_id: actor ? actor.actor.actor_id : null, accounts: accs.length });
  });
  accounts.sort((a, b) => (a.account.account_id < b.account.account_id ? -1 : a.account.account_id > b.account.account_id ? 1 : 0));
  const actors = [...simActors.map((a) => a.actor)].sort((a, b) => (a.actor_id < b.actor_id ? -1 : 1));
  return { ctx, scenario, accounts, actors, campaigns };
}
