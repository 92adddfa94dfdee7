// profile stage: AccountState ⇄ a JSON-safe value (typed arrays as base64, maps as pairs, ±Infinity
// as strings; map entries sorted, so equal states serialize equally), for the DuckDB store and for shipping states between workers. Round trip is exact.
import type { AccountId } from '../schema/index.js';
import { DwError } from '../errors.js';
import type { AccountState } from './state.js';
import { emptyAccountState } from './state.js';

export const STATE_FORMAT = 2;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

export function serializeAccountState(s: AccountState): Json {
  const out: Record<string, Json> = { v: STATE_FORMAT };
  for (const [k, v] of Object.entries(s)) out[k] = enc(v);
  return out;
}

/** Throws DwError('DW_E_STORE') when the value is not a serialized state of this format. */
export function deserializeAccountState(j: unknown): AccountState {
  if (typeof j !== 'object' || j === null || (j as { v?: unknown }).v !== STATE_FORMAT || typeof (j as { id?: unknown }).id !== 'string') {
    throw new DwError('DW_E_STORE', `not a serialized account state of format ${STATE_FORMAT}`);
  }
  const src = j as Record<string, Json>;
  const template = emptyAccountState(src.id as AccountId) as unknown as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [k, t] of Object.entries(template)) {
    if (!(k in src)) throw new DwError('DW_E_STORE', `serialized account state lacks field ${k}`);
    out[k] = dec(src[k] as Json, t);
  }
  return out as unknown as AccountState;
}

function enc(v: unknown): Json {
  if (typeof v === 'number') return Number.isFinite(v) ? v : v > 0 ? 'Infinity' : v < 0 ? '-Infinity' : 'NaN';
  if (typeof v === 'string' || typeof v === 'boolean' || v === null) return v;
  if (v instanceof Float64Array) return { f64: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (v instanceof Int32Array) return { i32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (v instanceof Uint32Array) return { u32: Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64') };
  if (v instanceof Uint8Array) return { u8: Buffer.from(v).toString('base64') };
  if (v instanceof Map) return { map: [...v.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, x]) => [k as Json, enc(x)]) };
  if (Array.isArray(v)) return v.map(enc);
  if (typeof v === 'object') {
    const o: Record<string, Json> = {};
    for (const [k, x] of Object.entries(v as object)) o[k] = enc(x);
    return o;
  }
  throw new DwError('DW_E_INTERNAL', `cannot serialize a ${typeof v} in an account state`);
}

function dec(j: Json, like: unknown): unknown {
  if (typeof like === 'number') return typeof j === 'string' ? Number(j) : j;
  if (typeof like === 'string') return j;
  if (like instanceof Float64Array) return new Float64Array(bytes(j, 'f64').buffer);
  if (like instanceof Int32Array) return new Int32Array(bytes(j, 'i32').buffer);
  if (like instanceof Uint32Array) return new Uint32Array(bytes(j, 'u32').buffer);
  if (like instanceof Uint8Array) return new Uint8Array(bytes(j, 'u8'));
  if (like instanceof Map) return new Map(((j as { map: [string, Json][] }).map ?? []).map(([k, x]) => [k, dec(x, 0)]));
  if (Array.isArray(like)) return Array.isArray(j) ? j.map((x) => dec(x, typeof x === 'number' || typeof x === 'string' ? x : 0)) : [];
  if (typeof like === 'object' && like !== null) {
    const o: Record<string, unknown> = {};
    for (const [k, t] of Object.entries(like)) o[k] = dec((j as Record<string, Json>)[k] as Json, t);
    return o;
  }
  return j;
}

function bytes(j: Json, tag: string): Uint8Array {
  const b64 = (j as Record<string, Json> | null)?.[tag];
  if (typeof b64 !== 'string') throw new DwError('DW_E_STORE', `serialized account state: expected ${tag} data`);
  const buf = Buffer.from(b64, 'base64');
  // copy into a fresh, aligned buffer
  const out = new Uint8Array(buf.length);
  out.set(buf);
  return out;
}
