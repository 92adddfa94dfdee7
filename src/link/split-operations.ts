// link: two operations in one dense block. Two campaigns of different actors that send some of the
// same public elicitation prompts through overlapping proxy networks can land in one community and
// one peeled block (cluster-graph.ts step 3); both are flagged, so the gate accepts the whole. Read
// as one campaign, the block mixes two actors' accounts and attribution can name only one of them.
// Here the members of an accepted flagged hydra are split again on what an operation owns (its
// templates, addresses, payment and registry details; not busy hours, user agents or networks that
// many share), and the parts are merged back where their template ties are as strong as their inner
// ones (mergeCommunities: the halves of one template pool are one hydra). Parts that remain apart
// and each pass the gate's flagged path alone are separate campaigns.
import type { BipartiteGraph } from './bipartite.js';
import { candidateCommunities, mergeCommunities, type CommunityEngine } from './communities.js';
import type { ClusterFeatures } from './types.js';
import { KIND_INDEX } from './indicators.js';
import type { Rng } from '../util/rng.js';

export interface SplitOptions {
  /** Parts need at least this many accounts (the gate's minAccounts). */
  readonly minAccounts: number;
  readonly resolution: number;
  readonly weightPower: number;
  /** mergeCommunities' bar: parts whose cross template ties reach this share of their inner ones are one. */
  readonly minCrossToInternal: number;
  readonly specificShare: number;
  /** A part whose own templates are more than this share also the rest's is a slice of one pool. */
  readonly maxPoolOverlap: number;
  readonly rng: Rng;
  readonly engine?: CommunityEngine;
}

/** Kinds an operation does not own: busy hours, client strings, networks many customers share. */
const WEAK = [KIND_INDEX.active_bucket, KIND_INDEX.user_agent, KIND_INDEX.tls, KIND_INDEX.asn];
/** Kinds an operation owns. */
const OWNED = [
  KIND_INDEX.template, KIND_INDEX.template_hour, KIND_INDEX.ip, KIND_INDEX.prefix, KIND_INDEX.signup_ip,
  KIND_INDEX.signup_prefix, KIND_INDEX.payment, KIND_INDEX.email_domain, KIND_INDEX.org,
];

/**
 * The parts of `members` that are separate operations, largest first, each accepted by `gate` on the
 * flagged path; undefined when the block is one operation (or its parts do not stand alone). Rows in
 * parts below minAccounts, or whose part the gate refuses, go with the largest part.
 */
export function splitOperations(
  g: BipartiteGraph,
  members: readonly number[],
  gate: (rows: readonly number[]) => ClusterFeatures,
  /** Whether `small` does the same work as `big` in the same hours (one scheduler feeding both). */
  synchronous: (big: readonly number[], small: readonly number[]) => boolean,
  o: SplitOptions,
): number[][] | undefined {
  if (members.length < 2 * o.minAccounts) return undefined;
  const { standing, rest } = standingParts(g, members, gate, o);
  if (standing.length < 2) return undefined;
  // A part is another operation only if its own pool is its own: of the templates two or more of its
  // members send, most are sent by no other member of the block. Slices of one hydra's pool (heads
  // each holding a random part of it) share nearly all of theirs with the rest of the hydra. And it
  // does not do the rest's work in the same hours: two pools of heads fed the same items at the same
  // time are one operator's.
  const [largest, ...others] = standing as [number[], ...number[][]];
  const apart: number[][] = [];
  for (const p of others) {
    if (poolOverlap(g, p, members) > o.maxPoolOverlap || synchronous(members.filter((r) => !p.includes(r)), p)) largest.push(...p);
    else apart.push(p);
  }
  if (apart.length === 0) return undefined;
  largest.push(...rest);
  return [largest, ...apart];
}

/**
 * The parts of `members` (Louvain over what an operation owns, merged back where their ties are as
 * strong across as within) that the gate accepts alone on the flagged path, largest first, and the
 * rows in no such part.
 */
