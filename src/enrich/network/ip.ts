// enrich/network: IP address text → numeric forms (IPv4 uint32, IPv6 as two 64-bit halves), prefixes
// and CIDRs. Pure parsing, no I/O; a bad address yields undefined, never a throw.

/** A parsed address: IPv4 as an unsigned 32-bit number, IPv6 as high/low 64-bit halves. */
export type IpAddr = { readonly v: 4; readonly n: number } | { readonly v: 6; readonly hi: bigint; readonly lo: bigint };

/** Parses dotted-quad IPv4 into an unsigned 32-bit number; -1 when malformed. */
export function parseIpv4(s: string): number {
  let n = 0;
  let part = 0;
  let digits = 0;
  let dots = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      part = part * 10 + (c - 48);
      digits++;
      if (digits > 3 || part > 255) return -1;
    } else if (c === 46) {
      if (digits === 0 || dots === 3) return -1;
      n = n * 256 + part;
      part = 0;
      digits = 0;
      dots++;
    } else return -1;
  }
  if (dots !== 3 || digits === 0) return -1;
  return n * 256 + part;
}

const MASK64 = (1n << 64n) - 1n;

/** Parses IPv6 text (with '::', embedded IPv4, optional %zone) into 8 hextets; undefined when malformed. */
function parseIpv6Hextets(s: string): number[] | undefined {
  const pct = s.indexOf('%');
  if (pct >= 0) s = s.slice(0, pct);
  if (s.length < 2 || s.length > 45) return undefined;
  const dbl = s.indexOf('::');
  if (dbl !== s.lastIndexOf('::')) return undefined;
  const parseSide = (side: string): number[] | undefined => {
    if (side === '') return [];
    const parts = side.split(':');
    const out: number[] = [];
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i] as string;
      if (i === parts.length - 1 && p.includes('.')) {
        const v4 = parseIpv4(p);
        if (v4 < 0) return undefined;
        out.push(Math.floor(v4 / 65536), v4 % 65536);
        continue;
      }
      if (!/^[0-9a-fA-F]{1,4}$/.test(p)) return undefined;
      out.push(parseInt(p, 16));
    }
    return out;
  };
  if (dbl >= 0) {
    const head = parseSide(s.slice(0, dbl));
    const tail = parseSide(s.slice(dbl + 2));
    if (!head || !tail || head.length + tail.length > 7) return undefined;
    return [...head, ...new Array<number>(8 - head.length - tail.length).fill(0), ...tail];
  }
  const all = parseSide(s);
  return all && all.length === 8 ? all : undefined;
}

/** Parses IPv6 text into high/low 64-bit halves; undefined when malformed. */
export function parseIpv6(s: string): { hi: bigint; lo: bigint } | undefined {
  const h = parseIpv6Hextets(s);
  if (!h) return undefined;
  let hi = 0n;
  let lo = 0n;
  for (let i = 0; i < 4; i++) hi = (hi << 16n) | BigInt(h[i] as number);
  for (let i = 4; i < 8; i++) lo = (lo << 16n) | BigInt(h[i] as number);
  return { hi, lo };
}

/** Parses either family. IPv4-mapped IPv6 (::ffff:a.b.c.d) is returned as IPv4. */
export function parseIp(s: string): IpAddr | undefined {
  const t = s.trim();
  if (t.includes(':')) {
    const v6 = parseIpv6(t);
    if (!v6) return undefined;
    if (v6.hi === 0n && v6.lo >> 32n === 0xffffn) return { v: 4, n: Number(v6.lo & 0xffffffffn) };
    return { v: 6, hi: v6.hi, lo: v6.lo };
  }
  const n = parseIpv4(t);
  return n < 0 ? undefined : { v: 4, n };
}

export function formatIpv4(n: number): string {
  return `${Math.floor(n / 16777216) % 256}.${Math.floor(n / 65536) % 256}.${Math.floor(n / 256) % 256}.${n % 256}`;
}

/** The /24 (IPv4) or /48 (IPv6) prefix of an address, as CIDR text. */
export function prefixOf(a: IpAddr): string {
  if (a.v === 4) return `${formatIpv4(a.n - (a.n % 256))}/24`;
  const h0 = Number((a.hi >> 48n) & 0xffffn).toString(16);
  const h1 = Number((a.hi >> 32n) & 0xffffn).toString(16);
  const h2 = Number((a.hi >> 16n) & 0xffffn).toString(16);
  return `${h0}:${h1}:${h2}::/48`;
}

/** Canonical text of an address (IPv4 dotted, IPv6 as 8 lowercase hextets without compression). */
export function formatIp(a: IpAddr): string {
  if (a.v === 4) return formatIpv4(a.n);
  const hs: string[] = [];
  for (let i = 3; i >= 0; i--) hs.push(Number((a.hi >> BigInt(i * 16)) & 0xffffn).toString(16));
  for (let i = 3; i >= 0; i--) hs.push(Number((a.lo >> BigInt(i * 16)) & 0xffffn).toString(16));
  return hs.join(':');
}

/** A CIDR as an inclusive numeric range. */
export type CidrRange =
  | { readonly v: 4; readonly start: number; readonly end: number }
  | { readonly v: 6; readonly start: bigint; readonly end: bigint };

/** Parses 'a.b.c.d/n' or 'x::/n' (a bare address is a /32 or /128); undefined when malformed. */
export function parseCidr(s: string): CidrRange | undefined {
  const t = s.trim();
  const slash = t.indexOf('/');
  const addrText = slash >= 0 ? t.slice(0, slash) : t;
  const a = parseIp(addrText);
  if (!a) return undefined;
  const isV6Text = addrText.includes(':') && a.v === 6;
  const maxLen = isV6Text ? 128 : 32;
  let len = maxLen;
  if (slash >= 0) {
    const lenText = t.slice(slash + 1);
    if (!/^\d{1,3}$/.test(lenText)) return undefined;
    len = Number(lenText);
    // An IPv4-mapped IPv6 CIDR is expressed over 128 bits; bring it down to IPv4.
    if (addrText.includes(':') && a.v === 4) len -= 96;
    if (len < 0 || len > (a.v === 4 ? 32 : 128)) return undefined;
  } else if (a.v === 4) len = 32;
  if (a.v === 4) {
    const size = 2 ** (32 - len);
    const start = a.n - (a.n % size);
    return { v: 4, start, end: start + size - 1 };
  }
  const full = (a.hi << 64n) | a.lo;
  const hostBits = BigInt(128 - len);
  const start = (full >> hostBits) << hostBits;
  return { v: 6, start, end: start | ((1n << hostBits) - 1n) };
}

/** 128-bit value of an IPv6 address. */
export function v6Value(a: { hi: bigint; lo: bigint }): bigint {
  return ((a.hi & MASK64) << 64n) | (a.lo & MASK64);
}

/** Whether an address falls in a CIDR range. */
export function cidrContains(r: CidrRange, a: IpAddr): boolean {
  if (r.v === 4) return a.v === 4 && a.n >= r.start && a.n <= r.end;
  if (a.v !== 6) return false;
  const x = v6Value(a);
  return x >= r.start && x <= r.end;
}
