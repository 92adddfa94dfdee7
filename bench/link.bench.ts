// Bench: link stage. (1) Linking + clustering time on a generated account × indicator graph of 1M
// accounts and ~10M edges (BENCH_QUICK: 100k / ~1M) with an injected camouflaged dense block, and the
// precision/recall of the recovered block; (2) plain Louvain on the raw bipartite graph as the
// baseline (FRAUDAR's comparison), on the 100k graph; (3) LinkIndex observe + linkAccounts re-link on
// a demo-scale world (the streaming cadence cost).
import louvainModule from 'graphology-communities-louvain';
import { UndirectedGraph } from 'graphology';
import type { Bench, BenchRow } from './harness.js';
import { measure } from './baselines.js';
import { syntheticEnriched } from './profile.bench.js';
import type { AccountId } from '../src/schema/index.js';
import {
  buildBipartite,
  clusterGraph,
  createLinkIndex,
  linkAccounts,
  mulberry32,
  DEFAULT_LINK_OPTIONS,
  DEFAULT_KIND_SPECS,
  INDICATOR_KINDS,
  KIND_INDEX,
  type AccountScore,
  type BipartiteGraph,
} from '../src/link/index.js';

type LouvainFn = (typeof louvainModule)['default'];
const louvain: LouvainFn = (louvainModule as unknown as { default?: LouvainFn }).default ?? (louvainModule as unknown as LouvainFn);

export interface InjectedGraph {
  readonly nRows: number;
  readonly nCols: number;
  readonly er: Int32Array;
  readonly ec: Int32Array;
  readonly m: number;
  readonly colKind: Uint8Array;
  readonly score: Float64Array;
  readonly isBlock: Uint8Array;
  readonly blockRows: number;
}

/**
 * Background: each account holds ~`perRow` indicators drawn with a heavy-tailed popularity (a few
 * ASNs/user agents held by very many, most IPs/templates by few). Block: `blockRows` accounts × a
 * private pool of `blockCols` template/template-hour columns at `density`; each block account also
 * adds as many camouflage edges to popular columns (FRAUDAR's biased camouflage). Scores: background
 * mostly low with 1% benign heavy users at 0.5–0.6; block accounts mild (0.15–0.3, low-and-slow).
 */
export function injectedGraph(nRows: number, perRow: number, seed = 1): InjectedGraph {
  const rng = mulberry32(seed);
  const nBgCols = nRows * 2;
  const blockRows = Math.max(200, Math.round(nRows / 500));
  const blockCols = Math.max(200, Math.round(blockRows / 2));
  const density = 0.06;
  const nCols = nBgCols + blockCols;
  const cap = nRows * (perRow + 2) + blockRows * (Math.ceil(blockCols * density) * 3 + 20);
  const er = new Int32Array(cap);
  const ec = new Int32Array(cap);
  let m = 0;
  const isBlock = new Uint8Array(nRows);
  let placed = 0;
  while (placed < blockRows) {
    const r = Math.floor(rng() * nRows);
    if (!isBlock[r]) {
      isBlock[r] = 1;
      placed++;
    }
  }
  // Kinds of background columns: index parity spreads ip / prefix / template / user_agent / asn.
  const colKind = new Uint8Array(nCols);
  const bgKinds = [KIND_INDEX.ip, KIND_INDEX.prefix, KIND_INDEX.template, KIND_INDEX.template, KIND_INDEX.user_agent, KIND_INDEX.asn];
  for (let j = 0; j < nBgCols; j++) colKind[j] = bgKinds[j % bgKinds.length] as number;
  for (let j = nBgCols; j < nCols; j++) colKind[j] = j % 3 === 0 ? KIND_INDEX.template_hour : KIND_INDEX.template;
  const popular = (): number => Math.min(nBgCols - 1, Math.floor(nBgCols * rng() ** 4));
  const rowCols: number[] = [];
  const push = (r: number, c: number): void => {
    if (rowCols.includes(c)) return;
    rowCols.push(c);
    er[m] = r;
    ec[m] = c;
    m++;
  };
  const score = new Float64Array(nRows);
  for (let r = 0; r < nRows; r++) {
    rowCols.length = 0;
    const k = 1 + Math.floor(rng() * (2 * perRow - 1));
    for (let i = 0; i < k; i++) push(r, popular());
    if (isBlock[r]) {
      for (let c = 0; c < blockCols; c++) if (rng() < density) push(r, nBgCols + c);
      const camo = rowCols.length;
      for (let i = 0; i < camo; i++) push(r, popular());
      score[r] = 0.15 + 0.15 * rng();
    } else score[r] = rng() < 0.01 ? 0.5 + 0.1 * rng() : 0.02 + 0.12 * rng();
  }
  return { nRows, nCols, er, ec, m, colKind, score, isBlock, blockRows };
}

