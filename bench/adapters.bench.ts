// Bench: each source adapter's ingest throughput (source log → validated Exchange batches) as a
// ratio to plain exchange JSONL ingest of the same records, measured in the same run (goal ≥ 0.5).
// The source files are rendered from the generated exchange file, one source record per exchange;
// each format is measured in a fresh child process (this file with --adapter-case) next to the plain path.
import { createReadStream, createWriteStream, statSync } from 'node:fs';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Bench, BenchRow } from './harness.js';
import { measure } from './baselines.js';
import { jsonValidates } from './json-scan.js';
import { newCounts, openDeadLetter, readExchangeBatches } from '../src/ingest/index.js';
import { readLines } from '../src/ingest/line-reader.js';
import { DuckDBInstance } from '@duckdb/node-api';

type X = Record<string, unknown> & { id: string; ts: string; account_id: string; model: string; prompt: string; input_tokens: number; output_tokens: number };
const sec = (ts: string): number => Date.parse(ts) / 1000;
const toolNames = (x: X): string[] => (x.tool_names as string[] | undefined) ?? [];
const tools = (x: X) => toolNames(x).map((name) => ({ type: 'function', function: { name, parameters: { type: 'object' } } }));
const msgs = (x: X) => [{ role: 'user', content: x.prompt }];
/** The response's tool calls, one per call the exchange counts (named after the declared tools). */
const calls = (x: X) => Array.from({ length: (x.tool_calls as number | undefined) ?? 0 }, (_, i) => ({ id: `call_${i}`, type: 'function', function: { name: toolNames(x)[i % Math.max(1, toolNames(x).length)] ?? 'f', arguments: '{}' } }));
const chatResp = (x: X) => {
  const tc = calls(x);
  return { id: `chatcmpl-${x.id}`, object: 'chat.completion', model: x.model, choices: [{ index: 0, finish_reason: x.stop_reason, message: tc.length > 0 ? { role: 'assistant', content: 'ok', tool_calls: tc } : { role: 'assistant', content: 'ok' } }], usage: { prompt_tokens: x.input_tokens, completion_tokens: x.output_tokens, total_tokens: x.input_tokens + x.output_tokens } };
};
/** Request parameters of the OpenAI-shaped bodies: what the exchange records of the request. */
const params = (x: X) => ({ max_tokens: x.max_tokens, temperature: x.temperature, ...(x.thinking === true ? { reasoning_effort: 'medium' } : {}), ...(toolNames(x).length > 0 ? { tools: tools(x) } : {}) });
const anyValue = (v: unknown): unknown => (Array.isArray(v) ? { arrayValue: { values: v.map(anyValue) } } : typeof v === 'number' ? (Number.isInteger(v) ? { intValue: String(v) } : { doubleValue: v }) : { stringValue: String(v) });
const kv = (key: string, v: unknown) => ({ key, value: anyValue(v) });
const kvs = (pairs: [string, unknown][]) => pairs.filter(([, v]) => v !== undefined).map(([k, v]) => kv(k, v));

/**
 * One source record per exchange, in each format (the mapping of docs/adapters.md run backwards):
 * every exchange field the format has a place for is written (identity, client, user agent,
 * conversation, request parameters, tools, response text, tool calls, stop reason, usage, status,
 * latency), so the adapter is given the same information the plain exchange line holds. Not
 * rendered: `channel` (no format has it) and earlier conversation turns (the exchange counts them in
 * turn_index but does not hold their text).
 */
