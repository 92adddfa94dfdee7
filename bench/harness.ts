// Benchmark contract: every bench/<name>.bench.ts default-exports a Bench. bench/run.ts discovers and
// runs them in one process, after the peer baselines, and prints one table. Timings never go in tests.

export interface BenchRow {
  /** What was measured, e.g. 'ingest: exchange JSONL → validated Exchange'. */
  readonly name: string;
  /** Items processed (lines, prompts, accounts, edges...). */
  readonly items: number;
  readonly unit: string;
  readonly seconds: number;
  /** Peak RSS in MiB seen during the measurement, where measured. */
  readonly peakRssMiB?: number;
  /** Name of the baseline (see BenchContext.baselines) this row is compared to, if any. */
  readonly baseline?: string;
  readonly note?: string;
}

export interface BenchContext {
  /** Path of a generated exchange JSONL with n lines of ~400 bytes (cached per run). */
  exchangesFile(n: number): Promise<string>;
  /** Measured peer throughputs in items/s of this run, by name ('readline+JSON.parse', 'duckdb read_json GROUP BY'). */
  readonly baselines: ReadonlyMap<string, number>;
  /** A smaller, faster run (BENCH_QUICK=1). */
  readonly quick: boolean;
  /** A scratch directory for this run. */
  readonly tmpDir: string;
}

export type Bench = (ctx: BenchContext) => Promise<BenchRow[]>;
