// profile stage: when an account is active: a 24-bin hour-of-day histogram (UTC) and a ring bitset
// of active epoch hours (2040 hours = 85 UTC days, so ring days are UTC days; older hours alias). Both merge
// exactly (sum, bitwise or). Feeds diurnal entropy, active days and duty cycle.
import { heapAlloc, type Alloc } from './alloc.js';

export const RING_HOURS = 2040;
const HOUR_MS = 3_600_000;

export interface Activity {
  readonly hourOfDay: Float64Array;
  readonly ring: Uint32Array;
}

export function emptyActivity(alloc: Alloc = heapAlloc): Activity {
  return { hourOfDay: alloc.f64(24), ring: alloc.u32(Math.ceil(RING_HOURS / 32)) };
}

/** Adds one event time (in place; returns s). Non-finite times are ignored. */
export function addActivity(s: Activity, tMs: number): Activity {
  if (!Number.isFinite(tMs)) return s;
  const epochHour = Math.floor(tMs / HOUR_MS);
  const hod = ((epochHour % 24) + 24) % 24;
  s.hourOfDay[hod]! += 1;
  const slot = ((epochHour % RING_HOURS) + RING_HOURS) % RING_HOURS;
  s.ring[slot >>> 5]! |= 1 << (slot & 31);
  return s;
}

export function mergeActivity(a: Activity, b: Activity): Activity {
  const out = emptyActivity();
  for (let i = 0; i < 24; i++) out.hourOfDay[i] = (a.hourOfDay[i] ?? 0) + (b.hourOfDay[i] ?? 0);
  for (let i = 0; i < out.ring.length; i++) out.ring[i] = ((a.ring[i] ?? 0) | (b.ring[i] ?? 0)) >>> 0;
  return out;
}

export function activeHours(s: Activity): number {
  let c = 0;
  for (const w of s.ring) c += popcount(w);
  return c;
}

/** Distinct active days in the ring (days whose 24 hours, in ring order, hold any activity). */
export function activeDays(s: Activity): number {
  let days = 0;
  for (let d = 0; d < RING_HOURS / 24; d++) {
    for (let h = 0; h < 24; h++) {
      const slot = d * 24 + h;
      if (((s.ring[slot >>> 5] ?? 0) >>> (slot & 31)) & 1) {
        days++;
        break;
      }
    }
  }
  return days;
}

function popcount(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
