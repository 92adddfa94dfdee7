// Simulator attack campaigns of the seed incident (public reports, Feb 2026) and of the mid-2026
// low-and-slow report: what each asks for (real payloads in authored elicitation wrappers), at what
// volume and with which infrastructure habits. Volumes are per scale 1.
import type { SimActor } from '../actors.js';
import type { Rng } from '../rng.js';
import { campaignWrappers, COMPUTER_TOOLS, WRAPPERS, wrap, type Purpose, type Wrapper } from '../templates.js';
import { HOLDOUT_WRAPPERS } from '../templates-holdout.js';
import { vary } from '../text.js';
import { DAY_MS, type WorldCtx } from '../world-ctx.js';
import type { AttackContent, CampaignSpec, ContentFn } from './hydra.js';

export interface CampaignPlan {
  readonly key: 'cot_rubric' | 'agentic_multichannel' | 'agentic_coding' | 'low_and_slow';
  /** Accounts and exchanges at scale 1 (the reports' figures). */
  readonly accounts: number;
  readonly exchanges: number;
}

export const SEED_CAMPAIGNS: readonly CampaignPlan[] = [
  { key: 'cot_rubric', accounts: 240, exchanges: 150_000 },
  { key: 'agentic_multichannel', accounts: 900, exchanges: 3_400_000 },
  { key: 'agentic_coding', accounts: 22_860, exchanges: 13_000_000 },
];
export const LOW_AND_SLOW: CampaignPlan = { key: 'low_and_slow', accounts: 25_000, exchanges: 25_000 * 26 * 25 };

/** Payload in the wrapper's language where the material has real text in it, else the English payload. */
function payloadFor(ctx: WorldCtx, rng: Rng, w: Wrapper, english: string): string {
  if (w.lang === 'en' || !rng.chance(0.5)) return english;
  const local = ctx.material.prompts.nonEnglish.filter((p) => p.lang === w.lang);
  return local.length > 0 ? rng.pick(local).text : english;
}

/** How a campaign words its asks and where its payloads come from. */
interface Style {
  readonly paraphrases: number;
  /** The held-out wrapper set (mimicry) instead of the standard one. */
  readonly holdout: boolean;
  /**
   * Payloads sent bare (the bare scenario): no elicitation wrapper, judge template or generation
   * meta-prompt around them, as Alpaca's instructions were sent to their teacher model.
   */
  readonly bare: boolean;
}

function wrappers(rng: Rng, purposes: readonly Purpose[], st: Style, multilingual: boolean): Map<Purpose, Wrapper[]> {
  const m = new Map<Purpose, Wrapper[]>();
  const set = st.holdout ? HOLDOUT_WRAPPERS : WRAPPERS;
  for (const p of purposes) m.set(p, campaignWrappers(rng, p, st.paraphrases, multilingual || st.holdout ? undefined : ['en'], set));
  return m;
}

/** A wrapped ask: user text, plus the system prompt when the wrapper sits there. */
type Ask = { prompt: string; system?: string };

function use(ctx: WorldCtx, rng: Rng, ws: Map<Purpose, Wrapper[]>, st: Style, p: Purpose, payload: string): Ask {
  const w = rng.pick(ws.get(p) ?? []);
  const text = payloadFor(ctx, rng, w, payload);
  return st.bare ? { prompt: text } : wrap(w, text);
}

/** Held-out style: half the payloads come from the ordinary customers' own prompt pool, not a harvest set. */
function ordinaryOr(ctx: WorldCtx, q: Rng, st: Style, harvest: () => string): string {
  if (!st.holdout || !q.chance(0.5)) return harvest();
  const P = ctx.material.prompts;
  return q.pick(q.chance(0.7) ? P.chat : P.coding).text;
}

