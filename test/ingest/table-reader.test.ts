import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { readAll, tmp } from './helpers.js';

test('CSV accounts are read through DuckDB and validated like JSONL, a bad row naming its file line', async () => {
  const f = join(tmp(), 'accounts.csv');
  writeFileSync(f, 'account_id,created_at,tier,signup_ip\nacc-1,2025-03-01T10:00:00Z,pro,1.2.3.4\n,2025-03-02T10:00:00Z,free,\nacc-3,2025-03-03 08:00:00,team,\n');
  const r = await readAll('account', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [3, 2, 1]);
  assert.equal(r.dead[0]!.line, 3);
  assert.match(r.dead[0]!.reason, /account_id/);
  assert.equal(r.records[0]!.created_at, '2025-03-01T10:00:00.000Z');
  assert.equal(r.records[1]!.signup_ip, undefined, 'an empty cell is an absent field, not null');
});

test('CSV exchanges keep integer token counts as numbers and parse JSON-array cells of array fields', async () => {
  const f = join(tmp(), 'ex.csv');
  writeFileSync(f, 'id,ts,account_id,model,input_tokens,output_tokens,tool_names\ne1,2026-01-01T00:00:00Z,a,m,5,6,"[""search""]"\ne1,2026-01-01T00:00:00Z,a,m,5,6,\n');
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.duplicates], [2, 2, 1]);
  assert.equal(r.records[0]!.input_tokens, 5);
});

test('Parquet exchanges are read through DuckDB', async () => {
  const d = tmp();
  const f = join(d, 'ex.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const c = await db.connect();
  await c.run(`COPY (SELECT 'p' || i AS id, TIMESTAMPTZ '2026-01-01 00:00:00+00' + INTERVAL (i) SECOND AS ts, 'acct' AS account_id, 'm' AS model, i AS input_tokens, 2 * i AS output_tokens FROM range(5) t(i)) TO '${f}' (FORMAT parquet)`);
  c.closeSync();
  db.closeSync();
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted], [5, 5]);
  assert.equal(r.records[4]!.output_tokens, 8);
  assert.equal(r.records[1]!.ts, '2026-01-01T00:00:01.000Z');
});
