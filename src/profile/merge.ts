// profile stage: (AccountState, AccountState) → the state of the union of the two parts of one
// account's stream. Counts, sums and histograms add; HLL registers take the max; hour rings OR;
// keyed counters and bottom-k samples recut to their capacity; the gap and retry sketches re-cut the
// seam between the parts (see each sketch for when that is exact). Returns a new state.
import { CAP, F, NCAP, NELI, R_LEN, S, U } from './layout.js';
import { AccountState } from './state.js';
import { RING_WORDS } from './sketches/activity.js';
import { AMS_ROWS, AMS_WIDTH } from './sketches/ams-f2.js';
import { mergeBottomKAt, type BottomKRef } from './sketches/bottom-k.js';
import { mergeCounterAt, type CounterRef } from './sketches/bounded-counter.js';
import { GAP_SLOT, mergeGapsInto } from './sketches/gap-histogram.js';
import { mergeRetryInto } from './sketches/retry.js';
import { WINDOW_DIMS } from './window-cells.js';
import { STATUS_CLASSES, STOP_CLASSES } from './layout.js';

/** Float64 ranges that add: [offset, length]. */
const F_SUMS: readonly (readonly [number, number])[] = [
  [F.n, F.withIp - F.n + 1],
  [F.capSum, NCAP], [F.elicitSum, NELI],
  [F.logIn, 3], [F.logOut, 3],
];
/** Uint32 ranges that add (modulo 2^32; AMS counters are signed that way). */
const U_SUMS: readonly (readonly [number, number])[] = [
  [U.hourOfDay, 24], [U.elicitHourOfDay, 24], [U.ams, AMS_ROWS * AMS_WIDTH], [U.capHits, NCAP], [U.elicitHits, NELI],
  [U.window, WINDOW_DIMS], [U.statusMix, STATUS_CLASSES.length], [U.stopMix, STOP_CLASSES.length],
];
const U_ORS: readonly (readonly [number, number])[] = [[U.ring, RING_WORDS], [U.elicitRing, RING_WORDS]];

export const counterRef = (s: AccountState, name: 'models' | 'channels' | 'scripts' | 'netClasses' | 'modelDays'): CounterRef =>
  ({ u: s.u, o: U[name], cap: CAP[name], strs: s.strs, so: name === 'modelDays' ? 0 : S[name] });
export const sampleRef = (s: AccountState, name: 'prefixSample' | 'asnSample' | 'uaSample' | 'tlsSample'): BottomKRef =>
  ({ u: s.u, o: U[name], k: CAP[name], strs: s.strs, so: S[name] });

/** The state of the union of two parts of one account's stream (see each sketch for exactness). */
export function mergeAccountStates(a: AccountState, b: AccountState): AccountState {
  const out = new AccountState(a.id);
  const [of, af, bf] = [out.f, a.f, b.f];
  const [ou, au, bu] = [out.u, a.u, b.u];
  for (const [o, n] of F_SUMS) for (let i = o; i < o + n; i++) of[i] = af[i]! + bf[i]!;
  for (const m of [F.logIn, F.logOut]) {
    of[m + 3] = Math.min(af[m + 3]!, bf[m + 3]!);
    of[m + 4] = Math.max(af[m + 4]!, bf[m + 4]!);
  }
  for (const [o, n] of U_SUMS) for (let i = o; i < o + n; i++) ou[i] = au[i]! + bu[i]!;
  for (const [o, n] of U_ORS) for (let i = o; i < o + n; i++) ou[i] = au[i]! | bu[i]!;
  for (let i = 0; i < R_LEN; i++) out.r[i] = Math.max(a.r[i]!, b.r[i]!);
  const gap = (s: AccountState) => ({ f: s.f, fo: F.gaps, u: s.u, uo: U.gapHist });
  mergeGapsInto(gap(out), gap(a), gap(b));
  const retry = (s: AccountState) => ({ f: s.f, fo: F.retry, u: s.u, uo: U.retry });
  mergeRetryInto(retry(out), retry(a), retry(b), of[F.gaps + GAP_SLOT.firstMs]!);
  for (const c of ['models', 'channels', 'scripts', 'netClasses'] as const) mergeCounterAt(counterRef(out, c), counterRef(a, c), counterRef(b, c));
  mergeCounterAt(counterRef(out, 'modelDays'), counterRef(a, 'modelDays'), counterRef(b, 'modelDays'), true);
  for (const k of ['prefixSample', 'asnSample', 'uaSample', 'tlsSample'] as const) mergeBottomKAt(sampleRef(out, k), sampleRef(a, k), sampleRef(b, k));
  return out;
}