export function standingParts(
  g: BipartiteGraph,
  members: readonly number[],
  gate: (rows: readonly number[]) => ClusterFeatures,
  o: SplitOptions,
): { standing: number[][]; rest: number[] } {
  const skipKinds = new Uint8Array(256);
  for (const k of WEAK) skipKinds[k] = 1;
  const comm = candidateCommunities(g, Int32Array.from(members), {
    skipKinds,
    resolution: o.resolution,
    weightPower: o.weightPower,
    splitMinRows: 0,
    rng: o.rng,
    ...(o.engine ? { engine: o.engine } : {}),
  });
  // Parts are one operation when their ties through what an operation owns (its templates, its
  // addresses and proxy exits, its payment and registry details) are as strong across as within: the
  // slices of one hydra share its pool and its proxies; two operations share a few public prompts.
  const mergeKinds = new Uint8Array(256);
  for (const k of OWNED) mergeKinds[k] = 1;
  const merged = mergeCommunities(g, comm, { mergeKinds, specificShare: o.specificShare, minCrossToInternal: o.minCrossToInternal });
  const byPart = new Map<number, number[]>();
  for (const r of members) {
    const c = merged.get(r) ?? -1;
    let l = byPart.get(c);
    if (!l) byPart.set(c, (l = []));
    l.push(r);
  }
  const parts = [...byPart.values()].sort((a, b) => b.length - a.length);
  if (parts.length < 2) return { standing: [], rest: [...members] };
  const standing: number[][] = [];
  const rest: number[] = [];
  for (const p of parts) {
    const f = p.length >= o.minAccounts ? gate(p) : undefined;
    if (f && f.accepted && f.path === 'flagged') standing.push(p);
    else rest.push(...p);
  }
  return { standing, rest };
}

/** A part needs this many templates held by two or more of its rows before its pool is read. */
const MIN_OWN_TEMPLATES = 5;

/** Share of the templates held by ≥ 2 rows of `part` that some other row of `all` also holds. */
export function poolOverlap(g: BipartiteGraph, part: readonly number[], all: readonly number[]): number {
  const inPart = new Set(part);
  const inAll = new Set(all);
  const k = new Map<number, number>();
  for (const r of part)
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (g.colKind[c] === KIND_INDEX.template) k.set(c, (k.get(c) ?? 0) + 1);
    }
  let own = 0;
  let shared = 0;
  for (const [c, n] of k) {
    if (n < 2) continue;
    own++;
    for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) {
      const r = g.colRows[p] as number;
      if (inAll.has(r) && !inPart.has(r)) {
        shared++;
        break;
      }
    }
  }
  // Too few templates of its own to tell: one pool.
  return own < MIN_OWN_TEMPLATES ? 1 : shared / own;
}

/**
 * Same work at the same hour: `small`'s accounts (≥ syncTieShare of them) send templates in hours on
 * template × hour columns that `big` also holds and the two hold almost alone (≥ syncTieExclusive of
 * holders), on ≥ syncTieMinCols such columns: one orchestrator feeding two pools of heads.
 */
export function sameWorkSameHours(
  g: BipartiteGraph,
  big: readonly number[],
  small: readonly number[],
  o: { readonly syncTieExclusive: number; readonly syncTieMinCols: number; readonly syncTieShare: number },
): boolean {
  const inBig = new Set(big);
  const inSmall = new Set(small);
  const cols = new Set<number>();
  let tied = 0;
  for (const r of small) {
    let t = false;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (g.colKind[c] !== KIND_INDEX.template_hour) continue;
      let a = 0;
      let b = 0;
      const from = g.colPtr[c] as number;
      const to = g.colPtr[c + 1] as number;
      for (let q = from; q < to; q++) {
        const x = g.colRows[q] as number;
        if (inBig.has(x)) a++;
        else if (inSmall.has(x)) b++;
      }
      if (a > 0 && (a + b) / (to - from) >= o.syncTieExclusive) {
        cols.add(c);
        t = true;
      }
    }
    if (t) tied++;
  }
  return cols.size >= o.syncTieMinCols && tied >= o.syncTieShare * small.length;
}
