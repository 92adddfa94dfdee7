// link: LinkIndex, the per-account linking state (bounded indicator samples, counts, capability mix,
// per-model hourly timeline, infrastructure tallies), fed exchange by exchange and mergeable across
// workers: merge(index(A), index(B)) holds what index(A ∪ B) holds (bottom-k and sums are exact).
import type { Account, AccountId } from '../schema/index.js';
import { CAPABILITIES, ELICITATIONS, type EnrichedExchange, type NetClass } from '../enrich/types.js';
import { type BottomK, emptyBottomK, addBottomK, mergeBottomK } from './bottom-k.js';
import {
  INDICATOR_KINDS,
  DEFAULT_KIND_SPECS,
  DEFAULT_INDICATOR_OPTIONS,
  type IndicatorKind,
  type IndicatorOptions,
  type KindSpec,
  exchangeIndicators,
  accountIndicators,
} from './indicators.js';

export const NET_CLASSES: readonly NetClass[] = ['datacenter', 'residential', 'vpn', 'tor', 'mobile', 'unknown'];
const NET_CLASS_INDEX = new Map(NET_CLASSES.map((c, i) => [c, i]));

/** Linking state of one account. */
export interface AccountLink {
  readonly account_id: AccountId;
  /** Bottom-k indicator samples, by INDICATOR_KINDS index. */
  readonly sketches: (BottomK | undefined)[];
  exchanges: number;
  firstMs: number;
  lastMs: number;
  /** Sum of capability probabilities (CAPABILITIES order) and elicitation scores (ELICITATIONS order). */
  readonly capSum: Float64Array;
  readonly elicSum: Float64Array;
  /** Exchanges that had prompt text (the denominator of capSum / elicSum). */
  withText: number;
  /** model → hour (epoch ms / 3.6e6) → exchanges. Bounded by LinkOptions.maxHourlyEntries. */
  readonly hourly: Map<string, Map<number, number>>;
  hourlyEntries: number;
  hourlyDropped: number;
  readonly channels: Map<string, number>;
  readonly asns: Map<number, number>;
  readonly countries: Map<string, number>;
  readonly netClasses: Float64Array;
  /** Free-text metadata seen on requests or the registry (display name, request user/metadata), for attribution. */
  readonly meta: BottomK;
  registry?: Account;
  /**
   * Bumped whenever an indicator sample changes. Re-linking reads only the accounts whose version
   * moved since the last graph build (bottom-k samples settle: most exchanges change nothing).
   */
  sketchVersion: number;
}

export interface LinkIndexOptions {
  readonly kinds: Readonly<Record<IndicatorKind, KindSpec>>;
  readonly indicators: IndicatorOptions;
  readonly maxHourlyEntries: number;
  /** Bound on the distinct keys of each small tally (channels, ASNs, countries). */
  readonly maxTally: number;
  readonly maxMeta: number;
}

export const DEFAULT_LINK_INDEX_OPTIONS: LinkIndexOptions = Object.freeze({
  kinds: DEFAULT_KIND_SPECS,
  indicators: DEFAULT_INDICATOR_OPTIONS,
  maxHourlyEntries: 4096,
  maxTally: 16,
  maxMeta: 8,
});

export interface LinkIndex {
  observe(e: EnrichedExchange): void;
  addAccounts(accounts: Iterable<Account>): void;
  /** Folds another index (built with the same options) into this one. */
  merge(other: LinkIndex): void;
  readonly accounts: ReadonlyMap<AccountId, AccountLink>;
  /** First event time of each model over all accounts (the model's first appearance). */
  readonly modelFirstMs: ReadonlyMap<string, number>;
  /** ASN → organisation name, as seen. */
  readonly asOrgs: ReadonlyMap<number, string>;
  /** Event-time span seen so far (NaN when empty). */
  readonly minMs: number;
  readonly maxMs: number;
  readonly exchanges: number;
  readonly options: LinkIndexOptions;
}

function bump<K>(m: Map<K, number>, k: K, by: number, cap: number): void {
  const v = m.get(k);
  if (v !== undefined) m.set(k, v + by);
  else if (m.size < cap) m.set(k, by);
}

