// Test helper: small synthetic worlds of enriched exchanges with known campaigns and benign look-alikes
// (NAT'd enterprise, classroom, reseller, camouflage). Not a test file itself.
import type { Account, AccountId, ExchangeId, Exchange } from '../../src/schema/index.js';
import { CAPABILITIES, ELICITATIONS, type EnrichedExchange, type NetClass } from '../../src/enrich/types.js';
import { mulberry32 } from '../../src/link/rng.js';
import type { AccountScore } from '../../src/link/index.js';

export const HOUR = 3_600_000;
export const T0 = Date.parse('2026-03-01T00:00:00Z');

export interface WorldBuilder {
  readonly exchanges: EnrichedExchange[];
  readonly accounts: Account[];
  readonly scores: Map<AccountId, AccountScore>;
  /** account → group name (truth, for assertions only). */
  readonly truth: Map<AccountId, string>;
  readonly rng: () => number;
  ex(p: ExParams): void;
  account(id: string, group: string, score: number, extra?: Partial<Account>): AccountId;
  pick<T>(xs: readonly T[]): T;
  int(n: number): number;
}

export interface ExParams {
  account: AccountId;
  tMs: number;
  ip?: string;
  asn?: number;
  netClass?: NetClass;
  templateId?: number;
  /** Prompt length in characters (default 300: a substantive prompt). */
  chars?: number;
  model?: string;
  elicitation?: number;
  capability?: number;
  ua?: string;
  tls?: string;
  org?: string;
  channel?: string;
  extra?: Record<string, unknown>;
}

export function createWorld(seed = 7): WorldBuilder {
  const rng = mulberry32(seed);
  const exchanges: EnrichedExchange[] = [];
  const accounts: Account[] = [];
  const scores = new Map<AccountId, AccountScore>();
  const truth = new Map<AccountId, string>();
  let n = 0;
  const w: WorldBuilder = {
    exchanges,
    accounts,
    scores,
    truth,
    rng,
    pick: (xs) => xs[Math.floor(rng() * xs.length)] as (typeof xs)[number],
    int: (k) => Math.floor(rng() * k),
    account(id, group, score, extra = {}) {
      const aid = id as AccountId;
      accounts.push({ account_id: aid, created_at: '2026-02-01T00:00:00Z', ...extra });
      scores.set(aid, { account_id: aid, score, verdict: score >= 0.8 ? 'distillation' : score >= 0.5 ? 'suspicious' : 'benign' });
      truth.set(aid, group);
      return aid;
    },
    ex(p) {
      const x: Record<string, unknown> = {
        id: `x${n++}` as ExchangeId,
        ts: new Date(p.tMs).toISOString(),
        account_id: p.account,
        model: p.model ?? 'model-a',
        input_tokens: 100,
        output_tokens: 200,
        ...(p.ua !== undefined ? { user_agent: p.ua } : {}),
        ...(p.tls !== undefined ? { tls_fingerprint: p.tls } : {}),
        ...(p.org !== undefined ? { org_id: p.org } : {}),
        ...(p.channel !== undefined ? { channel: p.channel } : {}),
        ...(p.ip !== undefined ? { ip: p.ip } : {}),
        ...(p.extra ?? {}),
      };
      const elic = new Float32Array(ELICITATIONS.length);
      elic[0] = p.elicitation ?? 0.02;
      const caps = new Float32Array(CAPABILITIES.length);
      caps[p.capability ?? 7] = 0.9;
      const ip = p.ip;
      const prefix = ip ? `${ip.split('.').slice(0, 3).join('.')}.0/24` : undefined;
      exchanges.push({
        x: x as unknown as Exchange,
        tMs: p.tMs,
        prompt: {
          hasText: true,
          chars: p.chars ?? 300,
          script: 'latin',
          templateId: p.templateId ?? -1,
          elicitation: elic,
          capabilities: caps,
          simhash: '0000000000000000',
        },
        net: {
          ...(ip && prefix ? { ip, prefix } : {}),
          ...(p.asn !== undefined ? { asn: p.asn, asOrg: `AS${p.asn} org` } : {}),
          netClass: p.netClass ?? 'residential',
          isRestrictedRegion: false,
        },
      });
    },
  };
  return w;
}

const UAS = ['Mozilla/5.0 (Windows NT 10.0)', 'Mozilla/5.0 (Macintosh)', 'python-requests/2.31', 'openai-python/1.30', 'curl/8.4'];
let tplCounter = 100_000;
/** A fresh template id no one else uses. */
export function uniqueTemplate(): number {
  return tplCounter++;
}