export const RENDER: Record<string, (x: X) => unknown> = {
  litellm: (x) => ({ id: x.id, trace_id: x.conversation_id, call_type: 'acompletion', status: x.status === 200 ? 'success' : 'failure', ...(x.status !== 200 ? { error_information: { error_code: String(x.status) } } : {}), prompt_tokens: x.input_tokens, completion_tokens: x.output_tokens, total_tokens: x.input_tokens + x.output_tokens, startTime: sec(x.ts), endTime: sec(x.ts) + (x.latency_ms as number) / 1000, model: x.model, metadata: { user_api_key_user_id: x.account_id, user_api_key_org_id: x.org_id, user_api_key_hash: 'h', user_agent: x.user_agent }, requester_ip_address: x.ip, messages: msgs(x), response: chatResp(x), model_parameters: params(x), hidden_params: {} }),
  'litellm-spendlogs': (x) => ({ request_id: x.id, call_type: 'acompletion', api_key: 'h', spend: 0.001, prompt_tokens: x.input_tokens, completion_tokens: x.output_tokens, startTime: x.ts.replace('T', ' ').replace('Z', ''), endTime: new Date(Date.parse(x.ts) + (x.latency_ms as number)).toISOString().replace('T', ' ').replace('Z', ''), model: x.model, user: x.account_id, organization_id: x.org_id, session_id: x.conversation_id, metadata: '{}', requester_ip_address: x.ip, messages: JSON.stringify(msgs(x)), response: JSON.stringify(chatResp(x)), status: x.status === 200 ? 'success' : 'failure', proxy_server_request: JSON.stringify({ headers: { 'user-agent': x.user_agent }, body: { model: x.model, ...params(x) } }) }),
  otlp: (x) => ({ resourceSpans: [{ resource: { attributes: [kv('service.name', 'gw')] }, scopeSpans: [{ scope: { name: 'b' }, spans: [{ traceId: '5b8efff798038103d269b633813fc60c', spanId: Buffer.from(x.id).toString('hex').slice(-16).padStart(16, '0'), name: 'chat', kind: 3, startTimeUnixNano: `${Date.parse(x.ts)}000000`, endTimeUnixNano: `${Date.parse(x.ts) + (x.latency_ms as number)}000000`, attributes: kvs([['gen_ai.operation.name', 'chat'], ['gen_ai.request.model', x.model], ['gen_ai.request.max_tokens', x.max_tokens], ['gen_ai.request.temperature', x.temperature], ['gen_ai.usage.input_tokens', x.input_tokens], ['gen_ai.usage.output_tokens', x.output_tokens], ['gen_ai.response.id', `chatcmpl-${x.id}`], ['gen_ai.response.finish_reasons', [x.stop_reason]], ['gen_ai.conversation.id', x.conversation_id], ['enduser.id', x.account_id], ['client.address', x.ip], ['user_agent.original', x.user_agent], ['http.response.status_code', x.status], ['gen_ai.input.messages', JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: x.prompt }] }])], ['gen_ai.output.messages', JSON.stringify([{ role: 'assistant', parts: [{ type: 'text', content: 'ok' }, ...calls(x).map((c) => ({ type: 'tool_call', id: c.id, name: c.function.name, arguments: {} }))], finish_reason: x.stop_reason }])], ['gen_ai.tool.definitions', toolNames(x).length > 0 ? JSON.stringify(toolNames(x).map((name) => ({ type: 'function', name }))) : undefined]]) }] }] }] }),
  portkey: (x) => ({ id: x.id, trace_id: x.conversation_id, created_at: x.ts, ai_org: 'openai', ai_model: x.model, req_units: x.input_tokens, res_units: x.output_tokens, response_time: x.latency_ms, response_status_code: x.status, request: { model: x.model, messages: msgs(x), ...params(x) }, response: chatResp(x), metadata: { _user: x.account_id, organisation: x.org_id } }),
  helicone: (x) => ({ request_id: x.id, request_created_at: x.ts, request_user_id: x.account_id, request_properties: { org: x.org_id, 'Helicone-Session-Id': x.conversation_id }, request_model: x.model, response_status: x.status, provider: 'OPENAI', delay_ms: x.latency_ms, prompt_tokens: x.input_tokens, completion_tokens: x.output_tokens, request_body: { model: x.model, messages: msgs(x), ...params(x) }, response_body: chatResp(x) }),
  openai: (x) => ({ ts: x.ts, key: x.account_id, org_id: x.org_id, ip: x.ip, headers: { 'user-agent': x.user_agent }, conversation_id: x.conversation_id, status: x.status, latency_ms: x.latency_ms, request: { model: x.model, messages: msgs(x), ...params(x) }, response: chatResp(x) }),
  anthropic: (x) => ({ ts: x.ts, key: x.account_id, org_id: x.org_id, ip: x.ip, headers: { 'user-agent': x.user_agent }, conversation_id: x.conversation_id, status: x.status, latency_ms: x.latency_ms, request: { model: x.model, max_tokens: x.max_tokens ?? 1024, temperature: x.temperature, messages: msgs(x), ...(x.thinking === true ? { thinking: { type: 'enabled', budget_tokens: 1024 } } : {}), ...(toolNames(x).length > 0 ? { tools: toolNames(x).map((name) => ({ name, input_schema: { type: 'object' } })) } : {}) }, response: { id: `msg_${x.id}`, type: 'message', role: 'assistant', model: x.model, content: [{ type: 'text', text: 'ok' }, ...calls(x).map((c) => ({ type: 'tool_use', id: c.id, name: c.function.name, input: {} }))], stop_reason: x.stop_reason, usage: { input_tokens: x.input_tokens, output_tokens: x.output_tokens } } }),
};

