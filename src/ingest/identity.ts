// ingest: who a logged call belongs to is configured, not guessed. IdentityConfig names the source
// fields for account / API key / org, and which proxy hops may be believed about the client IP.
// The client-IP rule is the usual trusted-proxy walk (as RFC 7239 §8 and express's "trust proxy").
import { BlockList, isIP } from 'node:net';
import { DwError } from '../errors.js';

export interface IdentityConfig {
  /** Source field paths (dot-separated, into the source record) tried in order for account_id. */
  readonly account?: readonly string[];
  /** Source field paths for api_key_id. */
  readonly apiKey?: readonly string[];
  /** Source field paths for org_id. */
  readonly org?: readonly string[];
  /** The n nearest proxy hops (the peer, then the rightmost forwarded-for entries) are trusted. */
  readonly trustedHops?: number;
  /** Addresses or CIDRs of proxies that are trusted to append to X-Forwarded-For. */
  readonly trustedProxies?: readonly string[];
}

export const DEFAULT_IDENTITY: IdentityConfig = Object.freeze({});

/** Value at a dot path ('metadata.user_api_key_team_id'); keys holding dots ('enduser.id') match whole. */
export function pick(rec: unknown, path: string): unknown {
  if (rec === null || typeof rec !== 'object') return undefined;
  const o = rec as Record<string, unknown>;
  if (Object.prototype.hasOwnProperty.call(o, path)) return o[path];
  // every split point, shortest head first (the plain nested walk), a head may itself hold dots
  for (let i = path.indexOf('.'); i > 0; i = path.indexOf('.', i + 1)) {
    const head = path.slice(0, i);
    if (Object.prototype.hasOwnProperty.call(o, head)) {
      const w = pick(o[head], path.slice(i + 1));
      if (w !== undefined) return w;
    }
  }
  return undefined;
}

/** First non-empty string (or finite number, as a string) among the paths. */
export function pickString(rec: unknown, paths: readonly string[]): string | undefined {
  for (const p of paths) {
    const v = pick(rec, p);
    if (typeof v === 'string' && v.length > 0) return v;
    if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  }
  return undefined;
}

export interface IdentityFields {
  account_id?: string;
  api_key_id?: string;
  org_id?: string;
}

/** Resolves identity from a record: the operator's paths first, the adapter's defaults after. */
export function resolveIdentity(
  rec: unknown,
  cfg: IdentityConfig,
  defaults: { account: readonly string[]; apiKey: readonly string[]; org: readonly string[] },
): IdentityFields {
  const out: IdentityFields = {};
  const a = pickString(rec, cfg.account ?? defaults.account);
  if (a !== undefined) out.account_id = a;
  const k = pickString(rec, cfg.apiKey ?? defaults.apiKey);
  if (k !== undefined) out.api_key_id = k;
  const o = pickString(rec, cfg.org ?? defaults.org);
  if (o !== undefined) out.org_id = o;
  return out;
}

const trustCache = new WeakMap<readonly string[], BlockList>();
function trustList(cidrs: readonly string[]): BlockList {
  let bl = trustCache.get(cidrs);
  if (bl) return bl;
  bl = new BlockList();
  for (const c of cidrs) {
    const [addr, bits] = c.split('/');
    const fam = isIP(addr ?? '');
    if (fam === 0) continue;
    const type = fam === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) bl.addAddress(addr!, type);
    else bl.addSubnet(addr!, Number(bits), type);
  }
  trustCache.set(cidrs, bl);
  return bl;
}

/** Strips a port and brackets: '1.2.3.4:5678' → '1.2.3.4', '[::1]:80' → '::1'. Returns '' if not an IP. */
export function cleanIp(s: string): string {
  let t = s.trim();
  if (t.startsWith('[')) t = t.slice(1, t.indexOf(']') > 0 ? t.indexOf(']') : undefined);
  else if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(t)) t = t.slice(0, t.lastIndexOf(':'));
  if (t.startsWith('::ffff:') && isIP(t.slice(7)) === 4) t = t.slice(7);
  return isIP(t) ? t : '';
}

