// Simulator scenarios: which populations, how many of each at scale 1, which campaigns, and how the
// attackers behave (plain or camouflaged). seeds-2026 rebuilds the incident of shared/DESIGN.md.
import type { CampaignPlan } from './populations/campaigns.js';
import { LOW_AND_SLOW, SEED_CAMPAIGNS } from './populations/campaigns.js';

export type BenignPopulation =
  | 'consumer_chat'
  | 'developer'
  | 'api_app'
  | 'agentic_coder'
  | 'enterprise_nat'
  | 'benchmark_evaluator'
  | 'classroom'
  | 'reseller'
  | 'jailbreak_hobbyist'
  /** Held out: only the mimicry scenario has it (a benign look-alike the detectors were not built on). */
  | 'tutoring_platform'
  /** Held out: only the lookalikes scenario has it (an online-evaluation service grading fresh answers around the clock). */
  | 'online_judge'
  /** Held out: only the lookalikes scenario has it (one company's product on many accounts of one org, in step). */
  | 'platform_team';

export interface BenignPlan {
  /** Units at scale 1 (accounts; orgs for enterprise_nat; classes for classroom). */
  readonly units: number;
  /** Floor on units at small scales, so every population is present in a small world. */
  readonly min: number;
}

export interface Scenario {
  readonly name: string;
  readonly description: string;
  readonly benign: Readonly<Partial<Record<BenignPopulation, BenignPlan>>>;
  readonly campaigns: readonly CampaignPlan[];
  readonly camouflage: boolean;
  /** Held-out wording (src/sim/templates-holdout.ts), ordinary payloads, more ordinary sessions, fewer shared exits. */
  readonly holdout?: boolean;
  /** Payloads sent bare: no elicitation wrapper, judge template, reasoning system prompt or generation meta-prompt. */
  readonly bare?: boolean;
  /** Index of the campaign with no known actor (-1: all have actors). */
  readonly unknownActor: number;
}

/** ~100k benign accounts and ≥50M benign exchanges at scale 1. */
const BENIGN: Readonly<Partial<Record<BenignPopulation, BenignPlan>>> = {
  consumer_chat: { units: 60_000, min: 110 },
  developer: { units: 20_000, min: 40 },
  api_app: { units: 3_500, min: 8 },
  agentic_coder: { units: 7_000, min: 24 },
  enterprise_nat: { units: 150, min: 1 },
  benchmark_evaluator: { units: 300, min: 3 },
  classroom: { units: 200, min: 1 },
  reseller: { units: 60, min: 1 },
  jailbreak_hobbyist: { units: 2_000, min: 4 },
};

export const SCENARIOS: Readonly<Record<string, Scenario>> = {
  'seeds-2026': {
    name: 'seeds-2026',
    description: 'The Feb 2026 incident: three campaigns (reasoning/rubric/safe rewrites; agentic multi-channel with a later shift to reasoning traces; agentic coding at the largest volume that moves to the new model within a day of its launch) as hydra clusters behind shared proxies, among ordinary customers.',
    benign: BENIGN,
    campaigns: SEED_CAMPAIGNS,
    camouflage: false,
    unknownActor: 1,
  },
  camouflage: {
    name: 'camouflage',
    description: 'The same three campaigns, camouflaged: benign timing and session shape, one residential address per account, ordinary prompts mixed in, more paraphrases and languages.',
    benign: BENIGN,
    campaigns: SEED_CAMPAIGNS,
    camouflage: true,
    unknownActor: 1,
  },
  mimicry: {
    name: 'mimicry',
    description: 'A generalisation check: the three campaigns camouflaged harder and worded in a held-out way the detectors were never built on (other phrasings and languages, the ask in the system prompt, half the payloads drawn from ordinary customers\' own prompts), half their sessions ordinary chat, fewer accounts on a shared proxy exit; and a held-out benign look-alike, tutoring platforms whose product is step-by-step explanations.',
    benign: { ...BENIGN, tutoring_platform: { units: 40, min: 2 } },
    campaigns: SEED_CAMPAIGNS,
    camouflage: true,
    holdout: true,
    unknownActor: 1,
  },
  'low-and-slow': {
    name: 'low-and-slow',
    description: 'One campaign over ~25,000 accounts at ~26 requests per account per day (mid-2026 report): invisible per account, visible only as a cluster; attack accounts are at most ~20% of accounts.',
    benign: BENIGN,
    campaigns: [LOW_AND_SLOW],
    camouflage: true,
    unknownActor: -1,
  },
  lookalikes: {
    name: 'lookalikes',
    description: 'Only ordinary customers plus held-out good heavy customers whose product looks like harvesting per account: online-evaluation services grading fresh answers with an LLM judge around the clock, tutoring platforms explaining step by step, and companies running one product on many accounts of one organisation, in step: a false-positive test bed for look-alikes the detectors were not built on.',
    benign: { ...BENIGN, online_judge: { units: 30, min: 2 }, tutoring_platform: { units: 40, min: 2 }, platform_team: { units: 20, min: 2 } },
    campaigns: [],
    camouflage: false,
    unknownActor: -1,
  },
  'benign-only': {
    name: 'benign-only',
    description: 'Only ordinary customers, hard cases included: a false-positive test bed.',
    benign: BENIGN,
    campaigns: [],
    camouflage: false,
    unknownActor: -1,
  },
  bare: {
    name: 'bare',
    description: 'A generalisation check: the three campaigns camouflaged, sending their payloads bare, as Alpaca\'s instructions were sent to their teacher model: real instructions, problems and tool tasks with no elicitation wrapper, judge template, reasoning system prompt or generation meta-prompt. Each head reads like an ordinary user; only what the heads do together and over time gives them away.',
    benign: BENIGN,
    campaigns: SEED_CAMPAIGNS,
    camouflage: true,
    bare: true,
    unknownActor: 1,
  },
};

export const SCENARIO_NAMES: readonly string[] = Object.keys(SCENARIOS);
export const DEFAULT_SCENARIO = 'seeds-2026';
/** The default scale makes the small demo world the README runs (~130k exchanges, seconds to generate). */
export const DEFAULT_SCALE = 0.002;
export const DEFAULT_SEED = 1;
