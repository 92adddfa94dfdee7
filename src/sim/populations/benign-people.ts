// Simulator benign populations driven by one person each: consumer chat, individual API developers,
// jailbreak hobbyists (abusive but not distillation), and employees of enterprises behind one NAT.
import type { Exchange } from '../../schema/index.js';
import type { PromptItem } from '../material/index.js';
import type { Rng } from '../rng.js';
import type { PlannedSession } from '../stream.js';
import { accountStream } from '../stream.js';
import { pickTopics } from '../text.js';
import { agentSetup } from './agent.js';
import { companyDomain, type CustomerKind } from '../profiles.js';
import { startInDay, isWeekend, DAY_MS, type DayShape, type WorldCtx } from '../world-ctx.js';
import { benignLabel, chatSession, homeIp, makePerson, type ChatHabits, type Person, type PopulationBuilder, type SimAccount } from './common.js';

/** First active day: most customers exist before the window; 10-20% sign up during it. */
export function firstDay(ctx: WorldCtx, rng: Rng): number {
  return rng.chance(0.15) ? rng.int(1, ctx.days - 2) : 0;
}

/** Household/agency payment sharing: a card used by a few unrelated accounts outside any org. */
export function sharedCardPool(rng: Rng): () => string | undefined {
  let card: string | undefined;
  let left = 0;
  return () => {
    if (left > 0) {
      left--;
      return card;
    }
    if (rng.chance(0.05)) {
      card = `pm_${rng.hex(16)}`;
      left = rng.int(1, 3);
      return card;
    }
    return undefined;
  };
}

interface PersonPlan {
  readonly person: Person;
  readonly habits: ChatHabits;
  readonly ip: (t: number) => string;
  readonly activeRate: number;
  readonly sessionsPerDay: number;
  readonly shape: DayShape;
  readonly weekdaysOnly: boolean;
}

export function personAccount(ctx: WorldCtx, p: PersonPlan, population: string, day0: number): SimAccount {
  const { person } = p;
  const rng = person.rng;
  const planDay = (day: number): PlannedSession[] => {
    if (p.weekdaysOnly && isWeekend(ctx, day)) return [];
    if (!rng.chance(p.activeRate)) return [];
    const n = Math.max(1, rng.poisson(p.sessionsPerDay));
    const out: PlannedSession[] = [];
    for (let i = 0; i < n; i++) {
      const start = startInDay(ctx, rng, day, person.account.country, p.shape);
      const srng = rng.fork(`s${day}.${i}`);
      out.push({ start, run: () => chatSession(ctx, srng, person.id, p.habits, start, p.ip) });
    }
    return out;
  };
  return {
    account: person.account,
    label: benignLabel(person.id.accountId, population),
    firstMs: ctx.startMs + day0 * DAY_MS,
    stream: (): Iterator<Exchange> => accountStream(ctx, day0, ctx.days - 1, planDay),
  };
}

function chatHabits(ctx: WorldCtx, rng: Rng, pool: readonly PromptItem[], o: Partial<ChatHabits> = {}): ChatHabits {
  const P = ctx.material.prompts;
  return {
    topics: pickTopics(rng, pool, rng.int(2, 6)),
    freshRate: 0.25,
    // Each customer's own corner of the pool: a real prompt is shared by hundreds of customers at scale 1, not by all.
    fresh: rng.sample(pool, rng.int(8, 30)),
    followups: P.followups,
    meanTurns: 3,
    shape: 'chat',
    eagerness: rng.next() * 0.6,
    thinkingRate: 0.1,
    imageRate: 0.04,
    ...o,
  };
}

