// profile stage: AccountState ⇄ a JSON-safe value: the flat buffer as base64 (runs of zero bytes
// squeezed) and the key names, in canonical form (counter keys in their kept order), so equal states
// serialize to equal text. For the DuckDB store and for shipping states between workers. Exact.
import type { AccountId } from '../schema/index.js';
import { DwError } from '../errors.js';
import { F, S_LEN, STATE_BYTES } from './layout.js';
import { normalizeTail } from './sketches/gap-histogram.js';
import { AccountState } from './state.js';
import { counterEntries, writeCounter } from './sketches/bounded-counter.js';
import { counterRef } from './merge.js';

/** Format 3: flat buffer (this layout). Formats 1–2 (object trees) are no longer read. */
export const STATE_FORMAT = 3;

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** A copy of s with every keyed counter rewritten in its canonical (kept) order. */
export function canonicalState(s: AccountState): AccountState {
  const c = new AccountState(s.id, s.f.buffer.slice(0) as ArrayBuffer, [...s.strs]);
  for (const k of ['models', 'channels', 'scripts', 'netClasses', 'modelDays'] as const) {
    const day = k === 'modelDays';
    const { entries, overflow } = counterEntries(counterRef(c, k), day);
    writeCounter(counterRef(c, k), entries, overflow, day);
  }
  normalizeTail(c.f, F.gaps);
  return c;
}

export function serializeAccountState(s: AccountState): Json {
  const c = canonicalState(s);
  const bytes = new Uint8Array(c.f.buffer);
  let last = c.strs.length;
  while (last > 0 && c.strs[last - 1] === '') last--;
  return { v: STATE_FORMAT, id: s.id, b: squeeze(bytes), s: c.strs.slice(0, last) };
}

/** Throws DwError('DW_E_STORE') when the value is not a serialized state of this format. */
export function deserializeAccountState(j: unknown): AccountState {
  const o = j as { v?: unknown; id?: unknown; b?: unknown; s?: unknown } | null;
  if (typeof o !== 'object' || o === null || typeof o.id !== 'string') throw new DwError('DW_E_STORE', 'not a serialized account state');
  if (o.v !== STATE_FORMAT) {
    throw new DwError('DW_E_STORE', `serialized account state of format ${String(o.v)}; this version reads format ${STATE_FORMAT} only (re-run analyze to rebuild the states)`);
  }
  if (typeof o.b !== 'string' || !Array.isArray(o.s) || o.s.length > S_LEN || !o.s.every((x) => typeof x === 'string')) {
    throw new DwError('DW_E_STORE', 'serialized account state: malformed buffer or names');
  }
  const bytes = unsqueeze(o.b);
  if (bytes.length !== STATE_BYTES) throw new DwError('DW_E_STORE', `serialized account state: ${bytes.length} bytes, expected ${STATE_BYTES}`);
  const strs = new Array<string>(S_LEN).fill('');
  (o.s as string[]).forEach((x, i) => (strs[i] = x));
  return new AccountState(o.id as AccountId, bytes.buffer as ArrayBuffer, strs);
}

/** Chunks of base64 alternating with counts of zero bytes (runs of ≥ 8), joined by '~': states are mostly zeros. */
function squeeze(bytes: Uint8Array): string {
  const parts: string[] = [];
  let i = 0;
  let start = 0;
  while (i < bytes.length) {
    if (bytes[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < bytes.length && bytes[j] === 0) j++;
    if (j - i >= 8) {
      parts.push(Buffer.from(bytes.subarray(start, i)).toString('base64'), String(j - i));
      start = j;
    }
    i = j;
  }
  parts.push(Buffer.from(bytes.subarray(start)).toString('base64'));
  return parts.join('~');
}

function unsqueeze(text: string): Uint8Array {
  const parts = text.split('~');
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (i % 2 === 1 && !/^\d{1,7}$/.test(p)) throw new DwError('DW_E_STORE', 'serialized account state: malformed zero run');
    const len = i % 2 === 1 ? Number(p) : Math.floor((p.length * 3) / 4);
    if (n + len > STATE_BYTES + 2) throw new DwError('DW_E_STORE', `serialized account state longer than ${STATE_BYTES} bytes`);
    const c = i % 2 === 1 ? new Uint8Array(len) : new Uint8Array(Buffer.from(p, 'base64'));
    n += c.length;
    chunks.push(c);
  }
  const out = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
