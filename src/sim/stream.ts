// Simulator: time-ordered streams. An account's stream merges its planned sessions (planned one day at
// a time, so memory stays bounded by what is in flight); the world merges all accounts' streams.
import type { Exchange } from '../schema/index.js';
import { DAY_MS, type WorldCtx } from './world-ctx.js';

export interface PlannedSession {
  readonly start: number;
  readonly run: () => Iterator<Exchange>;
}

/** Numeric time carried beside an exchange under a symbol key (JSON.stringify ignores it). */
export const TS_MS: unique symbol = Symbol('tsMs');

export function tsMs(x: Exchange): number {
  const v = (x as unknown as { [TS_MS]?: number })[TS_MS];
  return v ?? Date.parse(x.ts);
}

interface Head {
  t: number;
  x: Exchange;
  it: Iterator<Exchange>;
}

/**
 * An account's exchanges in time order: sessions are planned day by day by `planDay` (each session
 * yields its own exchanges in time order); overlapping sessions (parallel CLI sessions, agents left
 * running) interleave. Exchanges outside [startMs, endMs) are dropped.
 */
export function* accountStream(ctx: WorldCtx, firstDay: number, lastDay: number, planDay: (day: number) => PlannedSession[], until = ctx.endMs, since = ctx.startMs): Generator<Exchange> {
  const pending: PlannedSession[] = [];
  const active: Head[] = [];
  let day = firstDay;
  const pull = (it: Iterator<Exchange>): void => {
    const r = it.next();
    if (!r.done) active.push({ t: tsMs(r.value), x: r.value, it });
  };
  for (;;) {
    // The earliest thing that could be emitted next.
    let bestI = -1;
    for (let i = 0; i < active.length; i++) if (bestI < 0 || active[i]!.t < active[bestI]!.t) bestI = i;
    const headT = bestI >= 0 ? active[bestI]!.t : Infinity;
    const nextStart = pending.length > 0 ? pending[0]!.start : Infinity;
    const dayStart = ctx.startMs + day * DAY_MS;
    if (day <= lastDay && Math.min(headT, nextStart) >= dayStart) {
      const planned = planDay(day).filter((s) => s.start >= dayStart && s.start < until);
      pending.push(...planned);
      pending.sort((a, b) => a.start - b.start);
      day++;
      continue;
    }
    if (nextStart <= headT && nextStart !== Infinity) {
      pull(pending.shift()!.run());
      continue;
    }
    if (bestI < 0) return;
    const h = active[bestI]!;
    active.splice(bestI, 1);
    if (h.t >= since && h.t < until) yield h.x;
    pull(h.it);
  }
}

/** Binary min-heap keyed by a number. */
export class MinHeap<T> {
  private readonly keys: number[] = [];
  private readonly vals: T[] = [];

  get size(): number {
    return this.keys.length;
  }

  push(k: number, v: T): void {
    const ks = this.keys;
    const vs = this.vals;
    let i = ks.length;
    ks.push(k);
    vs.push(v);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (ks[p]! <= k) break;
      ks[i] = ks[p]!;
      vs[i] = vs[p]!;
      i = p;
    }
    ks[i] = k;
    vs[i] = v;
  }

  peekKey(): number {
    return this.keys[0] ?? Infinity;
  }

  pop(): T | undefined {
    const ks = this.keys;
    const vs = this.vals;
    if (ks.length === 0) return undefined;
    const top = vs[0]!;
    const lk = ks.pop()!;
    const lv = vs.pop()!;
    const n = ks.length;
    if (n > 0) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        const c = r < n && ks[r]! < ks[l]! ? r : l;
        if (ks[c]! >= lk) break;
        ks[i] = ks[c]!;
        vs[i] = vs[c]!;
        i = c;
      }
      ks[i] = lk;
      vs[i] = lv;
    }
    return top;
  }
}
