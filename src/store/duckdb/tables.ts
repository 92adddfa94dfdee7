// store/duckdb: the tables of the embedded store (one file) and their keyed-upsert layout.
// Exchanges are columnar (exchange-columns.ts); everything else is a few query columns + a JSON body.

export type ColKind = 'str' | 'num' | 'json';

export interface KeyedTable {
  readonly name: string;
  readonly key: string;
  readonly columns: readonly (readonly [string, ColKind])[];
}

export const ACCOUNT_FIELDS = [
  'created_at',
  'org_id',
  'tier',
  'verification',
  'email_domain',
  'display_name',
  'payment_fingerprint',
  'country',
  'signup_ip',
] as const;

export const ACCOUNTS: KeyedTable = {
  name: 'accounts',
  key: 'account_id',
  columns: [['account_id', 'str'], ...ACCOUNT_FIELDS.map((f) => [f, 'str'] as const), ['extra', 'json']],
};

export const ACCOUNT_STATES: KeyedTable = {
  name: 'account_states',
  key: 'account_id',
  columns: [
    ['account_id', 'str'],
    ['score', 'num'],
    ['verdict', 'str'],
    ['state', 'json'],
  ],
};

export const CAMPAIGNS: KeyedTable = {
  name: 'campaigns',
  key: 'campaign_id',
  columns: [
    ['campaign_id', 'str'],
    ['actor_id', 'str'],
    ['confidence', 'str'],
    ['first_seen', 'str'],
    ['first_alert', 'str'],
    ['n_accounts', 'num'],
    ['body', 'json'],
  ],
};

export const ACTIONS: KeyedTable = {
  name: 'actions',
  key: 'action_id',
  columns: [
    ['action_id', 'str'],
    ['target_kind', 'str'],
    ['target_id', 'str'],
    ['action', 'str'],
    ['mode', 'str'],
    ['created_at', 'str'],
    ['expires_at', 'str'],
    ['campaign_id', 'str'],
    ['seq', 'num'],
    ['body', 'json'],
  ],
};

export const RUNS: KeyedTable = {
  name: 'runs',
  key: 'run_id',
  columns: [
    ['run_id', 'str'],
    ['started_at', 'str'],
    ['seq', 'num'],
    ['body', 'json'],
  ],
};

export const KEYED_TABLES: readonly KeyedTable[] = [ACCOUNTS, ACCOUNT_STATES, CAMPAIGNS, ACTIONS, RUNS];

const SQL_TYPE: Readonly<Record<ColKind, string>> = { str: 'VARCHAR', num: 'DOUBLE', json: 'JSON' };

export function keyedDdl(t: KeyedTable): string {
  const cols = t.columns.map(([n, k]) => `${n} ${SQL_TYPE[k]}${n === t.key ? ' PRIMARY KEY' : ''}`);
  return `CREATE TABLE IF NOT EXISTS ${t.name} (${cols.join(', ')})`;
}

/** Staging twin of a keyed table (no key), filled by the Appender then merged with INSERT OR REPLACE. */
export function stageDdl(t: KeyedTable): string {
  return `CREATE TEMP TABLE IF NOT EXISTS stage_${t.name} (${t.columns.map(([n, k]) => `${n} ${SQL_TYPE[k]}`).join(', ')})`;
}

export const OTHER_DDL: readonly string[] = [
  'CREATE TABLE IF NOT EXISTS campaign_members (campaign_id VARCHAR, account_id VARCHAR)',
  'CREATE TABLE IF NOT EXISTS audit (seq BIGINT, at_text VARCHAR, body JSON)',
  'CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR)',
];
