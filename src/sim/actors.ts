// Simulator: the actor registry a provider keeps (actors.jsonl): organisations campaigns may be
// attributed to, with staff names, domains, payment instruments and networks, plus decoys never involved.
import type { Actor, ActorId } from '../schema/index.js';
import { companyDomain, personName } from './profiles.js';
import type { Rng } from './rng.js';
import type { WorldCtx } from './world-ctx.js';

export interface SimActor {
  readonly actor: Actor;
  /** Staff names and handles (public profiles) that may leak into account or request metadata. */
  readonly people: readonly string[];
  readonly handles: readonly string[];
  readonly domain: string;
  /** Addresses of the actor's own office network (a /24 of business space). */
  readonly officeBase: number;
  readonly officeCidr: string;
  readonly cards: readonly string[];
}

const NAMES = ['Meridian Reasoning Lab', 'Kestrel AI', 'Northvale Systems', 'Orchid Intelligence', 'Lumen Forge', 'Basalt Models', 'Cinder Research'];

export function makeActors(ctx: WorldCtx, rng: Rng, count: number): SimActor[] {
  const out: SimActor[] = [];
  for (let i = 0; i < count; i++) {
    const r = rng.fork(`actor${i}`);
    const people = Array.from({ length: r.int(4, 9) }, () => personName(r));
    const handles = people.map((p) => p.toLowerCase().replace(/[^a-z ]/g, '').replace(' ', '.'));
    const domain = companyDomain(r);
    const ip = ctx.ip.sample(r, 'business', r.pick(['SG', 'HK', 'US', 'JP']));
    const parts = ip.split('.').map(Number);
    const officeBase = ((parts[0]! << 24) >>> 0) + (parts[1]! << 16) + (parts[2]! << 8);
    const officeCidr = `${parts[0]}.${parts[1]}.${parts[2]}.0/24`;
    const cards = Array.from({ length: r.int(2, 5) }, () => `pm_${r.hex(16)}`);
    const name = NAMES[i % NAMES.length]!;
    const actor: Actor = {
      actor_id: `actor-${r.hex(6)}` as ActorId,
      name,
      aliases: [name.split(' ')[0]!],
      country: r.pick(['SG', 'HK', 'US', 'JP', 'KR']),
      cidrs: [officeCidr],
      email_domains: [domain],
      payment_fingerprints: cards,
      people: [...people, ...handles.slice(0, 3)],
      notes: 'simulated actor registry entry',
    };
    out.push({ actor, people, handles, domain, officeBase, officeCidr, cards });
  }
  return out;
}

export function officeIp(a: SimActor, rng: Rng): string {
  const n = (a.officeBase + rng.int(2, 250)) >>> 0;
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}
