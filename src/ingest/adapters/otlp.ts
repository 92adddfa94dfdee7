// ingest adapter 'otlp': OTLP/JSON trace exports (ExportTraceServiceRequest: resourceSpans →
// scopeSpans → spans, the OTLP JSON encoding of opentelemetry-proto) carrying the OpenTelemetry
// GenAI semantic conventions (gen_ai.operation.name, gen_ai.request.model, gen_ai.usage.*,
// gen_ai.input.messages, gen_ai.system_instructions, gen_ai.tool.definitions, …). One line may hold
// many spans: each model-call span (chat / text_completion / generate_content) is one record; other
// spans are skipped (counted, not read). Older instrumentations' flat gen_ai.prompt.N.* attributes
// and events are read too.
import { clientIp } from '../identity.js';
import { identityReader, type IdentityReader } from './fields.js';
import { readConversation, type RequestInfo } from './chat-request.js';
import type { ResponseInfo } from './chat-response.js';
import { buildExchange } from './build.js';
import type { AdapterContext, AdapterOutput, AdapterRejection, Json, SourceAdapter } from './types.js';
import { arr, count, first, isObj, nanosToRfc3339, num, obj, parseMaybeJson, str, toRfc3339 } from './values.js';

export const OTLP_IDENTITY = { account: ['enduser.id', 'user.id', 'enduser.pseudo.id'], apiKey: [] as string[], org: [] as string[] };
const MODEL_CALLS = new Set(['chat', 'text_completion', 'generate_content']);
/** Attributes the mapping reads into exchange fields (all others ride along in extra). */
const SPAN_USED = new Set(['gen_ai.request.model', 'gen_ai.response.model', 'gen_ai.request.max_tokens', 'gen_ai.request.temperature', 'gen_ai.system_instructions', 'gen_ai.input.messages', 'gen_ai.output.messages', 'gen_ai.tool.definitions', 'gen_ai.usage.input_tokens', 'gen_ai.usage.output_tokens', 'gen_ai.usage.prompt_tokens', 'gen_ai.usage.completion_tokens', 'gen_ai.conversation.id', 'http.response.status_code', 'user_agent.original']);

/** An OTLP AnyValue (JSON encoding) → a plain value. */
export function anyValue(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return undefined;
  const o = v as Json;
  if (o.stringValue !== undefined) return o.stringValue;
  if ('boolValue' in o) return o.boolValue;
  if ('intValue' in o) return num(o.intValue);
  if ('doubleValue' in o) return num(o.doubleValue);
  if ('arrayValue' in o) return (arr(obj(o.arrayValue)?.values) ?? []).map(anyValue);
  if ('kvlistValue' in o) return attributes(obj(o.kvlistValue)?.values);
  if ('bytesValue' in o) return o.bytesValue;
  return undefined;
}

/** An OTLP KeyValue list → a map (later keys win). */
export function attributes(kvs: unknown, into: Json = {}): Json {
  if (!Array.isArray(kvs)) return into;
  for (let i = 0; i < kvs.length; i++) {
    const kv: unknown = kvs[i];
    if (kv !== null && typeof kv === 'object' && typeof (kv as Json).key === 'string') into[(kv as Json).key as string] = anyValue((kv as Json).value);
  }
  return into;
}

// What the last spanAttributes call saw (module state: mapping is synchronous).
let sawGenAi = false;
let sawFlatPrompt = false;
let sawFlatCompletion = false;

/**
 * The one attribute map of a span: resource attributes, then the span's (which win), built in one
 * pass that also fills `extra` with the attributes the mapping does not read, and notes whether any
 * gen_ai.* key and any flat gen_ai.prompt.N / completion.N key is present (so the older flat
 * layouts are looked for only when they are there).
 */
/** Resource attributes read once per resource: the map, whether any is gen_ai.*, and the entries for extra. */
interface ResourceAttrs {
  readonly map: Json;
  readonly genAi: boolean;
  readonly extraKeys: readonly string[];
  readonly extraValues: readonly unknown[];
}

