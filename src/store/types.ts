// store (I/O edge): the Store contract every backend implements (embedded DuckDB now, scale-out later).
// Takes and returns stage types and plain JSON-safe objects; never SQL rows.
import type { Account, Exchange, VerdictBand } from '../schema/index.js';

/** A JSON value, as it goes into and comes out of the JSON columns. */
export type Json = null | boolean | number | string | readonly Json[] | { readonly [k: string]: Json };

/** Per-account state as a stage hands it over: the sketch state is opaque JSON to the store. */
export interface AccountStateRow {
  readonly account_id: string;
  /** JSON-safe state (plain objects, arrays, numbers, strings); typed arrays must be encoded first. */
  readonly state: unknown;
  readonly score?: number;
  readonly verdict?: VerdictBand;
}

/** The least the store needs of a campaign; everything else is kept as JSON. */
export interface CampaignLike {
  readonly campaign_id: string;
  readonly account_ids?: readonly string[];
  readonly actor_id?: string;
  readonly confidence?: string;
  readonly first_seen?: string;
  readonly first_alert?: string;
}

/** The least the store needs of an enforcement action (src/respond Action fits). */
export interface ActionLike {
  readonly action_id: string;
  readonly target?: { readonly kind: string; readonly id: string };
  readonly action?: string;
  readonly mode?: string;
  readonly created_at?: string;
  readonly expires_at?: string;
  readonly campaign_id?: string;
}

/** One audit-trail event (src/respond AuditEvent fits); appended, never changed. */
export interface AuditLike {
  readonly at: string;
}

/** What a run records about itself (options, counts, timings...). */
export interface RunMeta {
  readonly run_id: string;
  readonly started_at?: string;
  readonly finished_at?: string;
  readonly command?: string;
  readonly [k: string]: unknown;
}

/** A stored object read back: the fields it was written with (JSON round trip). */
export type Stored<T> = T & { readonly [k: string]: unknown };

export interface ActivityBucket {
  /** Start of the bucket, RFC 3339 UTC. */
  readonly start: string;
  readonly exchanges: number;
  readonly inputTokens: number;
  readonly outputTokens: number;
}

export interface StoreCounts {
  readonly exchanges: number;
  readonly accounts: number;
  readonly accountStates: number;
  readonly campaigns: number;
  readonly actions: number;
  readonly audit: number;
  readonly runs: number;
}

export interface ImportOptions {
  /** Rows the file must yield (the ingest's accepted count); anything else imports nothing. */
  readonly expectRows?: number;
}

export interface Store {
  /** Which backend ('duckdb'). */
  readonly kind: string;
  /** Appends exchanges (no de-duplication here: ingest counts the same id once before it arrives). */
  appendExchanges(batch: readonly Exchange[]): Promise<void>;
  /**
   * Bulk-loads a JSONL file (plain or .gz) of exchanges the caller's ingest already accepted, every
   * non-blank line one exchange, without handing rows through JS (several times faster than
   * appendExchanges). Reads back exactly as appendExchanges would. All or nothing: a line the reader
   * cannot take, or a count other than `expectRows`, imports nothing and throws DW_E_STORE (the
   * caller then falls back to appendExchanges). Returns the rows imported.
   */
  importExchangesJsonl(path: string, options?: ImportOptions): Promise<number>;
  /** Inserts or replaces accounts by account_id. */
  putAccounts(accounts: readonly Account[]): Promise<void>;
  /** Inserts or replaces per-account state by account_id. */
  putAccountStates(rows: readonly AccountStateRow[]): Promise<void>;
  /** Inserts or replaces campaigns (and their membership) by campaign_id. */
  putCampaigns(campaigns: readonly CampaignLike[]): Promise<void>;
  /** Inserts or replaces actions by action_id. */
  putActions(actions: readonly ActionLike[]): Promise<void>;
  appendAudit(event: AuditLike): Promise<void>;
  /** Inserts or replaces a run record by run_id. */
  putRun(meta: RunMeta): Promise<void>;

  counts(): Promise<StoreCounts>;
  /** An account's exchanges, newest first. */
  exchangesOf(accountId: string, limit?: number): Promise<Exchange[]>;
  /** Every stored exchange in event-time order, in batches (for replay; memory stays bounded). */
  scanExchanges(batchSize?: number): AsyncIterable<Exchange[]>;
  /** Exchange counts and tokens of one account per time bucket (console timeline). */
  activityOf(accountId: string, bucket: 'hour' | 'day'): Promise<ActivityBucket[]>;
  getAccount(accountId: string): Promise<Account | undefined>;
  getAccountState(accountId: string): Promise<AccountStateRow | undefined>;
  /** Account states by score, highest first (accounts without a score last). */
  topAccounts(limit: number): Promise<AccountStateRow[]>;
  getCampaign(campaignId: string): Promise<Stored<CampaignLike> | undefined>;
  listCampaigns(): Promise<Stored<CampaignLike>[]>;
  /** Campaign ids an account is a member of. */
  campaignsOf(accountId: string): Promise<string[]>;
  /** Actions, optionally only those on one target id (account or campaign), newest first. */
  listActions(targetId?: string): Promise<Stored<ActionLike>[]>;
  /** Audit events in the order they were appended (optionally the last `limit`). */
  auditLog(limit?: number): Promise<Stored<AuditLike>[]>;
  getRun(runId: string): Promise<RunMeta | undefined>;
  /** The run most recently put. */
  lastRun(): Promise<RunMeta | undefined>;
  /**
   * Reorganises stored exchanges for per-account lookups (after a bulk load; the console's
   * exchangesOf gets ~6-10× faster). Contents are unchanged. A backend may make it a no-op.
   */
  compact(): Promise<void>;
  close(): Promise<void>;
}
