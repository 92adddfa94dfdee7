// attribute: campaigns × actor registry → attributions with an evidence list (what matched, how
// much it weighs), a confidence band, and no actor at all when the evidence is weak or ambiguous: a
// wrong attribution is worse than none. Weighting follows how attribution was done in the reported
// incidents: registry identifiers and staff handles in request metadata first, IP ranges next, an
// ASN last (and only as much as the campaign concentrates on it).
import type { Account, AccountId, Actor, ActorId, CampaignId, Confidence, EvidenceItem } from '../schema/index.js';
import { type CidrRange, parseCidr, cidrContains } from '../enrich/network/ip.js';
import type { Campaign, LinkIndex } from '../link/index.js';
import { type MemberView, memberView, nameMatcher } from './match.js';

export interface Attribution {
  readonly campaign_id: CampaignId;
  readonly actor_id?: ActorId;
  readonly confidence: Confidence;
  readonly evidence: readonly EvidenceItem[];
  /** Every actor that matched anything, with its total weight (for the analyst), strongest first. */
  readonly candidates: readonly { readonly actor_id: ActorId; readonly weight: number }[];
}

export interface AttributeOptions {
  /** Base weight of each evidence kind (a full match on every member earns the base). */
  readonly weights: Readonly<Record<EvidenceKind, number>>;
  /** Total weight for a moderate / high confidence; high also needs two independent kinds. */
  readonly moderateAt: number;
  readonly highAt: number;
  /** Lowest confidence at which an actor is named. */
  readonly nameActorFrom: Confidence;
  /** The best actor must outweigh the runner-up by this factor, or no actor is named. */
  readonly minMargin: number;
  /** Weight factor for evidence matched only on non-core members. */
  readonly edgeOnlyFactor: number;
  /** Weight factor for name evidence when staff names of two or more actors appear in one campaign. */
  readonly conflictingNamesFactor: number;
  /**
   * Names (staff names, handles, aliases) are the cheapest evidence to plant: when they are the only
   * evidence for the best actor, it is named only if they turn up on at least this many accounts (one
   * name on one head of a campaign is what a false flag looks like).
   */
  readonly nameOnlyMinAccounts: number;
}

export type EvidenceKind = 'payment' | 'email_domain' | 'person' | 'alias' | 'cidr' | 'asn' | 'partner';

export const DEFAULT_ATTRIBUTE_OPTIONS: AttributeOptions = Object.freeze({
  weights: Object.freeze({ payment: 1.5, email_domain: 1.2, person: 1.0, alias: 0.6, cidr: 1.0, asn: 0.4, partner: 0.8 }),
  moderateAt: 1.0,
  highAt: 1.5,
  nameActorFrom: 'moderate' as Confidence,
  minMargin: 1.5,
  edgeOnlyFactor: 0.6,
  conflictingNamesFactor: 0.5,
  nameOnlyMinAccounts: 2,
});

const RANK: Readonly<Record<Confidence, number>> = { low: 0, moderate: 1, high: 2 };

interface ActorMatchers {
  readonly actor: Actor;
  readonly cidrs: CidrRange[];
  readonly asns: ReadonlySet<number>;
  readonly domains: ReadonlySet<string>;
  readonly payments: ReadonlySet<string>;
  readonly people: { name: string; test: (t: string) => boolean }[];
  readonly aliases: { name: string; test: (t: string) => boolean }[];
  readonly partner: ReadonlySet<string>;
}

function compile(a: Actor): ActorMatchers {
  const named = (xs: readonly string[] | undefined) =>
    (xs ?? []).flatMap((name) => {
      const test = nameMatcher(name);
      return test ? [{ name, test }] : [];
    });
  const partnerRaw = a['partner_indicators'];
  const partner = Array.isArray(partnerRaw) ? partnerRaw.filter((x): x is string => typeof x === 'string').map((x) => x.toLowerCase()) : [];
  return {
    actor: a,
    cidrs: (a.cidrs ?? []).flatMap((c) => {
      const r = parseCidr(c);
      return r ? [r] : [];
    }),
    asns: new Set(a.asns ?? []),
    domains: new Set((a.email_domains ?? []).map((d) => d.toLowerCase())),
    payments: new Set(a.payment_fingerprints ?? []),
    people: named(a.people),
    aliases: named([a.name, ...(a.aliases ?? [])]),
    partner: new Set(partner),
  };
}

