// profile stage: keyed counters of bounded size over 32-bit key hashes (models, channels, scripts,
// network classes; model×day), in flat storage: [used, overflow, (key, count) × cap]. Past `cap`
// keys it keeps the cap keys that rank first in a fixed total order (lowest hash; latest day) and
// folds the rest into overflow. Because the kept set is "top-cap by a fixed order", merge(A,B) equals
// the state of A∪B exactly (the global top-cap keys are each among their side's top-cap), as in
// bottom-k sketches (Cohen & Kaplan 2007). Keys are identified by hash (a collision joins two keys).

/** One counter in flat storage: region at u[o], key names at strs[so] (undefined for day counters). */
export interface CounterRef {
  readonly u: Uint32Array;
  readonly o: number;
  readonly cap: number;
  readonly strs: string[];
  readonly so: number;
}


/** Adds `by` to the key of hash h (named `name`). Order: lower hash first. Pairs sit together: one cache line. */
export function addCounterAt(u: Uint32Array, o: number, cap: number, strs: string[], so: number, hash: number, name: string, by: number): void {
  const h = hash >>> 0;
  const used = u[o]!;
  const b = o + 2;
  for (let i = 0; i < used; i++) {
    if (u[b + 2 * i] === h) {
      u[b + 2 * i + 1]! += by;
      return;
    }
  }
  if (used < cap) {
    u[b + 2 * used] = h;
    u[b + 2 * used + 1] = by;
    strs[so + used] = name;
    u[o] = used + 1;
    return;
  }
  let w = 0;
  for (let i = 1; i < cap; i++) if (u[b + 2 * i]! > u[b + 2 * w]!) w = i;
  if (h > u[b + 2 * w]!) {
    u[o + 1]! += by;
    return;
  }
  u[o + 1]! += u[b + 2 * w + 1]!;
  u[b + 2 * w] = h;
  u[b + 2 * w + 1] = by;
  strs[so + w] = name;
}

/**
 * Day × key counter: [used, overflow, (day, key, count) × cap]; keeps the latest days, then lower
 * hash. Scanned newest-first: an in-order stream hits the last slot filled.
 */
export function addDayCounterAt(u: Uint32Array, o: number, cap: number, day: number, hash: number, by: number): void {
  const h = hash >>> 0;
  const used = u[o]!;
  const b = o + 2;
  const d = day >>> 0;
  for (let i = used - 1; i >= 0; i--) {
    if (u[b + 3 * i] === d && u[b + 3 * i + 1] === h) {
      u[b + 3 * i + 2]! += by;
      return;
    }
  }
  if (used < cap) {
    u[b + 3 * used] = d;
    u[b + 3 * used + 1] = h;
    u[b + 3 * used + 2] = by;
    u[o] = used + 1;
    return;
  }
  let w = 0;
  for (let i = 1; i < cap; i++) if (dayRank(u[b + 3 * i]!, u[b + 3 * i + 1]!, u[b + 3 * w]!, u[b + 3 * w + 1]!) > 0) w = i;
  if (dayRank(d, h, u[b + 3 * w]!, u[b + 3 * w + 1]!) > 0) {
    u[o + 1]! += by;
    return;
  }
  u[o + 1]! += u[b + 3 * w + 2]!;
  // keep slots in day order (newest last) so the scan above stays short
  for (let i = w; i < cap - 1; i++) for (let j = 0; j < 3; j++) u[b + 3 * i + j] = u[b + 3 * i + 3 + j]!;
  const at = b + 3 * (cap - 1);
  u[at] = d;
  u[at + 1] = h;
  u[at + 2] = by;
}

/** > 0 when (d1,h1) ranks after (d2,h2): older day, then higher hash. Days compare as int32. */
function dayRank(d1: number, h1: number, d2: number, h2: number): number {
  const a = d1 | 0;
  const b = d2 | 0;
  return a !== b ? b - a : h1 - h2;
}

export interface CounterEntry {
  readonly key: number;
  readonly day: number;
  readonly count: number;
  readonly name: string | undefined;
}

