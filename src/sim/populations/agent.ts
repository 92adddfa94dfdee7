// Simulator: agentic tool sessions (a task, then many model↔tool steps, sometimes a follow-up) and the
// set-up of a popular open-source coding agent that many unrelated customers (and campaigns) share.
import type { Exchange } from '../../schema/index.js';
import { makeExchange, type Identity } from '../exchange.js';
import type { ToolTask } from '../material/index.js';
import type { ClientOptions } from '../profiles.js';
import type { Rng } from '../rng.js';
import { vary } from '../text.js';
import type { WorldCtx } from '../world-ctx.js';

/**
 * The material holds no real coding-agent system prompt (a gap the manifest reports): each string
 * below stands for one agent release's prompt, shared verbatim by everyone who runs that release.
 */
export const AGENT_SYSTEM_PROMPTS: readonly string[] = [
  '[system prompt of open-source coding agent A, release 1.4: text not in the material]',
  '[system prompt of open-source coding agent A, release 1.5: text not in the material]',
  '[system prompt of open-source coding agent B, release 0.72: text not in the material]',
];
const AGENT_UAS = ['open-coder-cli/1.4.2 (agent)', 'open-coder-cli/1.5.0 (agent)', 'aider/0.72.1'];

export interface AgentSetup {
  readonly system: string | undefined;
  readonly tools: readonly string[];
  readonly userAgent: string | undefined;
  readonly client: ClientOptions;
}

/** How one customer runs coding agents: a popular agent's prompt and tools, or their own harness. */
export function agentSetup(ctx: WorldCtx, rng: Rng): AgentSetup {
  const P = ctx.material.prompts;
  const k = rng.weighted([[0, 25], [1, 20], [2, 15], [-1, 40]] as const);
  if (k >= 0) return { system: AGENT_SYSTEM_PROMPTS[k], tools: P.agentToolSet, userAgent: AGENT_UAS[k], client: {} };
  const own = rng.chance(0.5) ? rng.sample(P.agentToolSet, rng.int(4, 10)) : rng.pick(P.toolUse).tools;
  return { system: rng.chance(0.5) ? rng.pick(P.apps).instruction : undefined, tools: own, userAgent: undefined, client: {} };
}

export interface AgentRun {
  readonly task: string;
  readonly followups: readonly string[];
  readonly steps: number;
  /** Median seconds a tool takes between model steps. */
  readonly toolSeconds: number;
  readonly model: string;
  readonly thinking: boolean;
  readonly endUser?: string;
}

/** One agent session: the task turn, then tool-result turns (no user text) and occasional follow-ups. */
export function* agentSession(ctx: WorldCtx, rng: Rng, who: Identity, setup: AgentSetup, run: AgentRun, start: number, ip: (t: number) => string): Generator<Exchange> {
  const conv = rng.chance(who.client.convIdRate) ? rng.uuid() : undefined;
  let t = start;
  let history = 0;
  let userTurn = 0;
  let fu = 0;
  for (let k = 0; k < run.steps; k++) {
    const isUser = k === 0 || (fu < run.followups.length && rng.chance(0.04));
    const prompt = k === 0 ? run.task : isUser ? run.followups[fu++] : undefined;
    const x = makeExchange(ctx, rng, who, {
      ts: t,
      model: run.model,
      ip: ip(t),
      ...(conv ? { conversationId: conv, turn: userTurn } : {}),
      ...(setup.system ? { system: setup.system } : {}),
      ...(prompt !== undefined ? { prompt } : {}),
      tools: setup.tools,
      toolCalls: k === run.steps - 1 ? 0 : rng.int(1, 3),
      ...(run.thinking ? { thinking: true } : {}),
      shape: k === 0 ? 'code' : 'long',
      historyTokens: Math.min(180_000, history),
      ...(setup.userAgent ? { userAgent: setup.userAgent } : {}),
      ...(run.endUser ? { endUser: run.endUser } : {}),
    });
    yield x;
    if (isUser) userTurn++;
    history += Math.round((x.output_tokens + 300) * 0.8);
    t += (x.latency_ms ?? 2000) + rng.lognormal(run.toolSeconds * 1000, 0.8) + (isUser && k > 0 ? rng.lognormal(40_000, 0.8) : 0);
  }
}

/** A coding task from the material: people's coding requests, code instructions or BFCL agent tasks. */
export function codingTask(ctx: WorldCtx, rng: Rng, own: readonly ToolTask[]): { task: string; followups: readonly string[] } {
  const P = ctx.material.prompts;
  if (own.length > 0 && rng.chance(0.9)) {
    const t = rng.pick(own);
    return { task: vary(rng, t.text), followups: t.followups };
  }
  const u = rng.next();
  const text = u < 0.4 ? rng.pick(P.coding).text : u < 0.8 ? rng.pick(P.codeInstructions).text : rng.pick(P.agentTasks).text;
  return { task: vary(rng, text), followups: [] };
}
