// profile stage: global facts the per-account features need, gathered in the same pass as the
// account states: the observation window and when each model first appeared (launches). Per-day
// counts make it robust to clock skew: a launch is the first day a model reaches 1% of its peak
// daily volume, and the window is the span of days holding 1% of the peak day, so a handful of
// events stamped in 1970 or 2099 move nothing. Builders merge (sum of day counts), like the states.
import type { EnrichedExchange } from '../enrich/types.js';

const DAY_MS = 86_400_000;

export interface ModelFacts {
  readonly model: string;
  /** Start (epoch ms, UTC midnight) of the first day the model had material traffic. */
  readonly firstSeenMs: number;
  readonly exchanges: number;
  /** First seen after the window's first `newModelGraceDays`: a launch inside the window. */
  readonly isNew: boolean;
}

export interface WorldContext {
  readonly windowStartMs: number;
  /** End of the last day of the window (exclusive). */
  readonly windowEndMs: number;
  readonly exchanges: number;
  readonly models: ReadonlyMap<string, ModelFacts>;
}

export interface WorldOptions {
  /** A model first seen this many days after the window opened counts as newly launched. */
  readonly newModelGraceDays: number;
  /** Share of a model's peak daily volume a day needs to count as its launch day. */
  readonly launchShareOfPeak: number;
  /** Share of the peak day's volume a day needs to count inside the window. */
  readonly windowShareOfPeak: number;
}

export const DEFAULT_WORLD_OPTIONS: WorldOptions = Object.freeze({ newModelGraceDays: 2, launchShareOfPeak: 0.01, windowShareOfPeak: 0.01 });

export interface WorldContextBuilder {
  observe(e: EnrichedExchange): void;
  merge(other: WorldContextBuilder): WorldContextBuilder;
  /** Per-model per-day counts (model → epoch day → count); read by merge. */
  readonly days: ReadonlyMap<string, ReadonlyMap<number, number>>;
  build(options?: Partial<WorldOptions>): WorldContext;
}

export function createWorldContext(): WorldContextBuilder {
  const days = new Map<string, Map<number, number>>();
  const builder: WorldContextBuilder = {
    days,
    observe(e) {
      if (!Number.isFinite(e.tMs)) return;
      const d = Math.floor(e.tMs / DAY_MS);
      let m = days.get(e.x.model);
      if (!m) days.set(e.x.model, (m = new Map()));
      m.set(d, (m.get(d) ?? 0) + 1);
    },
    merge(other) {
      const out = createWorldContext();
      for (const src of [builder, other]) {
        for (const [model, dm] of src.days) {
          for (const [d, c] of dm) addDay(out, model, d, c);
        }
      }
      return out;
    },
    build(options) {
      return buildWorld(days, { ...DEFAULT_WORLD_OPTIONS, ...options });
    },
  };
  return builder;
}

function addDay(b: WorldContextBuilder, model: string, d: number, c: number): void {
  const days = b.days as Map<string, Map<number, number>>;
  let m = days.get(model);
  if (!m) days.set(model, (m = new Map()));
  m.set(d, (m.get(d) ?? 0) + c);
}

/** Builds the context from an empty world too: then the window is empty (start = end = 0). */
export function buildWorld(days: ReadonlyMap<string, ReadonlyMap<number, number>>, o: WorldOptions): WorldContext {
  const total = new Map<number, number>();
  let exchanges = 0;
  for (const dm of days.values()) {
    for (const [d, c] of dm) {
      total.set(d, (total.get(d) ?? 0) + c);
      exchanges += c;
    }
  }
  const [startDay, endDay] = materialSpan(total, o.windowShareOfPeak);
  const models = new Map<string, ModelFacts>();
  for (const [model, dm] of days) {
    const [first] = materialSpan(dm, o.launchShareOfPeak);
    let n = 0;
    for (const c of dm.values()) n += c;
    models.set(model, { model, firstSeenMs: first * DAY_MS, exchanges: n, isNew: first > startDay + o.newModelGraceDays });
  }
  return { windowStartMs: startDay * DAY_MS, windowEndMs: exchanges > 0 ? (endDay + 1) * DAY_MS : 0, exchanges, models };
}

function materialSpan(dm: ReadonlyMap<number, number>, shareOfPeak: number): [number, number] {
  let peak = 0;
  for (const c of dm.values()) if (c > peak) peak = c;
  if (peak === 0) return [0, 0];
  const min = Math.max(1, peak * shareOfPeak);
  let lo = Infinity;
  let hi = -Infinity;
  for (const [d, c] of dm) {
    if (c >= min) {
      if (d < lo) lo = d;
      if (d > hi) hi = d;
    }
  }
  return [lo, hi];
}
