// ingest adapters: small total functions over untrusted JSON values (never throw): numbers,
// strings, objects, JSON-in-text cells, and times (epoch s/ms/µs/ns, unix-nano strings, ISO) → RFC 3339.
import type { Json } from './types.js';
import { isPlainDateTime } from '../fast-check.js';

export function isObj(v: unknown): v is Json {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}
export function obj(v: unknown): Json | undefined {
  return isObj(v) ? v : undefined;
}
export function arr(v: unknown): unknown[] | undefined {
  return Array.isArray(v) ? v : undefined;
}
export function str(v: unknown): string | undefined {
  return typeof v === 'string' && v.length > 0 ? v : undefined;
}
/** A finite number, also from a numeric string (tables and OTLP intValue strings hold those). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && v.trim() !== '' && /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}
/** A non-negative integer (token counts, statuses). */
export function count(v: unknown): number | undefined {
  const n = num(v);
  return n !== undefined && n >= 0 && Number.isInteger(n) ? n : undefined;
}
/** Text cells holding JSON (spend-log tables, Helicone CSV) → the value; anything else as it is. */
export function parseMaybeJson(v: unknown): unknown {
  if (typeof v !== 'string') return v;
  const t = v.trimStart();
  if (!(t.startsWith('{') || t.startsWith('['))) return v;
  try {
    return JSON.parse(v) as unknown;
  } catch {
    return v;
  }
}
export function first<T>(...xs: (T | undefined)[]): T | undefined {
  for (const x of xs) if (x !== undefined) return x;
  return undefined;
}

const NS_PER_MS = 1_000_000n;

/** Unix nanoseconds (as a decimal string or bigint) → RFC 3339 with the full fraction. */
export function nanosToRfc3339(ns: bigint): string | undefined {
  if (ns <= 0n || ns > 253402300799999999999n) return undefined;
  const ms = ns / NS_PER_MS;
  const iso = new Date(Number(ms)).toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
  const frac = (ns % 1_000_000_000n).toString().padStart(9, '0').replace(/0+$/, '');
  return `${iso.slice(0, 19)}${frac.length > 0 ? `.${frac}` : ''}Z`;
}

/**
 * A time in any of the shapes logs use → RFC 3339 (UTC), or undefined. Numbers (and digit strings)
 * are read by magnitude: < 1e11 epoch seconds (fraction kept), < 1e14 ms, < 1e17 µs, else ns.
 * Text times without a zone ('2026-01-01 10:00:00', as DuckDB and spend-log tables write them) are UTC.
 */
export function toRfc3339(v: unknown): string | undefined {
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  if (typeof v === 'string') {
    // already RFC 3339 in its usual shape (most logs): kept as written, full precision
    if (isPlainDateTime(v)) return v;
    const t = v.trim();
    if (/^\d+$/.test(t)) {
      // 17+ digits: unix nanoseconds (OTLP's startTimeUnixNano), beyond a double's precision
      if (t.length >= 17) return nanosToRfc3339(BigInt(t));
      return toRfc3339(Number(t));
    }
    if (/^\d+\.\d+$/.test(t)) return toRfc3339(Number(t));
    const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i.exec(t);
    if (!m) return undefined;
    let zone = m[3] ?? 'Z';
    if (/^[+-]\d{2}$/.test(zone)) zone += ':00';
    else if (/^[+-]\d{4}$/.test(zone)) zone = `${zone.slice(0, 3)}:${zone.slice(3)}`;
    const time = m[2]!.length === 5 ? `${m[2]}:00` : m[2]!;
    const ms = Date.parse(`${m[1]}T${time}${zone.toUpperCase()}`);
    return Number.isNaN(ms) ? undefined : new Date(ms).toISOString();
  }
  if (typeof v === 'number' && Number.isFinite(v) && v > 0) {
    let ms: number;
    if (v < 1e11) ms = v * 1000;
    else if (v < 1e14) ms = v;
    else if (v < 1e17) ms = v / 1000;
    else return nanosToRfc3339(BigInt(Math.round(v)));
    return isoFromMs(Math.floor(ms));
  }
  return undefined;
}

// Logs are mostly time-ordered and busy: many records share a second, so the formatted second is
// cached and only the milliseconds are appended (Date#toISOString is the costly part).
let cachedSec = Number.NaN;
let cachedPrefix = '';

/** Epoch milliseconds → 'YYYY-MM-DDTHH:MM:SS.mmmZ' (as Date#toISOString), or undefined out of range. */
export function isoFromMs(ms: number): string | undefined {
  const sec = Math.floor(ms / 1000);
  if (sec !== cachedSec) {
    const d = new Date(sec * 1000);
    if (Number.isNaN(d.getTime())) return undefined;
    cachedPrefix = d.toISOString().slice(0, -4);
    cachedSec = sec;
  }
  const r = ms - sec * 1000;
  return `${cachedPrefix}${r < 10 ? '00' : r < 100 ? '0' : ''}${r}Z`;
}

/** Milliseconds between two times of the same kind, or undefined. */
export function spanMs(start: unknown, end: unknown): number | undefined {
  if (typeof start === 'number' && typeof end === 'number' && start > 0 && end >= start) {
    // epoch seconds (LiteLLM's startTime/endTime) or milliseconds, by magnitude
    const d = start < 1e11 ? (end - start) * 1000 : start < 1e14 ? end - start : undefined;
    if (d !== undefined) return Math.round(d * 1000) / 1000;
  }
  const a = toRfc3339(start);
  const b = toRfc3339(end);
  if (!a || !b) return undefined;
  const d = Date.parse(b) - Date.parse(a);
  return d >= 0 ? d : undefined;
}

/** A stable 64-bit hex digest of a string (for ids of records that carry none). */
export function digest(s: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}
