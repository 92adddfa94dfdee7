// ingest: tables a provider keeps (CSV/TSV, Parquet; plain or .gz) → plain JS row objects, read
// through DuckDB (read_csv_auto / read_parquet) in streamed chunks. Values come out JSON-shaped:
// BIGINT → number, TIMESTAMP → RFC 3339 string, NULL → field absent, JSON-looking strings in
// array-typed contract fields → arrays. Rows then go through the same validation as JSONL lines.
import { DuckDBInstance } from '@duckdb/node-api';
import { DwError } from '../errors.js';

export function isTablePath(input: string): boolean {
  return /\.(csv|tsv|parquet|pq)(\.gz)?$/i.test(input);
}

function sqlString(s: string): string {
  return `'${s.replace(/'/g, "''")}'`;
}

/** A DuckDB JS value → a JSON-shaped value (undefined = drop the field). */
export function jsonValue(v: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (typeof v === 'bigint') return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? undefined : v.toISOString();
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (Array.isArray(v)) return v.map((x) => jsonValue(x) ?? null);
  if (v instanceof Uint8Array) return Buffer.from(v).toString('base64');
  if (typeof v === 'object') {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) {
      const j = jsonValue(x);
      if (j !== undefined) o[k] = j;
    }
    return o;
  }
  return v;
}

/** Fields a JSON Schema types as arrays: a table keeps them as JSON text, a record wants arrays. */
export function arrayFields(schema: object): Set<string> {
  const props = ((schema as { properties?: Record<string, { type?: unknown }> }).properties ?? {});
  return new Set(Object.entries(props).filter(([, p]) => p.type === 'array').map(([k]) => k));
}

/** Parses JSON-array text cells of the given fields in place (a cell that is not an array stays text). */
export function parseArrayCells(row: Record<string, unknown>, fields: ReadonlySet<string>): Record<string, unknown> {
  for (const k of fields) {
    const v = row[k];
    if (typeof v !== 'string' || !v.trimStart().startsWith('[')) continue;
    try {
      const a: unknown = JSON.parse(v);
      if (Array.isArray(a)) row[k] = a;
    } catch {
      // left as text: validation says the field has the wrong type
    }
  }
  return row;
}

export interface TableRow {
  /** 1-based data row number (CSV: the header is row 0, so this is the file line minus one). */
  readonly row: number;
  readonly value: Record<string, unknown>;
}

/** Streams the rows of a CSV/TSV/Parquet file in chunks (about 2048 rows each). */
export async function* readTableRows(path: string): AsyncGenerator<TableRow[]> {
  const fn = /\.(parquet|pq)(\.gz)?$/i.test(path) ? `read_parquet(${sqlString(path)})` : `read_csv_auto(${sqlString(path)}, sample_size = -1)`;
  let instance: DuckDBInstance;
  try {
    instance = await DuckDBInstance.create(':memory:');
  } catch (err) {
    throw new DwError('DW_E_STORE', `cannot start DuckDB: ${(err as Error).message}`);
  }
  const conn = await instance.connect();
  try {
    let result;
    try {
      result = await conn.stream(`SELECT * FROM ${fn}`);
    } catch (err) {
      throw new DwError('DW_E_IO', `cannot read table ${path}: ${(err as Error).message.split('\n')[0]}`);
    }
    let n = 0;
    for await (const rows of result.yieldRowObjectJs()) {
      const out: TableRow[] = new Array(rows.length);
      for (let i = 0; i < rows.length; i++) {
        out[i] = { row: ++n, value: jsonValue(rows[i]) as Record<string, unknown> };
      }
      yield out;
    }
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
}
