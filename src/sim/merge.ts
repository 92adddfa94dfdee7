// Simulator: merges every account's time-ordered stream into one stream sorted by ts. Accounts join the
// merge only when their first possible activity comes up, so memory holds one pending exchange per
// active account, never the world.
import type { Exchange } from '../schema/index.js';
import type { SimAccount } from './populations/common.js';
import { MinHeap, tsMs } from './stream.js';

interface Entry {
  readonly acc: SimAccount;
  it: Iterator<Exchange> | undefined;
  x: Exchange | undefined;
}

/** All exchanges of the accounts, in ts order (ties broken by account order, deterministic). */
export function* mergeStreams(accounts: readonly SimAccount[]): Generator<{ x: Exchange; acc: SimAccount }> {
  const heap = new MinHeap<Entry>();
  // Tie-break by insertion order: keys are ms; add a tiny fraction by account index.
  const eps = 1 / (accounts.length + 1);
  const idx = new Map<SimAccount, number>();
  accounts.forEach((a, i) => {
    idx.set(a, i);
    heap.push(a.firstMs + i * eps * 1e-3, { acc: a, it: undefined, x: undefined });
  });
  for (;;) {
    const e = heap.pop();
    if (!e) return;
    if (e.x) yield { x: e.x, acc: e.acc };
    if (!e.it) e.it = e.acc.stream();
    const r = e.it.next();
    if (r.done) continue;
    e.x = r.value;
    heap.push(tsMs(r.value) + (idx.get(e.acc) ?? 0) * eps * 1e-3, e);
  }
}
