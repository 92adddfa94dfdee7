// Simulator: turns one planned request into an Exchange record (exchange.schema.json), with token
// counts drawn from the real production traces (Azure 2023, Mooncake) and latency from output length.
import type { AccountId, Exchange, ExchangeId } from '../schema/index.js';
import type { TokenPairs } from './material/index.js';
import type { ClientConfig } from './profiles.js';
import type { Rng } from './rng.js';
import { TS_MS } from './stream.js';
import { iso, type WorldCtx } from './world-ctx.js';

/** Who sends a request: the account, its org and its client. */
export interface Identity {
  readonly accountId: AccountId;
  readonly orgId?: string;
  readonly client: ClientConfig;
}

export type TrafficShape = 'chat' | 'code' | 'long';

export interface RequestSpec {
  readonly ts: number;
  readonly model: string;
  readonly ip?: string;
  readonly conversationId?: string;
  readonly turn?: number;
  readonly system?: string;
  readonly prompt?: string;
  readonly tools?: readonly string[];
  readonly toolCalls?: number;
  readonly images?: boolean;
  readonly thinking?: boolean;
  readonly shape: TrafficShape;
  /** Tokens of earlier turns carried in the context. */
  readonly historyTokens?: number;
  /** Overrides of the client's habits for this request. */
  readonly maxTokens?: number;
  readonly userAgent?: string;
  readonly tls?: string;
  /** OpenAI/Anthropic-style end-user metadata a client may attach (kept as an extra field). */
  readonly endUser?: string;
  /** Status to force (rate limits and errors). */
  readonly status?: number;
}

/** Rough token count of a text (Latin ~4 chars/token, CJK ~1.5). */
export function estimateTokens(s: string | undefined): number {
  if (!s) return 0;
  let cjk = 0;
  for (let i = 0; i < s.length; i += 7) if (s.charCodeAt(i) > 0x2e80) cjk++;
  const share = Math.min(1, (cjk * 7) / Math.max(1, s.length));
  return Math.ceil((s.length * (1 - share)) / 4 + (s.length * share) / 1.5);
}

function tracePair(ctx: WorldCtx, rng: Rng, shape: TrafficShape): [number, number] {
  const t: TokenPairs = shape === 'code' ? ctx.material.traces.code : shape === 'long' ? ctx.material.traces.longContext : ctx.material.traces.chat;
  const i = Math.floor(rng.next() * t.input.length);
  return [t.input[i] ?? 0, t.output[i] ?? 0];
}

export function makeExchange(ctx: WorldCtx, rng: Rng, who: Identity, s: RequestSpec): Exchange {
  const c = who.client;
  const [traceIn, traceOut] = tracePair(ctx, rng, s.shape);
  const toolTokens = (s.tools?.length ?? 0) * 140;
  const textIn = estimateTokens(s.system) + estimateTokens(s.prompt) + toolTokens + (s.historyTokens ?? 0);
  // Agent and code contexts are dominated by files and history the log does not show: take the trace's size then.
  const input = s.shape === 'chat' ? Math.max(textIn, 8) : Math.max(textIn, Math.round(traceIn * (0.6 + 0.8 * rng.next())));
  const maxTokens = s.maxTokens ?? (c.maxTokens.length === 1 ? c.maxTokens[0]! : rng.chance(0.6) ? c.maxTokens[0]! : rng.pick(c.maxTokens));
  let out = Math.max(1, s.shape === 'chat' ? traceOut : Math.round(traceOut * (1 + rng.next())));
  if (s.thinking) out += Math.round(rng.lognormal(900, 0.7));
  let stop = s.toolCalls && s.toolCalls > 0 ? 'tool_use' : 'end_turn';
  if (out >= maxTokens) {
    out = maxTokens;
    stop = 'max_tokens';
  }
  const status = s.status ?? (rng.chance(0.004) ? 429 : rng.chance(0.001) ? 529 : 200);
  const ok = status === 200;
  const x: Record<string, unknown> = {
    id: `ex_${rng.hex(20)}` as ExchangeId,
    ts: iso(s.ts),
    account_id: who.accountId,
  };
  if (who.orgId) x['org_id'] = who.orgId;
  x['api_key_id'] = c.apiKeys.length === 1 ? c.apiKeys[0] : rng.pick(c.apiKeys);
  x['channel'] = c.channel;
  if (s.ip) x['ip'] = s.ip;
  x['user_agent'] = s.userAgent ?? c.userAgent;
  x['tls_fingerprint'] = s.tls ?? c.tls;
  x['model'] = s.model;
  if (s.conversationId) {
    x['conversation_id'] = s.conversationId;
    x['turn_index'] = s.turn ?? 0;
  }
  if (s.system) x['system_prompt'] = s.system;
  if (s.prompt !== undefined) x['prompt'] = s.prompt;
  if (s.tools && s.tools.length > 0) x['tool_names'] = s.tools;
  if (s.toolCalls !== undefined) x['tool_calls'] = ok ? s.toolCalls : 0;
  if (s.images) x['has_images'] = true;
  if (s.thinking) x['thinking'] = true;
  x['max_tokens'] = maxTokens;
  if (c.temperature !== undefined) x['temperature'] = c.temperature;
  x['input_tokens'] = input;
  x['output_tokens'] = ok ? out : 0;
  x['status'] = status;
  if (ok) x['stop_reason'] = stop;
  x['latency_ms'] = ok ? Math.round(250 + out * (12 + 18 * rng.next()) + rng.exp(150)) : Math.round(20 + rng.exp(40));
  if (s.endUser) x['user'] = s.endUser;
  (x as { [TS_MS]?: number })[TS_MS] = s.ts;
  return x as unknown as Exchange;
}
