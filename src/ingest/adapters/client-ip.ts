// ingest adapters: the client address of a record. Most records hold a bare IPv4 peer and no
// forwarded chain: that case is recognised here by hand (net.isIP runs a regular expression, about
// 0.2 µs a record); everything else goes to clientIp (identity.ts), whose answer this is the same as.
import { clientIp, type ClientIp, type IdentityConfig } from '../identity.js';

/** A dotted-quad IPv4 address exactly as net.isIP accepts it: four 0-255 parts, no leading zeros. */
export function isIPv4Text(s: string): boolean {
  const n = s.length;
  if (n < 7 || n > 15) return false;
  let parts = 0;
  let i = 0;
  while (true) {
    const st = i;
    let v = 0;
    while (i < n) {
      const c = s.charCodeAt(i) - 48;
      if (c < 0 || c > 9) break;
      v = v * 10 + c;
      i++;
    }
    const len = i - st;
    if (len === 0 || len > 3 || v > 255 || (len > 1 && s.charCodeAt(st) === 48)) return false;
    parts++;
    if (i === n) return parts === 4;
    if (parts === 4 || s.charCodeAt(i) !== 46) return false;
    i++;
  }
}

/** clientIp(peer, forwardedFor, cfg), with the bare IPv4 peer answered without it. */
export function clientAddress(peer: string | undefined, forwardedFor: string | undefined, cfg: IdentityConfig): ClientIp {
  if (forwardedFor === undefined && peer !== undefined && isIPv4Text(peer)) return { ip: peer };
  return clientIp(peer, forwardedFor, cfg);
}