function newAccount(id: AccountId, o: LinkIndexOptions): AccountLink {
  return {
    account_id: id,
    sketches: new Array<BottomK | undefined>(INDICATOR_KINDS.length).fill(undefined),
    exchanges: 0,
    firstMs: Infinity,
    lastMs: -Infinity,
    capSum: new Float64Array(CAPABILITIES.length),
    elicSum: new Float64Array(ELICITATIONS.length),
    withText: 0,
    hourly: new Map(),
    hourlyEntries: 0,
    hourlyDropped: 0,
    channels: new Map(),
    asns: new Map(),
    countries: new Map(),
    netClasses: new Float64Array(NET_CLASSES.length),
    meta: emptyBottomK(o.maxMeta),
    sketchVersion: 0,
  };
}

function addHourly(a: AccountLink, model: string, hour: number, by: number, max: number): void {
  let m = a.hourly.get(model);
  if (!m) {
    m = new Map();
    a.hourly.set(model, m);
  }
  const v = m.get(hour);
  if (v !== undefined) m.set(hour, v + by);
  else if (a.hourlyEntries < max) {
    m.set(hour, by);
    a.hourlyEntries++;
  } else a.hourlyDropped += by;
}

function metaText(v: unknown): string | undefined {
  if (v === undefined || v === null) return undefined;
  const s = typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 300 ? s.slice(0, 300) : s;
}

export function createLinkIndex(options: Partial<LinkIndexOptions> = {}): LinkIndex {
  const o: LinkIndexOptions = { ...DEFAULT_LINK_INDEX_OPTIONS, ...options };
  const specs = INDICATOR_KINDS.map((k) => o.kinds[k]);
  const accounts = new Map<AccountId, AccountLink>();
  const modelFirstMs = new Map<string, number>();
  const asOrgs = new Map<number, string>();
  const publicDomains = new Set(o.indicators.publicEmailDomains.map((d) => d.toLowerCase()));
  let minMs = NaN;
  let maxMs = NaN;
  let total = 0;

  const get = (id: AccountId): AccountLink => {
    let a = accounts.get(id);
    if (!a) {
      a = newAccount(id, o);
      accounts.set(id, a);
    }
    return a;
  };
  // The last value seen per account and kind: most exchanges repeat their account's address,
  // prefix, client and org, so the repeat is skipped before building and hashing the key.
  // Not part of the state (a cache only): merge and results do not depend on it.
  const lastValue = new Map<AccountId, (string | undefined)[]>();
  const lastOf = (id: AccountId): (string | undefined)[] => {
    let last = lastValue.get(id);
    if (!last) lastValue.set(id, (last = new Array<string | undefined>(INDICATOR_KINDS.length)));
    return last;
  };
  const addKey = (a: AccountLink, kind: number, value: string, last?: (string | undefined)[]): void => {
    if (last) {
      if (last[kind] === value) return;
      last[kind] = value;
    }
    let s = a.sketches[kind];
    if (!s) {
      s = emptyBottomK((specs[kind] as KindSpec).perAccount);
      a.sketches[kind] = s;
    }
    if (addBottomK(s, `${kind}|${value}`)) a.sketchVersion++;
  };

  const index: LinkIndex = {
    get accounts() {
      return accounts;
    },
    get modelFirstMs() {
      return modelFirstMs;
    },
    get asOrgs() {
      return asOrgs;
    },
    get minMs() {
      return minMs;
    },
    get maxMs() {
      return maxMs;
    },
    get exchanges() {
      return total;
    },
    options: o,
    observe(e) {
      const x = e.x;
      const a = get(x.account_id);
      const t = e.tMs;
      a.exchanges++;
      total++;
      const last = lastOf(a.account_id);
      exchangeIndicators(e, o.indicators, (k, v) => addKey(a, k, v, last));
      if (Number.isFinite(t)) {
        if (t < a.firstMs) a.firstMs = t;
        if (t > a.lastMs) a.lastMs = t;
        if (!(t >= minMs)) minMs = Number.isNaN(minMs) ? t : Math.min(minMs, t);
        if (!(t <= maxMs)) maxMs = Number.isNaN(maxMs) ? t : Math.max(maxMs, t);
        const f = modelFirstMs.get(x.model);
        if (f === undefined || t < f) modelFirstMs.set(x.model, t);
        addHourly(a, x.model, Math.floor(t / 3_600_000), 1, o.maxHourlyEntries);
      }
      const p = e.prompt;
      if (p.hasText) {
        a.withText++;
        for (let i = 0; i < a.capSum.length; i++) (a.capSum as Float64Array)[i]! += p.capabilities[i] ?? 0;
        for (let i = 0; i < a.elicSum.length; i++) (a.elicSum as Float64Array)[i]! += p.elicitation[i] ?? 0;
      }
      bump(a.channels, x.channel ?? 'api', 1, o.maxTally);
      const net = e.net;
      if (net.asn !== undefined) {
        bump(a.asns, net.asn, 1, o.maxTally);
        if (net.asOrg !== undefined && !asOrgs.has(net.asn)) asOrgs.set(net.asn, net.asOrg);
      }
      if (net.country !== undefined) bump(a.countries, net.country, 1, o.maxTally);
      const ci = NET_CLASS_INDEX.get(net.netClass);
      if (ci !== undefined) (a.netClasses as Float64Array)[ci]! += 1;
      for (const field of ['user', 'metadata']) {
        const m = metaText(x[field]);
        if (m) addBottomK(a.meta, m);
      }
    },
    addAccounts(list) {
      for (const acc of list) {
        const a = get(acc.account_id);
        a.registry = acc;
        accountIndicators(acc, publicDomains, (k, v) => addKey(a, k, v));
        if (acc.display_name) addBottomK(a.meta, acc.display_name);
      }
    },
    merge(other) {
      for (const [id, b] of other.accounts) {
        const a = accounts.get(id);
        if (!a) {
          accounts.set(id, cloneAccount(b, o));
          continue;
        }
        mergeAccountInto(a, b, o);
        a.sketchVersion++;
      }
      for (const [m, t] of other.modelFirstMs) {
        const f = modelFirstMs.get(m);
        if (f === undefined || t < f) modelFirstMs.set(m, t);
      }
      for (const [asn, org] of other.asOrgs) if (!asOrgs.has(asn)) asOrgs.set(asn, org);
      if (!Number.isNaN(other.minMs)) minMs = Number.isNaN(minMs) ? other.minMs : Math.min(minMs, other.minMs);
      if (!Number.isNaN(other.maxMs)) maxMs = Number.isNaN(maxMs) ? other.maxMs : Math.max(maxMs, other.maxMs);
      total += other.exchanges;
    },
  };
  return index;
}

