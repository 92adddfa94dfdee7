// link: members that leave a cluster the gate looked at, and the rest is gated again (cluster-graph.ts):
// riders tied to it by content alone (contentOnlyRows) and groups working in lockstep (lockstepRows).
// What a cluster holds in common is gate.ts's clusterColumns; these rules read it per member.
import type { BipartiteGraph } from './bipartite.js';
import { type GateInput, type GateOptions, clusterColumns, collectiveEvidence, rotationOf } from './gate.js';
import type { ClusterFeatures } from './types.js';
import { distinctEstimate } from './bottom-k.js';
import { KIND_INDEX } from './indicators.js';
import type { AccountLink } from './link-index.js';
import { headTurnover, memberActivity } from './turnover.js';
import { median } from './stats.js';

/**
 * Members of a cluster accepted on collective evidence whose only tie to it is content: not flagged
 * by detect, in none of its synchrony windows, on none of its specific addresses, not cycling through
 * proxy exits. Customers who send some of the same texts as a campaign (an app whose users paste a public
 * dataset the harvest also uses, an evaluator running the benchmark it also sweeps) share its content
 * but not how it runs; collective evidence is about how it runs. They leave, and the rest is gated
 * again. Heads of a hydra are tied by more than content (its hours, its proxies) or flagged. Applied
 * (cluster-graph.ts) only to clusters that hold flagged heads: in a cluster with none, shared
 * wording is the evidence of a fleet that has nothing else (mimicry's coding fleet).
 *
 * hydra: the cluster is accepted as a flagged hydra. Then only members with nothing of their own
 * (score below contentOnlyMaxScore) leave, or whose own evidence is explained by costly benign
 * patterns (contentOnlyMaxExplained: an evaluator grading in bursts): a quiet head with some
 * evidence nothing explains is the hydra's. Being
 * active in the windows a large hydra dominates is no tie (a hydra of hundreds dominates most hours;
 * the same template in the same hour still is), and cycling through networks counts only when the
 * flagged heads cycle and the member cycles like them: at least half their median number of prefixes
 * (a developer working from home, office and phone is on 3-5 networks; heads behind a proxy pool on
 * 16; heads that each keep one exit, as a camouflaged fleet's do, make cycling no tie at all), and
 * only columns the flagged heads hold are ties: a member tied to none of them leaves too.
 */
export function contentOnlyRows(inp: GateInput, o: GateOptions, hydra = false): Set<number> {
  const { g, rows } = inp;
  const { sharedTpl, syncCols, infraCols } = clusterColumns(g, rows, inp.totalRows, o);
  const prefixesOf = (a: AccountLink | undefined): number => a?.sketches[KIND_INDEX.prefix]?.keys.length ?? 0;
  // In a hydra, cycling is a tie only if its heads cycle (their median is 3 prefixes or more) and
  // the member cycles at least half as widely; heads that each keep one exit make it no tie at all.
  let minPrefixes = 0;
  // In a hydra, a tie is a column its flagged heads hold: a group inside the cluster tied only to
  // itself (a classroom's assignment, sent in the same hour by its own students) is not tied to them.
  const headCols = new Set<number>();
  if (hydra) {
    const heads = rows.filter((r) => inp.flagged(r));
    for (const r of heads) for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) headCols.add(g.rowCols[p] as number);
    const px = heads.map((r) => prefixesOf(inp.link(r))).sort((x, y) => x - y);
    const med = px.length > 0 ? (px[px.length >> 1] as number) : 0;
    minPrefixes = med >= 3 ? med / 2 : Infinity;
  }
  const out = new Set<number>();
  for (const r of rows) {
    if (inp.flagged(r) || (hydra && inp.score(r) >= o.contentOnlyMaxScore && (inp.explained?.(r) ?? 0) < o.contentOnlyMaxExplained)) continue;
    // Cycling through a proxy pool's exits: many prefixes over several networks. An app's hosts on
    // one or two clouds also span many prefixes; that is where it runs, not how a hydra hides.
    const a = inp.link(r);
    if (a && rotationOf(a) >= 0.5 && a.asns.size >= 3 && prefixesOf(a) >= minPrefixes) continue;
    let tpl = false;
    let other = false;
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number) && !other; p++) {
      const c = g.rowCols[p] as number;
      if (hydra && !headCols.has(c)) continue;
      if (sharedTpl.has(c)) tpl = true;
      else if (infraCols.has(c) || (syncCols.has(c) && !(hydra && g.colKind[c] === KIND_INDEX.active_bucket))) other = true;
    }
    if ((tpl || hydra) && !other) out.add(r);
  }
  return out;
}

