// Bench: profile stage: EnrichedExchange → AccountState (addExchange), merge of partial states,
// serialized size, compared with DuckDB read_json + GROUP BY account_id measured in the same run.
import type { Bench, BenchRow } from './harness.js';
import { BASELINE_DUCKDB, measure } from './baselines.js';
import { mulberry32 } from './gen-exchanges.js';
import type { AccountId, Exchange } from '../src/schema/index.js';
import { CAPABILITIES, ELICITATIONS, type EnrichedExchange } from '../src/enrich/types.js';
import { addExchange, emptyAccountState, mergeAccountStates, serializeAccountState, type AccountState } from '../src/profile/index.js';

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

const bench: Bench = async (ctx) => {
  // A pool of enriched exchanges replayed with shifted times, as a stream: the pipeline never holds
  // a million enriched exchanges at once, and holding them here would make the GC the measurement.
  const pool = syntheticEnriched(ctx.quick ? 50_000 : 100_000, ctx.quick ? 2_000 : 20_000);
  const rounds = ctx.quick ? 2 : 10;
  const n = pool.length * rounds;
  const span = (pool.at(-1)?.tMs ?? 0) - (pool[0]?.tMs ?? 0) + 1000;
  const run = (r0: number, r1: number, m = new Map<string, AccountState>()): Map<string, AccountState> => {
    for (let r = r0; r < r1; r++) {
      for (const e0 of pool) {
        const e = r === 0 ? e0 : { ...e0, tMs: e0.tMs + r * span };
        let s = m.get(e.x.account_id);
        if (!s) m.set(e.x.account_id, (s = emptyAccountState(e.x.account_id)));
        addExchange(s, e);
      }
    }
    return m;
  };
  run(0, 1); // warm the JIT
  const rows: BenchRow[] = [];
  const c0 = cpuSeconds();
  const a = await measure(async () => run(0, rounds));
  const cpu = cpuSeconds() - c0;
  const accounts = a.value.size;
  // On a shared machine wall time includes waiting for a core; CPU time says what the code costs.
  rows.push({ name: `profile: addExchange (${accounts} accounts)`, items: n, unit: 'exchanges', seconds: a.seconds, peakRssMiB: a.peakRssMiB, baseline: BASELINE_DUCKDB, note: `${Math.round(n / cpu / 1000)}k exchanges per CPU-second (process CPU time, GC threads included)` });
  const left = run(0, rounds >> 1);
  const right = run(rounds >> 1, rounds);
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
  rows.push({ name: 'profile: serialize state to JSON', items: states.length, unit: 'states', seconds: sz.seconds, note: `mean ${(sz.value / states.length / 1024).toFixed(1)} KiB JSON per account` });
  void ctx.baselines.get(BASELINE_DUCKDB);
  return rows;
};

export default bench;
