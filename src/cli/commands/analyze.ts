// `distillwatch analyze`: the batch (and --stream) run of the whole data flow over files.
// I/O edge: reads the inputs, runs the pure pipeline, writes report.json, report.html, the
// dead-letter file and the DuckDB store, and prints the ingest counts.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import { DwError } from '../../errors.js';
import type { Account, AccountId, Actor, Exchange } from '../../schema/index.js';
import { identityFromFlags, newCounts, openDeadLetter, readExchangeBatches, readRecords, type IdentityFlags, type IngestCounts } from '../../ingest/index.js';
import { addIdentityOptions } from '../identity-options.js';
import { loadNetTables } from '../../enrich/network/index.js';
import { createAnalysis } from '../../pipeline/analysis.js';
import { createStreamRunner } from '../../pipeline/stream.js';
import { buildReport } from '../../report/build.js';
import { renderReportHtml } from '../../report/html.js';
import { openStore, type Store } from '../../store/index.js';
import { serializeAccountState } from '../../profile/index.js';
import { createProgress } from '../../util/progress.js';
import { loadConfig, type RunConfig } from '../config.js';

export interface AnalyzeArgs extends IdentityFlags {
  readonly exchanges: string;
  readonly accounts?: string;
  readonly actors?: string;
  readonly out: string;
  readonly format?: string;
  readonly stream?: boolean;
  readonly cadenceHours?: number;
  readonly db?: boolean;
  readonly material?: string;
  /** Run configuration file (JSON; `distillwatch config --defaults` prints every option). */
  readonly config?: string;
}

export interface AnalyzeSummary {
  readonly reportPath: string;
  readonly htmlPath: string;
  readonly counts: Readonly<Record<string, IngestCounts>>;
  readonly campaigns: number;
  readonly flagged: number;
}

const VERSION = '0.1.0';

/**
 * Exchanges into the store after the pass. When the ingest accepted every line, DuckDB reads the file
 * itself (several times faster than appending rows); otherwise the accepted ones are read again and appended.
 */
async function storeExchangesFile(store: Store, path: string, c: IngestCounts, log: (s: string) => void): Promise<void> {
  if (c.rejected === 0 && c.duplicates === 0 && c.skipped === 0) {
    try {
      await store.importExchangesJsonl(path, { expectRows: c.accepted });
      return;
    } catch (err) {
      log(`store: bulk load not used (${(err as Error).message}); appending rows`);
    }
  }
  for await (const batch of readExchangeBatches(path, { deadLetter: openDeadLetter(undefined), counts: newCounts() })) await store.appendExchanges(batch);
}

function line(c: IngestCounts): string {
  return `read ${c.read}, accepted ${c.accepted}, rejected ${c.rejected}, duplicates ${c.duplicates}`;
}

