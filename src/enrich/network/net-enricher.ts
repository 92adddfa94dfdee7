// enrich/network: client IP → NetSignals (prefix, ASN, organisation, country, network class,
// restricted region). Pure: tables and options come in; a bounded per-IP cache keeps it fast.
import type { NetClass, NetSignals } from '../types.js';
import { type AsnTable, type CountryTable, lookupAsn, lookupCountry } from './asn-table.js';
import { type IpAddr, parseIp, prefixOf, formatIp } from './ip.js';
import { type RangeIndex, lookupPayload } from './range-index.js';

/** Everything the network enricher looks things up in (loaded at the edge by load-tables.ts). */
export interface NetTables {
  readonly asn: AsnTable;
  readonly country?: CountryTable;
  /** Hosting / cloud / colo ASNs (X4BNet datacenter list, bad-asn-list). */
  readonly datacenterAsns?: ReadonlySet<number>;
  /** VPN provider ASNs (X4BNet VPN list). */
  readonly vpnAsns?: ReadonlySet<number>;
  /** VPN netblocks (X4BNet output/vpn). */
  readonly vpnRanges?: RangeIndex;
  /** Datacenter netblocks (X4BNet output/datacenter). */
  readonly datacenterRanges?: RangeIndex;
  /** Tor exit addresses, canonical text (see formatIp). */
  readonly torExits?: ReadonlySet<string>;
}

export interface NetOptions {
  /** ISO country codes on the provider's restricted-regions list (upper case). */
  readonly restrictedRegions: readonly string[];
  /** Entries kept in the per-IP cache before it is cleared. */
  readonly cacheSize: number;
  /** Organisation names that mark a mobile carrier (CGNAT egress), matched case-insensitively. */
  readonly mobileOrgPattern: RegExp;
}

/**
 * Defaults. The restricted list mirrors regions frontier-model providers publicly do not serve
 * (it is policy, not detection; override it per deployment).
 */
export const DEFAULT_NET_OPTIONS: NetOptions = Object.freeze({
  restrictedRegions: Object.freeze(['CN', 'HK', 'MO', 'RU', 'BY', 'IR', 'KP', 'SY', 'CU']),
  cacheSize: 200_000,
  mobileOrgPattern: /\b(mobile|mobil|movil|movistar|wireless|cellular|lte|5g|telecel|vodafone)\b/i,
});

/** RFC 6598 shared address space (100.64.0.0/10): carrier-grade NAT. */
const CGNAT_START = 100 * 16777216 + 64 * 65536;
const CGNAT_END = CGNAT_START + 4194304 - 1;

export interface NetEnricher {
  enrich(ip: string | undefined): NetSignals;
  /** Cache hits and misses so far. */
  readonly stats: { hits: number; misses: number };
}

const NO_IP: NetSignals = Object.freeze({ netClass: 'unknown' as NetClass, isRestrictedRegion: false });

export function createNetEnricher(tables: NetTables, options: Partial<NetOptions> = {}): NetEnricher {
  const o: NetOptions = { ...DEFAULT_NET_OPTIONS, ...options };
  const restricted = new Set(o.restrictedRegions.map((c) => c.toUpperCase()));
  const cache = new Map<string, NetSignals>();
  const stats = { hits: 0, misses: 0 };

  const classify = (a: IpAddr, asn: number | undefined, org: string | undefined): NetClass => {
    if (tables.torExits?.has(formatIp(a))) return 'tor';
    if (tables.vpnRanges && lookupPayload(tables.vpnRanges, a) >= 0) return 'vpn';
    if (asn !== undefined && tables.vpnAsns?.has(asn)) return 'vpn';
    if (a.v === 4 && a.n >= CGNAT_START && a.n <= CGNAT_END) return 'mobile';
    if (asn !== undefined && tables.datacenterAsns?.has(asn)) return 'datacenter';
    if (tables.datacenterRanges && lookupPayload(tables.datacenterRanges, a) >= 0) return 'datacenter';
    if (org !== undefined && o.mobileOrgPattern.test(org)) return 'mobile';
    return asn === undefined ? 'unknown' : 'residential';
  };

  const compute = (ip: string): NetSignals => {
    const a = parseIp(ip);
    if (!a) return NO_IP;
    const info = lookupAsn(tables.asn, a);
    const country = tables.country ? lookupCountry(tables.country, a) : undefined;
    const netClass = classify(a, info?.asn, info?.org);
    const s: { -readonly [K in keyof NetSignals]: NetSignals[K] } = {
      ip: formatIp(a),
      prefix: prefixOf(a),
      netClass,
      isRestrictedRegion: country !== undefined && restricted.has(country),
    };
    if (info) {
      s.asn = info.asn;
      s.asOrg = info.org;
    }
    if (country !== undefined) s.country = country;
    return Object.freeze(s);
  };

  return {
    stats,
    enrich(ip) {
      if (ip === undefined || ip === '') return NO_IP;
      const hit = cache.get(ip);
      if (hit) {
        stats.hits++;
        return hit;
      }
      stats.misses++;
      const s = compute(ip);
      if (cache.size >= o.cacheSize) cache.clear();
      cache.set(ip, s);
      return s;
    },
  };
}
