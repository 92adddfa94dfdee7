// `distillwatch ingest --otlp-listen PORT`: a live OTLP/HTTP receiver (JSON and protobuf) on
// 127.0.0.1 that turns a gateway's OpenTelemetry GenAI spans into exchanges, written as JSONL.
// Runs until SIGINT/SIGTERM (or --max-requests), then prints the counts.
import type { Command } from 'commander';
import { DwError } from '../../errors.js';
import { identityFromFlags, newCounts, openDeadLetter, openJsonlWriter, startOtlpReceiver, type IdentityFlags, type IngestCounts } from '../../ingest/index.js';
import { countsLine } from './convert.js';

export interface IngestArgs extends IdentityFlags {
  readonly otlpListen: string;
  readonly host: string;
  readonly out: string;
  readonly deadLetter?: string | undefined;
  readonly maxRequests?: number | undefined;
}

export async function runIngest(a: IngestArgs, log: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<IngestCounts> {
  const port = Number(a.otlpListen);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DwError('DW_E_CONFIG', `--otlp-listen needs a TCP port, got '${a.otlpListen}'`);
  const deadPath = a.deadLetter ?? (a.out !== '-' ? `${a.out}.dead-letter.jsonl` : undefined);
  const deadLetter = openDeadLetter(deadPath);
  const out = openJsonlWriter(a.out);
  const counts = newCounts();
  let done: () => void = () => {};
  const finished = new Promise<void>((resolve) => (done = resolve));
  const rx = await startOtlpReceiver({
    port,
    host: a.host,
    counts,
    deadLetter,
    identity: identityFromFlags(a),
    onExchanges: (xs) => out.write(xs),
    onResponded: (n) => {
      if (a.maxRequests !== undefined && n >= a.maxRequests) done();
    },
  });
  log(`listening for OTLP/HTTP trace exports on ${rx.url} (JSON and protobuf)`);
  const stop = (): void => done();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await finished;
  process.off('SIGINT', stop);
  process.off('SIGTERM', stop);
  await rx.close();
  await out.close();
  await deadLetter.close();
  log(`otlp: ${rx.requests} export requests; ${countsLine(counts)}`);
  return counts;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('receive OTLP/HTTP trace exports (GenAI spans) and write them as exchange JSONL')
    .requiredOption('--otlp-listen <port>', 'TCP port for POST /v1/traces (0 = any free port)')
    .option('--host <addr>', 'address to bind', '127.0.0.1')
    .option('--out <file>', "output exchange JSONL ('-' = stdout)", '-')
    .option('--dead-letter <file>', 'rejected records with reason (default: <out>.dead-letter.jsonl)')
    .option('--account-field <paths>', 'span/resource attribute(s) holding the account (default enduser.id, user.id)')
    .option('--key-field <paths>', 'attribute(s) holding the API key id')
    .option('--org-field <paths>', 'attribute(s) holding the organisation id')
    .option('--trusted-hops <n>', 'number of nearest proxy hops whose X-Forwarded-For entries are believed')
    .option('--trusted-proxies <cidrs>', 'addresses/CIDRs of proxies whose X-Forwarded-For entries are believed')
    .option('--max-requests <n>', 'stop after this many export requests', (v) => Number(v))
    .action(async (o: IngestArgs) => {
      await runIngest(o);
    });
}
