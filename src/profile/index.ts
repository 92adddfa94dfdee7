// profile stage public surface: EnrichedExchange → per-account mergeable state → features.
export { AccountState, emptyAccountState, addExchange, PRESENT_AT, stopClass, statusClass } from './state.js';
export { mergeAccountStates } from './merge.js';
export { addExchangeBatch } from './batch.js';
export { STATUS_CLASSES, STOP_CLASSES } from './layout.js';
export { RETRY_WINDOW_MS } from './sketches/retry.js';
export { GAP_TIMES } from './sketches/gap-histogram.js';
export type { WorldContext, WorldContextBuilder, WorldOptions, ModelFacts } from './world.js';
export { createWorldContext, buildWorld, DEFAULT_WORLD_OPTIONS } from './world.js';
export type { AccountFeatures, FeatureName } from './features.js';
export { accountFeatures, FEATURE_NAMES, VERIFICATION_LEVELS } from './features.js';
export { serializeAccountState, deserializeAccountState, STATE_FORMAT } from './serialize.js';
export { WINDOW_GROUPS, WINDOW_DIMS } from './window-cells.js';

import type { AccountId } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { addExchange, emptyAccountState, AccountState } from './state.js';

/** Convenience: the states of all accounts in a batch of exchanges (one pass). */
export function profileAccounts(xs: Iterable<EnrichedExchange>): Map<AccountId, AccountState> {
  const out = new Map<AccountId, AccountState>();
  for (const e of xs) {
    let s = out.get(e.x.account_id);
    if (!s) out.set(e.x.account_id, (s = emptyAccountState(e.x.account_id)));
    addExchange(s, e);
  }
  return out;
}
