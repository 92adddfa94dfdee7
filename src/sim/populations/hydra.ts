// Simulator attack mechanics shared by every campaign: hydra clusters of bought/aged accounts that
// rotate (one retires, the next takes its slot), run behind proxy services that also carry ordinary
// customers, sometimes share cards, sometimes load-balance in lockstep with jitter, and now and then
// leak staff names/domains/office addresses the actor registry knows. Public reports, Feb 2026.
import type { Exchange } from '../../schema/index.js';
import type { Label } from '../../eval/labels.js';
import type { SimActor } from '../actors.js';
import { officeIp } from '../actors.js';
import { makeExchange, type Identity, type TrafficShape } from '../exchange.js';
import type { ProxyService } from '../ip-space.js';
import type { PromptItem } from '../material/index.js';
import type { CustomerKind } from '../profiles.js';
import type { Rng } from '../rng.js';
import { accountStream, type PlannedSession } from '../stream.js';
import { pickTopics } from '../text.js';
import { DAY_MS, HOUR_MS, adoption, startInDay, type WorldCtx } from '../world-ctx.js';
import { agentSession, agentSetup, type AgentSetup } from './agent.js';
import { chatSession, homeIp, makePerson, type SimAccount } from './common.js';

/** What one attack request carries. */
export interface AttackContent {
  readonly system?: string;
  readonly prompt: string;
  readonly tools?: readonly string[];
  readonly toolCalls?: number;
  readonly images?: boolean;
  readonly thinking?: boolean;
  readonly shape: TrafficShape;
  /** Run as a short agent loop (task + tool steps) instead of one request. */
  readonly agentSteps?: number;
}

export type ContentFn = (ctx: WorldCtx, rng: Rng, t: number) => AttackContent;

export interface CampaignSpec {
  readonly id: string;
  readonly population: string;
  readonly accounts: number;
  /** Requests per active account per day. */
  readonly perDay: number;
  readonly lifetimeDays: readonly [number, number];
  readonly clusterSlots: readonly [number, number];
  readonly lockstepShare: number;
  readonly sharedCardShare: number;
  readonly leakShare: number;
  /** Share of accounts provisioned through cloud marketplaces (channel cloud:*). */
  readonly cloudShare: number;
  /** Share of traffic moved to the new model within a day of its launch (0 = ordinary adoption). */
  readonly launchShift: number;
  /** Copy benign timing and session shape, one residential address per account, mix in ordinary prompts. */
  readonly camouflage: boolean;
  /** Camouflaged: share of sessions that are ordinary chat (default 0.35). */
  readonly ordinaryShare?: number;
  /** Camouflaged: share of accounts whose one address is an exit of the cluster's proxy service (default 0.7). */
  readonly proxyShare?: number;
  /** Run agent sessions with the popular agent set-up (agentic coding campaigns). */
  readonly agentic: boolean;
  readonly kinds: readonly (readonly [CustomerKind, number])[];
  /** UTC offset of the operators' working hours, for campaigns whose batch jobs follow a shift. */
  readonly operatorTz?: number;
  readonly actor: SimActor | undefined;
  readonly content: ContentFn;
}

interface Cluster {
  readonly proxy: ProxyService;
  readonly lockstep: boolean;
  readonly card: string | undefined;
  readonly rng: Rng;
}

/** Shared tick times of a lockstep cluster on one day (every member computes the same list). */
function clusterTicks(ctx: WorldCtx, c: Cluster, day: number, perDay: number): number[] {
  const r = c.rng.fork(`ticks${day}`);
  const out: number[] = [];
  const start = ctx.startMs + day * DAY_MS;
  // Work arrives as many small batches through the day; each batch is fanned out to every member at once.
  const bursts = Math.max(3, Math.round(perDay / 12));
  for (let b = 0; b < bursts; b++) {
    let t = start + r.next() * DAY_MS;
    const n = Math.max(1, r.poisson(perDay / bursts));
    for (let k = 0; k < n; k++) {
      out.push(t);
      t += 3_000 + r.exp(10_000);
    }
  }
  return out.sort((a, b) => a - b);
}