export interface ClientIp {
  ip?: string;
  /** The raw chain as logged (forwarded-for entries, then the peer), when there was a chain. */
  chain?: string;
}

/**
 * Client IP from the nearest peer and an X-Forwarded-For list. Walks from the peer leftwards over
 * trusted hops; the first untrusted address is the client. With no trust declared, the client is
 * the peer (or, when the log kept no peer, the rightmost forwarded entry: the one hop nearest us).
 */
export function clientIp(peer: string | undefined, forwardedFor: string | undefined, cfg: IdentityConfig): ClientIp {
  // the common case: a bare peer address and no forwarded chain
  if (forwardedFor === undefined && peer !== undefined && isIP(peer) !== 0) return { ip: peer.startsWith('::ffff:') && isIP(peer.slice(7)) === 4 ? peer.slice(7) : peer };
  const fwd = (forwardedFor ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  const out: ClientIp = {};
  if (fwd.length > 0) out.chain = peer ? `${fwd.join(', ')} | ${peer}` : fwd.join(', ');
  const hops = peer ? [...fwd, peer] : fwd;
  if (hops.length === 0) return out;
  const byCount = cfg.trustedHops ?? 0;
  const bl = cfg.trustedProxies && cfg.trustedProxies.length > 0 ? trustList(cfg.trustedProxies) : undefined;
  let i = hops.length - 1;
  let walked = 0;
  while (i > 0) {
    const h = cleanIp(hops[i]!);
    const trusted = walked < byCount || (h !== '' && bl !== undefined && bl.check(h, isIP(h) === 6 ? 'ipv6' : 'ipv4'));
    if (!trusted) break;
    i--;
    walked++;
  }
  const ip = cleanIp(hops[i]!);
  if (ip !== '') out.ip = ip;
  return out;
}

/** Identity options as the command line spells them (comma-separated field paths, CIDR lists). */
export interface IdentityFlags {
  readonly accountField?: string | undefined;
  readonly keyField?: string | undefined;
  readonly orgField?: string | undefined;
  readonly trustedHops?: string | number | undefined;
  readonly trustedProxies?: string | undefined;
}

function list(s: string | undefined): string[] | undefined {
  if (s === undefined) return undefined;
  const xs = s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0);
  return xs.length > 0 ? xs : undefined;
}

/** Command-line identity options → IdentityConfig. Bad values are a configuration error (DW_E_CONFIG). */
export function identityFromFlags(f: IdentityFlags): IdentityConfig {
  const out: { -readonly [K in keyof IdentityConfig]: IdentityConfig[K] } = {};
  const account = list(f.accountField);
  if (account) out.account = account;
  const apiKey = list(f.keyField);
  if (apiKey) out.apiKey = apiKey;
  const org = list(f.orgField);
  if (org) out.org = org;
  if (f.trustedHops !== undefined) {
    const n = Number(f.trustedHops);
    if (!Number.isInteger(n) || n < 0) throw new DwError('DW_E_CONFIG', `--trusted-hops must be a whole number ≥ 0, got '${f.trustedHops}'`);
    out.trustedHops = n;
  }
  const proxies = list(f.trustedProxies);
  if (proxies) {
    for (const p of proxies) {
      const [addr, bits] = p.split('/');
      const fam = isIP(addr ?? '');
      const maxBits = fam === 6 ? 128 : 32;
      if (fam === 0 || (bits !== undefined && !(Number.isInteger(Number(bits)) && Number(bits) >= 0 && Number(bits) <= maxBits))) {
        throw new DwError('DW_E_CONFIG', `--trusted-proxies: '${p}' is not an IP address or CIDR`);
      }
    }
    out.trustedProxies = proxies;
  }
  return out;
}
