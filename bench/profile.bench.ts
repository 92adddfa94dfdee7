// Bench: profile stage: EnrichedExchange → AccountState (addExchange), merge of partial states,
// serialized size, compared with DuckDB read_json + GROUP BY account_id measured in the same run
// (wall clock by the runner, CPU time here).
import type { Bench, BenchRow } from './harness.js';
import { BASELINE_DUCKDB, duckdbGroupBy, measure } from './baselines.js';
import { mulberry32 } from './gen-exchanges.js';
import type { AccountId, Exchange } from '../src/schema/index.js';
import { CAPABILITIES, ELICITATIONS, type EnrichedExchange } from '../src/enrich/types.js';
import { addExchange, emptyAccountState, mergeAccountStates, serializeAccountState, type AccountState } from '../src/profile/index.js';
import { addExchangeBatch } from '../src/profile/batch.js';
import { STATE_BYTES } from '../src/profile/layout.js';

export function syntheticEnriched(n: number, accounts: number, seed = 7): EnrichedExchange[] {
  const r = mulberry32(seed);
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  const out: EnrichedExchange[] = [];
  for (let i = 0; i < n; i++) {
    const a = Math.floor(r() * accounts);
    const caps = new Float32Array(CAPABILITIES.length);
    caps[Math.floor(r() * caps.length)] = 0.9;
    const eli = new Float32Array(ELICITATIONS.length);
    if (r() < 0.1) eli[0] = 0.7;
    const x = {
      id: `x${i}`, ts: '', account_id: `acct-${a}` as AccountId, model: r() < 0.8 ? 'model-a' : 'model-b', channel: r() < 0.7 ? 'api' : 'cloud:aws',
      conversation_id: `c${a}-${Math.floor(i / 50)}`, turn_index: Math.floor(r() * 4), input_tokens: Math.floor(r() * 3000), output_tokens: Math.floor(r() * 2000),
      max_tokens: 4096, thinking: r() < 0.2, status: r() < 0.02 ? 429 : 200, user_agent: 'sdk/1.0', ...(r() < 0.2 ? { tool_names: ['bash', 'read'], tool_calls: 1 } : {}),
    } as unknown as Exchange;
    const ip = `10.${a & 255}.${Math.floor(r() * 4)}.7`;
    out.push({
      x, tMs: t0 + i * 500,
      prompt: { hasText: true, chars: 400, script: 'latin', templateId: Math.floor(r() * 5000), elicitation: eli, capabilities: caps, simhash: Math.floor(r() * 1e9).toString(16) },
      net: { ip, prefix: ip.replace(/\.\d+$/, '.0/24'), asn: 64500 + (a % 50), netClass: 'residential', isRestrictedRegion: false },
    });
  }
  return out;
}

function cpuSeconds(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
}

/** CPU seconds of fn (process CPU time: GC and DuckDB threads included). */
async function cpuOf<T>(fn: () => Promise<T>): Promise<{ value: T; cpu: number }> {
  const c0 = cpuSeconds();
  const value = await fn();
  return { value, cpu: cpuSeconds() - c0 };
}

const bench: Bench = async (ctx) => {
  // A pool of enriched exchanges replayed as a stream: each round shifts the pool's times forward in
  // place (no copy per exchange: the pipeline hands addExchange a fresh object, it never copies one).
  const pool = syntheticEnriched(ctx.quick ? 50_000 : 100_000, ctx.quick ? 2_000 : 20_000);
  const rounds = ctx.quick ? 2 : 10;
  const n = pool.length * rounds;
  const span = (pool.at(-1)?.tMs ?? 0) - (pool[0]?.tMs ?? 0) + 1000;
  const times = pool.map((e) => e.tMs);
  const setRound = (r: number): void => {
    for (let i = 0; i < pool.length; i++) (pool[i] as { tMs: number }).tMs = times[i]! + r * span;
  };
  const run = (r0: number, r1: number, m = new Map<AccountId, AccountState>()): Map<AccountId, AccountState> => {
    for (let r = r0; r < r1; r++) {
      setRound(r);
      for (const e of pool) {
        let s = m.get(e.x.account_id);
        if (!s) m.set(e.x.account_id, (s = emptyAccountState(e.x.account_id)));
        addExchange(s, e);
      }
    }
    return m;
  };
  const runBatched = (r0: number, r1: number, m = new Map<AccountId, AccountState>()): Map<AccountId, AccountState> => {
    for (let r = r0; r < r1; r++) {
      setRound(r);
      addExchangeBatch(m, pool);
    }
    return m;
  };
  run(0, 1); // warm the JIT
  runBatched(0, 1);
  const rows: BenchRow[] = [];
  // The DuckDB peer once more, here, by CPU time: on a shared machine wall time includes waiting for a
  // core, so the CPU-time ratio is the comparison that holds (peer file: the run's baseline file).
  const file = await ctx.exchangesFile(ctx.quick ? 50_000 : 500_000);
  const duck = await cpuOf(() => duckdbGroupBy(file));
  const duckCpuRate = duck.value.rows / duck.cpu;
  rows.push({ name: 'peer (CPU time): duckdb read_json GROUP BY', items: duck.value.rows, unit: 'rows', seconds: duck.cpu, note: `${Math.round(duckCpuRate / 1000)}k rows per CPU-second` });
  const c0 = cpuSeconds();
  const a = await measure(async () => run(0, rounds));
  const cpu = cpuSeconds() - c0;
  const accounts = a.value.size;
  rows.push({ name: `profile: addExchange (${accounts} accounts)`, items: n, unit: 'exchanges', seconds: a.seconds, peakRssMiB: a.peakRssMiB, baseline: BASELINE_DUCKDB, note: `${Math.round(n / cpu / 1000)}k exchanges per CPU-second = ${(n / cpu / duckCpuRate).toFixed(2)} of the DuckDB peer's CPU-time rate` });
  const c1 = cpuSeconds();
  const b = await measure(async () => runBatched(0, rounds));
  const cpuB = cpuSeconds() - c1;
  rows.push({ name: `profile: addExchangeBatch, ${pool.length} a batch`, items: n, unit: 'exchanges', seconds: b.seconds, peakRssMiB: b.peakRssMiB, baseline: BASELINE_DUCKDB, note: `${Math.round(n / cpuB / 1000)}k exchanges per CPU-second = ${(n / cpuB / duckCpuRate).toFixed(2)} of the DuckDB peer's CPU-time rate` });
  const left = run(0, rounds >> 1);
  const right = run(rounds >> 1, rounds);
  setRound(0);
  const m = await measure(async () => {
    let k = 0;
    for (const [id, s] of left) {
      const t = right.get(id);
      if (t) {
        mergeAccountStates(s, t);
        k++;
      }
    }
    return k;
  });
  rows.push({ name: 'profile: mergeAccountStates (two halves)', items: m.value, unit: 'merges', seconds: m.seconds, peakRssMiB: m.peakRssMiB });
  const states = [...a.value.values()];
  const sz = await measure(async () => states.reduce((t, s) => t + JSON.stringify(serializeAccountState(s)).length, 0));
  rows.push({ name: 'profile: serialize state to JSON', items: states.length, unit: 'states', seconds: sz.seconds, note: `mean ${(sz.value / states.length / 1024).toFixed(1)} KiB JSON per account; ${STATE_BYTES} bytes in memory` });
  return rows;
};

export default bench;
