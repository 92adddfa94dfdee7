// store/duckdb: bulk load of an exchange JSONL file with DuckDB's own JSON reader (no per-row JS).
// Typed path: one scan finds the keys outside the contract, a second reads known fields into typed
// columns and those keys into `extra`. Exact path (any value a column cannot hold, JSON nulls in
// unknown keys, odd key names): each line as MAP(VARCHAR, JSON), every key checked, as appendExchangeRow.
import type { DuckDBConnection } from '@duckdb/node-api';
import { DwError } from '../../errors.js';
import type { ImportOptions } from '../types.js';
import { EXCHANGE_FIELDS } from './exchange-columns.js';

type Kind = (typeof EXCHANGE_FIELDS)[number][2];

const INT32_MAX = 2147483647;
const SAFE_INT = 9007199254740991;
const INTEGER_TYPES = "('UBIGINT', 'BIGINT')";

/** SQL truth value: the JSON value v (a JSON expression) fits a column of this kind. */
function fitsSql(kind: Kind, v: string): string {
  switch (kind) {
    case 'str':
      return `json_type(${v}) = 'VARCHAR'`;
    case 'int32':
      return `(json_type(${v}) IN ${INTEGER_TYPES} AND abs(TRY_CAST(${v} AS DOUBLE)) <= ${INT32_MAX})`;
    case 'int64':
      return `(json_type(${v}) IN ${INTEGER_TYPES} AND abs(TRY_CAST(${v} AS DOUBLE)) <= ${SAFE_INT})`;
    case 'float':
      return `json_type(${v}) IN ('UBIGINT', 'BIGINT', 'DOUBLE')`;
    case 'bool':
      return `json_type(${v}) = 'BOOLEAN'`;
    case 'strlist':
      return `(json_type(${v}) = 'ARRAY' AND coalesce(list_bool_and(list_transform(json_extract(${v}, '$[*]'), s -> json_type(s) = 'VARCHAR')), true))`;
  }
}

/** SQL value of the column from a JSON value already known to fit. */
function castSql(kind: Kind, v: string): string {
  switch (kind) {
    case 'str':
      return `(${v} ->> '$')`;
    case 'int32':
      return `TRY_CAST(${v} AS INTEGER)`;
    case 'int64':
      return `TRY_CAST(${v} AS BIGINT)`;
    case 'float':
      return `TRY_CAST(${v} AS DOUBLE)`;
    case 'bool':
      return `TRY_CAST(${v} AS BOOLEAN)`;
    case 'strlist':
      return `json_extract_string(${v}, '$[*]')`;
  }
}

/** Longest line DuckDB's reader takes (bytes): above the ingest's 16 MiB, so every accepted line fits. */
const MAX_OBJECT = 64 * 1024 * 1024;

const quote = (s: string): string => `'${s.replaceAll("'", "''")}'`;

/** ts fits when it is a JSON string DuckDB reads as a time (otherwise it is kept in extra, as written). */
const TS_TIME = `TRY_CAST(upper(j['ts'] ->> '$') AS TIMESTAMPTZ)`;
const TS_FITS = `(json_type(j['ts']) = 'VARCHAR' AND ${TS_TIME} IS NOT NULL)`;

const KNOWN = ['ts', ...EXCHANGE_FIELDS.map((f) => f[0])];
const KNOWN_LIST = KNOWN.map(quote).join(', ');
const CANONICAL = (t: string): string => `strftime(make_timestamp(epoch_us(${t})), '%Y-%m-%dT%H:%M:%S.%gZ')`;

/** Keys outside the contract and whether any line gives one of them a JSON null: rows (k, has_null). */
export function unknownKeysSql(path: string): string {
  return `SELECT k, bool_or(json_type(json, '/' || replace(replace(k, '~', '~0'), '/', '~1')) = 'NULL') AS has_null
    FROM (SELECT json, unnest(json_keys(json)) AS k FROM read_ndjson_objects(${quote(path)}, maximum_object_size = ${MAX_OBJECT}))
    WHERE k NOT IN (${KNOWN_LIST}) GROUP BY k ORDER BY k`;
}

/** Key names the typed path can use as columns: plain identifiers, no case clash with a contract field. */
export function typedPathFits(unknown: readonly string[]): boolean {
  const lower = new Set(KNOWN.map((k) => k.toLowerCase()));
  const seen = new Set<string>();
  for (const k of unknown) {
    const l = k.toLowerCase();
    if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(k) || lower.has(l) || seen.has(l)) return false;
    seen.add(l);
  }
  return unknown.length <= 64;
}

/**
 * Typed path: SELECT (exchanges rows) by read_json with the contract's column types (it fails, rather than guesses, on a value a
 * column cannot hold) and the unknown keys as JSON. Only for lines that pass the exchange schema.
 */
