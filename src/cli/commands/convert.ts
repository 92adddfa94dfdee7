// `distillwatch convert`: a provider's log (LiteLLM, OTLP, Portkey, Helicone, raw OpenAI/Anthropic,
// or the contract itself) → exchange JSONL. I/O edge over src/ingest; rejects go to a dead-letter file.
import type { Command } from 'commander';
import { addIdentityOptions } from '../identity-options.js';
import { FORMATS, identityFromFlags, newCounts, openDeadLetter, openJsonlWriter, readExchangeBatches, type IdentityFlags, type IngestCounts } from '../../ingest/index.js';

export interface ConvertArgs extends IdentityFlags {
  readonly input: string;
  readonly format: string;
  readonly out: string;
  readonly deadLetter?: string | undefined;
  readonly dedupe?: boolean | undefined;
  readonly maxLineBytes?: number | undefined;
}

export function countsLine(c: IngestCounts): string {
  const codes = Object.entries(c.byCode)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');
  return `read ${c.read}, accepted ${c.accepted}, rejected ${c.rejected}${codes ? ` (${codes})` : ''}, duplicates ${c.duplicates}${c.skipped ? `, skipped ${c.skipped} non-exchange items` : ''}`;
}

/** Converts one input; returns the counts. Messages go to log (stderr by default). */
export async function runConvert(a: ConvertArgs, log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<IngestCounts> {
  const deadPath = a.deadLetter ?? (a.out !== '-' ? `${a.out}.dead-letter.jsonl` : undefined);
  const deadLetter = openDeadLetter(deadPath);
  const out = openJsonlWriter(a.out);
  const counts = newCounts();
  try {
    for await (const batch of readExchangeBatches(a.input, {
      format: a.format,
      deadLetter,
      counts,
      identity: identityFromFlags(a),
      ...(a.dedupe === false ? { dedupe: false } : {}),
      ...(a.maxLineBytes !== undefined ? { maxLineBytes: a.maxLineBytes } : {}),
      onFormat: (f) => log(`format: ${f}`),
      onNotice: (n) => log(`notice: ${n.code}: ${n.ref.source}: ${n.reason}`),
    })) {
      await out.write(batch);
    }
  } finally {
    await out.close();
    await deadLetter.close();
  }
  log(`${a.input === '-' ? 'stdin' : a.input}: ${countsLine(counts)}`);
  if (counts.rejected > 0 && deadPath) log(`rejected records (with file:line and reason): ${deadPath}`);
  return counts;
}

export function register(program: Command): void {
  const cmd = program
    .command('convert')
    .description('convert a provider log to exchange JSONL (the contract of shared/schema/exchange.schema.json)')
    .argument('<input>', "input file (JSONL, .gz, JSON array, CSV/TSV/Parquet) or '-' for stdin")
    .option('--format <format>', `source format: ${FORMATS.join(', ')}`, 'auto')
    .option('--out <file>', "output exchange JSONL ('-' = stdout)", '-')
    .option('--dead-letter <file>', 'rejected records with file:line and reason (default: <out>.dead-letter.jsonl)');
  addIdentityOptions(cmd)
    .option('--no-dedupe', 'keep repeated exchange ids')
    .option('--max-line-bytes <n>', 'longest accepted line in bytes', (v) => Number(v))
    .action(async (input: string, o: Omit<ConvertArgs, 'input'>) => {
      await runConvert({ ...o, input });
    });
}