/** Entries in canonical order (the kept order), and the overflow. */
export function counterEntries(c: CounterRef, withDay = false): { entries: CounterEntry[]; overflow: number } {
  const { u, o, cap, strs, so } = c;
  const used = u[o]!;
  const out: CounterEntry[] = [];
  for (let i = 0; i < used; i++) {
    out.push(withDay
      ? { day: u[o + 2 + 3 * i]! | 0, key: u[o + 3 + 3 * i]!, count: u[o + 4 + 3 * i]!, name: undefined }
      : { day: 0, key: u[o + 2 + 2 * i]!, count: u[o + 3 + 2 * i]!, name: strs[so + i] });
  }
  out.sort((a, b) => (withDay ? dayRank(a.day, a.key, b.day, b.key) : a.key - b.key));
  return { entries: out, overflow: u[o + 1]! };
}

/** Writes entries (any order) into a counter region, keeping the top cap and folding the rest. */
export function writeCounter(c: CounterRef, entries: readonly CounterEntry[], overflow: number, withDay = false): void {
  const { u, o, cap, strs, so } = c;
  const sorted = [...entries].sort((a, b) => (withDay ? dayRank(a.day, a.key, b.day, b.key) : a.key - b.key));
  if (withDay) sorted.reverse(); // day slots: oldest first, newest last (see addDayCounterAt)
  let over = overflow;
  const kept = withDay ? sorted.slice(Math.max(0, sorted.length - cap)) : sorted.slice(0, cap);
  for (const e of withDay ? sorted.slice(0, Math.max(0, sorted.length - cap)) : sorted.slice(cap)) over += e.count;
  u[o] = kept.length;
  u[o + 1] = over;
  kept.forEach((e, i) => {
    if (withDay) {
      u[o + 2 + 3 * i] = e.day >>> 0;
      u[o + 3 + 3 * i] = e.key;
      u[o + 4 + 3 * i] = e.count;
    } else {
      u[o + 2 + 2 * i] = e.key;
      u[o + 3 + 2 * i] = e.count;
      strs[so + i] = e.name ?? '';
    }
  });
}

/** out ← a + b (key-wise sums; the kept set recut to cap). */
export function mergeCounterAt(out: CounterRef, a: CounterRef, b: CounterRef, withDay = false): void {
  const w = withDay ? 3 : 2;
  const counts = new Map<number, number>();
  const names = new Map<number, string>();
  for (const c of [a, b]) {
    const used = c.u[c.o]!;
    for (let i = 0; i < used; i++) {
      const at = c.o + 2 + w * i;
      // day counters: one exact number for (day, key): day·2^32 + key (|day| < 2^20)
      const k = withDay ? (c.u[at]! | 0) * 4294967296 + c.u[at + 1]! : c.u[at]!;
      counts.set(k, (counts.get(k) ?? 0) + c.u[at + w - 1]!);
      if (!withDay && !names.has(k)) names.set(k, c.strs[c.so + i] ?? '');
    }
  }
  const entries: CounterEntry[] = [];
  for (const [k, count] of counts) {
    const day = withDay ? Math.floor(k / 4294967296) : 0;
    entries.push({ day, key: withDay ? k - day * 4294967296 : k, count, name: names.get(k) });
  }
  writeCounter(out, entries, a.u[a.o + 1]! + b.u[b.o + 1]!, withDay);
}

/** Count of the key of hash h (0 when not kept). */
export function counterGet(c: CounterRef, hash: number): number {
  const h = hash >>> 0;
  const used = c.u[c.o]!;
  for (let i = 0; i < used; i++) if (c.u[c.o + 2 + 2 * i] === h) return c.u[c.o + 3 + 2 * i]!;
  return 0;
}

export function counterTotal(c: CounterRef): number {
  let t = c.u[c.o + 1]!;
  const used = c.u[c.o]!;
  for (let i = 0; i < used; i++) t += c.u[c.o + 3 + 2 * i]!;
  return t;
}
