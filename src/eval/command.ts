// CLI `distillwatch eval --report R --labels L [--exchanges F] [--out DIR]`: scores a report against
// ground-truth labels, prints a table and writes metrics.json. The only command that reads labels; it
// lives with the evaluator so that ground truth never enters src/cli (registered by cli/main.ts).
import { createReadStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import type { Command } from 'commander';
import { DwError } from '../errors.js';
import { validateRecord } from '../schema/index.js';
import { createProgress } from '../util/progress.js';
import { formatMetrics } from './format.js';
import { startEvaluation } from './evaluate.js';
import { parseLabel, type Label } from './labels.js';

async function* lines(path: string): AsyncGenerator<string> {
  let input: Readable = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  const rl = createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of rl) yield line;
  } catch (err) {
    throw new DwError('DW_E_IO', `cannot read ${path}: ${(err as Error).message}`);
  }
}

async function readLabels(path: string): Promise<Map<string, Label>> {
  const labels = new Map<string, Label>();
  let n = 0;
  let bad = 0;
  let dup = 0;
  for await (const line of lines(path)) {
    n++;
    if (line.trim() === '') continue;
    const r = parseLabel(line, { source: path, line: n });
    if (!r.ok) {
      if (bad++ < 5) process.stderr.write(`eval: skipping label ${path}:${n}: ${r.rejected.code}: ${r.rejected.reason}\n`);
      continue;
    }
    if (labels.has(r.value.account_id)) dup++;
    labels.set(r.value.account_id, r.value);
  }
  if (bad > 0) process.stderr.write(`eval: ${bad} label lines rejected\n`);
  if (dup > 0) process.stderr.write(`eval: ${dup} accounts labelled more than once (the last label is used)\n`);
  if (labels.size === 0) throw new DwError('DW_E_EMPTY', `${path}: no valid labels`);
  return labels;
}

async function readReport(path: string) {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    throw new DwError('DW_E_IO', `cannot read report ${path}: ${(err as Error).message}`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new DwError('DW_E_JSON', `report is not valid JSON: ${(err as Error).message}`, { source: path, line: 1 });
  }
  const r = validateRecord('report', value, { source: path, line: 1 });
  if (!r.ok) throw new DwError('DW_E_SCHEMA', `report does not satisfy report.schema.json: ${r.rejected.reason}`, r.rejected.ref);
  return r.value;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score a report against ground-truth labels: precision/recall, FPR per population, campaign ARI, attribution, detection delay')
    .requiredOption('--report <file>', 'report.json of a run')
    .requiredOption('--labels <file>', 'labels JSONL (labels.schema.json), plain or .gz')
    .option('--exchanges <file>', 'the world\'s exchanges JSONL (plain or .gz), streamed for detection delay')
    .option('--out <dir>', 'where metrics.json goes (default: the report\'s directory)')
    .action(async (o: { report: string; labels: string; exchanges?: string; out?: string }) => {
      const report = await readReport(o.report);
      const labels = await readLabels(o.labels);
      const ev = startEvaluation(report, labels);
      if (o.exchanges !== undefined) {
        const progress = createProgress('exchanges');
        let n = 0;
        for await (const line of lines(o.exchanges)) {
          if (line.length === 0) continue;
          if ((++n & 0xffff) === 0) progress.tick(n);
          let x: unknown;
          try {
            x = JSON.parse(line);
          } catch {
            ev.addUnreadable();
            continue;
          }
          const r = x as { account_id?: unknown; ts?: unknown } | null;
          if (r !== null && typeof r === 'object' && typeof r.account_id === 'string' && typeof r.ts === 'string') {
            ev.addExchange({ account_id: r.account_id, ts: r.ts });
          } else ev.addUnreadable();
        }
        progress.done(n);
      }
      const metrics = ev.finish();
      const outDir = o.out ?? dirname(o.report);
      await mkdir(outDir, { recursive: true });
      const file = join(outDir, 'metrics.json');
      await writeFile(file, JSON.stringify(metrics, null, 2) + '\n');
      process.stdout.write(formatMetrics(metrics));
      process.stdout.write(`wrote ${file}\n`);
    });
}
