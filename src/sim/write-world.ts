// Simulator I/O edge: writes a world to a directory — exchanges.jsonl(.gz) sorted by ts (streamed, with
// backpressure), accounts.jsonl, actors.jsonl, labels.jsonl and manifest.json.
import { createWriteStream, mkdirSync, writeFileSync, type WriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import { createGzip, type Gzip } from 'node:zlib';
import { DwError } from '../errors.js';
import { buildManifest, type WorldCounts } from './manifest.js';
import { mergeStreams } from './merge.js';
import { buildWorld, type World, type WorldOptions } from './world.js';

export interface WriteOptions extends WorldOptions {
  readonly outDir: string;
  readonly gzip?: boolean;
  /** Called every ~1M exchanges (progress). */
  readonly onProgress?: (exchanges: number, ts: string) => void;
}

export interface WriteResult {
  readonly world: World;
  readonly counts: WorldCounts;
  readonly manifest: Record<string, unknown>;
  readonly files: Record<string, string>;
}

/** Buffered line writer that honours backpressure. */
class LineSink {
  private buf: string[] = [];
  private size = 0;
  private readonly file: WriteStream;
  private readonly head: Gzip | WriteStream;
  constructor(path: string, gzip: boolean) {
    this.file = createWriteStream(path);
    this.head = gzip ? createGzip({ level: 6 }) : this.file;
    if (gzip) (this.head as Gzip).pipe(this.file);
  }
  async line(s: string): Promise<void> {
    this.buf.push(s);
    this.size += s.length;
    if (this.size >= 1 << 20) await this.flush();
  }
  async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('\n') + '\n';
    this.buf = [];
    this.size = 0;
    if (!this.head.write(chunk)) await once(this.head, 'drain');
  }
  async close(): Promise<void> {
    await this.flush();
    const done = once(this.file, 'finish');
    this.head.end();
    await done;
  }
}

function writeLines(path: string, rows: readonly unknown[]): void {
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + (rows.length > 0 ? '\n' : ''));
}

export async function writeWorld(o: WriteOptions): Promise<WriteResult> {
  const world = buildWorld(o);
  try {
    mkdirSync(o.outDir, { recursive: true });
  } catch (err) {
    throw new DwError('DW_E_IO', `cannot create ${o.outDir}: ${(err as Error).message}`);
  }
  const files = {
    exchanges: o.gzip ? 'exchanges.jsonl.gz' : 'exchanges.jsonl',
    accounts: 'accounts.jsonl',
    actors: 'actors.jsonl',
    labels: 'labels.jsonl',
    manifest: 'manifest.json',
  };
  writeLines(join(o.outDir, files.accounts), world.accounts.map((a) => a.account));
  writeLines(join(o.outDir, files.labels), world.accounts.map((a) => a.label));
  writeLines(join(o.outDir, files.actors), world.actors);

  const accountsByPopulation: Record<string, number> = {};
  const exchangesByPopulation: Record<string, number> = {};
  const exchangesByCampaign: Record<string, number> = {};
  for (const a of world.accounts) {
    const p = a.label.population ?? 'unknown';
    accountsByPopulation[p] = (accountsByPopulation[p] ?? 0) + 1;
    exchangesByPopulation[p] ??= 0;
  }
  const sink = new LineSink(join(o.outDir, files.exchanges), o.gzip ?? false);
  let n = 0;
  let firstTs: string | null = null;
  let lastTs: string | null = null;
  for (const { x, acc } of mergeStreams(world.accounts)) {
    await sink.line(JSON.stringify(x));
    n++;
    firstTs ??= x.ts;
    lastTs = x.ts;
    const p = acc.label.population ?? 'unknown';
    exchangesByPopulation[p] = (exchangesByPopulation[p] ?? 0) + 1;
    const c = acc.label.campaign_id;
    if (c) exchangesByCampaign[c] = (exchangesByCampaign[c] ?? 0) + 1;
    if (o.onProgress && n % 1_000_000 === 0) o.onProgress(n, x.ts);
  }
  await sink.close();
  const counts: WorldCounts = { accountsByPopulation, exchangesByPopulation, exchangesByCampaign, exchanges: n, firstTs, lastTs };
  const manifest = buildManifest(world, counts, files);
  writeFileSync(join(o.outDir, files.manifest), JSON.stringify(manifest, null, 2) + '\n');
  return { world, counts, manifest, files };
}