/**
 * Members of a cluster accepted as split work that do not do split work themselves: (a) members whose
 * set of shared templates (as the gate counts them: specific, rare, held by ≥ minSharedBy members) has
 * ≥ 2 templates and is nearly the same set (Jaccard ≥ 0.8) as that of two or more other members (a
 * team sending the same items), or (b) members holding no slice of a pool: none of their shared
 * templates is held by at most half of the cluster's template holders (a classroom that is most of a
 * mixed cluster; accounts tied by infrastructure only). Split-work heads each hold different slices of
 * one pool. These members leave the cluster, which is then gated again without them. noSlice=false
 * applies (a) only (for clusters accepted on collective evidence, whose members may be tied by
 * synchrony or infrastructure before they share a template).
 */
export function lockstepRows(g: BipartiteGraph, rows: readonly number[], totalRows: number, o: GateOptions, noSlice = true): Set<number> {
  const n = rows.length;
  const N = Math.max(1, totalRows);
  const minShared = Math.max(o.minSharedBy, 2);
  const counts = new Map<number, number>();
  for (const r of rows)
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) {
      const c = g.rowCols[p] as number;
      if (g.colKind[c] === KIND_INDEX.template) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  const shared = new Set<number>();
  for (const [c, k] of counts) {
    const deg = (g.colPtr[c + 1] as number) - (g.colPtr[c] as number);
    if (k >= minShared && k / deg >= o.specificShare && k / deg >= (o.specificLift * n) / N && deg / N <= o.maxTemplatePopularity) shared.add(c);
  }
  const inRows = new Map<number, number>();
  rows.forEach((r, i) => inRows.set(r, i));
  const held: number[][] = rows.map((r) => {
    const t: number[] = [];
    for (let p = g.rowPtr[r] as number; p < (g.rowPtr[r + 1] as number); p++) if (shared.has(g.rowCols[p] as number)) t.push(g.rowCols[p] as number);
    return t;
  });
  const holders = held.filter((t) => t.length > 0).length;
  const out = new Set<number>();
  const co = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ti = held[i] as number[];
    if (noSlice && !ti.some((c) => (counts.get(c) as number) * 2 <= holders)) {
      out.add(rows[i] as number);
      continue;
    }
    if (ti.length < 2) continue;
    const touched: number[] = [];
    for (const c of ti)
      for (let p = g.colPtr[c] as number; p < (g.colPtr[c + 1] as number); p++) {
        const j = inRows.get(g.colRows[p] as number);
        if (j === undefined || j === i) continue;
        if (co[j] === 0) touched.push(j);
        co[j]!++;
      }
    let partners = 0;
    for (const j of touched) {
      const k = co[j] as number;
      if (k / (ti.length + (held[j] as number[]).length - k) >= 0.8) partners++;
      co[j] = 0;
    }
    if (partners >= 2) out.add(rows[i] as number);
  }
  return out;
}

/**
 * Unflagged members of a cluster accepted on collective evidence that belong to a declared
 * organisation holding ≥ minSharedBy (at least 2) of its members: one customer's accounts (a NAT'd
 * enterprise in office hours, a team running one product) caught beside a hydra. A hydra hides its
 * common owner (declaring one would hand the provider the switch that stops its heads together), so
 * collective evidence, which needs no member score, does not carry them; members flagged on their
 * own stay whatever they declare (the gate's oneOrgShare rule, per member).
 */
export function orgGroupRows(inp: GateInput, o: GateOptions): Set<number> {
  const minShared = Math.max(o.minSharedBy, 2);
  const byOrg = new Map<string, number[]>();
  for (const r of inp.rows) {
    const a = inp.link(r);
    const org = a?.registry?.org_id ?? a?.sketches[KIND_INDEX.org]?.keys[0];
    if (!org) continue;
    let l = byOrg.get(org);
    if (!l) byOrg.set(org, (l = []));
    l.push(r);
  }
  const out = new Set<number>();
  for (const rows of byOrg.values()) if (rows.length >= minShared) for (const r of rows) if (!inp.flagged(r)) out.add(r);
  return out;
}

