// store/duckdb: the embedded default Store, one DuckDB file (or ':memory:'), nothing to start.
// Exchanges → columnar table via the Appender; accounts, states, campaigns, actions, audit, runs → keyed tables.
import { DuckDBInstance, listValue, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { DwError } from '../../errors.js';
import type { Account, Exchange, VerdictBand } from '../../schema/index.js';
import type {
  AccountStateRow, ActionLike, ActivityBucket, AuditLike, CampaignLike, ImportOptions, RunMeta, Store, StoreCounts, Stored,
} from '../types.js';
import { importJsonl } from './import-jsonl.js';
import { EXCHANGES_DDL, EXCHANGE_SELECT, appendExchangeRow, exchangesFromColumns } from './exchange-columns.js';
import {
  ACCOUNTS, ACCOUNT_FIELDS, ACCOUNT_STATES, ACTIONS, CAMPAIGNS, KEYED_TABLES, OTHER_DDL, RUNS,
  keyedDdl, stageDdl, type KeyedTable,
} from './tables.js';

type Cell = string | number | null;

/**
 * Exchanges stay in one open Appender until this many rows are pending (or anything else touches
 * the store): past one DuckDB row group (122,880 rows) a commit writes row groups straight to the
 * file instead of through the WAL, ~2.5× faster than committing every small batch.
 */
const EXCHANGE_FLUSH_ROWS = 131_072;

function toJson(v: unknown, what: string): string {
  let s: string | undefined;
  try {
    s = JSON.stringify(v);
  } catch (err) {
    throw new DwError('DW_E_STORE', `${what} is not JSON-safe: ${(err as Error).message}`);
  }
  if (s === undefined) throw new DwError('DW_E_STORE', `${what} is not JSON-safe (undefined or a function)`);
  return s;
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : typeof v === 'bigint' ? Number(v) : null);
const VERDICTS: ReadonlySet<string> = new Set(['benign', 'suspicious', 'distillation']);

export class DuckDbStore implements Store {
  readonly kind = 'duckdb';
  private seq = 0;
  private closed = false;
  private appender: DuckDBAppender | undefined;
  private pendingRows = 0;
  /** Exchanges are known to be stored in (account, time) order, as compact() leaves them. */
  private compacted = false;

  private constructor(
    private readonly db: DuckDBInstance,
    private readonly con: DuckDBConnection,
  ) {}

  static async open(path: string): Promise<DuckDbStore> {
    try {
      const db = await DuckDBInstance.create(path);
      const con = await db.connect();
      const s = new DuckDbStore(db, con);
      for (const ddl of [EXCHANGES_DDL, ...KEYED_TABLES.map(keyedDdl), ...KEYED_TABLES.map(stageDdl), ...OTHER_DDL]) await con.run(ddl);
      const r = await s.rows('SELECT greatest((SELECT coalesce(max(seq), 0) FROM audit), (SELECT coalesce(max(seq), 0) FROM runs), (SELECT coalesce(max(seq), 0) FROM actions)) AS m');
      s.seq = Number(r[0]?.m ?? 0);
      return s;
    } catch (err) {
      if (err instanceof DwError) throw err;
      throw new DwError('DW_E_STORE', `cannot open store ${path}: ${(err as Error).message}`);
    }
  }

  /** Commits exchanges still held in the Appender so every other call sees them. */
  private flushExchanges(): void {
    const ap = this.appender;
    if (ap === undefined) return;
    this.appender = undefined;
    this.pendingRows = 0;
    try {
      ap.flushSync();
    } finally {
      ap.closeSync();
    }
  }

  private async guard<T>(what: string, fn: () => Promise<T>): Promise<T> {
    if (this.closed) throw new DwError('DW_E_STORE', `${what}: the store is closed`);
    try {
      this.flushExchanges();
      return await fn();
    } catch (err) {
      if (err instanceof DwError) throw err;
      throw new DwError('DW_E_STORE', `${what}: ${(err as Error).message}`);
    }
  }

  private async rows(sql: string, params: DuckDBValue[] = []): Promise<Record<string, unknown>[]> {
    const r = await this.con.runAndReadAll(sql, params);
    return r.getRowObjectsJS() as Record<string, unknown>[];
  }

  /** Keyed insert-or-replace: last row of a key in the batch wins. Staged through the Appender. */
  private async upsert(t: KeyedTable, rows: readonly (readonly Cell[])[]): Promise<void> {
    if (rows.length === 0) return;
    const byKey = new Map<Cell, readonly Cell[]>();
    for (const r of rows) byKey.set(r[0] ?? null, r);
    await this.con.run(`DELETE FROM stage_${t.name}`);
    const ap = await this.con.createAppender(`stage_${t.name}`, 'main', 'temp');
    try {
      for (const r of byKey.values()) {
        for (const c of r) {
          if (c === null) ap.appendNull();
          else if (typeof c === 'number') ap.appendDouble(c);
          else ap.appendVarchar(c);
        }
        ap.endRow();
      }
      ap.flushSync();
    } finally {
      ap.closeSync();
    }
    await this.con.run(`INSERT OR REPLACE INTO ${t.name} SELECT * FROM stage_${t.name}`);
    await this.con.run(`DELETE FROM stage_${t.name}`);
  }

  async appendExchanges(batch: readonly Exchange[]): Promise<void> {
    if (this.closed) throw new DwError('DW_E_STORE', 'appendExchanges: the store is closed');
    if (batch.length === 0) return;
    try {
      this.compacted = false;
      this.appender ??= await this.con.createAppender('exchanges');
      for (const x of batch) appendExchangeRow(this.appender, x);
      this.pendingRows += batch.length;
      if (this.pendingRows >= EXCHANGE_FLUSH_ROWS) this.flushExchanges();
    } catch (err) {
      // A failed batch leaves the Appender in an unknown state: drop it (rows not yet flushed are lost
      // with it, and the error says so) rather than commit half a row.
      const ap = this.appender;
      this.appender = undefined;
      this.pendingRows = 0;
      try {
        ap?.closeSync();
      } catch {
        /* already failed */
      }
      throw err instanceof DwError ? err : new DwError('DW_E_STORE', `appendExchanges: ${(err as Error).message} (unflushed exchanges of this store were dropped)`);
    }
  }

  importExchangesJsonl(path: string, options: ImportOptions = {}): Promise<number> {
    return this.guard('importExchangesJsonl', async () => {
      const empty = Number((await this.rows('SELECT count(*) AS n FROM exchanges'))[0]?.n ?? 0) === 0;
      const n = await importJsonl(this.con, path, options);
      // Rows go in compact()'s order: into an empty table that makes a later compact() free.
      this.compacted = empty;
      return n;
    });
  }


  putAccounts(accounts: readonly Account[]): Promise<void> {
    return this.guard('putAccounts', () => {
      const known = new Set<string>(['account_id', ...ACCOUNT_FIELDS]);
      return this.upsert(
        ACCOUNTS,
        accounts.map((a) => {
          const extra: Record<string, unknown> = {};
          let hasExtra = false;
          for (const k in a) {
            // A known field of the wrong type is kept in extra rather than lost.
            if (!known.has(k) || (k !== 'account_id' && typeof a[k] !== 'string')) {
              extra[k] = a[k];
              hasExtra = true;
            }
          }
          return [a.account_id, ...ACCOUNT_FIELDS.map((f) => str(a[f])), hasExtra ? toJson(extra, `account ${a.account_id}`) : null];
        }),
      );
    });
  }

  putAccountStates(rows: readonly AccountStateRow[]): Promise<void> {
    return this.guard('putAccountStates', () =>
      this.upsert(
        ACCOUNT_STATES,
        rows.map((r) => [r.account_id, num(r.score), r.verdict ?? null, toJson(r.state ?? null, `state of ${r.account_id}`)]),
      ),
    );
  }

  putCampaigns(campaigns: readonly CampaignLike[]): Promise<void> {
    return this.guard('putCampaigns', async () => {
      if (campaigns.length === 0) return;
      await this.upsert(
        CAMPAIGNS,
        campaigns.map((c) => [
          c.campaign_id, str(c.actor_id), str(c.confidence), str(c.first_seen), str(c.first_alert),
          c.account_ids?.length ?? null, toJson(c, `campaign ${c.campaign_id}`),
        ]),
      );
      const ids = [...new Set(campaigns.map((c) => c.campaign_id))];
      await this.con.run(`DELETE FROM campaign_members WHERE campaign_id IN (SELECT unnest($1::VARCHAR[]))`, [listValue(ids)]);
      const latest = new Map(campaigns.map((c) => [c.campaign_id, c]));
      const ap = await this.con.createAppender('campaign_members');
      try {
        for (const c of latest.values()) {
          for (const a of new Set(c.account_ids ?? [])) {
            ap.appendVarchar(c.campaign_id);
            ap.appendVarchar(a);
            ap.endRow();
          }
        }
        ap.flushSync();
      } finally {
        ap.closeSync();
      }
    });
  }

  putActions(actions: readonly ActionLike[]): Promise<void> {
    return this.guard('putActions', () =>
      this.upsert(
        ACTIONS,
        actions.map((a) => [
          a.action_id, str(a.target?.kind), str(a.target?.id), str(a.action), str(a.mode), str(a.created_at),
          str(a.expires_at), str(a.campaign_id), ++this.seq, toJson(a, `action ${a.action_id}`),
        ]),
      ),
    );
  }

  appendAudit(event: AuditLike): Promise<void> {
    return this.guard('appendAudit', async () => {
      const body = toJson(event, 'audit event');
      await this.con.run('INSERT INTO audit VALUES ($1, $2, $3)', [++this.seq, event.at, body]);
    });
  }

  putRun(meta: RunMeta): Promise<void> {
    return this.guard('putRun', () =>
      this.upsert(RUNS, [[meta.run_id, str(meta.started_at), ++this.seq, toJson(meta, `run ${meta.run_id}`)]]),
    );
  }

  counts(): Promise<StoreCounts> {
    return this.guard('counts', async () => {
      const [r] = await this.rows(`SELECT
        (SELECT count(*) FROM exchanges) AS exchanges, (SELECT count(*) FROM accounts) AS accounts,
        (SELECT count(*) FROM account_states) AS states, (SELECT count(*) FROM campaigns) AS campaigns,
        (SELECT count(*) FROM actions) AS actions, (SELECT count(*) FROM audit) AS audit, (SELECT count(*) FROM runs) AS runs`);
      const n = (k: string): number => Number(r?.[k] ?? 0);
      return {
        exchanges: n('exchanges'), accounts: n('accounts'), accountStates: n('states'), campaigns: n('campaigns'),
        actions: n('actions'), audit: n('audit'), runs: n('runs'),
      };
    });
  }

  exchangesOf(accountId: string, limit = 100): Promise<Exchange[]> {
    return this.guard('exchangesOf', async () => {
      const r = await this.con.runAndReadAll(
        `SELECT ${EXCHANGE_SELECT} FROM exchanges WHERE account_id = $1 ORDER BY ts DESC NULLS LAST, id DESC LIMIT $2`,
        [accountId, Math.max(0, Math.floor(limit))],
      );
      return exchangesFromColumns(r.getColumns());
    });
  }

  async *scanExchanges(batchSize = 2048): AsyncIterable<Exchange[]> {
    if (this.closed) throw new DwError('DW_E_STORE', 'scanExchanges: the store is closed');
    this.flushExchanges();
    // A connection of its own, so other calls may run while the scan is under way.
    const con = await this.db.connect();
    try {
      const result = await con.stream(`SELECT ${EXCHANGE_SELECT} FROM exchanges ORDER BY ts NULLS LAST, id`);
      let buf: Exchange[] = [];
      for await (const chunk of result) {
        for (const x of exchangesFromColumns(chunk.getColumns())) {
          buf.push(x);
          if (buf.length >= batchSize) {
            yield buf;
            buf = [];
          }
        }
      }
      if (buf.length > 0) yield buf;
    } catch (err) {
      if (err instanceof DwError) throw err;
      throw new DwError('DW_E_STORE', `scanExchanges: ${(err as Error).message}`);
    } finally {
      con.closeSync();
    }
  }

  activityOf(accountId: string, bucket: 'hour' | 'day'): Promise<ActivityBucket[]> {
    return this.guard('activityOf', async () => {
      const ms = bucket === 'hour' ? 3_600_000 : 86_400_000;
      const rows = await this.rows(
        `SELECT (floor(epoch_ms(ts) / ${ms}) * ${ms})::DOUBLE AS b, count(*)::DOUBLE AS n,
           coalesce(sum(input_tokens), 0)::DOUBLE AS i, coalesce(sum(output_tokens), 0)::DOUBLE AS o
         FROM exchanges WHERE account_id = $1 AND ts IS NOT NULL GROUP BY 1 ORDER BY 1`,
        [accountId],
      );
      return rows.map((r) => ({
        start: new Date(Number(r.b)).toISOString(), exchanges: Number(r.n), inputTokens: Number(r.i), outputTokens: Number(r.o),
      }));
    });
  }

  getAccount(accountId: string): Promise<Account | undefined> {
    return this.guard('getAccount', async () => {
      const [r] = await this.rows('SELECT * FROM accounts WHERE account_id = $1', [accountId]);
      if (!r) return undefined;
      const a: Record<string, unknown> = { account_id: r.account_id };
      for (const f of ACCOUNT_FIELDS) if (typeof r[f] === 'string') a[f] = r[f];
      if (typeof r.extra === 'string') Object.assign(a, JSON.parse(r.extra) as Record<string, unknown>);
      return a as Account;
    });
  }

  private stateFromRow(r: Record<string, unknown>): AccountStateRow {
    const score = num(r.score);
    const verdict = typeof r.verdict === 'string' && VERDICTS.has(r.verdict) ? (r.verdict as VerdictBand) : undefined;
    return {
      account_id: String(r.account_id),
      state: typeof r.state === 'string' ? (JSON.parse(r.state) as unknown) : null,
      ...(score !== null ? { score } : {}),
      ...(verdict !== undefined ? { verdict } : {}),
    };
  }

  getAccountState(accountId: string): Promise<AccountStateRow | undefined> {
    return this.guard('getAccountState', async () => {
      const [r] = await this.rows('SELECT * FROM account_states WHERE account_id = $1', [accountId]);
      return r ? this.stateFromRow(r) : undefined;
    });
  }

  topAccounts(limit: number): Promise<AccountStateRow[]> {
    return this.guard('topAccounts', async () => {
      const rows = await this.rows('SELECT * FROM account_states ORDER BY score DESC NULLS LAST, account_id LIMIT $1', [Math.max(0, Math.floor(limit))]);
      return rows.map((r) => this.stateFromRow(r));
    });
  }

  private async bodies<T>(sql: string, params: DuckDBValue[] = []): Promise<Stored<T>[]> {
    const rows = await this.rows(sql, params);
    return rows.map((r) => JSON.parse(String(r.body)) as Stored<T>);
  }

  getCampaign(campaignId: string): Promise<Stored<CampaignLike> | undefined> {
    return this.guard('getCampaign', async () => (await this.bodies<CampaignLike>('SELECT body FROM campaigns WHERE campaign_id = $1', [campaignId]))[0]);
  }

  listCampaigns(): Promise<Stored<CampaignLike>[]> {
    return this.guard('listCampaigns', () => this.bodies<CampaignLike>('SELECT body FROM campaigns ORDER BY n_accounts DESC NULLS LAST, campaign_id'));
  }

  campaignsOf(accountId: string): Promise<string[]> {
    return this.guard('campaignsOf', async () => {
      const rows = await this.rows('SELECT DISTINCT campaign_id FROM campaign_members WHERE account_id = $1 ORDER BY 1', [accountId]);
      return rows.map((r) => String(r.campaign_id));
    });
  }

  listActions(targetId?: string): Promise<Stored<ActionLike>[]> {
    return this.guard('listActions', () =>
      targetId === undefined
        ? this.bodies<ActionLike>('SELECT body FROM actions ORDER BY seq DESC')
        : this.bodies<ActionLike>('SELECT body FROM actions WHERE target_id = $1 ORDER BY seq DESC', [targetId]),
    );
  }

  auditLog(limit?: number): Promise<Stored<AuditLike>[]> {
    return this.guard('auditLog', async () => {
      const sql = limit === undefined
        ? 'SELECT body FROM audit ORDER BY seq'
        : 'SELECT body FROM (SELECT seq, body FROM audit ORDER BY seq DESC LIMIT $1) ORDER BY seq';
      return this.bodies<AuditLike>(sql, limit === undefined ? [] : [Math.max(0, Math.floor(limit))]);
    });
  }

  getRun(runId: string): Promise<RunMeta | undefined> {
    return this.guard('getRun', async () => (await this.bodies<RunMeta>('SELECT body FROM runs WHERE run_id = $1', [runId]))[0]);
  }

  lastRun(): Promise<RunMeta | undefined> {
    return this.guard('lastRun', async () => (await this.bodies<RunMeta>('SELECT body FROM runs ORDER BY seq DESC LIMIT 1'))[0]);
  }

  compact(): Promise<void> {
    // Rows sorted by (account, time) make DuckDB's per-row-group min/max skip nearly every row
    // group of an account lookup; appended rows arrive in time order, which skips none.
    return this.guard('compact', async () => {
      if (this.compacted) return;
      await this.con.run('CREATE OR REPLACE TABLE exchanges AS SELECT * FROM exchanges ORDER BY account_id, ts, id');
      this.compacted = true;
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    try {
      this.flushExchanges();
      this.con.closeSync();
      this.db.closeSync();
    } catch (err) {
      throw new DwError('DW_E_STORE', `close: ${(err as Error).message}`);
    }
  }
}