/** Accounts per ASN over the whole index: how common an ASN is among all customers. */
function asnPopularity(index: LinkIndex): Map<number, number> {
  const m = new Map<number, number>();
  for (const a of index.accounts.values()) for (const asn of a.asns.keys()) m.set(asn, (m.get(asn) ?? 0) + 1);
  return m;
}

function evidenceFor(
  m: ActorMatchers,
  members: readonly MemberView[],
  asnAccounts: ReadonlyMap<number, number>,
  core: ReadonlySet<string>,
  o: AttributeOptions,
  accountsByKind: Map<EvidenceKind, number>,
): EvidenceItem[] {
  const n = Math.max(1, members.length);
  const out: EvidenceItem[] = [];
  // Whether the last count() matched a core account. A leak seen only on accounts at the campaign's
  // edge (joined or grown, not in the dense core) could be an ordinary customer who happens to share
  // a name or a card: it weighs less.
  let coreHit = false;
  const push = (kind: EvidenceKind, count: number, matched: string, scale: number, detail: string): void => {
    if (count <= 0) return;
    accountsByKind.set(kind, Math.max(accountsByKind.get(kind) ?? 0, count));
    const edge = coreHit ? 1 : o.edgeOnlyFactor;
    out.push({
      kind,
      matched,
      weight: Math.round(o.weights[kind] * scale * edge * 1000) / 1000,
      detail: `${count}/${members.length} accounts${coreHit ? '' : ', none in the core'}; ${detail}`,
    });
  };
  const count = (pred: (v: MemberView) => string | undefined): [number, Set<string>] => {
    let k = 0;
    coreHit = false;
    const hits = new Set<string>();
    for (const v of members) {
      const h = pred(v);
      if (h !== undefined) {
        k++;
        hits.add(h);
        if (core.has(v.account_id)) coreHit = true;
      }
    }
    return [k, hits];
  };
  const list = (s: Set<string>) => [...s].slice(0, 5).join(', ');
  // Registry identifiers: unique per customer, so even one shared one is strong.
  if (m.payments.size) {
    const [k, h] = count((v) => (v.payment && m.payments.has(v.payment) ? v.payment : undefined));
    push('payment', k, list(h), 0.7 + 0.3 * (k / n), 'payment fingerprint on the actor record');
  }
  if (m.domains.size) {
    const [k, h] = count((v) => (v.emailDomain && m.domains.has(v.emailDomain) ? v.emailDomain : undefined));
    push('email_domain', k, list(h), 0.85 + 0.15 * (k / n), 'account email domain of the actor (public mail providers never match)');
  }
  if (m.people.length) {
    const [k, h] = count((v) => m.people.find((p) => v.texts.some((t) => p.test(t)))?.name);
    // A full name or a dotted/underscored handle is specific enough to count on one account; a
    // single short token is not. Every further distinct name adds corroboration.
    const distinctive = [...h].some((name) => /[\s._-]/.test(name.trim()) && name.trim().length >= 7);
    push('person', k, list(h), (distinctive ? 1 : 0.5) + 0.2 * (k / n) + 0.2 * Math.max(0, h.size - 1), 'staff name or handle in account or request metadata');
  }
  if (m.aliases.length) {
    const [k, h] = count((v) => m.aliases.find((p) => [...v.texts, ...v.orgs, v.emailDomain ?? ''].some((t) => p.test(t)))?.name);
    push('alias', k, list(h), 0.5 + 0.5 * (k / n), 'actor name or alias in metadata, org or mail domain');
  }
  if (m.cidrs.length) {
    const [k, h] = count((v) => {
      const hit = v.ips.find((ip) => m.cidrs.some((c) => cidrContains(c, ip)));
      return hit ? (hit.v === 4 ? 'v4' : 'v6') : undefined;
    });
    push('cidr', k, `${k} accounts in ${m.cidrs.length} actor ranges (${list(h)})`, 0.5 + 0.5 * (k / n), 'client or signup address inside an actor range');
  }
  if (m.asns.size) {
    let best = 0;
    let bestAsn = -1;
    let bestK = 0;
    for (const asn of m.asns) {
      const k = members.filter((v) => v.asns.has(asn)).length;
      if (k === 0) continue;
      // An ASN shared with many other customers says little: scale by how concentrated it is here.
      const concentration = k / Math.max(k, asnAccounts.get(asn) ?? k);
      const s = (k / n) * concentration;
      if (s > best) [best, bestAsn, bestK] = [s, asn, k];
    }
    coreHit = true; // aggregate evidence over all members, already scaled by share
    if (bestAsn >= 0) push('asn', bestK, `AS${bestAsn}`, best, 'traffic from an actor ASN, scaled by how few other customers use it');
  }
  if (m.partner.size) {
    const [k, h] = count((v) => [...m.partner].find((p) => v.values.has(p)));
    push('partner', k, list(h), 0.5 + 0.5 * (k / n), 'indicator shared by a partner for this actor');
  }
  return out.filter((e) => e.weight > 0).sort((a, b) => b.weight - a.weight);
}

