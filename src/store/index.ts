// store (I/O edge): public surface. openStore gives the embedded DuckDB store (a file or ':memory:');
// a scale-out backend implements the same Store interface.
import { DuckDbStore } from './duckdb/duckdb-store.js';
import type { Store } from './types.js';

export type {
  AccountStateRow, ActionLike, ActivityBucket, AuditLike, CampaignLike, ImportOptions, Json, RunMeta, Store, StoreCounts, Stored,
} from './types.js';

/** Opens (creating if needed) the embedded store at path; ':memory:' for a throwaway one. */
export function openStore(path: string): Promise<Store> {
  return DuckDbStore.open(path);
}
