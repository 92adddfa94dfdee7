// Bench: could DuckDB take over part of the per-account profile on the batch path? Times, by CPU
// time on one DuckDB thread, the sketches that need no enrichment (counts, status mix, hour-of-day
// histogram, model×day counts, the log-scale inter-arrival histogram via LAG) over exchanges already
// in a table (as src/store holds them), next to the plain GROUP BY count. Compare with the
// addExchange rows of bench/profile.bench.ts (all sketches, per CPU-second). docs/scoring.md §9.
import { DuckDBInstance } from '@duckdb/node-api';
import type { Bench, BenchRow } from './harness.js';

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

const bench: Bench = async (ctx) => {
  const file = await ctx.exchangesFile(ctx.quick ? 50_000 : 500_000);
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  const rows: BenchRow[] = [];
  try {
    await con.run('SET threads=1');
    const time = async (name: string, sql: string, note: string): Promise<number> => {
      const c0 = cpuSeconds();
      const t0 = process.hrtime.bigint();
      const r = await con.runAndReadAll(sql);
      const cpu = cpuSeconds() - c0;
      const n = Number(r.getColumns()[0]?.[0] ?? 0) || 0;
      rows.push({ name, items: n, unit: 'rows', seconds: Number(process.hrtime.bigint() - t0) / 1e9, note: `${Math.round(n / cpu / 1000)}k rows per CPU-second; ${note}` });
      return n;
    };
    const c0 = cpuSeconds();
    await con.run(`CREATE TABLE ex AS SELECT * FROM read_json('${file.replaceAll("'", "''")}', format = 'newline_delimited')`);
    const loadCpu = cpuSeconds() - c0;
    await time('duckdb: GROUP BY account_id count (table)', 'SELECT sum(n) FROM (SELECT account_id, count(*) AS n FROM ex GROUP BY account_id)', `load of the JSONL into the table took ${loadCpu.toFixed(2)} CPU-s`);
    await time(
      'duckdb: raw-field sketches per account (table)',
      `WITH g AS (SELECT account_id, epoch_ms(ts::TIMESTAMPTZ) AS t, status, model,
         epoch_ms(ts::TIMESTAMPTZ) - lag(epoch_ms(ts::TIMESTAMPTZ)) OVER (PARTITION BY account_id ORDER BY ts) AS gap FROM ex),
       a AS (SELECT account_id, count(*) AS n, sum((status >= 400)::INT) AS errors, histogram(hour(to_timestamp(t / 1000))) AS hod,
         histogram(floor(4 * log2(gap + 1))) AS gaps, histogram(model || '|' || (t // 86400000)::VARCHAR) AS model_days FROM g GROUP BY account_id)
       SELECT sum(n) FROM a`,
      'counts, error count, hour-of-day, gap and model×day histograms',
    );
  } finally {
    con.closeSync();
    db.closeSync();
  }
  return rows;
};

export default bench;