function modelFor(ctx: WorldCtx, spec: CampaignSpec, rng: Rng, t: number): string {
  if (spec.launchShift > 0 && t >= ctx.launchMs) {
    const ramp = Math.min(1, (t - ctx.launchMs) / (10 * HOUR_MS));
    if (rng.chance(spec.launchShift * ramp)) return ctx.models.next;
    return ctx.models.current;
  }
  return rng.chance(adoption(ctx, t, 0.3)) ? ctx.models.next : ctx.models.current;
}

export function buildCampaign(ctx: WorldCtx, rng: Rng, spec: CampaignSpec): SimAccount[] {
  const P = ctx.material.prompts;
  const span = ctx.days;
  const meanLife = (spec.lifetimeDays[0] + spec.lifetimeDays[1]) / 2;
  const slots = Math.max(1, Math.min(spec.accounts, Math.round((spec.accounts * Math.min(meanLife, span)) / span)));
  // Each slot is a chain of accounts, one after another, spanning the window.
  const chains: { start: number; end: number }[][] = Array.from({ length: slots }, () => []);
  for (let j = 0; j < spec.accounts; j++) chains[j % slots]!.push({ start: 0, end: 0 });
  chains.forEach((chain, s) => {
    const r = rng.fork(`chain${s}`);
    const lives = chain.map(() => spec.lifetimeDays[0] + r.next() * (spec.lifetimeDays[1] - spec.lifetimeDays[0]));
    const total = lives.reduce((a, b) => a + b, 0);
    const offset = chain.length === 1 ? r.next() * Math.max(0, span - lives[0]!) : 0;
    let t = ctx.startMs + offset * DAY_MS;
    const k = chain.length === 1 ? 1 : span / total;
    chain.forEach((slot, i) => {
      slot.start = t;
      t += lives[i]! * k * DAY_MS;
      slot.end = Math.min(ctx.endMs, t);
    });
  });
  const clusters: Cluster[] = [];
  const clusterOf: number[] = [];
  for (let s = 0; s < slots; ) {
    const r = rng.fork(`cluster${clusters.length}`);
    // Small worlds still get several clusters (a campaign is never one cluster).
    const size = Math.min(r.int(spec.clusterSlots[0], spec.clusterSlots[1]), Math.max(2, Math.ceil(slots / 3)));
    // Camouflaged clusters buy residential proxy exits (sticky, in the account's declared country).
    const pool = spec.camouflage ? ctx.ip.proxies.filter((p) => p.kind === 'residential') : ctx.ip.proxies;
    clusters.push({ proxy: r.pick(pool.length > 0 ? pool : ctx.ip.proxies), lockstep: r.chance(spec.lockstepShare), card: r.chance(spec.sharedCardShare) ? (spec.actor && r.chance(0.5) ? r.pick(spec.actor.cards) : `pm_${r.hex(16)}`) : undefined, rng: r });
    for (let k = 0; k < size && s < slots; k++, s++) clusterOf.push(clusters.length - 1);
  }
  const out: SimAccount[] = [];
  // Which accounts leak actor metadata: the campaign's share, and at least one where the actor is known.
  const leakRng = rng.fork('leakers');
  const nLeak = spec.actor && spec.leakShare > 0 ? Math.max(1, Math.round(spec.leakShare * spec.accounts)) : 0;
  const leakers = new Set(leakRng.sample(Array.from({ length: spec.accounts }, (_, i) => i), nLeak));
  chains.forEach((chain, s) => {
    const cluster = clusters[clusterOf[s]!]!;
    chain.forEach((slot, i) => out.push(attackAccount(ctx, rng.fork(`a${s}.${i}`), spec, cluster, slot.start, slot.end, P.chat, leakers.has(out.length))));
  });
  return out;
}

