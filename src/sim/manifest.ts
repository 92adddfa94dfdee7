// Simulator: the manifest of a generated world: what was generated (counts per population and campaign),
// from which real material each population drew, and where the material had no text for something.
import { WRAPPERS } from './templates.js';
import type { World } from './world.js';

export const MATERIAL_BY_POPULATION: Readonly<Record<string, readonly string[]>> = {
  consumer_chat: ['arena-hard', 'alpaca-eval-805 (OASST, Koala, HH, Vicuna, self-instruct)', 'dolly-subset', 'vicuna-80', 'ultrachat-eval', 'self-instruct (user-oriented)', 'hh-rlhf-harmless-test (follow-up turns)', 'mt-bench (second turns)'],
  developer: ['arena-hard (coding)', 'alpaca-eval-805', 'code-alpaca', 'wizardlm-evol-testset', 'self-instruct (app instructions as system prompts)', 'gorilla-bfcl (tool schemas)'],
  api_app: ['self-instruct (user-oriented instruction templates and inputs)', 'gorilla-bfcl live (user-contributed function-calling queries)', 'arena-hard/alpaca-eval (end-user inputs)'],
  agentic_coder: ['arena-hard (coding)', 'code-alpaca', 'gorilla-bfcl multi-turn (file-system agent tasks and the GorillaFileSystem tool set)', 'mooncake-traces (long-context token counts)'],
  enterprise_nat: ['arena-hard', 'alpaca-eval-805', 'dolly-subset', 'vicuna-80', 'ultrachat-eval'],
  benchmark_evaluator: ['gsm8k', 'mmlu', 'humaneval', 'mt-bench', 'reasoning-evalsets-limo'],
  classroom: ['gsm8k (math assignments)', 'code-alpaca + arena-hard coding (CS assignments)', 'arena-hard/alpaca-eval/dolly (writing assignments)'],
  reseller: ['arena-hard (incl. non-English v2.0 prompts)', 'alpaca-eval-805', 'dolly-subset', 'vicuna-80', 'ultrachat-eval'],
  jailbreak_hobbyist: ['jailbreak-in-the-wild', 'jailbreakchat-shield', 'jailbreak-in-the-wild forbidden questions', 'hh-rlhf-harmless-test'],
  attack_cot_rubric: ['reasoning-evalsets-limo', 'gsm8k', 'mmlu', 'orca-system-messages', 'mt-bench judge prompts', 'alpaca-eval-805 + self-instruct predictions (answers to grade)', 'hh-rlhf-harmless-test + forbidden questions (sensitive questions)'],
  attack_agentic_multichannel: ['toolbench', 'glaive-toolcall-demo', 'gorilla-bfcl', 'code-alpaca', 'self-instruct inputs (data analysis)', 'reasoning-evalsets-limo (reasoning traces)'],
  attack_agentic_coding: ['magicoder-oss-instruct-prompt (filled with humaneval/code-alpaca code)', 'code-alpaca', 'wizardlm-evol-testset', 'toolbench'],
  attack_low_and_slow: ['as attack_cot_rubric and attack_agentic_multichannel', 'arena-hard/alpaca-eval (ordinary prompts mixed in)'],
};

export const ALWAYS_FROM: Readonly<Record<string, string>> = {
  token_counts: 'azure-llm-trace-2023 (chat and code services), mooncake-traces (long context)',
  arrival_burstiness: 'azure-llm-trace-2023 conversation trace inter-arrival gaps (normalised; rates are the simulator\'s)',
  ip_space: '@ip-location-db/asn + asn-country (npm), vpn-datacenter-asn-x4bnet, bad-asn-list, tor-exit-nodes',
};

export const MATERIAL_GAPS: readonly { readonly what: string; readonly populations: readonly string[]; readonly done_instead: string }[] = [
  { what: 'system prompt of a real open-source coding agent', populations: ['agentic_coder', 'attack_agentic_coding', 'developer'], done_instead: 'a bracketed placeholder string per agent release stands for it (shared verbatim by its users)' },
  { what: 'computer-use tool schemas and tasks', populations: ['attack_agentic_multichannel'], done_instead: 'four generic tool names; tasks are BFCL multi-turn file-system tasks' },
  { what: 'images (vision requests)', populations: ['attack_agentic_multichannel', 'consumer_chat'], done_instead: 'has_images=true with a real text question; no image content' },
  { what: 'elicitation wrapper texts (attackers write their own)', populations: ['attack_cot_rubric', 'attack_agentic_multichannel', 'attack_agentic_coding', 'attack_low_and_slow'], done_instead: `${WRAPPERS.length} wrappers authored in src/sim/templates.ts around real payloads` },
  { what: 'response texts', populations: ['all'], done_instead: 'no response field is written; token counts come from the traces' },
  { what: 'residential-proxy ASN lists', populations: ['attack_* (camouflage, low-and-slow)'], done_instead: 'residential ISP ranges of the ASN table (by org-name match) stand for residential proxy exits' },
  { what: 'per-user arrival processes', populations: ['all'], done_instead: 'the traces are service-level: burstiness comes from them, per-account rates and diurnal shapes are the simulator\'s' },
];

export interface WorldCounts {
  readonly accountsByPopulation: Record<string, number>;
  readonly exchangesByPopulation: Record<string, number>;
  readonly exchangesByCampaign: Record<string, number>;
  readonly exchanges: number;
  readonly firstTs: string | null;
  readonly lastTs: string | null;
}

export function buildManifest(world: World, counts: WorldCounts, files: Record<string, string>): Record<string, unknown> {
  const { ctx } = world;
  const langs = new Set(WRAPPERS.map((w) => w.lang));
  const real = new Set(ctx.material.prompts.nonEnglish.map((p) => p.lang));
  const attackAccounts = world.accounts.filter((a) => a.label.label === 'distillation').length;
  const populations = Object.keys(counts.accountsByPopulation).sort();
  return {
    generator: 'distillwatch simulate',
    scenario: world.scenario.name,
    description: world.scenario.description,
    seed: ctx.seed,
    scale: ctx.scale,
    window: { start: new Date(ctx.startMs).toISOString(), end: new Date(ctx.endMs).toISOString(), days: ctx.days },
    new_model_launch: new Date(ctx.launchMs).toISOString(),
    models: ctx.models,
    counts: {
      accounts: world.accounts.length,
      attack_accounts: attackAccounts,
      attack_account_share: world.accounts.length > 0 ? attackAccounts / world.accounts.length : 0,
      exchanges: counts.exchanges,
      accounts_by_population: counts.accountsByPopulation,
      exchanges_by_population: counts.exchangesByPopulation,
      first_ts: counts.firstTs,
      last_ts: counts.lastTs,
    },
    campaigns: world.campaigns.map((c) => ({ ...c, exchanges: counts.exchangesByCampaign[c.campaign_id] ?? 0 })),
    material: {
      dir: ctx.material.dir,
      by_population: Object.fromEntries(populations.map((p) => [p, MATERIAL_BY_POPULATION[p] ?? []])),
      always: ALWAYS_FROM,
      gaps: MATERIAL_GAPS,
      multilingual: {
        wrapper_languages: [...langs].sort(),
        real_payload_languages: [...langs].filter((l) => l !== 'en' && real.has(l)).sort(),
        no_real_text_for: [...langs].filter((l) => l !== 'en' && !real.has(l)).sort(),
        note: 'non-English wrappers carry a real prompt in that language (arena-hard v2.0) half of the time where the material has one; otherwise the English payload',
      },
    },
    files,
  };
}
