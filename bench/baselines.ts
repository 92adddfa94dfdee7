// Bench peers: the two throughputs every stage is compared to in the same run, on the same file:
// a bare readline + JSON.parse loop (lines/s) and DuckDB read_json + GROUP BY on one thread (rows/s).
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';

export const BASELINE_READLINE = 'readline+JSON.parse';
export const BASELINE_DUCKDB = 'duckdb read_json GROUP BY';

export interface Measured<T> {
  readonly value: T;
  readonly seconds: number;
  readonly peakRssMiB: number;
}

/** Times fn and samples RSS every 20 ms while it runs (peak includes the start and end). */
export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    const r = process.memoryUsage.rss();
    if (r > peak) peak = r;
  }, 20);
  const t0 = process.hrtime.bigint();
  try {
    const value = await fn();
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, seconds, peakRssMiB: peak / 1048576 };
  } finally {
    clearInterval(timer);
  }
}

/** The bare loop: read lines, parse each, touch one field so nothing is optimised away. */
export async function readlineJsonParse(path: string): Promise<{ lines: number; tokens: number }> {
  const rl = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  let lines = 0;
  let tokens = 0;
  for await (const line of rl) {
    if (line.length === 0) continue;
    const o = JSON.parse(line) as { input_tokens?: number };
    tokens += o.input_tokens ?? 0;
    lines++;
  }
  return { lines, tokens };
}

/** DuckDB reads the same JSONL and aggregates per account, on one thread. */
export async function duckdbGroupBy(path: string): Promise<{ rows: number; groups: number }> {
  // Loaded here, not at the top: every bench child imports this file for measure(), and loading
  // DuckDB's JS API alone slows a CPU-bound stage measured after it by 5-10 % (bench/prompt.bench.ts).
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    await con.run('SET threads=1');
    const q = `SELECT account_id, count(*) AS n, sum(input_tokens) AS t
      FROM read_json('${path.replaceAll("'", "''")}', format = 'newline_delimited') GROUP BY account_id`;
    const reader = await con.runAndReadAll(q);
    let rows = 0;
    const counts = reader.getColumns()[1] ?? [];
    for (const c of counts) rows += Number(c);
    return { rows, groups: reader.currentRowCount };
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

export interface BaselineResult {
  readonly name: string;
  readonly items: number;
  readonly unit: string;
  readonly seconds: number;
  readonly peakRssMiB: number;
  readonly perSecond: number;
}

/** Best (fastest) of `reps` runs: the peers get the same warm-up (JIT, page cache) the stages get. */
async function bestOf<T>(reps: number, fn: () => Promise<T>): Promise<Measured<T>> {
  let best: Measured<T> | undefined;
  for (let i = 0; i < Math.max(1, reps); i++) {
    const m = await measure(fn);
    if (best === undefined || m.seconds < best.seconds) best = { ...m, peakRssMiB: Math.max(m.peakRssMiB, best?.peakRssMiB ?? 0) };
  }
  return best as Measured<T>;
}

/** Measures both peers on path, each the best of `reps` runs (default 2; env BENCH_REPS). */
export async function measureBaselines(path: string, reps = Number(process.env.BENCH_REPS ?? 2)): Promise<BaselineResult[]> {
  const a = await bestOf(reps, () => readlineJsonParse(path));
  const b = await bestOf(reps, () => duckdbGroupBy(path));
  return [
    { name: BASELINE_READLINE, items: a.value.lines, unit: 'lines', seconds: a.seconds, peakRssMiB: a.peakRssMiB, perSecond: a.value.lines / a.seconds },
    { name: BASELINE_DUCKDB, items: b.value.rows, unit: 'rows', seconds: b.seconds, peakRssMiB: b.peakRssMiB, perSecond: b.value.rows / b.seconds },
  ];
}
