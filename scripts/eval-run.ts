// Scripts' shared step: one world's files → the real analyze (in-process, streaming, store on) →
// report.json checked against its schema → scored against labels.jsonl (src/eval). Writes
// analyze.log and metrics.json beside the report in runDir.
import { createReadStream, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { runAnalyze, type AnalyzeSummary } from '../src/cli/commands/analyze.js';
import { labelMap, startEvaluation, type Metrics } from '../src/eval/index.js';
import { validateRecord, type Report } from '../src/schema/index.js';
import { parseLabel, type Label } from '../src/eval/labels.js';

export interface WorldFiles {
  readonly exchanges: string;
  /** Absent: analyze without an account registry. */
  readonly accounts?: string;
  readonly actors?: string;
  readonly labels: string;
  readonly runDir: string;
  readonly config?: string;
}

export async function readLabels(path: string): Promise<Label[]> {
  const out: Label[] = [];
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(path), crlfDelay: Infinity })) {
    n++;
    if (line.trim() === '') continue;
    const r = parseLabel(line, { source: path, line: n });
    if (!r.ok) throw new Error(`${path}:${n}: ${r.rejected.reason}`);
    out.push(r.value);
  }
  return out;
}

export async function analyzeAndScore(w: WorldFiles): Promise<{ report: Report; metrics: Metrics; summary: AnalyzeSummary }> {
  const logLines: string[] = [];
  const summary = await runAnalyze(
    { exchanges: w.exchanges, ...(w.accounts ? { accounts: w.accounts } : {}), ...(w.actors ? { actors: w.actors } : {}), ...(w.config ? { config: w.config } : {}), out: w.runDir, stream: true },
    (s) => logLines.push(s),
  );
  writeFileSync(join(w.runDir, 'analyze.log'), logLines.join('\n') + '\n');
  const reportPath = summary.reportPath;
  const rv = validateRecord('report', JSON.parse(readFileSync(reportPath, 'utf8')) as unknown, { source: reportPath, line: 1 });
  if (!rv.ok) throw new Error(`${reportPath}: report does not satisfy report.schema.json: ${rv.rejected.reason}`);
  const report = rv.value;
  const ev = startEvaluation(report, labelMap(await readLabels(w.labels)));
  for await (const line of createInterface({ input: createReadStream(w.exchanges), crlfDelay: Infinity })) {
    if (line.length === 0) continue;
    const x = JSON.parse(line) as { account_id?: unknown; ts?: unknown };
    if (typeof x.account_id === 'string' && typeof x.ts === 'string') ev.addExchange({ account_id: x.account_id, ts: x.ts });
    else ev.addUnreadable();
  }
  const metrics = ev.finish();
  writeFileSync(join(w.runDir, 'metrics.json'), JSON.stringify(metrics, null, 2) + '\n');
  return { report, metrics, summary };
}

/** Replaces the text between `<!-- name:start … -->` and `<!-- name:end -->` in doc with body (or appends the block). */
export function spliceDoc(doc: string, name: string, command: string, body: string): void {
  const start = `<!-- ${name}:start (written by ${command} -- --doc) -->`;
  const end = `<!-- ${name}:end -->`;
  const text = existsSync(doc) ? readFileSync(doc, 'utf8') : '';
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  const block = `${start}\n${body.endsWith('\n') ? body : `${body}\n`}${end}`;
  writeFileSync(doc, a >= 0 && b > a ? text.slice(0, a) + block + text.slice(b + end.length) : `${text}\n${block}\n`);
}