type OtlpExport = { resourceSpans: { resource: unknown; scopeSpans: { scope: unknown; spans: unknown[] }[] }[] };

/** OTLP as a BatchSpanProcessor exports it: `per` spans of one resource and scope in one request (one line). */
function otlpBatches(per: number): { add: (x: X) => unknown; flush: () => unknown } {
  let batch: OtlpExport | undefined;
  return {
    add(x) {
      const one = RENDER.otlp!(x) as OtlpExport;
      const span = one.resourceSpans[0]!.scopeSpans[0]!.spans[0];
      if (batch === undefined) {
        batch = one;
        return undefined;
      }
      const spans = batch.resourceSpans[0]!.scopeSpans[0]!.spans;
      spans.push(span);
      if (spans.length < per) return undefined;
      const done = batch;
      batch = undefined;
      return done;
    },
    flush() {
      const done = batch;
      batch = undefined;
      return done;
    },
  };
}

/** Source formats as measured: each adapter's render, plus OTLP batched as exporters send it. */
const CASES: { name: string; format: string; make: () => { add: (x: X) => unknown; flush: () => unknown } }[] = [
  ...Object.entries(RENDER).map(([format, f]) => ({ name: format === 'otlp' ? 'otlp (1 span an export request)' : format, format, make: () => ({ add: f, flush: () => undefined }) })),
  { name: 'otlp (100 spans an export request)', format: 'otlp', make: () => otlpBatches(100) },
];

