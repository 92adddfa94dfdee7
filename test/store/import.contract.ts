// Store contract, bulk load: importExchangesJsonl reads back exactly what appendExchanges would, and
// imports all or nothing. Every backend runs it from its own test file, as store.contract.ts.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Store } from '../../src/store/index.js';
import { DwError } from '../../src/errors.js';
import type { Exchange } from '../../src/schema/index.js';
import { A1, ex } from './store.contract.js';

/** Valid exchanges (they pass the schema) with what a typed column path could get wrong. */
const VALID: Exchange[] = [
  ...A1,
  ex({ id: 'v1', ts: '2026-02-01T12:00:00.123456+02:00', account_id: 'a9', input_tokens: 2 ** 40, output_tokens: 3, turn_index: 7, note: { a: [1, null, 'x'] }, prompt: 'quote " \\ and\nnewline, ünï 😀', tool_calls: 5, has_images: true }),
  ex({ id: 'v2', ts: '2026-12-31T23:59:60Z', account_id: 'a9', tool_names: [], max_tokens: 2 ** 52, latency_ms: 0.5, note: 3 }),
  ex({ id: 'v3', ts: '2026-02-01t12:00:00Z', account_id: 'a9', temperature: 1, channel: 'cloud:x', order: 'by', select: [1] }),
];

/** Values no typed column holds, and JSON nulls: only the exact path keeps them. */
const ODD: Exchange[] = [
  ex({ id: 'o1', ts: '2026-02-01T12:00:00.000Z', account_id: 'a8', turn_index: 2 ** 33, status: 'teapot', tool_names: ['ok', 7], org_id: null, vendor: null }),
  ex({ id: 'o2', ts: 'not a time', account_id: 'a8', vendor: { k: 1 } }),
];

const jsonl = (rows: readonly unknown[]): string => rows.map((r) => JSON.stringify(r)).join('\n') + '\n';

async function readBack(s: Store, rows: readonly Exchange[]): Promise<(Exchange | undefined)[]> {
  const out: (Exchange | undefined)[] = [];
  for (const r of rows) out.push((await s.exchangesOf(r.account_id, 1000)).find((x) => x.id === r.id));
  return out;
}

export function importContract(name: string, openStore: () => Promise<Store>): void {
  describe(`Store contract, bulk load: ${name}`, () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-import-'));
    const file = (n: string, text: string | Buffer): string => {
      const p = join(dir, n);
      writeFileSync(p, text);
      return p;
    };
    after(() => rmSync(dir, { recursive: true, force: true }));

    it('bulk-loads accepted exchanges so they read back exactly as written, skipping blank lines', async () => {
      const s = await openStore();
      const n = await s.importExchangesJsonl(file('valid.jsonl', `\n${jsonl(VALID)}  \n\n`), { expectRows: VALID.length });
      assert.equal(n, VALID.length);
      assert.deepEqual(await readBack(s, VALID), VALID);
      assert.equal((await s.counts()).exchanges, VALID.length);
      // Times land in the time column as appendExchanges puts them (offsets, a lower-case t; not 23:59:60).
      const t = await openStore();
      await t.appendExchanges(VALID);
      for (const a of ['a1', 'a2', 'a9']) assert.deepEqual(await s.activityOf(a, 'hour'), await t.activityOf(a, 'hour'), a);
      assert.equal((await s.activityOf('a9', 'day')).reduce((n, b) => n + b.exchanges, 0), 2);
      await t.close();
      await s.close();
    });

    it('keeps values a typed column cannot hold, JSON nulls and unreadable times, as appendExchanges does', async () => {
      const s = await openStore();
      const rows = [...VALID, ...ODD];
      await s.importExchangesJsonl(file('odd.jsonl', jsonl(rows)));
      assert.deepEqual(await readBack(s, rows), rows);
      await s.close();
    });

    it('reads gzip files and orders imported rows with appended ones by event time', async () => {
      const s = await openStore();
      await s.appendExchanges([ex({ id: 'p1', ts: '2026-02-01T09:30:00.000Z', account_id: 'a1' })]);
      await s.importExchangesJsonl(file('a1.jsonl.gz', gzipSync(jsonl(A1))), { expectRows: A1.length });
      const ids: string[] = [];
      for await (const b of s.scanExchanges()) ids.push(...b.map((x) => x.id));
      assert.deepEqual(ids, ['e4', 'p1', 'e1', 'e2', 'e3']);
      await s.close();
    });

    it('imports nothing when the file yields another count than expected, holds a line that is not JSON, or repeats a key', async () => {
      const s = await openStore();
      const isStoreError = (e: unknown): boolean => e instanceof DwError && e.code === 'DW_E_STORE';
      await assert.rejects(s.importExchangesJsonl(file('short.jsonl', jsonl(A1)), { expectRows: A1.length + 1 }), isStoreError);
      await assert.rejects(s.importExchangesJsonl(file('broken.jsonl', jsonl(A1) + '{"id": "x", "ts"\n')), isStoreError);
      await assert.rejects(s.importExchangesJsonl(join(dir, 'missing.jsonl')), isStoreError);
      // A repeated key is read differently by JSON.parse (last wins) and DuckDB: the caller appends instead.
      await assert.rejects(s.importExchangesJsonl(file('repeated.jsonl', jsonl(A1) + JSON.stringify(A1[0]).replace('"id":"e1"', '"id":"e1","id":"e9"') + '\n')), isStoreError);
      await assert.rejects(s.importExchangesJsonl(file('repeated2.jsonl', jsonl(A1) + '{"id":"e8","ts":"2026-02-01T10:00:00.000Z","account_id":"a1","model":"m","input_tokens":1,"output_tokens":1,"u":1,"u":2}\n')), isStoreError);
      assert.equal((await s.counts()).exchanges, 0);
      // still usable afterwards
      assert.equal(await s.importExchangesJsonl(file('again.jsonl', jsonl(A1)), { expectRows: A1.length }), A1.length);
      await s.close();
    });

  });
}