function resourceAttrs(kvs: unknown): ResourceAttrs {
  const map = attributes(kvs);
  const extraKeys: string[] = [];
  const extraValues: unknown[] = [];
  let genAi = false;
  for (const k in map) {
    if (k.startsWith('gen_ai.')) genAi = true;
    const v = map[k];
    if (v !== undefined && !SPAN_USED.has(k)) {
      extraKeys.push(k);
      extraValues.push(v);
    }
  }
  return { map, genAi, extraKeys, extraValues };
}

function spanAttributes(kvs: unknown, res: ResourceAttrs, extra: Json): Json {
  const a: Json = {};
  const rm = res.map;
  for (const k in rm) a[k] = rm[k];
  for (let i = 0; i < res.extraKeys.length; i++) extra[res.extraKeys[i]!] = res.extraValues[i];
  sawGenAi = res.genAi;
  sawFlatPrompt = false;
  sawFlatCompletion = false;
  if (!Array.isArray(kvs)) return a;
  for (let i = 0; i < kvs.length; i++) {
    const kv: unknown = kvs[i];
    if (kv === null || typeof kv !== 'object') continue;
    const k = (kv as Json).key;
    if (typeof k !== 'string') continue;
    const v = anyValue((kv as Json).value);
    a[k] = v;
    if (!SPAN_USED.has(k)) {
      if (v !== undefined) extra[k] = v;
      else if (rm[k] !== undefined) delete extra[k]; // an empty span value hides the resource's, as in `a`
    }
    if (k.charCodeAt(0) === 103 && k.startsWith('gen_ai.')) {
      sawGenAi = true;
      if (k.startsWith('gen_ai.prompt.')) sawFlatPrompt = true;
      else if (k.startsWith('gen_ai.completion.')) sawFlatCompletion = true;
    }
  }
  return a;
}

function hasGenAi(a: Json): boolean {
  for (const k in a) if (k.startsWith('gen_ai.')) return true;
  return false;
}

/** OTel message objects ({role, parts}) → chat messages ({role, content: parts}). */
function otelMessages(v: unknown): unknown {
  const list = parseMaybeJson(v);
  if (!Array.isArray(list)) return list;
  return list.map((m) => (isObj(m) && 'parts' in m && !('content' in m) ? { role: m.role, content: m.parts } : m));
}

/** Flat attributes of older instrumentations: gen_ai.prompt.0.role / .content, gen_ai.completion.0.… */
function flatMessages(a: Json, prefix: string): Json[] {
  const out: Json[] = [];
  for (let i = 0; i < 10_000; i++) {
    const role = a[`${prefix}.${i}.role`];
    const content = a[`${prefix}.${i}.content`];
    if (role === undefined && content === undefined) break;
    out.push({ role: role ?? 'user', content: content ?? '', finish_reason: a[`${prefix}.${i}.finish_reason`] });
  }
  return out;
}

function readRequest(a: Json, rawEvents: unknown, flatPrompt: boolean): RequestInfo {
  const req: RequestInfo = {};
  const model = str(a['gen_ai.request.model']);
  if (model !== undefined) req.model = model;
  const mt = count(a['gen_ai.request.max_tokens']);
  if (mt !== undefined) req.maxTokens = mt;
  const t = num(a['gen_ai.request.temperature']);
  if (t !== undefined) req.temperature = t;
  const sys = parseMaybeJson(a['gen_ai.system_instructions']);
  if (sys !== undefined) {
    const parts = (Array.isArray(sys) ? sys : [sys]).map((p) => (typeof p === 'string' ? p : str(obj(p)?.content) ?? str(obj(p)?.text) ?? '')).filter((s) => s.length > 0);
    if (parts.length > 0) req.system = parts.join('\n');
  }
  let messages: unknown = a['gen_ai.input.messages'] !== undefined ? otelMessages(a['gen_ai.input.messages']) : undefined;
  if (messages === undefined && flatPrompt) {
    const flat = flatMessages(a, 'gen_ai.prompt');
    if (flat.length > 0) messages = flat;
  }
  if (messages === undefined && Array.isArray(rawEvents) && rawEvents.length > 0) {
    const events = rawEvents.filter(isObj).map((e) => ({ name: e.name, attrs: attributes(e.attributes) }));
    const evs = events.filter((e) => typeof e.name === 'string' && /^gen_ai\.(system|user|assistant|tool)\.message$/.test(e.name));
    if (evs.length > 0) messages = evs.map((e) => ({ role: (e.name as string).split('.')[1], content: parseMaybeJson(e.attrs.content) ?? '' }));
  }
  if (messages !== undefined) readConversation(messages, req);
  const defs = a['gen_ai.tool.definitions'];
  if (defs !== undefined) {
    const names = (arr(parseMaybeJson(defs)) ?? []).map((d) => str(obj(d)?.name) ?? str(obj(obj(d)?.function)?.name)).filter((n): n is string => n !== undefined);
    if (names.length > 0) req.toolNames = names;
  }
  return req;
}