export async function runAnalyze(a: AnalyzeArgs, log: (s: string) => void = (s) => process.stderr.write(s + '\n')): Promise<AnalyzeSummary> {
  // The configuration first: a bad file fails the run before anything is read or written.
  const config: RunConfig = a.config !== undefined ? loadConfig(a.config) : { analysis: {}, stream: {} };
  mkdirSync(a.out, { recursive: true });
  const deadLetter = openDeadLetter(join(a.out, 'dead-letter.jsonl'));
  const counts: Record<string, IngestCounts> = {};
  const t0 = performance.now();
  const timings: Record<string, number> = {};

  const accounts = new Map<AccountId, Account>();
  if (a.accounts) {
    counts.accounts = newCounts();
    for await (const acc of readRecords('account', a.accounts, { deadLetter, counts: counts.accounts })) accounts.set(acc.account_id, acc);
  }
  const actors: Actor[] = [];
  if (a.actors) {
    counts.actors = newCounts();
    for await (const act of readRecords('actor', a.actors, { deadLetter, counts: counts.actors })) actors.push(act);
  }
  const tables = loadNetTables(a.material !== undefined ? { material: a.material } : {});
  timings.load = (performance.now() - t0) / 1000;

  const analysis = createAnalysis({ netTables: tables, accounts, actors, options: config.analysis });
  // Time the parts apart (wrapping here keeps the clock out of the pure pipeline).
  let evalMs = 0;
  let storeMs = 0;
  const evaluate = analysis.evaluate;
  analysis.evaluate = () => {
    const t = performance.now();
    const r = evaluate();
    evalMs += performance.now() - t;
    return r;
  };
  const runner = a.stream ? createStreamRunner(analysis, { ...config.stream, ...(a.cadenceHours ? { cadenceMs: a.cadenceHours * 3600_000 } : {}) }) : undefined;
  const store = a.db === false ? undefined : await openStore(join(a.out, 'distillwatch.duckdb'));
  if (store) await store.putAccounts([...accounts.values()]);

  counts.exchanges = newCounts();
  // A plain exchange JSONL file goes into the store in bulk after the pass (storeExchangesFile).
  const bulk = (a.format ?? 'exchange') === 'exchange' && /\.(jsonl|ndjson)(\.gz)?$/i.test(a.exchanges);
  const progress = createProgress('exchanges');
  const t1 = performance.now();
  let chosen = a.format ?? 'exchange';
  for await (const batch of readExchangeBatches(a.exchanges, {
    deadLetter,
    counts: counts.exchanges,
    format: a.format ?? 'exchange',
    identity: identityFromFlags(a),
    onFormat: (f) => {
      chosen = f;
      log(`format: ${f}`);
    },
  })) {
    for (const x of batch as Exchange[]) {
      if (runner) runner.push(x);
      else analysis.push(x);
    }
    if (store && !bulk) {
      const t = performance.now();
      await store.appendExchanges(batch);
      storeMs += performance.now() - t;
    }
    progress.tick(counts.exchanges.read);
  }
  progress.done(counts.exchanges.read);
  timings.pass = (performance.now() - t1) / 1000;
  if (store && bulk) {
    const t = performance.now();
    await storeExchangesFile(store, a.exchanges, counts.exchanges, log);
    storeMs += performance.now() - t;
  }
  timings.store_append = storeMs / 1000;
  timings.stream_checkpoints = evalMs / 1000;
  await deadLetter.close();
  if (counts.exchanges.accepted === 0 && counts.exchanges.read === 0) log(`warning: ${a.exchanges} holds no exchanges`);

  const t2 = performance.now();
  const streamed = runner?.finish();
  const result = streamed?.final ?? analysis.evaluate();
  timings.final_evaluation = (performance.now() - t2) / 1000;

  const report = buildReport(result, {
    generatedAt: new Date().toISOString(),
    version: VERSION,
    inputs: { exchanges: a.exchanges, format: chosen, ...(a.accounts ? { accounts: a.accounts } : {}), ...(a.actors ? { actors: a.actors } : {}) },
    ingest: { ...counts, dead_letter: deadLetter.path ?? null },
    options: { stream: Boolean(a.stream), ...(a.config !== undefined ? { config: a.config, configured: config } : {}), ...(streamed ? { checkpoints: streamed.checkpoints, late_events: streamed.late } : {}) },
    ...(streamed ? { firstAlert: streamed.firstAlert, alerts: streamed.alerts } : {}),
    timings,
    actors,
    ...(config.analysis.detect?.bands ? { bands: config.analysis.detect.bands } : {}),
    ...(config.analysis.policy?.memberMinEvidence !== undefined ? { memberMinEvidence: config.analysis.policy.memberMinEvidence } : {}),
  });
  const reportPath = join(a.out, 'report.json');
  const htmlPath = join(a.out, 'report.html');
  writeFileSync(reportPath, JSON.stringify(report, null, 1));
  writeFileSync(htmlPath, renderReportHtml(report));

  if (store) {
    const verdicts = new Map(report.accounts.map((r) => [r.account_id, r] as const));
    await store.putAccountStates(
      [...analysis.states].map(([id, s]) => {
        const v = verdicts.get(id);
        return { account_id: id, state: serializeAccountState(s), ...(v ? { score: v.score, verdict: v.verdict } : {}) };
      }),
    );
    await store.putCampaigns(report.campaigns);
    await store.putActions(result.actions);
    for (const e of result.audit) await store.appendAudit(e);
    await store.compact();
    await store.putRun({ run_id: `run-${Date.now()}`, command: 'analyze', finished_at: new Date().toISOString(), inputs: report.inputs, ingest: counts });
    await store.close();
  }
  for (const [k, c] of Object.entries(counts)) log(`${k}: ${line(c)}`);
  log(`accounts ${report.accounts.length}, flagged ${report.accounts.filter((x) => x.verdict !== 'benign').length}, campaigns ${report.campaigns.length}`);
  log(`wrote ${reportPath} and ${htmlPath}`);
  return { reportPath, htmlPath, counts, campaigns: report.campaigns.length, flagged: report.accounts.filter((x) => x.verdict !== 'benign').length };
}

export function register(program: Command): void {
  const cmd = program
    .command('analyze')
    .description('run every stage over logged exchanges and write report.json, report.html, the dead-letter file and the DuckDB store')
    .requiredOption('--exchanges <file>', "exchanges: JSONL (.gz ok, '-' for stdin), CSV or Parquet, or a gateway log with --format")
    .option('--accounts <file>', 'the account registry (JSONL)')
    .option('--actors <file>', 'the actor registry for attribution (JSONL or a JSON array)')
    .option('--format <format>', "format of --exchanges: exchange (default), auto, or an adapter id", 'exchange')
    .requiredOption('--out <dir>', 'output directory')
    .option('--stream', 'process in event-time order, re-evaluating on a cadence, and record each campaign\'s first alert')
    .option('--cadence-hours <h>', 'event-time hours between re-evaluations with --stream', (v) => {
      const n = Number(v);
      if (!(n > 0)) throw new DwError('DW_E_CONFIG', `--cadence-hours must be a positive number, got '${v}'`);
      return n;
    })
    .option('--no-db', 'do not write the DuckDB store')
    .option('--material <dir>', 'shared/data directory (network lists); default ../shared/data or $DISTILLWATCH_MATERIAL')
    .option('--config <file>', 'run configuration (JSON): verdict bands, prior, restricted regions, detectors to disable, link and policy options; see `distillwatch config --defaults`');
  addIdentityOptions(cmd).action(async (o: AnalyzeArgs) => {
      await runAnalyze(o);
    });
}
