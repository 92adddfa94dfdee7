// Bench: traffic-world simulator generation speed (exchanges/s, written to disk sorted by ts) for the
// default scenario, plain and gzip, with peak RSS; compared to the readline+JSON.parse peer.
// Scale 1 (≥66M exchanges) takes hours on 2 cores: the rate measured here is what extrapolates.
import { join } from 'node:path';
import { rmSync } from 'node:fs';
import type { Bench, BenchRow } from './harness.js';
import { measure } from './baselines.js';
import { hasMaterial, loadMaterial, writeWorld } from '../src/sim/index.js';

const bench: Bench = async (ctx) => {
  if (!hasMaterial()) return [{ name: 'sim: skipped (no ../shared/data material)', items: 0, unit: 'exchanges', seconds: 0 }];
  const material = loadMaterial();
  const rows: BenchRow[] = [];
  const scale = ctx.quick ? 0.001 : 0.01;
  for (const gzip of [false, true]) {
    if (gzip && ctx.quick) continue;
    const out = join(ctx.tmpDir, `sim-${gzip ? 'gz' : 'plain'}`);
    const m = await measure(async () => (await writeWorld({ scenario: 'seeds-2026', seed: 1, scale, outDir: out, gzip, material })).counts.exchanges);
    rows.push({
      name: `sim: seeds-2026 scale ${scale} → exchanges.jsonl${gzip ? '.gz' : ''} (sorted by ts)`,
      items: m.value,
      unit: 'exchanges',
      seconds: m.seconds,
      peakRssMiB: m.peakRssMiB,
      baseline: 'readline+JSON.parse',
      note: `scale 1 ≈ ${(m.seconds / scale / 3600).toFixed(1)} h at this rate`,
    });
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
};

export default bench;