export async function render(src: string, dst: string, f: ((x: X) => unknown) | { add: (x: X) => unknown; flush: () => unknown }): Promise<void> {
  const g = typeof f === 'function' ? { add: f, flush: () => undefined } : f;
  const out = createWriteStream(dst);
  let buf = '';
  for await (const line of createInterface({ input: createReadStream(src) })) {
    if (line.length === 0) continue;
    const rec = g.add(JSON.parse(line) as X);
    if (rec !== undefined) buf += `${JSON.stringify(rec)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  const last = g.flush();
  if (last !== undefined) buf += `${JSON.stringify(last)}\n`;
  out.end(buf);
  await once(out, 'finish');
}

async function ingest(path: string, format: string): Promise<number> {
  const counts = newCounts();
  let n = 0;
  for await (const b of readExchangeBatches(path, { format, counts, deadLetter: openDeadLetter(undefined) })) n += b.length;
  if (counts.rejected > 0) throw new Error(`${format}: ${counts.rejected} rejected (${JSON.stringify(counts.byCode)})`);
  return n;
}

/**
 * A floor: the same line reader as ingest and `read` of every source line, each record kept as a
 * minimal exchange-sized object holding what `read` returns as its id, nothing else.
 */
async function floor(path: string, read: (line: string) => unknown): Promise<number> {
  let n = 0;
  for await (const b of readLines(path, 1 << 24)) {
    const kept: unknown[] = [];
    for (const t of b.texts) {
      if (t.length === 0) continue;
      kept.push({ id: read(t), ts: '', account_id: '', model: '', input_tokens: 0, output_tokens: 0 });
    }
    n += kept.length;
  }
  return n;
}

/**
 * The floor no mapping can go under: JSON.parse of every source line (floor). Its ratio to plain
 * ingest is the best any adapter of that format could reach in this bench.
 */
function parseFloor(path: string): Promise<number> {
  return floor(path, (t) => (JSON.parse(t) as { id?: unknown }).id);
}

/**
 * The floor for formats that hold JSON as text inside the record (spend-log columns `messages`,
 * `response`, `proxy_server_request`; OTLP attributes `gen_ai.input.messages`, `gen_ai.output.messages`):
 * the prompt and the response are only in there, so any adapter parses those texts too. The floor
 * above, plus JSON.parse of every string in the record that starts with '[' or '{' (found by one walk).
 */
function parseFloorWithText(path: string): Promise<number> {
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      const c = v.charCodeAt(0);
      if (c === 123 || c === 91) {
        try {
          JSON.parse(v);
        } catch {
          // not JSON after all
        }
      }
    } else if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) walk(v[i]);
    } else if (v !== null && typeof v === 'object') {
      for (const k in v) walk((v as Record<string, unknown>)[k]);
    }
  };
  return floor(path, (t) => {
    const o = JSON.parse(t) as { id?: unknown };
    walk(o);
    return o.id;
  });
}

/**
 * The floor of a reader that parses less than the whole record (BENCH_SCANNER=1): a validating scan
 * of every source line (jsonValidates, floor), no value of the record built at all.
 */
function scanFloor(path: string): Promise<number> {
  return floor(path, (t) => {
    if (!jsonValidates(t)) throw new Error('the scan rejects a source line');
    return undefined;
  });
}

/** Formats whose records hold JSON as text the mapping must parse (see parseFloorWithText). */
const JSON_IN_TEXT = new Set(['litellm-spendlogs', 'otlp']);

/** CPU seconds (user + system, all threads) of the process while f runs: less moved by other load than wall time. */
async function cpuSeconds(f: () => Promise<unknown>): Promise<number> {
  const c = process.cpuUsage();
  await f();
  const d = process.cpuUsage(c);
  return (d.user + d.system) / 1e6;
}

/** Best of `runs` measurements: on a shared 2-core machine the fastest run is the least disturbed one. */
async function best(runs: number, f: () => Promise<number>): Promise<{ value: number; seconds: number; peakRssMiB: number }> {
  let out: { value: number; seconds: number; peakRssMiB: number } | undefined;
  for (let i = 0; i < runs; i++) {
    const m = await measure(f);
    if (!out || m.seconds < out.seconds) out = m;
  }
  return out!;
}

interface CaseJob {
  readonly src: string;
  readonly path: string;
  readonly format: string;
  readonly runs: number;
}

interface CaseResult {
  readonly plain: { value: number; seconds: number; peakRssMiB: number };
  readonly adapter: { value: number; seconds: number; peakRssMiB: number };
  readonly cpuPlain: number;
  readonly cpuAdapter: number;
  readonly cpuFloor: number;
  /** The floor with the JSON held as text parsed too (formats in JSON_IN_TEXT). */
  readonly cpuFloorText?: number;
  /** The floor of a reader that parses less than the whole record (scanFloor; BENCH_SCANNER=1). */
  readonly cpuScan?: number;
}

/**
 * One format, measured in a process of its own: the heap a process has grown (the young generation
 * V8 sized for an earlier, allocation-heavy format) changes what a later format pays for garbage
 * collection, so formats measured one after another in one process were not measured alike. Here
 * each format and the plain path it is compared to start from the same fresh process, both warmed up.
 */
async function runCase(job: CaseJob): Promise<CaseResult> {
  const { src, path, format, runs } = job;
  await ingest(src, 'exchange'); // warm-up of both paths
  await ingest(path, format);
  // the plain path is measured next to the adapter, so both see the same machine load
  const plain = await best(runs, () => ingest(src, 'exchange'));
  const adapter = await best(runs, () => ingest(path, format));
  // CPU seconds, the least of `runs` interleaved triples: other load on a shared machine moves it less than wall time
  let cpuPlain = Infinity;
  let cpuAdapter = Infinity;
  let cpuFloor = Infinity;
  let cpuFloorText = Infinity;
  let cpuScan = Infinity;
  const scan = process.env.BENCH_SCANNER === '1';
  for (let i = 0; i < runs; i++) {
    cpuPlain = Math.min(cpuPlain, await cpuSeconds(() => ingest(src, 'exchange')));
    cpuAdapter = Math.min(cpuAdapter, await cpuSeconds(() => ingest(path, format)));
    cpuFloor = Math.min(cpuFloor, await cpuSeconds(() => parseFloor(path)));
    if (JSON_IN_TEXT.has(format)) cpuFloorText = Math.min(cpuFloorText, await cpuSeconds(() => parseFloorWithText(path)));
    if (scan) cpuScan = Math.min(cpuScan, await cpuSeconds(() => scanFloor(path)));
  }
  return { plain, adapter, cpuPlain, cpuAdapter, cpuFloor, ...(JSON_IN_TEXT.has(format) ? { cpuFloorText } : {}), ...(scan ? { cpuScan } : {}) };
}

/** OTLP AnyValue and KeyValue list as DuckDB types (the fields the bench records use). */
const KV = 'STRUCT(key VARCHAR, value STRUCT(stringValue VARCHAR, intValue VARCHAR, doubleValue DOUBLE, boolValue BOOLEAN, arrayValue JSON))[]';
const OTLP_TYPE = `STRUCT(resource STRUCT(attributes ${KV}), scopeSpans STRUCT(scope JSON, spans STRUCT(traceId VARCHAR, spanId VARCHAR, name VARCHAR, kind INTEGER, startTimeUnixNano VARCHAR, endTimeUnixNano VARCHAR, attributes ${KV}, status JSON, events JSON)[])[])[]`;

/**
 * What a DuckDB path for OTLP would cost at least (BENCH_DUCKDB=1; docs/adapters.md, Session 4), in CPU
 * seconds on one DuckDB thread: parsing the OTLP file into typed spans (three unnests, only counted),
 * and handing 16 exchange columns of the plain file's rows to JS (yieldRowsJs), the least of `runs`.
 */
async function duckdbCosts(src: string, otlp: string, runs: number): Promise<{ parseOtlp: number; rowsToJs: number }> {
  const db = await DuckDBInstance.create(':memory:', { threads: '1' });
  const con = await db.connect();
  const q = (p: string) => `'${p.replaceAll("'", "''")}'`;
  const parse = `SELECT count(*) FROM (SELECT unnest(ss.spans) AS s FROM (SELECT unnest(rs.scopeSpans) AS ss FROM (SELECT unnest(resourceSpans) AS rs FROM read_json(${q(otlp)}, format = 'newline_delimited', columns = {'resourceSpans': '${OTLP_TYPE}'}))))`;
  const rows = `SELECT id, ts, account_id, model, prompt, input_tokens, output_tokens, status, stop_reason, latency_ms, org_id, max_tokens, ip, user_agent, channel, turn_index FROM read_json(${q(src)}, format = 'newline_delimited')`;
  let parseOtlp = Infinity;
  let rowsToJs = Infinity;
  try {
    for (let i = 0; i < runs; i++) {
      parseOtlp = Math.min(parseOtlp, await cpuSeconds(() => con.runAndReadAll(parse)));
      rowsToJs = Math.min(
        rowsToJs,
        await cpuSeconds(async () => {
          let n = 0;
          for await (const chunk of (await con.stream(rows)).yieldRowsJs()) n += chunk.length;
          return n;
        }),
      );
    }
  } finally {
    con.closeSync();
    db.closeSync();
  }
  return { parseOtlp, rowsToJs };
}

const HERE = fileURLToPath(import.meta.url);

/** Runs one case in a fresh child process (this file with --adapter-case). */
async function inChild(job: CaseJob): Promise<CaseResult> {
  const { stdout } = await promisify(execFile)(process.execPath, [...process.execArgv, HERE, '--adapter-case', JSON.stringify(job)], { maxBuffer: 16 * 2 ** 20, env: process.env });
  return JSON.parse(stdout.trim().split('\n').pop()!) as CaseResult;
}

/** The rendered source file of a case. */
const caseFile = (dir: string, name: string): string => join(dir, `adapters-${name.replace(/[^a-z0-9-]+/g, '_')}.jsonl`);

const bench: Bench = async (ctx) => {
  const n = ctx.quick ? 20_000 : 100_000;
  const runs = ctx.quick ? 2 : 3;
  const src = await ctx.exchangesFile(n);
  const plainBytes = statSync(src).size;
  const rows: BenchRow[] = [];
  const first = await inChild({ src, path: src, format: 'exchange', runs });
  rows.push({ name: 'adapters: exchange (plain contract JSONL)', items: first.plain.value, unit: 'records', seconds: first.plain.seconds, peakRssMiB: first.plain.peakRssMiB, note: `best of ${runs}; each format below is measured in a fresh process of its own, next to this plain path` });
  for (const { name, format, make } of CASES) {
    const path = caseFile(ctx.tmpDir, name);
    await render(src, path, make());
    const r = await inChild({ src, path, format, runs });
    const p = r.plain;
    const m = r.adapter;
    const ratio = m.value / m.seconds / (p.value / p.seconds);
    const cpuRatio = r.cpuPlain / r.cpuAdapter;
    const srcBytes = statSync(path).size;
    const byteRatio = srcBytes / m.seconds / (plainBytes / p.seconds);
    rows.push({
      name: `adapters: ${name} → Exchange`,
      items: m.value,
      unit: 'records',
      seconds: m.seconds,
      peakRssMiB: m.peakRssMiB,
      note: `records/s ratio to plain exchange ingest of the same records (best of ${runs} each, interleaved, in a fresh process): wall ${ratio.toFixed(2)}, CPU time ${cpuRatio.toFixed(2)} (goal ≥ 0.5); bytes/s ratio ${byteRatio.toFixed(2)}, by CPU time ${((cpuRatio * srcBytes) / plainBytes).toFixed(2)} (source ${(srcBytes / m.value).toFixed(0)} B/record vs ${(plainBytes / p.value).toFixed(0)}); parse-only floor (read + JSON.parse of the source, no mapping) by CPU time ${(r.cpuPlain / r.cpuFloor).toFixed(2)}${r.cpuFloorText !== undefined ? `, with the JSON held as text parsed too ${(r.cpuPlain / r.cpuFloorText).toFixed(2)}` : ''}${r.cpuScan !== undefined ? `; validating-scan floor (read + a scan that accepts what JSON.parse accepts and builds no value) ${(r.cpuPlain / r.cpuScan).toFixed(2)} (its CPU time ${((r.cpuScan / r.cpuFloor) * 100).toFixed(0)} % of the parse-only floor's)` : ''}`,
    });
  }
  if (process.env.BENCH_DUCKDB === '1') {
    const d = await duckdbCosts(src, caseFile(ctx.tmpDir, CASES.find((c) => c.format === 'otlp')!.name), runs);
    rows.push({ name: 'adapters: DuckDB, OTLP parsed to typed spans (1 thread, counted)', items: n, unit: 'records', seconds: d.parseOtlp, note: `CPU seconds; plain exchange ingest of the same records ${first.cpuPlain.toFixed(3)} s` });
    rows.push({ name: 'adapters: DuckDB, 16 exchange columns handed to JS (1 thread)', items: n, unit: 'records', seconds: d.rowsToJs, note: `CPU seconds of read_json of the plain file + yieldRowsJs; plain exchange ingest ${first.cpuPlain.toFixed(3)} s` });
  }
  return rows;
};

export default bench;

const at = process.argv.indexOf('--adapter-case');
if (at >= 0 && process.argv[1] === HERE) process.stdout.write(`${JSON.stringify(await runCase(JSON.parse(process.argv[at + 1]!) as CaseJob))}\n`);
