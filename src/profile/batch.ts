// profile stage: a batch of EnrichedExchange → the accounts' states, grouped by account before adding
// (a stable counting sort on a dense account index), so each account's state stays in cache for its
// run of exchanges. Same result as adding them one by one: each account still sees its own exchanges
// in arrival order. The aggregation layout of a hash GROUP BY (as DuckDB's), for the batch path.
import type { AccountId } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { addExchange, AccountState } from './state.js';

let order = new Int32Array(0);
let slot = new Int32Array(0);

/** Adds every exchange of `batch` to its account's state in `states` (created when missing). */
export function addExchangeBatch(states: Map<AccountId, AccountState>, batch: readonly EnrichedExchange[]): void {
  const n = batch.length;
  if (n === 0) return;
  if (slot.length < n) {
    slot = new Int32Array(n);
    order = new Int32Array(n);
  }
  const seen: AccountState[] = [];
  const local = new Map<AccountId, number>();
  for (let i = 0; i < n; i++) {
    const id = batch[i]!.x.account_id;
    let k = local.get(id);
    if (k === undefined) {
      let s = states.get(id);
      if (s === undefined) states.set(id, (s = new AccountState(id)));
      k = seen.length;
      seen.push(s);
      local.set(id, k);
    }
    slot[i] = k;
  }
  const start = new Int32Array(seen.length + 1);
  for (let i = 0; i < n; i++) start[slot[i]! + 1]! += 1;
  for (let k = 0; k < seen.length; k++) start[k + 1]! += start[k]!;
  for (let i = 0; i < n; i++) order[start[slot[i]!]!++] = i;
  for (let j = 0; j < n; j++) {
    const i = order[j]!;
    addExchange(seen[slot[i]!]!, batch[i]!);
  }
}
