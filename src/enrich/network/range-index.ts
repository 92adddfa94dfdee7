// enrich/network: sorted, non-overlapping address ranges with binary-search lookup (IPv4 as uint32,
// IPv6 as 128-bit bigint). The shared structure behind the ASN, country and CIDR-list tables.
import { type IpAddr, type CidrRange, v6Value } from './ip.js';

/** Ranges sorted by start; row i of the v4 (or v6) side carries payload v4Payload[i] (or v6Payload[i]). */
export interface RangeIndex {
  readonly v4Start: Uint32Array;
  readonly v4End: Uint32Array;
  readonly v4Payload: Uint32Array;
  readonly v6Start: readonly bigint[];
  readonly v6End: readonly bigint[];
  readonly v6Payload: Uint32Array;
}

export interface RangeRow<T extends number | bigint> {
  start: T;
  end: T;
  payload: number;
}

/**
 * Builds an index from rows in any order. Overlaps are resolved in favour of the row that starts
 * later (the more specific one in a nested table); the earlier row is cut short before it.
 */
export function buildRangeIndex(v4: RangeRow<number>[], v6: RangeRow<bigint>[]): RangeIndex {
  v4.sort((a, b) => a.start - b.start || a.end - b.end);
  v6.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  const n4 = v4.length;
  const v4Start = new Uint32Array(n4);
  const v4End = new Uint32Array(n4);
  const v4Payload = new Uint32Array(n4);
  for (let i = 0; i < n4; i++) {
    const r = v4[i] as RangeRow<number>;
    const next = v4[i + 1];
    v4Start[i] = r.start;
    v4End[i] = next && next.start <= r.end ? Math.max(r.start, next.start - 1) : r.end;
    v4Payload[i] = r.payload;
  }
  const v6Start: bigint[] = [];
  const v6End: bigint[] = [];
  const v6Payload = new Uint32Array(v6.length);
  for (let i = 0; i < v6.length; i++) {
    const r = v6[i] as RangeRow<bigint>;
    const next = v6[i + 1];
    v6Start.push(r.start);
    v6End.push(next && next.start <= r.end ? (next.start - 1n > r.start ? next.start - 1n : r.start) : r.end);
    v6Payload[i] = r.payload;
  }
  return { v4Start, v4End, v4Payload, v6Start, v6End, v6Payload };
}

/** Row index of the range holding the IPv4 number n, or -1. */
export function findV4(idx: RangeIndex, n: number): number {
  let lo = 0;
  let hi = idx.v4Start.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((idx.v4Start[mid] as number) <= n) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && n <= (idx.v4End[best] as number) ? best : -1;
}

/** Row index of the range holding the 128-bit IPv6 value x, or -1. */
export function findV6(idx: RangeIndex, x: bigint): number {
  let lo = 0;
  let hi = idx.v6Start.length - 1;
  let best = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if ((idx.v6Start[mid] as bigint) <= x) {
      best = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return best >= 0 && x <= (idx.v6End[best] as bigint) ? best : -1;
}

/** Payload of the range holding the address, or -1. */
export function lookupPayload(idx: RangeIndex, a: IpAddr): number {
  if (a.v === 4) {
    const i = findV4(idx, a.n);
    return i < 0 ? -1 : (idx.v4Payload[i] as number);
  }
  const i = findV6(idx, v6Value(a));
  return i < 0 ? -1 : (idx.v6Payload[i] as number);
}

/** A set of CIDRs (a VPN or datacenter list) as a range index with payload 1. */
export function buildCidrSet(cidrs: Iterable<CidrRange>): RangeIndex {
  const v4: RangeRow<number>[] = [];
  const v6: RangeRow<bigint>[] = [];
  for (const c of cidrs) {
    if (c.v === 4) v4.push({ start: c.start, end: c.end, payload: 1 });
    else v6.push({ start: c.start, end: c.end, payload: 1 });
  }
  // Merge overlapping or adjacent ranges so a nested CIDR never cuts its parent short.
  const merge = <T extends number | bigint>(rows: RangeRow<T>[], one: T): RangeRow<T>[] => {
    rows.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
    const out: RangeRow<T>[] = [];
    for (const r of rows) {
      const last = out[out.length - 1];
      if (last && (r.start as bigint) <= ((last.end as bigint) + (one as bigint))) {
        if (r.end > last.end) last.end = r.end;
      } else out.push({ ...r });
    }
    return out;
  };
  return buildRangeIndex(merge(v4, 1 as number), merge(v6, 1n));
}