/** Consumer chat: multi-turn, diurnal, residential/mobile addresses; a few use a VPN or a relay. */
export const consumerChat: PopulationBuilder = (ctx, rng, n) => {
  const P = ctx.material.prompts;
  const card = sharedCardPool(rng.fork('cards'));
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const d0 = firstDay(ctx, r);
    const payment = card();
    const person = makePerson(ctx, r, 'consumer', ctx.startMs + d0 * DAY_MS, payment ? { payment } : {});
    const country = person.account.country;
    const multilingual = r.chance(0.08) && P.nonEnglish.length > 0;
    const pool = multilingual ? P.nonEnglish : r.chance(0.15) ? P.coding : P.chat;
    const net = r.weighted([['home', 80], ['mobile', 10], ['vpn', 5], ['proxy', 5]] as const);
    const proxy = r.pick(ctx.ip.proxies);
    const pick = (q: Rng): string =>
      net === 'home' ? ctx.ip.sample(q, 'residential', country) : net === 'mobile' ? ctx.ip.cgnat(q, country) : net === 'vpn' ? ctx.ip.sample(q, 'vpn') : ctx.ip.fromProxy(q, proxy, country);
    out.push(
      personAccount(ctx, {
        person,
        habits: chatHabits(ctx, r, pool),
        ip: homeIp(r, pick, net === 'home' ? 0.05 : net === 'mobile' ? 0.9 : 0.5),
        activeRate: r.next() * 0.6 + 0.05,
        sessionsPerDay: r.lognormal(1.3, 0.6),
        shape: 'diurnal',
        weekdaysOnly: false,
      }, 'consumer_chat', d0),
    );
  }
  return out;
};

/** Individual developers: SDK or raw HTTP clients, scripts and ad-hoc tests, varied settings. */
export const developer: PopulationBuilder = (ctx, rng, n) => {
  const P = ctx.material.prompts;
  const card = sharedCardPool(rng.fork('cards'));
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const d0 = firstDay(ctx, r);
    const payment = card();
    const kind: CustomerKind = r.chance(0.15) ? 'business' : 'developer';
    // A quarter run a coding agent (often a popular open-source one) for their ad-hoc work.
    const agent = r.chance(0.25) ? agentSetup(ctx, r) : undefined;

    const person = makePerson(ctx, r, kind, ctx.startMs + d0 * DAY_MS, { ...(payment ? { payment } : {}), ...(r.chance(0.2) ? { orgId: `org_${r.hex(10)}` } : {}) }, {}, undefined, agent?.userAgent);
    const country = person.account.country;
    const pool = r.weighted([[P.coding, 30], [P.chat, 40], [P.codeInstructions, 20], [P.nonEnglish, 4], [P.evolInstructions, 6]] as const);
    const net = r.weighted([['home', 45], ['cloud', 25], ['business', 15], ['proxy', 8], ['vpn', 7]] as const);
    const proxy = r.pick(ctx.ip.proxies);
    const cloud = r.pick(['aws', 'gcp', 'azure', 'hetzner', 'digitalocean', 'ovh']);
    const pick = (q: Rng): string =>
      net === 'home' ? ctx.ip.sample(q, 'residential', country) : net === 'cloud' ? ctx.ip.cloud(q, cloud) : net === 'business' ? ctx.ip.sample(q, 'business', country) : net === 'vpn' ? ctx.ip.sample(q, 'vpn') : ctx.ip.fromProxy(q, proxy, country);
    const system = agent ? agent.system : r.chance(0.35) ? r.pick(P.apps).instruction : undefined;
    const tools = agent ? agent.tools : r.chance(0.2) ? r.pick(P.toolUse).tools : undefined;
    out.push(
      personAccount(ctx, {
        person,
        habits: chatHabits(ctx, r, pool, { meanTurns: 1.8, shape: r.chance(0.5) ? 'code' : 'chat', eagerness: 0.3 + r.next() * 0.6, freshRate: 0.35, thinkingRate: 0.25, imageRate: 0.03, ...(system ? { system } : {}), ...(tools ? { tools } : {}) }),
        ip: homeIp(r, pick, 0.1),
        activeRate: 0.2 + r.next() * 0.7,
        sessionsPerDay: r.lognormal(8, 0.8),
        shape: r.chance(0.3) ? 'flat' : r.chance(0.5) ? 'office' : 'diurnal',
        weekdaysOnly: r.chance(0.3),
      }, 'developer', d0),
    );
  }
  return out;
};