function graphOf(w: InjectedGraph): BipartiteGraph {
  const kindWeight = new Float64Array(w.nCols);
  const weights = INDICATOR_KINDS.map((k) => DEFAULT_KIND_SPECS[k].weight);
  for (let j = 0; j < w.nCols; j++) kindWeight[j] = weights[w.colKind[j] as number] ?? 1;
  return buildBipartite(w.nRows, w.nCols, w.er, w.ec, w.m, kindWeight, w.colKind, w.score).graph;
}

export function prf(found: Iterable<number>, w: InjectedGraph): { precision: number; recall: number; found: number } {
  let tp = 0;
  let n = 0;
  for (const r of found) {
    n++;
    if (w.isBlock[r]) tp++;
  }
  return { precision: n ? tp / n : 0, recall: tp / w.blockRows, found: n };
}

/** Our method: rows of the accepted clusters. */
export function runOurs(w: InjectedGraph): { rows: number[]; clusters: number } {
  const g = graphOf(w);
  const behaviour = new Uint8Array(16);
  behaviour[KIND_INDEX.template] = 1;
  behaviour[KIND_INDEX.template_hour] = 1;
  const res = clusterGraph(g, { score: (r) => w.score[r] as number, flagged: (r) => (w.score[r] as number) >= 0.5, link: () => undefined, behaviourKinds: behaviour }, DEFAULT_LINK_OPTIONS);
  const acc = res.clusters.filter((c) => c.features.accepted);
  return { rows: acc.flatMap((c) => c.rows), clusters: acc.length };
}

/** Plain Louvain on the raw weighted bipartite graph: the community holding most block rows. */
export function runLouvain(w: InjectedGraph): number[] {
  const g = graphOf(w);
  const graph = new UndirectedGraph();
  for (let r = 0; r < g.nRows; r++) graph.addNode(`r${r}`);
  for (let c = 0; c < g.nCols; c++) graph.addNode(`c${c}`);
  for (let r = 0; r < g.nRows; r++)
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) graph.addEdge(`r${r}`, `c${g.rowCols[p] as number}`, { weight: g.colWeight[g.rowCols[p] as number] as number });
  const parts = louvain(graph, { rng: mulberry32(42), getEdgeWeight: 'weight' });
  const votes = new Map<number, number>();
  for (let r = 0; r < g.nRows; r++) if (w.isBlock[r]) votes.set(parts[`r${r}`] as number, (votes.get(parts[`r${r}`] as number) ?? 0) + 1);
  const best = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const rows: number[] = [];
  for (let r = 0; r < g.nRows; r++) if (parts[`r${r}`] === best) rows.push(r);
  return rows;
}


const fmt = (x: number): string => x.toFixed(2);

