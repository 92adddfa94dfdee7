// Bench: the embedded DuckDB store. Exchanges in: bulk load of the JSONL file with DuckDB's reader
// (importExchangesJsonl) vs the Appender (JSONL → JSON.parse → appendExchanges); then scans and lookups.
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import type { Bench, BenchRow } from './harness.js';
import { BASELINE_DUCKDB, BASELINE_READLINE, measure } from './baselines.js';
import { openStore } from '../src/store/index.js';
import type { Exchange } from '../src/schema/index.js';

const BATCH = 2048;

const bench: Bench = async (ctx) => {
  const rows: BenchRow[] = [];
  const n = Number(process.env.BENCH_LINES ?? (ctx.quick ? 50_000 : 500_000));
  const file = await ctx.exchangesFile(n);

  // 0. Bulk load: DuckDB reads the same file itself (what analyze does after its pass on a clean file).
  const bulk = await measure(async () => {
    const store = await openStore(join(ctx.tmpDir, 'bulk.duckdb'));
    const k = await store.importExchangesJsonl(file, { expectRows: n });
    await store.close();
    return k;
  });
  rows.push({ name: 'store: importExchangesJsonl (DuckDB reader → file)', items: bulk.value, unit: 'exchanges', seconds: bulk.seconds, peakRssMiB: bulk.peakRssMiB, baseline: BASELINE_READLINE });
  rows.push({ name: 'store: importExchangesJsonl vs DuckDB peer', items: bulk.value, unit: 'exchanges', seconds: bulk.seconds, peakRssMiB: bulk.peakRssMiB, baseline: BASELINE_DUCKDB });

  // 1. End to end: the same file as the peers, parsed and appended in batches of 2048.
  const e2e = await measure(async () => {
    const store = await openStore(join(ctx.tmpDir, 'e2e.duckdb'));
    const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
    let batch: Exchange[] = [];
    let count = 0;
    for await (const line of rl) {
      if (line.length === 0) continue;
      batch.push(JSON.parse(line) as Exchange);
      if (batch.length === BATCH) {
        await store.appendExchanges(batch);
        count += batch.length;
        batch = [];
      }
    }
    await store.appendExchanges(batch);
    count += batch.length;
    await store.close();
    return count;
  });
  rows.push({ name: 'store: JSONL → JSON.parse → appendExchanges (file)', items: e2e.value, unit: 'exchanges', seconds: e2e.seconds, peakRssMiB: e2e.peakRssMiB, baseline: BASELINE_READLINE });

  // 2. Append alone: objects already in memory (a smaller slice, to keep memory modest).
  const m = Math.min(n, ctx.quick ? 50_000 : 200_000);
  const objs: Exchange[] = [];
  const rl = createInterface({ input: createReadStream(file), crlfDelay: Infinity });
  for await (const line of rl) {
    if (objs.length >= m) break;
    if (line.length > 0) objs.push(JSON.parse(line) as Exchange);
  }
  rl.close();
  const store = await openStore(join(ctx.tmpDir, 'append.duckdb'));
  const app = await measure(async () => {
    for (let i = 0; i < objs.length; i += BATCH) await store.appendExchanges(objs.slice(i, i + BATCH));
  });
  rows.push({ name: 'store: appendExchanges (objects in memory)', items: objs.length, unit: 'exchanges', seconds: app.seconds, peakRssMiB: app.peakRssMiB, baseline: BASELINE_READLINE });

  // 3. Read back: ordered full scan rebuilding Exchange objects.
  const scan = await measure(async () => {
    let k = 0;
    for await (const b of store.scanExchanges(BATCH)) k += b.length;
    return k;
  });
  rows.push({ name: 'store: scanExchanges (ordered, → Exchange)', items: scan.value, unit: 'exchanges', seconds: scan.seconds, peakRssMiB: scan.peakRssMiB, baseline: BASELINE_DUCKDB });

  // 4. Console query: one account's latest 100 exchanges, repeated over 200 accounts.
  const q = await measure(async () => {
    for (let i = 0; i < 200; i++) await store.exchangesOf(`acct-${String(i * 7).padStart(5, '0')}`, 100);
    return 200;
  });
  rows.push({ name: 'store: exchangesOf(account, 100)', items: q.value, unit: 'queries', seconds: q.seconds, peakRssMiB: q.peakRssMiB });

  // 5. compact (sort by account, time), then the same lookups.
  const comp = await measure(() => store.compact());
  rows.push({ name: 'store: compact (sort by account, ts)', items: objs.length, unit: 'exchanges', seconds: comp.seconds, peakRssMiB: comp.peakRssMiB });
  const q2 = await measure(async () => {
    for (let i = 0; i < 200; i++) await store.exchangesOf(`acct-${String(i * 7).padStart(5, '0')}`, 100);
    return 200;
  });
  rows.push({ name: 'store: exchangesOf(account, 100) after compact', items: q2.value, unit: 'queries', seconds: q2.seconds, peakRssMiB: q2.peakRssMiB });
  await store.close();
  return rows;
};

export default bench;
