// ingest adapters: small total functions over untrusted JSON values (never throw): numbers,
// strings, objects, JSON-in-text cells, and times (epoch s/ms/µs/ns, unix-nano strings, ISO) → RFC 3339.
import type { Json } from './types.js';
import { isPlainDateTime } from '../fast-check.js';
import { hash64 } from '../id-set.js';

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
const NUMERIC = /^[-+]?\d+(\.\d+)?([eE][-+]?\d+)?$/;

/** A finite number, also from a numeric string (tables and OTLP intValue strings hold those). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && NUMERIC.test(v.trim())) return Number(v);
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

/**
 * The same string, flat. V8 keeps a concatenation (a template literal, `+`) as a tree of its parts
 * until something reads it; a kept exchange field left as a tree is one heap object per part, copied
 * by every scavenge that finds it alive. A 24-character time built from five parts retains 195 bytes
 * as a tree and 41 flat (measured, docs/adapters.md). Number() reads the string, which flattens it in
 * place; the number is thrown away.
 */
export function flat(s: string): string {
  FLAT_SINK = Number(s);
  return s;
}
/** Where flat() drops its number (a module variable, so the read is not optimised away). */
export let FLAT_SINK = 0;

/** Unix nanoseconds (as a decimal string or bigint) → RFC 3339 with the full fraction. */
export function nanosToRfc3339(ns: bigint | string): string | undefined {
  const t = typeof ns === 'string' ? ns : ns.toString();
  // whole seconds and a 9-digit fraction, split as text (no BigInt arithmetic on the hot path)
  if (!/^\d{10,21}$/.test(t)) return undefined;
  const sec = Number(t.slice(0, -9));
  if (sec <= 0 || sec > 253402300799) return undefined;
  const prefix = secondPrefix(sec);
  if (prefix === undefined) return undefined;
  // the nine fraction digits without trailing zeros
  let end = t.length;
  while (end > t.length - 9 && t.charCodeAt(end - 1) === 48) end--;
  return flat(end > t.length - 9 ? `${prefix}.${t.slice(t.length - 9, end)}Z` : `${prefix}Z`);
}

