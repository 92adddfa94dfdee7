// CLI `distillwatch simulate`: writes a simulated traffic world (src/sim) — exchanges sorted by ts,
// accounts, actors, labels, manifest — or, with --leak-scan DIR, checks a written world's static fields.
import type { Command } from 'commander';
import { DwError } from '../../errors.js';
import { DEFAULT_SCALE, DEFAULT_SCENARIO, DEFAULT_SEED, SCENARIO_NAMES, leakScanDir, writeWorld } from '../../sim/index.js';

interface SimulateFlags {
  scenario: string;
  scale: string;
  seed: string;
  out: string;
  material?: string;
  gzip?: boolean;
  leakScan?: string;
  quiet?: boolean;
}

export function register(program: Command): void {
  program
    .command('simulate')
    .description('generate a simulated traffic world on real material (exchanges, accounts, actors, labels, manifest)')
    .option('--scenario <name>', `scenario: ${SCENARIO_NAMES.join(', ')}`, DEFAULT_SCENARIO)
    .option('--scale <s>', 'scale (1 = the seed incident: ≥16M attack and ≥50M benign exchanges)', String(DEFAULT_SCALE))
    .option('--seed <n>', 'random seed (same seed, same world)', String(DEFAULT_SEED))
    .option('--out <dir>', 'output directory', 'out/world')
    .option('--material <dir>', 'real material directory (default: $DISTILLWATCH_MATERIAL or ../shared/data)')
    .option('--gzip', 'write exchanges.jsonl.gz')
    .option('--leak-scan <dir>', 'instead of generating: run the static-field leak scan on a written world')
    .option('--quiet', 'no progress output')
    .action(async (f: SimulateFlags) => {
      if (f.leakScan) {
        const { result, text } = await leakScanDir(f.leakScan);
        process.stdout.write(text + '\n');
        if (!result.ok) process.exitCode = 1;
        return;
      }
      const scale = Number(f.scale);
      const seed = Number(f.seed);
      if (!(scale > 0)) throw new DwError('DW_E_CONFIG', `--scale must be a positive number, got '${f.scale}'`);
      if (!Number.isInteger(seed)) throw new DwError('DW_E_CONFIG', `--seed must be an integer, got '${f.seed}'`);
      const t0 = Date.now();
      const r = await writeWorld({
        scenario: f.scenario,
        seed,
        scale,
        outDir: f.out,
        ...(f.material ? { materialDir: f.material } : {}),
        ...(f.gzip ? { gzip: true } : {}),
        ...(f.quiet ? {} : { onProgress: (n: number, ts: string) => process.stderr.write(`simulate: ${n} exchanges (at ${ts})\n`) }),
      });
      const secs = (Date.now() - t0) / 1000;
      const c = r.counts;
      process.stdout.write(
        `simulate: ${f.scenario} seed ${seed} scale ${scale}: ${r.world.accounts.length} accounts, ${c.exchanges} exchanges in ${secs.toFixed(1)} s → ${f.out}\n` +
          Object.entries(c.exchangesByPopulation)
            .sort((a, b) => b[1] - a[1])
            .map(([p, n]) => `  ${p.padEnd(30)} ${String(c.accountsByPopulation[p] ?? 0).padStart(7)} accounts ${String(n).padStart(10)} exchanges`)
            .join('\n') +
          '\n',
      );
    });
}