/** Ordinary customers: own address, own prompts (a few popular ones), random times over `days`. */
export function addBenign(w: WorldBuilder, count: number, opts: { days?: number; perAccount?: number; prefix?: string } = {}): AccountId[] {
  const days = opts.days ?? 3;
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${opts.prefix ?? 'benign'}-${i}`, 'benign', 0.03 + 0.1 * w.rng(), { email_domain: 'gmail.com' });
    const ip = `${11 + w.int(150)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`;
    const asn = 1000 + w.int(40);
    const ua = w.pick(UAS);
    const k = opts.perAccount ?? 10 + w.int(30);
    for (let j = 0; j < k; j++) {
      const popular = w.rng() < 0.15;
      w.ex({ account: id, tMs: T0 + w.rng() * days * 24 * HOUR, ip, asn, ua, templateId: popular ? w.int(10) : uniqueTemplate(), elicitation: 0.05 * w.rng(), capability: w.int(9) });
    }
    out.push(id);
  }
  return out;
}

/**
 * A distillation campaign: many accounts behind a proxy pool, drawing from one shared template pool,
 * active in the same night windows, eliciting reasoning. Scores are mild (low-and-slow).
 */
export function addCampaign(
  w: WorldBuilder,
  name: string,
  count: number,
  opts: { score?: number; perAccount?: number; templates?: number; camouflage?: number; proxyIps?: string[]; days?: number; model?: (t: number) => string; elicitation?: number } = {},
): AccountId[] {
  const pool = Array.from({ length: opts.templates ?? 60 }, () => uniqueTemplate());
  const ips = opts.proxyIps ?? Array.from({ length: 120 }, () => `${160 + w.int(60)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`);
  const days = opts.days ?? 3;
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, opts.score ?? 0.25, { email_domain: 'gmail.com' });
    const k = opts.perAccount ?? 25;
    for (let j = 0; j < k; j++) {
      const day = w.int(days);
      const t = T0 + day * 24 * HOUR + (1 + 5 * w.rng()) * HOUR; // 01:00-06:00 UTC windows
      const camo = w.rng() < (opts.camouflage ?? 0);
      w.ex({
        account: id,
        tMs: t,
        ip: w.pick(ips),
        asn: 2000 + w.int(5),
        netClass: 'datacenter',
        ua: w.pick(UAS),
        templateId: camo ? w.int(10) : w.pick(pool),
        elicitation: camo ? 0.05 : (opts.elicitation ?? 0.6 + 0.3 * w.rng()),
        capability: w.int(4),
        ...(opts.model ? { model: opts.model(t) } : {}),
      });
    }
    out.push(id);
  }
  return out;
}

/** An enterprise: many accounts behind one NAT address, one org and mail domain, ordinary diverse work in office hours. */
export function addEnterprise(w: WorldBuilder, count: number, name = 'enterprise'): AccountId[] {
  const ip = `203.0.${w.int(250)}.10`;
  const out: AccountId[] = [];
  const internalTool = uniqueTemplate();
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.05 + 0.1 * w.rng(), { email_domain: `${name}.example`, org_id: `org-${name}` });
    const k = 10 + w.int(30);
    for (let j = 0; j < k; j++) {
      const t = T0 + w.int(3) * 24 * HOUR + (8 + 9 * w.rng()) * HOUR;
      w.ex({ account: id, tMs: t, ip, asn: 3000, ua: 'Mozilla/5.0 (Windows NT 10.0)', tls: 'tls-corp', org: `org-${name}`, templateId: w.rng() < 0.3 ? internalTool : uniqueTemplate(), capability: w.int(9) });
    }
    out.push(id);
  }
  return out;
}

/** A classroom: students behind one school address sending the same assignment in lockstep. */
export function addClassroom(w: WorldBuilder, count: number, name = 'classroom'): AccountId[] {
  const ip = `198.51.${w.int(250)}.7`;
  const assignment = uniqueTemplate();
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.05 + 0.1 * w.rng(), { email_domain: `${name}.edu` });
    for (let j = 0; j < 6; j++) {
      const t = T0 + (j % 3) * 24 * HOUR + (10 + w.rng()) * HOUR; // same lesson hour each day
      w.ex({ account: id, tMs: t, ip, asn: 3100, ua: 'Mozilla/5.0 (Macintosh)', templateId: j < 4 ? assignment : uniqueTemplate(), elicitation: 0.3, capability: 2 });
    }
    out.push(id);
  }
  return out;
}

/** A reseller: ordinary end users relayed through the reseller's few egress addresses. */
export function resellerIps(w: WorldBuilder, n = 4): string[] {
  const base = `${180 + w.int(10)}.${w.int(250)}.${w.int(250)}`;
  return Array.from({ length: n }, (_, i) => `${base}.${10 + i}`);
}

export function addResellerCustomers(w: WorldBuilder, count: number, ips: string[], name = 'reseller'): AccountId[] {
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.05 + 0.1 * w.rng());
    const k = 10 + w.int(20);
    for (let j = 0; j < k; j++)
      w.ex({ account: id, tMs: T0 + w.rng() * 3 * 24 * HOUR, ip: w.pick(ips), asn: 4000, netClass: 'datacenter', ua: 'reseller-gw/1.0', templateId: w.rng() < 0.15 ? w.int(10) : uniqueTemplate(), capability: w.int(9) });
    out.push(id);
  }
  return out;
}

/** A benchmark evaluator team: a few accounts of one org running the same benchmark items in parallel bursts. */
export function addEvaluators(w: WorldBuilder, count: number, items = 300, name = 'evaluator'): AccountId[] {
  const bench = Array.from({ length: items }, () => uniqueTemplate());
  const ip = `192.0.2.${1 + w.int(200)}`;
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.1 + 0.1 * w.rng(), { email_domain: `${name}.example`, org_id: `org-${name}` });
    for (let run = 0; run < 2; run++)
      bench.forEach((tpl, j) => w.ex({ account: id, tMs: T0 + run * 24 * HOUR + 14 * HOUR + j * 2000, ip, asn: 3200, org: `org-${name}`, ua: 'lm-eval-harness/0.4', templateId: tpl, elicitation: 0.35, capability: 2 }));
    out.push(id);
  }
  return out;
}

/** Short generic follow-ups every kind of customer sends ("yes", "thanks", "continue", "shorter please"). */
export const FOLLOW_UPS = Array.from({ length: 12 }, () => uniqueTemplate());

/**
 * Ordinary customers who, besides their own work, send short generic follow-ups from one small common
 * set, often in the same busy hours (so the follow-ups alone look like shared work in synchrony).
 */
export function addChattyBenign(w: WorldBuilder, count: number, name = 'chatty'): AccountId[] {
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.01 + 0.03 * w.rng(), { email_domain: 'gmail.com' });
    const ip = `${11 + w.int(150)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`;
    const ua = w.pick(UAS);
    const k = 10 + w.int(20);
    for (let j = 0; j < k; j++) {
      const t = T0 + w.int(3) * 24 * HOUR + (9 + 8 * w.rng()) * HOUR;
      w.ex({ account: id, tMs: t, ip, asn: 1000 + w.int(40), ua, templateId: uniqueTemplate(), capability: w.int(9) });
      if (w.rng() < 0.7) w.ex({ account: id, tMs: t + 60_000, ip, asn: 1000 + w.int(40), ua, templateId: w.pick(FOLLOW_UPS), chars: 3 + w.int(20), capability: 7 });
    }
    out.push(id);
  }
  return out;
}

/**
 * Two pools of heads with private template pools and proxies, both also fed items of one shared
 * stream: item k goes out in hour `hourOf(pool, k)`. One orchestrator: the same hour for both pools.
 */
export function addTwoPools(w: WorldBuilder, hourOf: (pool: number, item: number) => number, sizes: readonly [number, number] = [24, 10]): void {
  const shared = Array.from({ length: 40 }, () => uniqueTemplate());
  sizes.forEach((n, g) => {
    const pool = Array.from({ length: 60 }, () => uniqueTemplate());
    const ips = Array.from({ length: 30 }, (_, i) => `${170 + 20 * g}.${w.int(250)}.${i}.${1 + w.int(250)}`);
    for (let i = 0; i < n; i++) {
      const id = w.account(`pool${g}-${i}`, `pool${g}`, 0.9);
      for (let j = 0; j < 25; j++)
        w.ex({ account: id, tMs: T0 + w.int(3) * 24 * HOUR + (1 + 5 * w.rng()) * HOUR, ip: w.pick(ips), asn: 2001 + g, netClass: 'datacenter', templateId: w.pick(pool), elicitation: 0.7 });
      for (let k = 0; k < 6; k++) {
        const item = w.int(shared.length);
        w.ex({ account: id, tMs: T0 + hourOf(g, item) * HOUR + 60_000 * w.rng(), ip: w.pick(ips), asn: 2001 + g, netClass: 'datacenter', templateId: shared[item] as number, elicitation: 0.7 });
      }
    }
  });
}

/**
 * A team (course, evaluator group) sending every item of one set of rare prompts, each member all of
 * them, in the same hours: coordinated, synchronous, rare shared work, but in lockstep (nobody splits a pool).
 */
export function addLockstepTeam(w: WorldBuilder, count: number, items = 8, name = 'team'): AccountId[] {
  const set = Array.from({ length: items }, () => uniqueTemplate());
  const out: AccountId[] = [];
  for (let i = 0; i < count; i++) {
    const id = w.account(`${name}-${i}`, name, 0.02 + 0.03 * w.rng(), { email_domain: 'gmail.com' });
    const home = `${90 + w.int(20)}.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`;
    for (let day = 0; day < 2; day++)
      for (const tpl of set) {
        const t = T0 + day * 24 * HOUR + (14 + w.rng()) * HOUR; // the same session hour each day
        w.ex({ account: id, tMs: t, ip: home, asn: 4000 + w.int(50), netClass: 'residential', ua: w.pick(UAS), templateId: tpl, elicitation: 0.3, capability: 2 });
      }
    out.push(id);
  }
  return out;
}
