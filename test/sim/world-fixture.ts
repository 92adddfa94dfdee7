// Test helper: builds small worlds once per (scenario, seed) and collects what the simulator tests check,
// in one pass over the merged stream (no files).
import { createHash } from 'node:crypto';
import { hasMaterial, loadMaterial, LeakAccumulator, leakScan, buildWorld, mergeStreams, type LeakScanResult, type World } from '../../src/sim/index.js';

export const MATERIAL = hasMaterial();
export const SKIP = MATERIAL ? false : 'real material (../shared/data) is absent: simulator tests need it';
export const TEST_SCALE = 0.0005;

export interface Collected {
  readonly world: World;
  readonly exchanges: number;
  readonly byPopulation: Map<string, number>;
  readonly byCampaign: Map<string, number>;
  /** Per campaign: exchanges from 12 h to 36 h after launch, and those on the new model. */
  readonly afterLaunch: Map<string, [number, number]>;
  /** Per account: distinct active days and exchanges. */
  readonly activeDays: Map<string, Set<number>>;
  readonly perAccount: Map<string, number>;
  readonly sortedByTs: boolean;
  readonly digest: string;
  readonly leak: LeakScanResult;
  /** Accounts whose registry row or requests match something the actor registry knows (name, handle, domain, office range). */
  readonly actorEvidence: Map<string, string>;
}

const cache = new Map<string, Collected>();

/** Digest of a world's registry and its first `limit` exchanges (cheap determinism check). */
export function digestOf(scenario: string, seed: number, limit = 5000, scale = TEST_SCALE): string {
  const world = buildWorld({ scenario, seed, scale, material: loadMaterial() });
  const hash = createHash('sha256');
  for (const a of world.accounts) hash.update(JSON.stringify(a.account));
  let n = 0;
  for (const { x } of mergeStreams(world.accounts)) {
    hash.update(JSON.stringify(x));
    if (++n >= limit) break;
  }
  return hash.digest('hex');
}

export function collect(scenario: string, seed = 7, scale = TEST_SCALE): Collected {
  const key = `${scenario}/${seed}/${scale}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const world = buildWorld({ scenario, seed, scale, material: loadMaterial() });
  const byPopulation = new Map<string, number>();
  const byCampaign = new Map<string, number>();
  const afterLaunch = new Map<string, [number, number]>();
  const activeDays = new Map<string, Set<number>>();
  const perAccount = new Map<string, number>();
  const hash = createHash('sha256');
  const leak = new LeakAccumulator();
  let n = 0;
  let last = -Infinity;
  let sorted = true;
  const { launchMs, startMs } = world.ctx;
  const actorEvidence = new Map<string, string>();
  const people = new Map<string, string>();
  const domains = new Map<string, string>();
  const offices = new Map<string, string>();
  for (const a of world.actors) {
    for (const p of a.people ?? []) people.set(p, a.actor_id);
    for (const d of a.email_domains ?? []) domains.set(d, a.actor_id);
    for (const c of a.cidrs ?? []) offices.set(c.split('.').slice(0, 3).join('.'), a.actor_id);
  }
  for (const a of world.accounts) {
    const hit = people.get(a.account.display_name ?? '') ?? domains.get(a.account.email_domain ?? '');
    if (hit) actorEvidence.set(a.account.account_id, hit);
  }
  for (const { x, acc } of mergeStreams(world.accounts)) {
    n++;
    const t = Date.parse(x.ts);
    if (t < last) sorted = false;
    last = t;
    if (n <= 5000) hash.update(JSON.stringify(x));
    leak.add(x);
    const meta = people.get(String(x['user'] ?? '')) ?? offices.get((x.ip ?? '').split('.').slice(0, 3).join('.'));
    if (meta) actorEvidence.set(x.account_id, meta);
    const pop = acc.label.population ?? '?';
    byPopulation.set(pop, (byPopulation.get(pop) ?? 0) + 1);
    const id = x.account_id as string;
    perAccount.set(id, (perAccount.get(id) ?? 0) + 1);
    let days = activeDays.get(id);
    if (!days) activeDays.set(id, (days = new Set()));
    days.add(Math.floor((t - startMs) / 86_400_000));
    const key2 = acc.label.campaign_id ?? `benign:${pop}`;
    byCampaign.set(key2, (byCampaign.get(key2) ?? 0) + 1);
    if (t >= launchMs + 43_200_000 && t < launchMs + 129_600_000) {
      const c = afterLaunch.get(key2) ?? [0, 0];
      c[0]++;
      if (x.model === world.ctx.models.next) c[1]++;
      afterLaunch.set(key2, c);
    }
  }
  for (const a of world.accounts) hash.update(JSON.stringify(a.account));
  const labels = new Map(world.accounts.map((a) => [a.account.account_id as string, a.label]));
  const result: Collected = {
    world,
    exchanges: n,
    byPopulation,
    byCampaign,
    afterLaunch,
    activeDays,
    perAccount,
    sortedByTs: sorted,
    digest: hash.digest('hex'),
    actorEvidence,
    leak: leakScan(leak.features(world.accounts.map((a) => a.account), startMs), labels),
  };
  cache.set(key, result);
  return result;
}

const promptCache = new Map<string, { prompt: string; system: string }[]>();

/** Prompt and system prompt of every attack exchange of a small world (cached per scenario and seed). */
export function collectPrompts(scenario: string, seed = 7, scale = TEST_SCALE): { prompt: string; system: string }[] {
  const key = `${scenario}/${seed}/${scale}`;
  const hit = promptCache.get(key);
  if (hit) return hit;
  const world = buildWorld({ scenario, seed, scale, material: loadMaterial() });
  const attack = new Set(world.accounts.filter((a) => a.label.label !== 'benign').map((a) => a.account.account_id));
  const out: { prompt: string; system: string }[] = [];
  for (const { x } of mergeStreams(world.accounts)) if (attack.has(x.account_id)) out.push({ prompt: x.prompt ?? '', system: x.system_prompt ?? '' });
  promptCache.set(key, out);
  return out;
}