function cloneAccount(b: AccountLink, o: LinkIndexOptions): AccountLink {
  const a = newAccount(b.account_id, o);
  mergeAccountInto(a, b, o);
  return a;
}

/** a := a ∪ b for one account. */
export function mergeAccountInto(a: AccountLink, b: AccountLink, o: LinkIndexOptions): void {
  for (let k = 0; k < b.sketches.length; k++) {
    const sb = b.sketches[k];
    if (!sb) continue;
    const sa = a.sketches[k];
    a.sketches[k] = sa ? mergeBottomK(sa, sb) : mergeBottomK(emptyBottomK(sb.k), sb);
  }
  a.exchanges += b.exchanges;
  a.firstMs = Math.min(a.firstMs, b.firstMs);
  a.lastMs = Math.max(a.lastMs, b.lastMs);
  for (let i = 0; i < a.capSum.length; i++) (a.capSum as Float64Array)[i]! += b.capSum[i] ?? 0;
  for (let i = 0; i < a.elicSum.length; i++) (a.elicSum as Float64Array)[i]! += b.elicSum[i] ?? 0;
  a.withText += b.withText;
  for (const [model, hours] of b.hourly) for (const [h, c] of hours) addHourly(a, model, h, c, o.maxHourlyEntries);
  a.hourlyDropped += b.hourlyDropped;
  for (const [k, v] of b.channels) bump(a.channels, k, v, o.maxTally);
  for (const [k, v] of b.asns) bump(a.asns, k, v, o.maxTally);
  for (const [k, v] of b.countries) bump(a.countries, k, v, o.maxTally);
  for (let i = 0; i < a.netClasses.length; i++) (a.netClasses as Float64Array)[i]! += b.netClasses[i] ?? 0;
  const m = mergeBottomK(a.meta, b.meta);
  a.meta.hashes.splice(0, a.meta.hashes.length, ...m.hashes);
  a.meta.keys.splice(0, a.meta.keys.length, ...m.keys);
  if (b.registry && !a.registry) a.registry = b.registry;
}
