// profile stage: error/retry pattern. A failure is an exchange that returned an error status or a cut
// response (stopped at max_tokens); a retry is an exchange with the same content key (prompt simhash,
// else conversation turn) sent within RETRY_WINDOW_MS after such a failure, and it answers that
// failure: the next resend needs a new failure (a tool loop repeating one prompt is not ten retries).
// Flat storage: the RETRY_RING latest unanswered keyed failures (for matching) and the RETRY_HEAD
// earliest keyed non-retries within the window of the part's first event (the ones a merge must
// check against the earlier part's failures).
// Exact for in-order streams and time-disjoint merges (parts that share no millisecond) while no RETRY_WINDOW_MS holds more than
// RETRY_RING keyed failures and a part's first window at most RETRY_HEAD keyed exchanges; otherwise
// retries are only ever undercounted, never overcounted.

export const RETRY_WINDOW_MS = 300_000;
export const RETRY_RING = 8;
export const RETRY_HEAD = 8;
/** F slots: failures, retries, ring used, head used, ring times, head times. */
export const RETRY_F = 4 + RETRY_RING + RETRY_HEAD;
/** U slots: ring keys, head keys. */
export const RETRY_U = RETRY_RING + RETRY_HEAD;
const FAILS = 0;
const RETRIES = 1;
const RING_N = 2;
const HEAD_N = 3;
const RING_T = 4;
const HEAD_T = 4 + RETRY_RING;

export interface RetryRef {
  readonly f: Float64Array;
  readonly fo: number;
  readonly u: Uint32Array;
  readonly uo: number;
}

export const retryCounts = (s: RetryRef): { failures: number; retries: number } => ({ failures: s.f[s.fo + FAILS]!, retries: s.f[s.fo + RETRIES]! });

/**
 * Adds one exchange: t its time, key its content key (0 = none), isFailure, firstMs the part's first
 * event time (after adding this one). Returns whether it was a retry.
 */
export function addRetryAt(f: Float64Array, fo: number, u: Uint32Array, uo: number, t: number, contentKey: number, isFailure: boolean, firstMs: number): boolean {
  const key = contentKey >>> 0;
  let retry = false;
  if (isFailure) f[fo + FAILS]! += 1;
  if (key === 0 || !Number.isFinite(t)) return false;
  const rn = f[fo + RING_N]!;
  // the latest matching failure is the one answered (removed from the ring)
  for (let i = rn - 1; i >= 0; i--) {
    const dt = t - f[fo + RING_T + i]!;
    if (u[uo + i] === key && dt >= 0 && dt <= RETRY_WINDOW_MS) {
      retry = true;
      for (let j = i; j < rn - 1; j++) {
        f[fo + RING_T + j] = f[fo + RING_T + j + 1]!;
        u[uo + j] = u[uo + j + 1]!;
      }
      f[fo + RING_T + rn - 1] = 0;
      u[uo + rn - 1] = 0;
      f[fo + RING_N] = rn - 1;
      break;
    }
  }
  if (retry) f[fo + RETRIES]! += 1;
  else if (t - firstMs <= RETRY_WINDOW_MS) insert(f, fo + HEAD_T, u, uo + RETRY_RING, fo + HEAD_N, RETRY_HEAD, t, key, false);
  if (isFailure) insert(f, fo + RING_T, u, uo, fo + RING_N, RETRY_RING, t, key, true);
  return retry;
}

/** Inserts (t, key) into a (t, key)-ascending list of capacity cap; when full keeps the latest (keepLatest) or earliest. */
function insert(f: Float64Array, tb: number, u: Uint32Array, kb: number, nAt: number, cap: number, t: number, key: number, keepLatest: boolean): void {
  const n = f[nAt]!;
  const before = (i: number): boolean => f[tb + i]! < t || (f[tb + i] === t && u[kb + i]! <= key);
  // Shift the entries after (t, key) right from slot `last`, then place it.
  const placeFrom = (last: number): void => {
    let i = last;
    while (i > 0 && !before(i - 1)) {
      f[tb + i] = f[tb + i - 1]!;
      u[kb + i] = u[kb + i - 1]!;
      i--;
    }
    f[tb + i] = t;
    u[kb + i] = key;
  };
  if (n < cap) {
    placeFrom(n);
    f[nAt] = n + 1;
    return;
  }
  if (keepLatest) {
    if (!before(0)) return;
    let i = 0;
    while (i < cap - 1 && before(i + 1)) {
      f[tb + i] = f[tb + i + 1]!;
      u[kb + i] = u[kb + i + 1]!;
      i++;
    }
    f[tb + i] = t;
    u[kb + i] = key;
  } else if (!before(cap - 1)) placeFrom(cap - 1);
}

type Entry = { t: number; key: number };

function list(s: RetryRef, head: boolean): Entry[] {
  const n = s.f[s.fo + (head ? HEAD_N : RING_N)]!;
  const out: Entry[] = [];
  for (let i = 0; i < n; i++) out.push({ t: s.f[s.fo + (head ? HEAD_T : RING_T) + i]!, key: s.u[s.uo + (head ? RETRY_RING : 0) + i]! });
  return out;
}

const byTime = (a: Entry, b: Entry): number => a.t - b.t || a.key - b.key;

/** out ← the retry sketch of a ∪ b; firstMs is the union's first event time. */
export function mergeRetryInto(out: RetryRef, a: RetryRef, b: RetryRef, firstMs: number): void {
  const ra = list(a, false);
  const rb = list(b, false);
  let retries = a.f[a.fo + RETRIES]! + b.f[b.fo + RETRIES]!;
  const heads: Entry[] = [];
  // A part's early non-retries may answer the other part's unanswered failures (the seam), in time order.
  for (const [hs, ring] of [[list(a, true), rb], [list(b, true), ra]] as const) {
    for (const h of hs) {
      let hit = -1;
      for (let i = ring.length - 1; i >= 0 && hit < 0; i--) {
        const r = ring[i]!;
        // strictly later: two parts that share a millisecond cannot tell which came first (no overcount)
        if (r.key === h.key && h.t - r.t > 0 && h.t - r.t <= RETRY_WINDOW_MS) hit = i;
      }
      if (hit >= 0) {
        retries++;
        ring.splice(hit, 1);
      } else if (h.t - firstMs <= RETRY_WINDOW_MS) heads.push(h);
    }
  }
  const ring = [...ra, ...rb].sort(byTime).slice(-RETRY_RING);
  heads.sort(byTime);
  const { f, fo, u, uo } = out;
  f[fo + FAILS] = a.f[a.fo + FAILS]! + b.f[b.fo + FAILS]!;
  f[fo + RETRIES] = retries;
  f[fo + RING_N] = ring.length;
  ring.forEach((e, i) => {
    f[fo + RING_T + i] = e.t;
    u[uo + i] = e.key;
  });
  const hk = heads.slice(0, RETRY_HEAD);
  f[fo + HEAD_N] = hk.length;
  hk.forEach((e, i) => {
    f[fo + HEAD_T + i] = e.t;
    u[uo + RETRY_RING + i] = e.key;
  });
}