const bench: Bench = async (ctx) => {
  const rows: BenchRow[] = [];
  const sizes = ctx.quick ? [100_000] : [1_000_000, 100_000];
  for (const n of sizes) {
    const w = injectedGraph(n, 10, 7);
    const ours = await measure(async () => runOurs(w));
    const q = prf(ours.value.rows, w);
    rows.push({
      name: `link: peel + Louvain + gate on ${n / 1000}k accounts (injected camouflaged block)`,
      items: w.m,
      unit: 'edges',
      seconds: ours.seconds,
      peakRssMiB: ours.peakRssMiB,
      note: `block ${w.blockRows} rows: precision ${fmt(q.precision)} recall ${fmt(q.recall)} (${ours.value.clusters} campaign(s), ${q.found} accounts)`,
    });
    if (n <= 100_000) {
      const lv = await measure(async () => runLouvain(w));
      const lq = prf(lv.value, w);
      rows.push({
        name: `link baseline: plain Louvain on raw ${n / 1000}k-account bipartite graph`,
        items: w.m,
        unit: 'edges',
        seconds: lv.seconds,
        peakRssMiB: lv.peakRssMiB,
        note: `best community: precision ${fmt(lq.precision)} recall ${fmt(lq.recall)} (${lq.found} accounts)`,
      });
    }
  }
  // Re-link cost at demo scale: observe into a LinkIndex, then linkAccounts as the streaming runner would.
  const nx = ctx.quick ? 100_000 : 1_000_000;
  const nAcc = ctx.quick ? 2_000 : 10_000;
  const xs = syntheticEnriched(nx, nAcc, 3);
  const idx = createLinkIndex();
  const obs = await measure(async () => {
    for (const e of xs) idx.observe(e);
    return idx.exchanges;
  });
  rows.push({ name: 'link: LinkIndex.observe', items: nx, unit: 'exchanges', seconds: obs.seconds, peakRssMiB: obs.peakRssMiB });
  const scores = new Map<AccountId, AccountScore>();
  for (const id of idx.accounts.keys()) scores.set(id, { account_id: id, score: 0.1, verdict: 'benign' });
  const OLD = { communityEngine: 'graphology', reuseGraph: false } as const;
  const FAST = { communityEngine: 'typed' } as const;
  const rlOld = await measure(async () => linkAccounts(idx, scores, OLD));
  rows.push({ name: `link: linkAccounts re-link (${nAcc / 1000}k accounts), before: graphology Louvain, graph from scratch`, items: idx.accounts.size, unit: 'accounts', seconds: rlOld.seconds, peakRssMiB: rlOld.peakRssMiB, note: `${rlOld.value.campaigns.length} campaigns on campaign-free traffic` });
  const rl = await measure(async () => linkAccounts(idx, scores, FAST));
  rows.push({ name: `link: linkAccounts re-link (${nAcc / 1000}k accounts), communityEngine 'typed', first build`, items: idx.accounts.size, unit: 'accounts', seconds: rl.seconds, peakRssMiB: rl.peakRssMiB, note: `${rl.value.campaigns.length} campaigns; ${fmt(rlOld.seconds / rl.seconds)}x faster than before` });

  // Streaming: the same index fed in event-time order, re-linked at K checkpoints, before and after,
  // on the same index at the same moments (per-checkpoint time; the after run reuses its graph build).
  const K = ctx.quick ? 6 : 10;
  const sidx = createLinkIndex();
  let tOld = 0;
  let tNew = 0;
  let tFast = 0;
  let same = 0;
  const step = Math.ceil(xs.length / K);
  for (let k = 0; k < K; k++) {
    for (let i = k * step; i < Math.min(xs.length, (k + 1) * step); i++) sidx.observe(xs[i]!);
    const sc = new Map<AccountId, AccountScore>();
    for (const id of sidx.accounts.keys()) sc.set(id, { account_id: id, score: 0.1, verdict: 'benign' });
    const a = await measure(async () => linkAccounts(sidx, sc, OLD));
    const b = await measure(async () => linkAccounts(sidx, sc, { communityEngine: 'graphology' }));
    const c = await measure(async () => linkAccounts(sidx, sc, FAST));
    tOld += a.seconds;
    tNew += b.seconds;
    tFast += c.seconds;
    if (a.value.campaigns.length === b.value.campaigns.length && a.value.campaigns.length === c.value.campaigns.length) same++;
  }
  const per = `${K} checkpoints up to ${nAcc / 1000}k accounts`;
  rows.push({ name: `link: streaming re-link (${per}), before: graph from scratch, graphology`, items: K, unit: 'checkpoints', seconds: tOld, note: `mean ${fmt(tOld / K)} s per re-link` });
  rows.push({ name: `link: streaming re-link (${per}), reused graph build, graphology`, items: K, unit: 'checkpoints', seconds: tNew, note: `mean ${fmt(tNew / K)} s per re-link, ${fmt(tOld / tNew)}x faster than before` });
  rows.push({ name: `link: streaming re-link (${per}), default: reused graph build, communityEngine 'typed'`, items: K, unit: 'checkpoints', seconds: tFast, note: `mean ${fmt(tFast / K)} s per re-link, ${fmt(tOld / tFast)}x faster than before; same campaign count in all three at ${same}/${K} checkpoints` });
  return rows;
};

export default bench;
