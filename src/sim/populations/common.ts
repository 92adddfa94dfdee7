// Simulator populations: the shape every population returns (an account, its label and a lazy
// time-ordered stream of its exchanges) and the session generators people-driven populations share.
import type { Account, AccountId, Exchange } from '../../schema/index.js';
import type { Label } from '../../eval/labels.js';
import type { PromptItem } from '../material/index.js';
import { makeExchange, type Identity, type TrafficShape } from '../exchange.js';
import { sampleAccount, sampleClient, opaqueId, type AccountOptions, type ClientConfig, type ClientOptions, type CustomerKind } from '../profiles.js';
import type { Rng } from '../rng.js';
import { combine, vary, zipfIndex } from '../text.js';
import { DAY_MS, pickModel, type WorldCtx } from '../world-ctx.js';

export interface SimAccount {
  readonly account: Account;
  readonly label: Label;
  /** A fresh iterator over the account's exchanges, in time order. */
  readonly stream: () => Iterator<Exchange>;
  /** Earliest time the stream may emit (for lazy activation). */
  readonly firstMs: number;
}

/**
 * One population's builder: makes `n` units (accounts, or groups for group populations). `volume` (0..1]
 * shrinks per-unit volume where a floor on units would otherwise inflate a tiny world.
 */
export type PopulationBuilder = (ctx: WorldCtx, rng: Rng, n: number, volume: number) => SimAccount[];

export interface Person {
  readonly id: Identity;
  readonly account: Account;
  readonly rng: Rng;
}

/** Registry row + client of one account of a kind (the draw attackers imitate). */
export function makePerson(ctx: WorldCtx, rng: Rng, kind: CustomerKind, firstMs: number, ao: AccountOptions = {}, co: ClientOptions = {}, client?: ClientConfig, userAgent?: string): Person {
  const accountId = opaqueId(rng, 'acct_') as AccountId;
  const account = sampleAccount(ctx, rng, accountId, kind, firstMs, ao);
  const sampled = client ?? sampleClient(rng, kind, co);
  // An agent CLI sends its own user agent over the client's TLS stack.
  const c = userAgent && sampled.channel !== 'console' ? { ...sampled, userAgent } : sampled;
  const id: Identity = account.org_id ? { accountId, orgId: account.org_id, client: c } : { accountId, client: c };
  return { id, account, rng };
}

export function benignLabel(accountId: AccountId, population: string): Label {
  return { account_id: accountId, label: 'benign', population };
}

/** A home address that changes now and then (DHCP, travel); `pick` draws a fresh one. */
export function homeIp(rng: Rng, pick: (r: Rng) => string, changePerDay: number): (t: number) => string {
  let ip = pick(rng);
  let lastDay = -1;
  return (t: number) => {
    const d = Math.floor(t / DAY_MS);
    if (d !== lastDay) {
      if (lastDay >= 0 && rng.chance(changePerDay)) ip = pick(rng);
      lastDay = d;
    }
    return ip;
  };
}

export interface ChatHabits {
  readonly topics: readonly PromptItem[];
  /** Chance a session opens with a fresh request from the broad pool instead of a usual topic. */
  readonly freshRate: number;
  readonly fresh: readonly PromptItem[];
  readonly followups: readonly string[];
  readonly meanTurns: number;
  readonly shape: TrafficShape;
  readonly eagerness: number;
  readonly system?: string;
  readonly tools?: readonly string[];
  readonly thinkingRate: number;
  readonly imageRate: number;
  /** End-user id a reseller or app attaches to each request. */
  readonly endUser?: string;
}

/** One conversation of a person: opening request, follow-ups, human think time between turns. */
export function* chatSession(ctx: WorldCtx, rng: Rng, who: Identity, h: ChatHabits, start: number, ip: (t: number) => string): Generator<Exchange> {
  const conv = rng.chance(who.client.convIdRate) ? rng.uuid() : undefined;
  const turns = 1 + Math.min(40, Math.floor(rng.exp(h.meanTurns - 1)));
  const model = pickModel(ctx, rng, start, h.eagerness);
  const thinking = rng.chance(h.thinkingRate);
  let t = start;
  let history = 0;
  for (let k = 0; k < turns; k++) {
    let prompt: string;
    if (k === 0) {
      const base = rng.chance(h.freshRate) ? rng.pick(h.fresh).text : h.topics[zipfIndex(rng, h.topics.length)]!.text;
      prompt = rng.chance(0.08) && h.topics.length > 1 ? combine(rng, vary(rng, base), vary(rng, rng.pick(h.topics).text)) : vary(rng, base);
    } else prompt = rng.chance(0.75) ? rng.pick(h.followups) : vary(rng, rng.pick(h.topics).text);
    const images = rng.chance(h.imageRate);
    const send = (at: number): Exchange =>
      makeExchange(ctx, rng, who, {
        ts: at,
        model,
        ip: ip(at),
        ...(conv ? { conversationId: conv, turn: k } : {}),
        ...(h.system ? { system: h.system } : {}),
        prompt,
        ...(h.tools ? { tools: h.tools, toolCalls: rng.chance(0.3) ? rng.int(1, 3) : 0 } : {}),
        ...(images ? { images: true } : {}),
        ...(thinking ? { thinking: true } : {}),
        shape: h.shape,
        historyTokens: conv ? history : 0,
        ...(h.endUser ? { endUser: h.endUser } : {}),
      });
    let x = send(t);
    yield x;
    // Rate-limited or overloaded: the same request again after a back-off (clients and people retry).
    for (let retry = 0; x.status !== 200 && retry < 3; retry++) {
      t += (x.latency_ms ?? 50) + rng.lognormal(2_000 * 2 ** retry, 0.5);
      x = send(t);
      yield x;
    }
    history += x.input_tokens + x.output_tokens;
    // reading the answer, thinking, typing
    t += (x.latency_ms ?? 1000) + rng.lognormal(50_000, 0.9) + x.output_tokens * 25;
  }
}