export function typedImportSql(path: string, unknown: readonly string[]): string {
  const cols = [`ts: 'VARCHAR'`, ...EXCHANGE_FIELDS.map(([n, t]) => `${n}: '${t}'`), ...unknown.map((k) => `"${k}": 'JSON'`)];
  const time = 'TRY_CAST(upper(ts) AS TIMESTAMPTZ)'; // RFC 3339 allows a lower-case t and z
  // An unreadable time goes to extra as written; unknown keys with no value (absent) are left out.
  const entries = [`{'key': 'ts', 'value': CASE WHEN ${time} IS NULL THEN to_json(ts) END}`, ...unknown.map((k) => `{'key': ${quote(k)}, 'value': "${k}"}`)];
  const extra = `nullif(map_from_entries(list_filter([${entries.join(', ')}], e -> e.value IS NOT NULL)), MAP {})::JSON`;
  return `SELECT ${time} AS ts, CASE WHEN ${CANONICAL(time)} <> ts THEN ts END AS ts_raw, ${EXCHANGE_FIELDS.map((f) => f[0]).join(', ')}, ${extra} AS extra
    FROM read_json(${quote(path)}, format = 'newline_delimited', maximum_object_size = ${MAX_OBJECT}, columns = {${cols.join(', ')}})`;
}

/**
 * Exact path: SELECT reading every non-blank line of `path` (JSONL, .gz ok) as rows of the exchanges
 * table (column order as EXCHANGES_DDL).
 */
export function exactImportSql(path: string): string {
  const source = `read_json(${quote(path)}, format = 'newline_delimited', records = false, maximum_object_size = ${MAX_OBJECT}, columns = {j: 'MAP(VARCHAR, JSON)'})`;
  // Per key: is it stored in its typed column? (Evaluated once per map entry for extra.)
  const storedCase = `CASE e.key WHEN 'ts' THEN ${TS_FITS.replaceAll("j['ts']", 'e.value')} ${EXCHANGE_FIELDS.map(([n, , k]) => `WHEN ${quote(n)} THEN ${fitsSql(k, 'e.value')}`).join(' ')} ELSE false END`;
  const cols = EXCHANGE_FIELDS.map(([n, , k]) => {
    const v = `j[${quote(n)}]`;
    return `CASE WHEN ${fitsSql(k, v)} THEN ${castSql(k, v)} END`;
  });
  // A canonical time (what toISOString writes) is rebuilt from ts; any other spelling is kept in ts_raw.
  const canonical = CANONICAL(TS_TIME);
  const tsRaw = `CASE WHEN ${TS_FITS} AND ${canonical} <> (j['ts'] ->> '$') THEN (j['ts'] ->> '$') END`;
  const extra = `nullif(map_from_entries(list_filter(map_entries(j), e -> NOT coalesce(${storedCase}, false))), MAP {})::JSON`;
  // A repeated key (JSON.parse keeps the last, a MAP lookup the first) fails the load: the caller appends.
  const once = `CASE WHEN len(map_keys(j)) <> len(list_distinct(map_keys(j))) THEN error('a line repeats a key') END`;
  return `SELECT CASE WHEN ${TS_FITS} THEN ${TS_TIME} END AS ts, ${tsRaw} AS ts_raw, ${cols.map((c, i) => `${c} AS ${EXCHANGE_FIELDS[i]?.[0]}`).join(', ')}, ${extra} AS extra FROM ${source} WHERE (${once}) IS NULL`;
}

/**
 * Loads path into the exchanges table, in (account, time) order, all or nothing: the typed path when
 * it applies, else (or when a value does not fit) the exact path. Returns the rows imported.
 */
export async function importJsonl(con: DuckDBConnection, path: string, options: ImportOptions): Promise<number> {
  const fail = (err: unknown): DwError =>
    err instanceof DwError ? err : new DwError('DW_E_STORE', `cannot bulk-load ${path} (nothing imported): ${(err as Error).message}`);
  let keys: Record<string, unknown>[];
  try {
    keys = (await con.runAndReadAll(unknownKeysSql(path))).getRowObjectsJS() as Record<string, unknown>[];
  } catch (err) {
    throw fail(err);
  }
  const unknown = keys.map((r) => String(r.k));
  const typed = typedPathFits(unknown) && !keys.some((r) => r.has_null === true);
  const insert = async (select: string): Promise<number> => {
    await con.run('BEGIN TRANSACTION');
    try {
      const r = await con.runAndReadAll(`INSERT INTO exchanges SELECT * FROM (${select}) ORDER BY account_id, ts, id`);
      const n = Number(r.getRows()[0]?.[0] ?? 0);
      const want = options.expectRows;
      if (want !== undefined && n !== want) throw new DwError('DW_E_STORE', `${path} holds ${n} exchanges where ${want} were expected: nothing imported`);
      await con.run('COMMIT');
      return n;
    } catch (err) {
      await con.run('ROLLBACK');
      throw err;
    }
  };
  try {
    if (typed) {
      try {
        return await insert(typedImportSql(path, unknown));
      } catch (err) {
        if (err instanceof DwError) throw err;
        // a value its typed column cannot hold: the exact path keeps it in extra
      }
    }
    return await insert(exactImportSql(path));
  } catch (err) {
    throw fail(err);
  }
}
