// `npm run bench [names...]`: measures the two peer baselines, then every bench/*.bench.ts on one
// generated file, each bench in a fresh child process (a bench must not pay for the heap an earlier
// one left behind), and prints one table (+ out/bench-results.json). BENCH_QUICK=1: small sizes.
import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, mkdir, writeFile, readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, dirname, basename } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Bench, BenchContext, BenchRow } from './harness.js';
import { measureBaselines, measure, type BaselineResult } from './baselines.js';
import { writeExchangesFile } from './gen-exchanges.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const quick = process.env.BENCH_QUICK === '1';
/** Lines of the baseline file; benches that call exchangesFile(BASELINE_LINES) share it. */
const BASELINE_LINES = Number(process.env.BENCH_LINES ?? (quick ? 50_000 : 500_000));

interface ResultRow extends BenchRow {
  readonly bench: string;
  readonly perSecond: number;
  readonly ratio?: number;
}

function fmtRate(x: number): string {
  if (x >= 1e6) return `${(x / 1e6).toFixed(2)}M`;
  if (x >= 1e3) return `${(x / 1e3).toFixed(1)}k`;
  return x.toFixed(1);
}

function table(headers: string[], rows: string[][]): string {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i] ?? 0) : c.padStart(w[i] ?? 0))).join('  ');
  return [line(headers), w.map((n) => '-'.repeat(n)).join('  '), ...rows.map(line)].join('\n');
}

/** Generated exchange files in tmpDir, shared by the parent and its children (made once, by whoever asks first). */
function exchangesFiles(tmpDir: string): (n: number) => Promise<string> {
  const files = new Map<number, Promise<string>>();
  return (n: number): Promise<string> => {
    let p = files.get(n);
    if (!p) {
      const path = join(tmpDir, `exchanges-${n}.jsonl`);
      p = stat(path).then(
        () => path,
        () => writeExchangesFile(path, n).then(() => path),
      );
      files.set(n, p);
    }
    return p;
  };
}

interface ChildJob {
  readonly file: string;
  readonly tmpDir: string;
  readonly baselines: [string, number][];
  readonly out: string;
}

/** In a child: run one bench file and write its rows (with the peak RSS of this process) to job.out. */
async function child(job: ChildJob): Promise<void> {
  const ctx: BenchContext = { exchangesFile: exchangesFiles(job.tmpDir), baselines: new Map(job.baselines), quick, tmpDir: job.tmpDir };
  const mod = (await import(pathToFileURL(join(HERE, job.file)).href)) as { default?: Bench };
  if (typeof mod.default !== 'function') throw new Error('no default-exported Bench');
  const run = mod.default;
  const m = await measure(() => run(ctx));
  await writeFile(job.out, JSON.stringify({ rows: m.value, peakRssMiB: m.peakRssMiB }));
}

async function main(): Promise<void> {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  const tmpDir = await mkdtemp(join(tmpdir(), 'distillwatch-bench-'));
  const exchangesFile = exchangesFiles(tmpDir);

  const cpu = cpus();
  const machine = {
    cpus: cpu.length,
    cpuModel: cpu[0]?.model ?? 'unknown',
    memGiB: +(totalmem() / 2 ** 30).toFixed(1),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
  };
  process.stdout.write(`machine: ${machine.cpus} x ${machine.cpuModel}, ${machine.memGiB} GiB, node ${machine.node}\n`);
  process.stdout.write(`mode: ${quick ? 'quick' : 'full'}; baseline file: ${BASELINE_LINES} lines\n`);

  try {
    const basePath = await exchangesFile(BASELINE_LINES);
    const bytes = (await stat(basePath)).size;
    process.stdout.write(`generated ${basePath} (${(bytes / 2 ** 20).toFixed(1)} MiB, ${(bytes / BASELINE_LINES).toFixed(0)} B/line)\n`);
    const base: BaselineResult[] = await measureBaselines(basePath);
    const baselines = new Map(base.map((b) => [b.name, b.perSecond]));

    const names = (await readdir(HERE)).filter((f) => f.endsWith('.bench.ts')).sort();
    const chosen = names.filter((f) => filters.length === 0 || filters.some((q) => f.includes(q)));
    const rows: ResultRow[] = [];
    const failures: { bench: string; error: string }[] = [];
    for (const f of chosen) {
      const bench = basename(f, '.bench.ts');
      process.stdout.write(`running ${bench}...\n`);
      try {
        const job: ChildJob = { file: f, tmpDir, baselines: [...baselines], out: join(tmpDir, `rows-${bench}.json`) };
        try {
          await promisify(execFile)(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', JSON.stringify(job)], { maxBuffer: 64 * 2 ** 20, env: process.env });
        } catch (err) {
          const e = err as { stderr?: string; message: string };
          throw new Error(e.stderr && e.stderr.length > 0 ? e.stderr : e.message);
        }
        const m = JSON.parse(await readFile(job.out, 'utf8')) as { rows: BenchRow[]; peakRssMiB: number };
        for (const r of m.rows) {
          const perSecond = r.items / r.seconds;
          const b = r.baseline !== undefined ? baselines.get(r.baseline) : undefined;
          rows.push({
            ...r,
            bench,
            peakRssMiB: r.peakRssMiB ?? m.peakRssMiB,
            perSecond,
            ...(b !== undefined ? { ratio: perSecond / b } : {}),
          });
        }
      } catch (err) {
        const error = (err as Error).stack ?? String(err);
        failures.push({ bench, error });
        process.stderr.write(`bench ${bench} failed: ${error}\n`);
      }
    }

    const all = [
      ...base.map((b) => ({ name: `peer: ${b.name}`, items: b.items, unit: b.unit, seconds: b.seconds, perSecond: b.perSecond, peakRssMiB: b.peakRssMiB, ratio: undefined as number | undefined, baseline: '' })),
      ...rows.map((r) => ({ ...r, baseline: r.baseline ?? '' })),
    ];
    process.stdout.write('\n' + table(
      ['name', 'items', 'unit', 'seconds', 'items/s', 'peak RSS MiB', 'ratio', 'baseline'],
      all.map((r) => [
        r.name,
        String(r.items),
        r.unit,
        r.seconds.toFixed(3),
        fmtRate(r.perSecond),
        r.peakRssMiB !== undefined ? r.peakRssMiB.toFixed(0) : '',
        r.ratio !== undefined ? r.ratio.toFixed(2) : '',
        r.baseline,
      ]),
    ) + '\n');
    for (const r of rows) if (r.note) process.stdout.write(`note (${r.name}): ${r.note}\n`);

    const outDir = join(HERE, '..', 'out');
    await mkdir(outDir, { recursive: true });
    const outFile = join(outDir, 'bench-results.json');
    await writeFile(outFile, JSON.stringify({ at: new Date().toISOString(), machine, quick, baselineLines: BASELINE_LINES, baselines: base, rows, failures }, null, 2) + '\n');
    process.stdout.write(`wrote ${outFile}\n`);
    if (failures.length > 0) process.exitCode = 1;
  } finally {
    await rm(tmpDir, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf('--child');
if (at >= 0) await child(JSON.parse(process.argv[at + 1] as string) as ChildJob);
else await main();