/** Step-by-step reasoning reconstruction, rubric grading and censorship-safe rewrites. */
function cotRubricContent(ctx: WorldCtx, rng: Rng, st: Style): ContentFn {
  const P = ctx.material.prompts;
  const ws = wrappers(rng, ['cot', 'rubric', 'safe_rewrite'], st, true);
  const mathy = [...P.reasoningProblems.map((x) => x.text), ...(P.evalSuites.get('gsm8k') ?? []).slice(0, 4000), ...(P.evalSuites.get('mmlu') ?? []).slice(0, 4000)];
  return (_ctx, q) => {
    const u = q.next();
    const system = q.chance(0.5) && !st.bare ? q.pick(P.orcaSystem) : undefined;
    if (u < 0.55) return { ...(system ? { system } : {}), ...use(ctx, q, ws, st, 'cot', ordinaryOr(ctx, q, st, () => vary(q, q.pick(mathy)))), shape: 'chat', thinking: q.chance(0.3) };
    if (u < 0.8) {
      const a = q.pick(P.answers);
      const judge = P.judgePrompts.length > 0 && q.chance(0.4) ? q.pick(P.judgePrompts) : undefined;
      if (judge && !st.bare) return { system: judge.system, prompt: judge.template.replace('{question}', a.question).replace('{answer}', a.answer), shape: 'chat' };
      return { ...use(ctx, q, ws, st, 'rubric', `Question: ${a.question}\n\nAnswer: ${a.answer}`), shape: 'chat' };
    }
    return { ...use(ctx, q, ws, st, 'safe_rewrite', q.chance(0.5) ? q.pick(P.sensitive) : q.pick(P.forbidden)), shape: 'chat' };
  };
}

/** Agentic reasoning, tool use, coding, data analysis, computer use and vision; later reasoning traces. */
function agenticMultichannelContent(ctx: WorldCtx, rng: Rng, st: Style): ContentFn {
  const P = ctx.material.prompts;
  const ws = wrappers(rng, ['tool', 'orchestrate', 'code', 'data', 'computer', 'vision', 'cot', 'trace'], st, true);
  const shiftMs = ctx.startMs + rng.int(13, 17) * DAY_MS;
  const dataInputs = P.apps.flatMap((a) => a.inputs).filter((x) => x.length > 80);
  return (_ctx, q, t) => {
    if (t >= shiftMs && q.chance(0.75)) {
      return { ...use(ctx, q, ws, st, 'trace', ordinaryOr(ctx, q, st, () => vary(q, q.pick(P.reasoningProblems).text))), shape: 'chat', thinking: true };
    }
    const cap = q.weighted([['tool', 25], ['code', 20], ['data', 15], ['reason', 15], ['computer', 10], ['vision', 10], ['orchestrate', 5]] as const);
    switch (cap) {
      case 'tool': {
        const task = q.pick(q.chance(0.5) ? P.toolbench : q.chance(0.5) ? P.glaive : P.toolUse);
        return { ...use(ctx, q, ws, st, 'tool', task.text), tools: task.tools, toolCalls: q.int(1, 3), shape: 'chat' };
      }
      case 'orchestrate': {
        const task = q.pick(P.toolbench);
        return { ...use(ctx, q, ws, st, 'orchestrate', task.text), tools: task.tools, toolCalls: q.int(2, 5), shape: 'chat' };
      }
      case 'code':
        return { ...use(ctx, q, ws, st, 'code', ordinaryOr(ctx, q, st, () => vary(q, q.pick(P.codeInstructions).text))), shape: 'code' };
      case 'data':
        return { ...use(ctx, q, ws, st, 'data', q.pick(dataInputs)), shape: 'chat' };
      case 'computer':
        return { ...use(ctx, q, ws, st, 'computer', q.pick(P.agentTasks).text), tools: COMPUTER_TOOLS, toolCalls: q.int(1, 4), shape: 'long' };
      case 'vision':
        return { ...use(ctx, q, ws, st, 'vision', q.pick(P.chat).text), images: true, shape: 'chat' };
      default:
        return { ...use(ctx, q, ws, st, 'cot', ordinaryOr(ctx, q, st, () => vary(q, q.pick(P.reasoningProblems).text))), shape: 'chat', thinking: q.chance(0.5) };
    }
  };
}

/** Agentic coding and tool orchestration (OSS-Instruct-style problems from real snippets, code instructions). */
function agenticCodingContent(ctx: WorldCtx, rng: Rng, st: Style): ContentFn {
  const P = ctx.material.prompts;
  const ws = wrappers(rng, ['code', 'orchestrate'], st, st.paraphrases > 4);
  return (_ctx, q): AttackContent => {
    const u = q.next();
    if (u < 0.35 && !st.holdout && !st.bare) return { prompt: P.magicoderTemplate.replace('{code}', q.pick(P.codeSnippets)), shape: 'code', agentSteps: q.int(2, 8) };
    if (u < 0.75) return { ...use(ctx, q, ws, st, 'code', ordinaryOr(ctx, q, st, () => vary(q, q.pick(P.codeInstructions).text))), shape: 'code', agentSteps: q.int(3, 14) };
    if (u < 0.85) return { ...use(ctx, q, ws, st, 'code', q.pick(P.evolInstructions).text), shape: 'code', agentSteps: q.int(2, 8) };
    const task = q.pick(P.toolbench);
    return { ...use(ctx, q, ws, st, 'orchestrate', task.text), shape: 'code', agentSteps: q.int(3, 10) };
  };
}