function readResponse(a: Json, flatCompletion: boolean): ResponseInfo {
  const resp: ResponseInfo = {};
  const model = str(a['gen_ai.response.model']);
  if (model !== undefined) resp.model = model;
  const id = str(a['gen_ai.response.id']);
  if (id !== undefined) resp.id = id;
  const inp = count(first(a['gen_ai.usage.input_tokens'], a['gen_ai.usage.prompt_tokens']));
  const out = count(first(a['gen_ai.usage.output_tokens'], a['gen_ai.usage.completion_tokens']));
  if (inp !== undefined || out !== undefined) {
    resp.hasUsage = true;
    const read = count(a['gen_ai.usage.cache_read.input_tokens']) ?? 0;
    const write = count(a['gen_ai.usage.cache_creation.input_tokens']) ?? 0;
    const reasoning = count(a['gen_ai.usage.reasoning.output_tokens']) ?? 0;
    // the conventions say input SHOULD include cache tokens; a total below its cache parts did not
    resp.inputTokens = (inp ?? 0) < read + write ? (inp ?? 0) + read + write : (inp ?? 0);
    resp.outputTokens = (out ?? 0) < reasoning ? (out ?? 0) + reasoning : (out ?? 0);
    if (read) resp.cacheReadTokens = read;
    if (write) resp.cacheWriteTokens = write;
    if (reasoning) resp.reasoningTokens = reasoning;
  }
  const frv = a['gen_ai.response.finish_reasons'];
  if (frv !== undefined) {
    const fr = parseMaybeJson(frv);
    const stop = Array.isArray(fr) ? str(fr[0]) : str(fr);
    if (stop !== undefined) resp.stopReason = stop;
  }
  let outMsgs = parseMaybeJson(a['gen_ai.output.messages']);
  if (outMsgs === undefined && flatCompletion) {
    const flat = flatMessages(a, 'gen_ai.completion');
    if (flat.length > 0) outMsgs = flat;
  }
  if (outMsgs === undefined) return resp;
  const texts: string[] = [];
  let calls = 0;
  for (const m of arr(outMsgs) ?? []) {
    if (!isObj(m)) continue;
    if (typeof m.content === 'string') texts.push(m.content);
    for (const p of arr(m.parts) ?? []) {
      if (!isObj(p)) continue;
      if (p.type === 'text' && typeof p.content === 'string') texts.push(p.content);
      else if (p.type === 'tool_call') calls++;
      else if (p.type === 'reasoning') resp.thinkingSeen = true;
    }
    if (resp.stopReason === undefined && str(m.finish_reason)) resp.stopReason = m.finish_reason as string;
  }
  resp.toolCalls = calls;
  if (texts.length > 0) resp.text = texts.join('');
  return resp;
}


const DIGITS = /^\d+$/;

/** A unix-nano time as OTLP/JSON writes it (a decimal string, or a number from lenient encoders). */
function nanoText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > 0 ? v : undefined;
  return typeof v === 'number' ? String(v) : undefined;
}

