// Simulator: draws client addresses from real IPv4 space by network class and country, and defines the
// proxy/relay services whose egress addresses carry both attack and ordinary customers' traffic.
import { intToIp, type NetClass, type NetRange, type NetworkSpace } from './material/index.js';
import type { Rng } from './rng.js';

export interface ProxyService {
  readonly id: string;
  /** Egress ranges (a few per service, in several countries). */
  readonly ranges: readonly NetRange[];
  readonly kind: 'datacenter' | 'residential';
}

export interface IpSpace {
  /** One address of the class, in the country where the tables have it (else anywhere). */
  sample(rng: Rng, cls: NetClass, country?: string): string;
  /** One address from a proxy service's egress pool, in the given country where it has exits there. */
  fromProxy(rng: Rng, p: ProxyService, country?: string): string;
  /** A cloud region address of a named cloud ('aws', 'gcp', ...). */
  cloud(rng: Rng, provider?: string): string;
  tor(rng: Rng): string;
  /** A carrier-grade NAT address: one of a few per country that many unrelated mobile users share. */
  cgnat(rng: Rng, country: string | undefined): string;
  readonly proxies: readonly ProxyService[];
}

function addrIn(rng: Rng, r: NetRange): string {
  const off = r.size <= 2 ? 0 : 1 + Math.floor(rng.next() * (r.size - 2));
  return intToIp((r.start + off) >>> 0);
}

export function makeIpSpace(net: NetworkSpace, rng: Rng): IpSpace {
  const pool = (cls: NetClass, country?: string): readonly NetRange[] => {
    const local = country ? net.pools.get(`${cls}:${country}`) : undefined;
    if (local && local.length >= 3) return local;
    return net.pools.get(`${cls}:*`) ?? net.pools.get('business:*') ?? [];
  };
  const cloudBy = new Map<string, NetRange[]>();
  for (const r of net.pools.get('cloud:*') ?? []) {
    const name = net.cloudAsns.get(r.asn) ?? 'other';
    let xs = cloudBy.get(name);
    if (!xs) cloudBy.set(name, (xs = []));
    xs.push(r);
  }
  const prng = rng.fork('proxies');
  const proxies: ProxyService[] = [];
  const countries = ['US', 'SG', 'JP', 'DE', 'GB', 'NL', 'HK', 'KR', 'CA', 'FR'];
  for (let i = 0; i < 8; i++) {
    const kind = i < 5 ? 'datacenter' : 'residential';
    const ranges: NetRange[] = [];
    // Datacenter relays sit in a few countries; residential proxy networks offer exits almost everywhere.
    const where = kind === 'datacenter' ? prng.sample(countries, 3) : [...countries, 'IN', 'BR', 'AU', 'ES', 'IT', 'MX', 'ID', 'TW', 'PL'];
    for (const c of where) {
      const src = kind === 'datacenter' ? [...pool('hosting', c), ...pool('vpn', c)] : pool('residential', c);
      for (let k = 0; k < (kind === 'datacenter' ? 4 : 3) && src.length > 0; k++) ranges.push(prng.pick(src));
    }
    proxies.push({ id: `proxy-${i}`, ranges, kind });
  }
  const cgnatPools = new Map<string, string[]>();
  const cgnatPool = (country: string): string[] => {
    let xs = cgnatPools.get(country);
    if (!xs) {
      const cr = rng.fork(`cgnat/${country}`);
      const ranges = pool('mobile', country);
      xs = Array.from({ length: 24 }, () => (ranges.length > 0 ? addrIn(cr, cr.pick(ranges)) : '192.0.2.2'));
      cgnatPools.set(country, xs);
    }
    return xs;
  };
  return {
    cgnat(r, country) {
      return r.pick(cgnatPool(country ?? 'US'));
    },
    sample(r, cls, country) {
      const xs = pool(cls, country);
      return xs.length > 0 ? addrIn(r, r.pick(xs)) : '192.0.2.1';
    },
    fromProxy(r, p, country) {
      const local = country ? p.ranges.filter((x) => x.country === country) : [];
      return addrIn(r, r.pick(local.length > 0 ? local : p.ranges));
    },
    cloud(r, provider) {
      const xs = (provider ? cloudBy.get(provider) : undefined) ?? net.pools.get('cloud:*') ?? [];
      return xs.length > 0 ? addrIn(r, r.pick(xs)) : '198.51.100.1';
    },
    tor(r) {
      return r.pick(net.torExits);
    },
    proxies,
  };
}