/** Low-and-slow: a mix of the reasoning and coding harvests at ~26 requests per account per day. */
function lowAndSlowContent(ctx: WorldCtx, rng: Rng, st: Style): ContentFn {
  const a = cotRubricContent(ctx, rng.fork('a'), st);
  const b = agenticMultichannelContent(ctx, rng.fork('b'), st);
  return (c, q, t) => (q.chance(0.5) ? a(c, q, t) : b(c, q, t));
}

export interface CampaignOptions {
  readonly camouflage: boolean;
  /** Held-out wording and ordinary payloads (the mimicry scenario). */
  readonly holdout?: boolean;
  /** Payloads without wrappers, templates or meta-prompts (the bare scenario). */
  readonly bare?: boolean;
  /** accounts = max(min, round(nominal × scale)); per-account rate scaled to keep totals near nominal × scale. */
  readonly scale: number;
}

const MIN_ACCOUNTS: Readonly<Record<CampaignPlan['key'], number>> = { cot_rubric: 6, agentic_multichannel: 8, agentic_coding: 40, low_and_slow: 40 };

export function campaignSpec(ctx: WorldCtx, rng: Rng, plan: CampaignPlan, actor: SimActor | undefined, o: CampaignOptions): CampaignSpec {
  const accounts = Math.max(MIN_ACCOUNTS[plan.key], Math.round(plan.accounts * o.scale));
  const life: Record<CampaignPlan['key'], readonly [number, number]> = { cot_rubric: [15, 30], agentic_multichannel: [10, 30], agentic_coding: [3, 12], low_and_slow: [20, 30] };
  const lifeMean = (life[plan.key][0] + life[plan.key][1]) / 2;
  const nominalPerDay = plan.exchanges / (plan.accounts * Math.min(lifeMean, ctx.days));
  // At tiny scales the account floor would inflate volumes: lower the rate, but never below a tenth.
  const volumeRatio = (plan.exchanges * o.scale) / (accounts * nominalPerDay * Math.min(lifeMean, ctx.days));
  const perDay = plan.key === 'low_and_slow' ? 26 : nominalPerDay * Math.max(0.1, Math.min(1, volumeRatio));
  const st: Style = { paraphrases: o.camouflage ? 8 : 4, holdout: o.holdout === true, bare: o.bare === true };
  const base = {
    id: `campaign-${rng.hex(8)}`,
    accounts,
    perDay,
    lifetimeDays: life[plan.key],
    camouflage: o.camouflage,
    ...(o.holdout ? { ordinaryShare: 0.5, proxyShare: 0.4 } : {}),
    actor,
    kinds: [['developer', 62], ['business', 18], ['consumer', 10], ['education', 10]] as const,
  };
  switch (plan.key) {
    case 'cot_rubric':
      return { ...base, operatorTz: 8, population: 'attack_cot_rubric', clusterSlots: [4, 20], lockstepShare: 0.6, sharedCardShare: 0.25, leakShare: 0.08, cloudShare: 0.1, launchShift: 0, agentic: false, content: cotRubricContent(ctx, rng, st) };
    case 'agentic_multichannel':
      return { ...base, operatorTz: 8, population: 'attack_agentic_multichannel', clusterSlots: [8, 40], lockstepShare: 0.3, sharedCardShare: 0.1, leakShare: 0, cloudShare: 0.45, launchShift: 0, agentic: false, content: agenticMultichannelContent(ctx, rng, st) };
    case 'agentic_coding':
      return { ...base, population: 'attack_agentic_coding', clusterSlots: [10, 80], lockstepShare: 0.25, sharedCardShare: 0.1, leakShare: 0.04, cloudShare: 0.1, launchShift: 0.5, agentic: true, content: agenticCodingContent(ctx, rng, st) };
    case 'low_and_slow':
      return { ...base, population: 'attack_low_and_slow', clusterSlots: [20, 200], lockstepShare: 0, sharedCardShare: 0.05, leakShare: 0.02, cloudShare: 0.1, launchShift: 0, agentic: false, camouflage: true, content: lowAndSlowContent(ctx, rng, st) };
  }
}