function mapSpan(span: Json, res: ResourceAttrs, ctx: AdapterContext, who: IdentityReader): AdapterOutput | 'skip' {
  const traceId = str(span.traceId) ?? '';
  const spanId = str(span.spanId) ?? '';
  const extra: Json = { trace_id: traceId, span_id: spanId, span_name: span.name };
  const a = spanAttributes(span.attributes, res, extra);
  const flatPrompt = sawFlatPrompt;
  const flatCompletion = sawFlatCompletion;
  const opv = a['gen_ai.operation.name'];
  const op = typeof opv === 'string' && opv.length > 0 ? opv : undefined;
  if (op !== undefined ? !MODEL_CALLS.has(op) : !(sawGenAi && hasGenAi(a) && (a['gen_ai.request.model'] !== undefined || a['gen_ai.response.model'] !== undefined))) return 'skip';
  const start = nanoText(span.startTimeUnixNano);
  const end = nanoText(span.endTimeUnixNano);
  let latency: number | undefined;
  if (start !== undefined && end !== undefined && DIGITS.test(start) && DIGITS.test(end)) {
    // doubles hold unix nanos to ~256 ns: plenty for a latency in ms
    const d = (Number(end) - Number(start)) / 1e6;
    if (d >= 0) latency = Math.round(d * 1000) / 1000;
  }
  const st = obj(span.status);
  if (st && (st.code === 2 || st.code === 'STATUS_CODE_ERROR')) extra.span_error = str(st.message) ?? str(a['error.type']) ?? 'error';
  const xff = a['http.request.header.x-forwarded-for'];
  return buildExchange(
    {
      format: 'otlp',
      id: traceId && spanId ? `${traceId}-${spanId}` : undefined,
      // a digit string of unix nanos is formatted from its text (all nine digits kept)
      ts: start === undefined ? undefined : start.length >= 17 && DIGITS.test(start) ? nanosToRfc3339(start) : toRfc3339(start),
      who,
      whoRec: a,
      ip: clientIp(str(a['network.peer.address']) ?? str(a['client.address']), str(xff) ?? (Array.isArray(xff) ? xff.join(', ') : undefined), ctx.identity),
      userAgent: str(a['user_agent.original']),
      status: count(a['http.response.status_code']),
      latencyMs: latency,
      conversationId: str(a['gen_ai.conversation.id']),
      extra,
    },
    readRequest(a, span.events, flatPrompt),
    readResponse(a, flatCompletion),
  );
}

export const otlpAdapter: SourceAdapter = {
  id: 'otlp',
  title: 'OTLP/JSON trace exports (resourceSpans) with OpenTelemetry GenAI semantic-convention attributes',
  detect: (r) => Array.isArray(r.resourceSpans),
  map(r: Json, ctx) {
    const rs = r.resourceSpans;
    if (!Array.isArray(rs)) return { exchanges: [], rejected: [{ code: 'DW_E_ADAPTER', reason: 'no resourceSpans list' }], skipped: 0 };
    const exchanges: Json[] = [];
    const rejected: AdapterRejection[] = [];
    let skipped = 0;
    let checked = true;
    const who = identityReader(ctx.identity, OTLP_IDENTITY);
    for (const res of rs) {
      const resAttrs = resourceAttrs(obj(obj(res)?.resource)?.attributes);
      for (const ss of arr(obj(res)?.scopeSpans) ?? arr(obj(res)?.instrumentationLibrarySpans) ?? []) {
        for (const span of arr(obj(ss)?.spans) ?? []) {
          if (!isObj(span)) {
            rejected.push({ code: 'DW_E_ADAPTER', reason: 'a span is not an object' });
            continue;
          }
          const o = mapSpan(span, resAttrs, ctx, who);
          if (o === 'skip') {
            skipped++;
            continue;
          }
          if (o.exchanges.length > 0) {
            exchanges.push(o.exchanges[0]!);
            if (o.checked !== true) checked = false;
          }
          for (const x of o.rejected) rejected.push({ code: x.code, reason: `span ${str(span.spanId) ?? '?'}: ${x.reason}` });
        }
      }
    }
    return { exchanges, rejected, skipped, checked };
  },
};
