// profile stage: when an account is active: a 24-bin hour-of-day histogram (UTC) and a ring bitset
// of active epoch hours (2040 hours = 85 UTC days, so ring days are UTC days; older hours alias). Both merge
// exactly (sum, bitwise or). Feeds diurnal entropy, active days and duty cycle.
import { heapAlloc, type Alloc } from './alloc.js';

export const RING_HOURS = 2040;
export const RING_WORDS = Math.ceil(RING_HOURS / 32);
const HOUR_MS = 3_600_000;

export interface Activity {
  readonly hourOfDay: Uint32Array;
  readonly ring: Uint32Array;
}

export function emptyActivity(alloc: Alloc = heapAlloc): Activity {
  return { hourOfDay: alloc.u32(24), ring: alloc.u32(RING_WORDS) };
}

/** Adds one event time (in place; returns s). Non-finite times are ignored. */
export function addActivity(s: Activity, tMs: number): Activity {
  addActivityAt(s.hourOfDay, 0, s.ring, 0, tMs);
  return s;
}

/** Adds one event time to a histogram at hod[ho] and a ring at ring[ro]. */
export function addActivityAt(hod: Uint32Array, ho: number, ring: Uint32Array, ro: number, tMs: number): void {
  if (!Number.isFinite(tMs)) return;
  const epochHour = Math.floor(tMs / HOUR_MS);
  let h = epochHour % 24;
  if (h < 0) h += 24;
  hod[ho + h]! += 1;
  let slot = epochHour % RING_HOURS;
  if (slot < 0) slot += RING_HOURS;
  ring[ro + (slot >>> 5)]! |= 1 << (slot & 31);
}

export function mergeActivity(a: Activity, b: Activity): Activity {
  const out = emptyActivity();
  mergeActivityAt(out.hourOfDay, 0, out.ring, 0, a.hourOfDay, 0, a.ring, 0, b.hourOfDay, 0, b.ring, 0);
  return out;
}

export function mergeActivityAt(oh: Uint32Array, oho: number, or: Uint32Array, oro: number, ah: Uint32Array, aho: number, ar: Uint32Array, aro: number, bh: Uint32Array, bho: number, br: Uint32Array, bro: number): void {
  for (let i = 0; i < 24; i++) oh[oho + i] = ah[aho + i]! + bh[bho + i]!;
  for (let i = 0; i < RING_WORDS; i++) or[oro + i] = ar[aro + i]! | br[bro + i]!;
}

export function activeHours(s: Activity): number {
  return activeHoursAt(s.ring, 0);
}

export function activeHoursAt(ring: Uint32Array, ro: number): number {
  let c = 0;
  for (let i = 0; i < RING_WORDS; i++) c += popcount(ring[ro + i]!);
  return c;
}

/** Distinct active days in the ring (days whose 24 hours, in ring order, hold any activity). */
export function activeDays(s: Activity): number {
  return activeDayList(s.ring, 0).length;
}

/** Ring days (0..84) holding any active hour, ascending. */
export function activeDayList(ring: Uint32Array, ro: number): number[] {
  const on: number[] = [];
  for (let d = 0; d < RING_HOURS / 24; d++) {
    for (let h = 0; h < 24; h++) {
      const slot = d * 24 + h;
      if ((ring[ro + (slot >>> 5)]! >>> (slot & 31)) & 1) {
        on.push(d);
        break;
      }
    }
  }
  return on;
}

function popcount(x: number): number {
  let v = x >>> 0;
  v = v - ((v >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) & 0xff;
}