const DAYS_IN = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const dig = (s: string, i: number, n: number): number => {
  let v = 0;
  for (let k = 0; k < n; k++) {
    const c = s.charCodeAt(i + k) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
};

/**
 * 'YYYY-MM-DD[T ]HH:MM[:SS[.fff…]][Z|±HH[:MM]]' → epoch milliseconds (no zone = UTC), by hand:
 * Date.parse is the slow part of reading table times. Undefined when it is not such a time.
 */
export function parseTextTimeMs(t: string): number | undefined {
  const n = t.length;
  if (n < 16 || t.charCodeAt(4) !== 45 || t.charCodeAt(7) !== 45 || t.charCodeAt(13) !== 58) return undefined;
  const sep = t.charCodeAt(10);
  if (sep !== 84 && sep !== 116 && sep !== 32) return undefined;
  const y = dig(t, 0, 4);
  const mo = dig(t, 5, 2);
  const d = dig(t, 8, 2);
  const h = dig(t, 11, 2);
  const mi = dig(t, 14, 2);
  // years before 1000 are not log times (and Date.UTC would read 0-99 as 1900-1999)
  if (y < 1000 || mo < 1 || mo > 12 || d < 1 || h < 0 || h > 23 || mi < 0 || mi > 59) return undefined;
  const leap = y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
  if (d > (mo === 2 && !leap ? 28 : DAYS_IN[mo]!)) return undefined;
  let i = 16;
  let sec = 0;
  let ms = 0;
  if (i < n && t.charCodeAt(i) === 58) {
    sec = dig(t, i + 1, 2);
    if (sec < 0 || sec > 59) return undefined;
    i += 3;
    if (i < n && t.charCodeAt(i) === 46) {
      i++;
      const st = i;
      while (i < n && t.charCodeAt(i) >= 48 && t.charCodeAt(i) <= 57) i++;
      if (i === st) return undefined;
      // the first three digits are whole milliseconds (exact); any further digits a fraction of one
      for (let k = 0; k < 3; k++) ms = ms * 10 + (st + k < i ? t.charCodeAt(st + k) - 48 : 0);
      if (i - st > 3) ms += Number(`0.${t.slice(st + 3, i)}`);
    }
  }
  while (i < n && t.charCodeAt(i) === 32) i++;
  let offMin = 0;
  if (i < n) {
    const z = t.charCodeAt(i);
    if ((z === 90 || z === 122) && i === n - 1) offMin = 0;
    else if (z === 43 || z === 45) {
      const oh = dig(t, i + 1, 2);
      let om = 0;
      const rest = n - (i + 3);
      if (rest === 3 && t.charCodeAt(i + 3) === 58) om = dig(t, i + 4, 2);
      else if (rest === 2) om = dig(t, i + 3, 2);
      else if (rest !== 0) return undefined;
      if (oh < 0 || oh > 23 || om < 0 || om > 59) return undefined;
      offMin = (z === 45 ? -1 : 1) * (oh * 60 + om);
    } else return undefined;
  }
  // logs are time-ordered: the day's start is kept for the next time of the same day
  if (y !== lastYear || mo !== lastMonth || d !== lastDay) {
    lastDayMs = Date.UTC(y, mo - 1, d);
    lastYear = y;
    lastMonth = mo;
    lastDay = d;
  }
  return lastDayMs + h * 3_600_000 + mi * 60_000 + sec * 1000 + ms - offMin * 60_000;
}
let lastYear = -1;
let lastMonth = -1;
let lastDay = -1;
let lastDayMs = 0;

/** A time of any shape logs use → epoch milliseconds (fractional below a ms), or undefined. */
export function toEpochMs(v: unknown): number | undefined {
  if (typeof v === 'number') {
    if (!Number.isFinite(v) || v <= 0) return undefined;
    return v < 1e11 ? v * 1000 : v < 1e14 ? v : v < 1e17 ? v / 1000 : v / 1e6;
  }
  if (typeof v === 'string') {
    const t = v.trim();
    if (/^\d+(\.\d+)?$/.test(t)) return toEpochMs(Number(t));
    return parseTextTimeMs(t);
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.getTime();
  return undefined;
}

/**
 * A time in any of the shapes logs use → RFC 3339 (UTC), or undefined. Numbers (and digit strings)
 * are read by magnitude: < 1e11 epoch seconds (fraction kept), < 1e14 ms, < 1e17 µs, else ns.
 * Text times without a zone ('2026-01-01 10:00:00', as DuckDB and spend-log tables write them) are UTC;
 * RFC 3339 text is kept as written (full precision).
 */
export function toRfc3339(v: unknown): string | undefined {
  if (typeof v === 'string') {
    if (isPlainDateTime(v)) return v;
    const t = v.trim();
    // 17+ digits: unix nanoseconds (OTLP's startTimeUnixNano), beyond a double's precision
    if (t.length >= 17 && /^\d+$/.test(t)) return nanosToRfc3339(t);
  } else if (typeof v === 'number' && v >= 1e17 && Number.isFinite(v)) return nanosToRfc3339(BigInt(Math.round(v)));
  const ms = toEpochMs(v);
  return ms === undefined ? undefined : isoFromMs(Math.floor(ms));
}

// Logs are mostly time-ordered and busy: many records share an hour, so the formatted hour
// ('YYYY-MM-DDTHH:') is cached and minutes and seconds are appended from a table (Date#toISOString
// is the costly part; a cache by second missed on every other record of a jittered log).
let cachedHour = Number.NaN;
let cachedHourPrefix: string | undefined = '';
const TWO = Array.from({ length: 60 }, (_, i) => (i < 10 ? `0${i}` : String(i)));
/** 0000-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the years RFC 3339 can write. */
const MIN_SEC = -62167219200;
const MAX_SEC = 253402300799;

/** 'YYYY-MM-DDTHH:MM:SS' of an epoch second (the hour cached for the last hour asked). */
function secondPrefix(sec: number): string | undefined {
  if (!(sec >= MIN_SEC && sec <= MAX_SEC)) return undefined;
  const hour = Math.floor(sec / 3600);
  if (hour !== cachedHour) {
    cachedHourPrefix = new Date(hour * 3_600_000).toISOString().slice(0, 14);
    cachedHour = hour;
  }
  const s = sec - hour * 3600;
  const m = Math.floor(s / 60);
  return `${cachedHourPrefix}${TWO[m]}:${TWO[s - m * 60]}`;
}

/** Epoch milliseconds → 'YYYY-MM-DDTHH:MM:SS.mmmZ' (as Date#toISOString), or undefined out of range. */
export function isoFromMs(ms: number): string | undefined {
  const sec = Math.floor(ms / 1000);
  const prefix = secondPrefix(sec);
  if (prefix === undefined) return undefined;
  const r = ms - sec * 1000;
  return flat(`${prefix}.${r < 10 ? '00' : r < 100 ? '0' : ''}${r}Z`);
}

/** Milliseconds between two times of the same kind, or undefined. */
export function spanMs(start: unknown, end: unknown): number | undefined {
  const a = toEpochMs(start);
  const b = toEpochMs(end);
  if (a === undefined || b === undefined || b < a) return undefined;
  return Math.round((b - a) * 1000) / 1000;
}

/** A start time as RFC 3339 and the milliseconds to an end time, reading each time once. */
export function startAndSpan(start: unknown, end: unknown): { ts: string | undefined; ms: number | undefined } {
  let ts: string | undefined;
  let a: number | undefined;
  if (typeof start === 'string') {
    const t = start.trim();
    if (isPlainDateTime(start)) ts = start;
    // 17+ digits: unix nanoseconds, formatted from the text (beyond a double's precision)
    else if (t.length >= 17 && /^\d+$/.test(t)) ts = nanosToRfc3339(t);
    a = toEpochMs(start);
    if (ts === undefined) {
      if (a === undefined || (t.length >= 17 && /^\d+$/.test(t))) return { ts: undefined, ms: undefined };
      ts = isoFromMs(Math.floor(a));
    }
  } else {
    a = toEpochMs(start);
    if (a === undefined) return { ts: undefined, ms: undefined };
    ts = isoFromMs(Math.floor(a));
  }
  if (ts === undefined || a === undefined) return { ts, ms: undefined };
  const b = toEpochMs(end);
  return { ts, ms: b !== undefined && b >= a ? Math.round((b - a) * 1000) / 1000 : undefined };
}

const DIGEST = new Uint32Array(2);

/** A stable 64-bit hex digest of a string (for ids of records that carry none): the dedupe hash. */
export function digest(s: string): string {
  hash64(s, DIGEST);
  return DIGEST[0]!.toString(16).padStart(8, '0') + DIGEST[1]!.toString(16).padStart(8, '0');
}