function band(total: number, kinds: number, o: AttributeOptions): Confidence {
  if (total >= o.highAt && kinds >= 2) return 'high';
  if (total >= o.moderateAt) return 'moderate';
  return 'low';
}

export function attributeCampaigns(
  campaigns: readonly Campaign[],
  actors: readonly Actor[],
  accounts: ReadonlyMap<AccountId, Account>,
  index: LinkIndex,
  options: Partial<AttributeOptions> = {},
): Attribution[] {
  const o: AttributeOptions = { ...DEFAULT_ATTRIBUTE_OPTIONS, ...options };
  const matchers = actors.map(compile);
  const asnAccounts = asnPopularity(index);
  return campaigns.map((c) => {
    const members = c.account_ids.map((id) => memberView(id, index, accounts));
    const core = new Set<string>(c.core_account_ids.length > 0 ? c.core_account_ids : c.account_ids);
    const raw = matchers.map((m) => {
      const accountsByKind = new Map<EvidenceKind, number>();
      return { actor_id: m.actor.actor_id, evidence: evidenceFor(m, members, asnAccounts, core, o, accountsByKind), accountsByKind };
    });
    // Names are the cheapest evidence to plant. When staff names of several actors turn up in one
    // campaign, someone is spraying names (a false flag, or a name pool that overlaps): every actor's
    // name evidence is discounted, and only other kinds can carry an attribution.
    const namedActors = raw.filter((r) => r.evidence.some((e) => e.kind === 'person')).length;
    const scored = raw
      .map(({ actor_id, evidence: ev, accountsByKind }) => {
        const evidence =
          namedActors >= 2
            ? ev.map((e) => (e.kind === 'person' ? { ...e, weight: Math.round(e.weight * o.conflictingNamesFactor * 1000) / 1000, detail: `${e.detail ?? ''} (discounted: staff names of ${namedActors} actors in this campaign)` } : e))
            : ev;
        const total = evidence.reduce((s, e) => s + e.weight, 0);
        const nameOnly = evidence.length > 0 && evidence.every((e) => e.kind === 'person' || e.kind === 'alias');
        const nameAccounts = Math.max(accountsByKind.get('person') ?? 0, accountsByKind.get('alias') ?? 0);
        return { actor_id, evidence, total, kinds: new Set(evidence.map((e) => e.kind)).size, thinNames: nameOnly && nameAccounts < o.nameOnlyMinAccounts };
      })
      .filter((s) => s.total > 0)
      .sort((a, b) => b.total - a.total);
    const best = scored[0];
    const candidates = scored.map((s) => ({ actor_id: s.actor_id, weight: Math.round(s.total * 1000) / 1000 }));
    if (!best) return { campaign_id: c.campaign_id, confidence: 'low' as Confidence, evidence: [], candidates };
    const runnerUp = scored[1]?.total ?? 0;
    let confidence = band(best.total, best.kinds, o);
    const ambiguous = runnerUp > 0 && best.total < o.minMargin * runnerUp;
    const evidence: EvidenceItem[] = best.evidence.map((e) => ({ ...e, detail: `${best.actor_id}: ${e.detail ?? ''}` }));
    if (best.thinNames && !ambiguous) {
      confidence = 'low';
      evidence.push({ kind: 'names_only', matched: best.actor_id, weight: 0, detail: `only names, on fewer than ${o.nameOnlyMinAccounts} accounts (cheap to plant): no actor is named` });
    }
    if (ambiguous) {
      confidence = 'low';
      evidence.push({ kind: 'ambiguous', matched: scored.slice(0, 3).map((s) => s.actor_id).join(' vs '), weight: 0, detail: 'several actors match about equally: none is named' });
    }
    const named = !ambiguous && RANK[confidence] >= RANK[o.nameActorFrom];
    return named
      ? { campaign_id: c.campaign_id, actor_id: best.actor_id, confidence, evidence, candidates }
      : { campaign_id: c.campaign_id, confidence, evidence, candidates };
  });
}
