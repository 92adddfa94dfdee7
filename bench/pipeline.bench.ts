// Bench: the whole analyze data flow on a simulated world (src/sim writeWorld, seeds-2026): the
// streaming pass (parse + validate + enrich + profile + link index), one evaluation (score, link,
// attribute, respond) apart, then `analyze --stream` end to end (checkpoints, bulk store, report).
// Without ../shared/data the pass runs on the generated peer file, without the network lists.
import { join } from 'node:path';
import { readFileSync, rmSync, statSync } from 'node:fs';
import type { Bench, BenchRow } from './harness.js';
import { BASELINE_READLINE, measure, readlineJsonParse } from './baselines.js';
import { hasMaterial, writeWorld } from '../src/sim/index.js';
import { loadNetTables } from '../src/enrich/network/index.js';
import { newCounts, openDeadLetter, readExchangeBatches, readRecords } from '../src/ingest/index.js';
import { createAnalysis, type AnalysisOptions } from '../src/pipeline/analysis.js';
import { createStreamRunner, DEFAULT_STREAM_OPTIONS } from '../src/pipeline/stream.js';
import { runAnalyze } from '../src/cli/commands/analyze.js';
import type { Account, AccountId, Actor } from '../src/schema/index.js';

const bench: Bench = async (ctx) => {
  const rows: BenchRow[] = [];
  const material = hasMaterial();
  const scale = ctx.quick ? 0.0005 : 0.002;
  let exchanges: string;
  let accountsFile: string | undefined;
  let actorsFile: string | undefined;
  let what: string;
  if (material) {
    const dir = join(ctx.tmpDir, 'pipeline-world');
    await writeWorld({ scenario: 'seeds-2026', seed: 1, scale, outDir: dir });
    exchanges = join(dir, 'exchanges.jsonl');
    accountsFile = join(dir, 'accounts.jsonl');
    actorsFile = join(dir, 'actors.jsonl');
    what = `seeds-2026 scale ${scale}`;
  } else {
    exchanges = await ctx.exchangesFile(ctx.quick ? 50_000 : 200_000);
    what = 'generated peer file, no network lists (no ../shared/data)';
  }

  const deadLetter = openDeadLetter(undefined);
  const accounts = new Map<AccountId, Account>();
  const actors: Actor[] = [];
  if (accountsFile) for await (const a of readRecords('account', accountsFile, { deadLetter, counts: newCounts() })) accounts.set(a.account_id, a);
  if (actorsFile) for await (const a of readRecords('actor', actorsFile, { deadLetter, counts: newCounts() })) actors.push(a);
  const netTables = loadNetTables({ requireLists: material });

  // 0. The readline+JSON.parse peer on this very file (world lines are longer than the peer file's).
  const peer = await measure(async () => (await readlineJsonParse(exchanges)).lines);
  const peerRate = peer.value / peer.seconds;
  const bytesPerLine = statSync(exchanges).size / Math.max(1, peer.value);

  // 1. The pass: every exchange read, validated, enriched, profiled and indexed for linking.
  const analysis = createAnalysis({ netTables, accounts, actors });
  const pass = await measure(async () => {
    let n = 0;
    for await (const batch of readExchangeBatches(exchanges, { deadLetter, counts: newCounts() })) {
      for (const x of batch) analysis.push(x);
      n += batch.length;
    }
    return n;
  });
  rows.push({
    name: `pipeline: pass (parse+validate+enrich+profile+link index), ${what}`,
    items: pass.value, unit: 'exchanges', seconds: pass.seconds, peakRssMiB: pass.peakRssMiB, baseline: BASELINE_READLINE,
    note: `${bytesPerLine.toFixed(0)} B/line; readline+JSON.parse on this file: ${Math.round(peerRate)} lines/s, pass ratio to it ${(pass.value / pass.seconds / peerRate).toFixed(3)}`,
  });

  // 2. One evaluation over everything pushed (a streaming run does this at every checkpoint).
  const ev = await measure(async () => analysis.evaluate().verdicts.length);
  rows.push({
    name: 'pipeline: evaluate once (score+link+attribute+respond)', items: ev.value, unit: 'accounts', seconds: ev.seconds, peakRssMiB: ev.peakRssMiB,
    note: `${pass.value} exchanges, ${ev.value} accounts; a --stream run evaluates at every ${DEFAULT_STREAM_OPTIONS.cadenceMs / 3_600_000} h event-time checkpoint`,
  });

  // 2b. The streaming pass with its 6 h checkpoints (no store, no report), before and after the
  // re-link rework, in this run on this file: before = a graph built from scratch at every
  // checkpoint; after = the reused graph build with graphology's Louvain, and with the typed-array
  // Louvain (the default).
  const streamRun = async (link: AnalysisOptions['link']) => {
    const a = createAnalysis({ netTables, accounts, actors, options: { link } });
    let evalS = 0;
    const ev0 = a.evaluate;
    a.evaluate = () => {
      const t = performance.now();
      const r = ev0();
      evalS += (performance.now() - t) / 1000;
      return r;
    };
    const runner = createStreamRunner(a);
    let n = 0;
    for await (const batch of readExchangeBatches(exchanges, { deadLetter, counts: newCounts() })) {
      for (const x of batch) runner.push(x);
      n += batch.length;
    }
    const r = runner.finish();
    return { n, evalS, checkpoints: r.checkpoints, campaigns: r.final.campaigns.length };
  };
  const before = await measure(async () => streamRun({ communityEngine: 'graphology', reuseGraph: false }));
  const after = await measure(async () => streamRun({ communityEngine: 'graphology' }));
  const typed = await measure(async () => streamRun({}));
  for (const [label, m] of [['before', before], ['after, graphology Louvain,', after], ["after (default: communityEngine 'typed')", typed]] as const)
    rows.push({
      name: `pipeline: --stream pass with checkpoints (no store/report), ${label} the re-link rework`,
      items: m.value.n, unit: 'exchanges', seconds: m.seconds, peakRssMiB: m.peakRssMiB, baseline: BASELINE_READLINE,
      note: `${m.value.checkpoints} checkpoints, ${m.value.evalS.toFixed(1)} s in them (${(m.value.evalS / m.value.checkpoints * 1000).toFixed(0)} ms each); ${m.value.campaigns} campaigns at the end`,
    });

  // 3. analyze --stream end to end, as `npm run demo` and eval:scenarios run it (store on, bulk-loaded).
  if (material && accountsFile && actorsFile) {
    const out = join(ctx.tmpDir, 'pipeline-analyze');
    let split = '';
    const e2e = await measure(async () => {
      const s = await runAnalyze({ exchanges, accounts: accountsFile, actors: actorsFile, out, stream: true }, () => {});
      const t = (JSON.parse(readFileSync(s.reportPath, 'utf8')) as { timings_s?: Record<string, number> }).timings_s ?? {};
      split = Object.entries(t).map(([k, v]) => `${k} ${v.toFixed(1)} s`).join(', ');
      return s.counts.exchanges?.accepted ?? 0;
    });
    rows.push({
      name: `pipeline: analyze --stream end to end (store, report), ${what}`,
      items: e2e.value, unit: 'exchanges', seconds: e2e.seconds, peakRssMiB: e2e.peakRssMiB, baseline: BASELINE_READLINE,
      note: `ratio to readline+JSON.parse on this file ${(e2e.value / e2e.seconds / peerRate).toFixed(3)}; includes loading the network tables and every checkpoint evaluation (${split})`,
    });
    rmSync(out, { recursive: true, force: true });
  }
  return rows;
};

export default bench;