/** Jailbreak hobbyists: in-the-wild jailbreak prompts followed by forbidden questions. Abusive, not distillation. */
export const jailbreaker: PopulationBuilder = (ctx, rng, n) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.fork(i);
    const d0 = firstDay(ctx, r);
    const person = makePerson(ctx, r, r.chance(0.7) ? 'consumer' : 'developer', ctx.startMs + d0 * DAY_MS);
    const country = person.account.country;
    const jb = r.sample(P.jailbreaks, r.int(2, 5)).map((text) => ({ text, source: 'jailbreak-in-the-wild', topic: 'jailbreak', lang: 'en' }));
    const net = r.weighted([['home', 55], ['vpn', 30], ['tor', 15]] as const);
    const pick = (q: Rng): string => (net === 'home' ? ctx.ip.sample(q, 'residential', country) : net === 'vpn' ? ctx.ip.sample(q, 'vpn') : ctx.ip.tor(q));
    out.push(
      personAccount(ctx, {
        person,
        habits: { ...chatHabits(ctx, r, jb), topics: jb, fresh: jb, freshRate: 0.1, followups: [...P.forbidden, ...P.sensitive.slice(0, 400)], meanTurns: 4 },
        ip: homeIp(r, pick, net === 'home' ? 0.05 : 0.8),
        activeRate: 0.1 + r.next() * 0.4,
        sessionsPerDay: r.lognormal(2, 0.6),
        shape: 'diurnal',
        weekdaysOnly: false,
      }, 'jailbreak_hobbyist', d0),
    );
  }
  return out;
};

/** Enterprises: one org, many employees behind one NAT address and a TLS-inspecting proxy, office hours. */
export const enterprise: PopulationBuilder = (ctx, rng, n, volume) => {
  const P = ctx.material.prompts;
  const out: SimAccount[] = [];
  for (let g = 0; g < n; g++) {
    const r = rng.fork(g);
    const org = `org_${r.hex(10)}`;
    const domain = companyDomain(r);
    const country = r.weighted([['US', 40], ['GB', 10], ['DE', 10], ['JP', 8], ['FR', 6], ['IN', 8], ['SG', 5], ['CA', 5], ['KR', 4], ['NL', 4]] as const);
    const natIps = Array.from({ length: r.int(1, 2) }, () => ctx.ip.sample(r, 'business', country));
    const size = Math.max(8, Math.round(r.int(8, 45) * Math.sqrt(volume)));
    const proxied = r.chance(0.7);
    const orgCard = `pm_${r.hex(16)}`;
    const channel = r.weighted([['api', 50], ['console', 30], ['cloud:aws-bedrock', 10], ['cloud:azure-foundry', 10]] as const);
    for (let i = 0; i < size; i++) {
      const e = r.fork(`e${i}`);
      const d0 = e.chance(0.12) ? e.int(0, ctx.days - 3) : 0;
      const person = makePerson(ctx, e, 'business', ctx.startMs + d0 * DAY_MS, { orgId: org, emailDomain: domain, country, payment: orgCard, tier: 'enterprise' }, { corporateProxy: proxied, channel });
      const pool = e.chance(0.4) ? P.coding : P.chat;
      out.push(
        personAccount(ctx, {
          person,
          habits: chatHabits(ctx, e, pool, { eagerness: 0.2 }),
          ip: (t) => natIps[Math.floor(t / 60_000) % natIps.length]!,
          activeRate: 0.3 + e.next() * 0.6,
          sessionsPerDay: e.lognormal(2.5, 0.6),
          shape: 'office',
          weekdaysOnly: true,
        }, 'enterprise_nat', d0),
      );
    }
  }
  return out;
};