/**
 * Unflagged members of a cluster accepted on collective evidence whose own work is many times broader
 * than its typical member's: distinct templates ≥ riderBreadthRatio × the median member's, on a
 * volume ≥ riderVolumeRatio × the median's. A hydra spreads its work so that each head stays small
 * (that is what the accounts are for), so such a member is a multi-customer account (a reseller, an
 * app platform, an evaluator) that sends some of the prompts the fleet sends, not a head. Bottom-k
 * samples are why it is linked at all: two accounts sending large parts of one universe of prompts
 * keep the same smallest-hash keys. Members flagged on their own stay.
 */
export function broadRows(inp: GateInput, o: GateOptions): Set<number> {
  const out = new Set<number>();
  if (inp.rows.length < o.minAccounts) return out;
  const breadth = inp.rows.map((r) => {
    const s = inp.link(r)?.sketches[KIND_INDEX.template];
    return s ? distinctEstimate(s) : 0;
  });
  const volume = inp.rows.map((r) => inp.link(r)?.exchanges ?? 0);
  const mb = median(breadth);
  const mv = median(volume);
  if (!(mb > 0 && mv > 0)) return out;
  inp.rows.forEach((r, i) => {
    if (!inp.flagged(r) && (breadth[i] as number) >= o.riderBreadthRatio * mb && (volume[i] as number) >= o.riderVolumeRatio * mv) out.add(r);
  });
  return out;
}

/**
 * In a cluster accepted as a relay, or carried by other collective evidence (collective, split work)
 * once its members are seen to turn over as a relay's do (median member active for at most
 * relayMaxMemberSpan of a span of at least relayMinSpanDays), the unflagged members that do not behave
 * like its heads (turnover.ts): present for more than relayRiderSpan of the cluster's span
 * (a customer there throughout who sends some of the same prompts, not a head the fleet uses for a
 * while and drops), or working at a load off the heads' own: log exchanges per active day more than
 * relayRateOutlier robust standard deviations (1.4826 × the median absolute deviation) from the median
 * member's, the bound held between ln 1.6 and 2·relayMaxRateSpread (a visitor of one afternoon who sent
 * a few of the same public prompts; a developer who, for a week, sent the same public coding prompts
 * the fleet also copies, at a third of its heads' load: the fleet balances its load). Members flagged
 * on their own stay. For a relay the path, not the members' current turnover, decides: a rider there
 * throughout itself lifts the cluster's median span. At the reports' rates (scale 0.025) mimicry's
 * coding fleet is carried on the collective path from its second day, and ordinary developers who send
 * the public prompts it copies, in the same hours, rode along to the final report.
 */
export function offRelayRows(inp: GateInput, o: GateOptions, path: ClusterFeatures['path']): Set<number> {
  const out = new Set<number>();
  if (!collectiveEvidence(path)) return out;
  const links = inp.rows.map((r) => inp.link(r));
  const heads = headTurnover(links, (i) => inp.flagged(inp.rows[i] as number), o.relayRateOutlier, 2 * o.relayMaxRateSpread);
  if (!(heads.groupSpanMs > 0)) return out;
  // Another path carried by collective evidence turns into a relay's rule once its heads are seen to
  // turn over (read as the relay path reads them: gate.ts).
  if (path !== 'relay' && (heads.spanMs < o.relayMinSpanDays * 86_400_000 || heads.memberSpan > o.relayMaxMemberSpan)) return out;
  inp.rows.forEach((r, i) => {
    const a = links[i];
    if (!a || a.exchanges === 0 || inp.flagged(r)) return;
    const m = memberActivity(a);
    if (m.lastMs - m.firstMs > o.relayRiderSpan * heads.groupSpanMs || heads.off[i]) out.add(r);
  });
  return out;
}

/**
 * Of the rows grown into an accepted cluster one at a time (cluster-graph.ts step 4), those the rider
 * rules send out again: tied by content alone to a cluster with flagged heads (contentOnlyRows), or,
 * in a cluster carried by collective evidence, far broader than its typical member (broadRows) or
 * unlike the heads of a relay (offRelayRows).
 */
export function grownRiders(inp: GateInput, o: GateOptions, grown: readonly number[], features: Pick<ClusterFeatures, 'flaggedShare' | 'path'>): number[] {
  const { path } = features;
  const collective = collectiveEvidence(path);
  const out = features.flaggedShare > 0 ? contentOnlyRows(inp, o, !collective) : new Set<number>();
  if (collective) for (const rows of [broadRows(inp, o), offRelayRows(inp, o, path)]) for (const r of rows) out.add(r);
  return grown.filter((r) => out.has(r));
}