function attackAccount(ctx: WorldCtx, r: Rng, spec: CampaignSpec, cluster: Cluster, startMs: number, endMs: number, ordinary: readonly PromptItem[], leaks: boolean): SimAccount {
  const kind = r.weighted(spec.kinds);
  const leak = spec.actor && leaks ? r.weighted([['name', 45], ['domain', 25], ['handle', 15], ['office', 15]] as const) : undefined;
  const a = spec.actor;
  const setup: AgentSetup | undefined = spec.agentic ? agentSetup(ctx, r) : undefined;
  const channel = r.chance(spec.cloudShare) ? r.pick(['cloud:aws-bedrock', 'cloud:gcp-vertex', 'cloud:azure-foundry']) : undefined;
  const useCard = cluster.card && r.chance(0.5) ? cluster.card : undefined;
  const person = makePerson(ctx, r, kind, startMs, {
    // Bought, aged accounts; a share are fresh sign-ups like any customer's.
    createdInside: r.chance(0.15),
    ...(kind === 'business' || r.chance(0.2) ? { orgId: `org_${r.hex(10)}` } : {}),
    ...(useCard ? { payment: useCard } : {}),
    ...(leak === 'name' && a ? { displayName: r.pick(a.people) } : {}),
    ...(leak === 'domain' && a ? { emailDomain: a.domain } : {}),
  }, channel ? { channel } : {});
  const who: Identity = person.id;
  const day0 = Math.floor((startMs - ctx.startMs) / DAY_MS);
  const lastDay = Math.min(ctx.days - 1, Math.floor((endMs - 1 - ctx.startMs) / DAY_MS));
  const country = person.account.country;
  // Where requests come from: the cluster's proxy (rotating exits) or, camouflaged, one residential address.
  const sticky = spec.camouflage ? (r.chance(spec.proxyShare ?? 0.7) ? ctx.ip.fromProxy(r, cluster.proxy, country) : ctx.ip.sample(r, 'residential', country)) : undefined;
  const ip = (q: Rng): string => (leak === 'office' && a && q.chance(0.3) ? officeIp(a, q) : sticky ?? ctx.ip.fromProxy(q, cluster.proxy));
  const endUser = leak === 'handle' && a ? r.pick(a.handles) : undefined;
  const topics = pickTopics(r, ordinary, 4);
  const ownOrdinary = r.sample(ordinary, 15);
  const mkReq = (q: Rng, t: number): Exchange => {
    const c = spec.content(ctx, q, t);
    return makeExchange(ctx, q, who, {
      ts: t,
      model: modelFor(ctx, spec, q, t),
      ip: ip(q),
      ...(q.chance(who.client.convIdRate) ? { conversationId: q.uuid(), turn: 0 } : {}),
      ...(c.system ? { system: c.system } : setup?.system ? { system: setup.system } : {}),
      prompt: c.prompt,
      ...(c.tools ? { tools: c.tools, toolCalls: c.toolCalls ?? 0 } : setup ? { tools: setup.tools, toolCalls: q.int(0, 2) } : {}),
      ...(c.images ? { images: true } : {}),
      ...(c.thinking ? { thinking: true } : {}),
      shape: c.shape,
      ...(setup?.userAgent ? { userAgent: setup.userAgent } : {}),
      ...(endUser ? { endUser } : {}),
    });
  };
  // 1.25: sessions cut at the account's first and last day and load-balancer skips lose about a fifth.
  const rate = 1.25 * spec.perDay * (0.7 + 0.6 * r.next());
  const planDay = (day: number): PlannedSession[] => {
    const dr = r.fork(`d${day}`);
    const sessions: PlannedSession[] = [];
    if (spec.camouflage) {
      // Human-shaped: diurnal conversations with follow-ups; a share of ordinary requests mixed in.
      const n = Math.max(1, dr.poisson(rate / (spec.agentic ? 5 : 2.3)));
      for (let s = 0; s < n; s++) {
        const start = startInDay(ctx, dr, day, country, 'diurnal');
        const sr = dr.fork(s);
        if (sr.chance(spec.ordinaryShare ?? 0.35)) {
          const h = { topics, freshRate: 0.3, fresh: ownOrdinary, followups: ctx.material.prompts.followups, meanTurns: 3, shape: 'chat' as const, eagerness: 0.3, thinkingRate: 0.1, imageRate: 0.03 };
          sessions.push({ start, run: () => chatSession(ctx, sr, who, h, start, () => ip(sr)) });
        } else if (spec.agentic && setup) {
          const c = spec.content(ctx, sr, start);
          const run = { task: c.prompt, followups: sr.sample(ctx.material.prompts.followups, 2), steps: c.agentSteps ?? sr.int(3, 12), toolSeconds: 4, model: modelFor(ctx, spec, sr, start), thinking: c.thinking ?? false, ...(endUser ? { endUser } : {}) };
          sessions.push({ start, run: () => agentSession(ctx, sr, who, c.system ? { ...setup, system: c.system } : setup, run, start, () => ip(sr)) });
        } else {
          const c = spec.content(ctx, sr, start);
          const h = { topics: [{ text: c.prompt, source: 'campaign', topic: 'x', lang: 'en' }], freshRate: 0, fresh: ordinary, followups: ctx.material.prompts.followups, meanTurns: 2.5, shape: c.shape, eagerness: 0.3, thinkingRate: c.thinking ? 1 : 0, imageRate: c.images ? 1 : 0, ...(c.system ? { system: c.system } : {}), ...(c.tools ? { tools: c.tools } : {}) };
          sessions.push({ start, run: () => chatSession(ctx, sr, who, h, start, () => ip(sr)) });
        }
      }
      return sessions;
    }
    if (cluster.lockstep) {
      // Every member fires at the cluster's shared ticks with a few seconds of jitter; a load balancer skips some.
      const ticks = clusterTicks(ctx, cluster, day, rate);
      const take = ticks.filter(() => dr.chance(0.85));
      if (take.length === 0) return [];
      const start = take[0]!;
      const jittered = take.map((t) => t + dr.next() * 8_000).sort((x, y) => x - y);
      return [{ start, run: function* () { for (const t of jittered) yield mkReq(dr, t); } }];
    }
    if (spec.agentic && setup) {
      const n = Math.max(1, dr.poisson(rate / 6.5));
      for (let s = 0; s < n; s++) {
        const start = ctx.startMs + day * DAY_MS + dr.next() * DAY_MS;
        const sr = dr.fork(s);
        const c = spec.content(ctx, sr, start);
        const run = { task: c.prompt, followups: [] as string[], steps: c.agentSteps ?? sr.int(3, 12), toolSeconds: 2, model: modelFor(ctx, spec, sr, start), thinking: c.thinking ?? false, ...(endUser ? { endUser } : {}) };
        const s2 = c.system ? { ...setup, system: c.system } : setup;
        sessions.push({ start, run: () => agentSession(ctx, sr, who, s2, run, start, () => ip(sr)) });
      }
      return sessions;
    }
    // Batch harvesting: a few bursts a day at machine pace.
    const total = dr.poisson(rate);
    const bursts = Math.max(1, Math.round(total / dr.int(15, 60)));
    for (let b = 0; b < bursts; b++) {
      // Operators start jobs in their own working hours (whatever country the account declares).
      const start = spec.operatorTz !== undefined && dr.chance(0.7) ? ctx.startMs + day * DAY_MS + ((((dr.int(9, 19) + dr.next() - spec.operatorTz) % 24) + 24) % 24) * HOUR_MS : ctx.startMs + day * DAY_MS + dr.next() * DAY_MS;
      const per = Math.max(1, Math.round(total / bursts));
      const sr = dr.fork(b);
      sessions.push({
        start,
        run: function* () {
          let t = start;
          for (let k = 0; k < per; k++) {
            const x = mkReq(sr, t);
            yield x;
            t += (x.latency_ms ?? 1000) * (sr.chance(0.5) ? 0.2 : 1) + sr.exp(3_000);
          }
        },
      });
    }
    return sessions;
  };
  const label: Label = { account_id: who.accountId, label: 'distillation', campaign_id: spec.id, population: spec.population, ...(a ? { actor_id: a.actor.actor_id } : {}) };
  return { account: person.account, label, firstMs: startMs, stream: (): Iterator<Exchange> => accountStream(ctx, Math.max(0, day0), lastDay, planDay, endMs, startMs) };
}

