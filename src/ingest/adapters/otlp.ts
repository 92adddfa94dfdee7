// ingest adapter 'otlp': OTLP/JSON trace exports (ExportTraceServiceRequest: resourceSpans →
// scopeSpans → spans, the OTLP JSON encoding of opentelemetry-proto) carrying the OpenTelemetry
// GenAI semantic conventions (gen_ai.operation.name, gen_ai.request.model, gen_ai.usage.*,
// gen_ai.input.messages, gen_ai.system_instructions, gen_ai.tool.definitions, …). One line may hold
// many spans: each model-call span (chat / text_completion / generate_content) is one record; other
// spans are skipped (counted, not read). Older instrumentations' flat gen_ai.prompt.N.* attributes
// and events are read too.
import { clientAddress } from './client-ip.js';
import { identityReader, identityTouches, type IdentityReader } from './fields.js';
import { readConversation, RequestInfo } from './chat-request.js';
import { ResponseInfo } from './chat-response.js';
import { buildExchange } from './build.js';
import type { AdapterContext, AdapterOutput, AdapterRejection, Json, SourceAdapter } from './types.js';
import { arr, count, flat, isObj, nanosToRfc3339, num, obj, parseMaybeJson, str, toRfc3339 } from './values.js';

export const OTLP_IDENTITY = { account: ['enduser.id', 'user.id', 'enduser.pseudo.id'], apiKey: [] as string[], org: [] as string[] };
const MODEL_CALLS = new Set(['chat', 'text_completion', 'generate_content']);

/**
 * The attributes the mapping reads, each read into a slot of one array in the one pass over a span's
 * attribute list (no attribute map is built). The first USED_SLOTS become exchange fields and stay out
 * of `extra`; the rest are read and also kept in `extra`.
 */
const SLOT_KEYS = [
  // read into exchange fields (not copied to extra)
  'gen_ai.request.model',
  'gen_ai.response.model',
  'gen_ai.request.max_tokens',
  'gen_ai.request.temperature',
  'gen_ai.system_instructions',
  'gen_ai.input.messages',
  'gen_ai.output.messages',
  'gen_ai.tool.definitions',
  'gen_ai.usage.input_tokens',
  'gen_ai.usage.output_tokens',
  'gen_ai.usage.prompt_tokens',
  'gen_ai.usage.completion_tokens',
  'gen_ai.conversation.id',
  'http.response.status_code',
  'user_agent.original',
  // read and kept in extra
  'gen_ai.operation.name',
  'gen_ai.response.id',
  'gen_ai.response.finish_reasons',
  'gen_ai.usage.cache_read.input_tokens',
  'gen_ai.usage.cache_creation.input_tokens',
  'gen_ai.usage.reasoning.output_tokens',
  'network.peer.address',
  'client.address',
  'http.request.header.x-forwarded-for',
  'error.type',
] as const;
const USED_SLOTS = 15;
const SLOT = new Map<string, number>(SLOT_KEYS.map((k, i) => [k, i]));
/** Which slotted attributes are gen_ai.* (none is of the flat gen_ai.prompt.N / completion.N layouts). */
const SLOT_GEN_AI: readonly boolean[] = SLOT_KEYS.map((k) => k.startsWith('gen_ai.'));
const [REQ_MODEL, RESP_MODEL, MAX_TOKENS, TEMPERATURE, SYSTEM, INPUT, OUTPUT, TOOLS, IN_TOKENS, OUT_TOKENS, PROMPT_TOKENS, COMPLETION_TOKENS, CONVERSATION, HTTP_STATUS, USER_AGENT, OPERATION, RESPONSE_ID, FINISH, CACHE_READ, CACHE_WRITE, REASONING, PEER, CLIENT, XFF, ERROR_TYPE] = SLOT_KEYS.map((_, i) => i) as number[] as [number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number, number];
/** Attributes the mapping reads into exchange fields (all others ride along in extra). */
const SPAN_USED = new Set<string>(SLOT_KEYS.slice(0, USED_SLOTS));
/** Keys of `extra` that are not attributes. */
const SPAN_OWN = ['trace_id', 'span_id', 'span_name', 'span_error'];
/**
 * Identity is read from `extra` (every attribute the mapping keeps there, with the same values) unless
 * a path names one of these: an attribute that became an exchange field, or one of extra's own keys.
 */
const NOT_IN_EXTRA = new Set<string>([...SPAN_USED, ...SPAN_OWN]);

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

/** Resource attributes read once per resource: the map, whether any is gen_ai.*, the slotted values and the entries for extra. */
interface ResourceAttrs {
  readonly map: Json;
  readonly genAi: boolean;
  readonly slotIndexes: readonly number[];
  readonly slotValues: readonly unknown[];
  readonly extraKeys: readonly string[];
  readonly extraValues: readonly unknown[];
}

function resourceAttrs(kvs: unknown): ResourceAttrs {
  const map = attributes(kvs);
  const slotIndexes: number[] = [];
  const slotValues: unknown[] = [];
  const extraKeys: string[] = [];
  const extraValues: unknown[] = [];
  let genAi = false;
  for (const k in map) {
    if (k.startsWith('gen_ai.')) genAi = true;
    const v = map[k];
    const slot = SLOT.get(k);
    if (slot !== undefined) {
      slotIndexes.push(slot);
      slotValues.push(v);
    }
    if (v !== undefined && !SPAN_USED.has(k)) {
      extraKeys.push(k);
      extraValues.push(v);
    }
  }
  return { map, genAi, slotIndexes, slotValues, extraKeys, extraValues };
}

// What the last scanSpan call read (module state: mapping is synchronous).
const vals: unknown[] = new Array<unknown>(SLOT_KEYS.length).fill(undefined);
let sawGenAi = false;
let sawFlatPrompt = false;
let sawFlatCompletion = false;

/**
 * One pass over a span's attribute list, resource attributes first (the span's win): the attributes
 * the mapping reads go to their slots in `vals`, the ones it does not turn into exchange fields go to
 * `extra`, and it notes whether any gen_ai.* key and any flat gen_ai.prompt.N / completion.N key is
 * present (so the older flat layouts are looked for only when they are there).
 */
function scanSpan(kvs: unknown, res: ResourceAttrs, extra: Json): void {
  vals.fill(undefined);
  for (let i = 0; i < res.slotIndexes.length; i++) vals[res.slotIndexes[i]!] = res.slotValues[i];
  for (let i = 0; i < res.extraKeys.length; i++) extra[res.extraKeys[i]!] = res.extraValues[i];
  sawGenAi = res.genAi;
  sawFlatPrompt = false;
  sawFlatCompletion = false;
  if (!Array.isArray(kvs)) return;
  const rm = res.map;
  for (let i = 0; i < kvs.length; i++) {
    const kv: unknown = kvs[i];
    if (kv === null || typeof kv !== 'object') continue;
    const k = (kv as Json).key;
    if (typeof k !== 'string') continue;
    const v = anyValue((kv as Json).value);
    const slot = SLOT.get(k);
    if (slot !== undefined) {
      vals[slot] = v;
      if (SLOT_GEN_AI[slot] === true) sawGenAi = true;
      // the same name as the constant (a store by an engine-internal name; the parsed key would be looked up first)
      if (slot >= USED_SLOTS) keep(extra, SLOT_KEYS[slot]!, v, rm);
      continue;
    }
    keep(extra, k, v, rm);
    if (k.charCodeAt(0) === 103 && k.startsWith('gen_ai.')) {
      sawGenAi = true;
      if (k.startsWith('gen_ai.prompt.')) sawFlatPrompt = true;
      else if (k.startsWith('gen_ai.completion.')) sawFlatCompletion = true;
    }
  }
}

/** An attribute of the span into extra; an empty span value hides the resource's value and an earlier one of the span (later keys win). */
function keep(extra: Json, k: string, v: unknown, rm: Json): void {
  if (v !== undefined) extra[k] = v;
  else if (rm[k] !== undefined || (extra[k] !== undefined && !SPAN_OWN.includes(k))) delete extra[k];
}

/** The one attribute map of a span (resource attributes, then the span's, which win): for identity paths that need it and the flat layouts. */
function spanMap(kvs: unknown, res: ResourceAttrs): Json {
  const a: Json = {};
  const rm = res.map;
  for (const k in rm) a[k] = rm[k];
  return attributes(kvs, a);
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

function readRequest(flatMap: Json | undefined, rawEvents: unknown): RequestInfo {
  const req = new RequestInfo();
  const model = str(vals[REQ_MODEL]);
  if (model !== undefined) req.model = model;
  const mt = count(vals[MAX_TOKENS]);
  if (mt !== undefined) req.maxTokens = mt;
  const t = num(vals[TEMPERATURE]);
  if (t !== undefined) req.temperature = t;
  const sys = parseMaybeJson(vals[SYSTEM]);
  if (sys !== undefined) {
    let system: string | undefined;
    const n = Array.isArray(sys) ? sys.length : 1;
    for (let i = 0; i < n; i++) {
      const p: unknown = Array.isArray(sys) ? sys[i] : sys;
      const s = typeof p === 'string' ? p : (str(obj(p)?.content) ?? str(obj(p)?.text) ?? '');
      if (s.length > 0) system = system === undefined ? s : `${system}\n${s}`;
    }
    if (system !== undefined) req.system = flat(system);
  }
  // OTel messages are {role, parts}: read as chat messages whose content is the parts
  let messages: unknown = vals[INPUT] !== undefined ? parseMaybeJson(vals[INPUT]) : undefined;
  if (messages === undefined && flatMap !== undefined) {
    const fm = flatMessages(flatMap, 'gen_ai.prompt');
    if (fm.length > 0) messages = fm;
  }
  if (messages === undefined && Array.isArray(rawEvents) && rawEvents.length > 0) {
    const events = rawEvents.filter(isObj).map((e) => ({ name: e.name, attrs: attributes(e.attributes) }));
    const evs = events.filter((e) => typeof e.name === 'string' && /^gen_ai\.(system|user|assistant|tool)\.message$/.test(e.name));
    if (evs.length > 0) messages = evs.map((e) => ({ role: (e.name as string).split('.')[1], content: parseMaybeJson(e.attrs.content) ?? '' }));
  }
  if (messages !== undefined) readConversation(messages, req, true);
  const defs = vals[TOOLS];
  if (defs !== undefined) {
    const list = arr(parseMaybeJson(defs));
    let names: string[] | undefined;
    if (list !== undefined) {
      for (let i = 0; i < list.length; i++) {
        const d = obj(list[i]);
        const n = str(d?.name) ?? str(obj(d?.function)?.name);
        if (n !== undefined) (names ??= []).push(n);
      }
    }
    if (names !== undefined) req.toolNames = names;
  }
  return req;
}

function readResponse(flatMap: Json | undefined): ResponseInfo {
  const resp = new ResponseInfo();
  const model = str(vals[RESP_MODEL]);
  if (model !== undefined) resp.model = model;
  const id = str(vals[RESPONSE_ID]);
  if (id !== undefined) resp.id = id;
  const inp = count(vals[IN_TOKENS] !== undefined ? vals[IN_TOKENS] : vals[PROMPT_TOKENS]);
  const out = count(vals[OUT_TOKENS] !== undefined ? vals[OUT_TOKENS] : vals[COMPLETION_TOKENS]);
  if (inp !== undefined || out !== undefined) {
    resp.hasUsage = true;
    const read = count(vals[CACHE_READ]) ?? 0;
    const write = count(vals[CACHE_WRITE]) ?? 0;
    const reasoning = count(vals[REASONING]) ?? 0;
    // the conventions say input SHOULD include cache tokens; a total below its cache parts did not
    resp.inputTokens = (inp ?? 0) < read + write ? (inp ?? 0) + read + write : (inp ?? 0);
    resp.outputTokens = (out ?? 0) < reasoning ? (out ?? 0) + reasoning : (out ?? 0);
    if (read) resp.cacheReadTokens = read;
    if (write) resp.cacheWriteTokens = write;
    if (reasoning) resp.reasoningTokens = reasoning;
  }
  const frv = vals[FINISH];
  if (frv !== undefined) {
    const fr = parseMaybeJson(frv);
    const stop = Array.isArray(fr) ? str(fr[0]) : str(fr);
    if (stop !== undefined) resp.stopReason = stop;
  }
  let outMsgs = parseMaybeJson(vals[OUTPUT]);
  if (outMsgs === undefined && flatMap !== undefined) {
    const fm = flatMessages(flatMap, 'gen_ai.completion');
    if (fm.length > 0) outMsgs = fm;
  }
  if (outMsgs === undefined) return resp;
  let text: string | undefined;
  let calls = 0;
  const list = arr(outMsgs) ?? [];
  for (let i = 0; i < list.length; i++) {
    const m: unknown = list[i];
    if (!isObj(m)) continue;
    if (typeof m.content === 'string') text = text === undefined ? m.content : text + m.content;
    const parts = arr(m.parts) ?? [];
    for (let j = 0; j < parts.length; j++) {
      const p: unknown = parts[j];
      if (!isObj(p)) continue;
      if (p.type === 'text' && typeof p.content === 'string') text = text === undefined ? p.content : text + p.content;
      else if (p.type === 'tool_call') calls++;
      else if (p.type === 'reasoning') resp.thinkingSeen = true;
    }
    if (resp.stopReason === undefined && str(m.finish_reason)) resp.stopReason = m.finish_reason as string;
  }
  resp.toolCalls = calls;
  if (text !== undefined) resp.text = flat(text);
  return resp;
}

/** A unix-nano time as OTLP/JSON writes it (a decimal string, or a number from lenient encoders). */
function nanoText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.length > 0 ? v : undefined;
  return typeof v === 'number' ? String(v) : undefined;
}

function allDigits(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return s.length > 0;
}

function mapSpan(span: Json, res: ResourceAttrs, ctx: AdapterContext, who: IdentityReader, needsMap: boolean): AdapterOutput | 'skip' {
  const traceId = str(span.traceId) ?? '';
  const spanId = str(span.spanId) ?? '';
  const extra: Json = { trace_id: traceId, span_id: spanId, span_name: span.name };
  scanSpan(span.attributes, res, extra);
  const opv = vals[OPERATION];
  const op = typeof opv === 'string' && opv.length > 0 ? opv : undefined;
  if (op !== undefined ? !MODEL_CALLS.has(op) : !(sawGenAi && (vals[REQ_MODEL] !== undefined || vals[RESP_MODEL] !== undefined))) return 'skip';
  // the whole attribute map only when an identity path or the older flat layouts need it
  const a = needsMap || sawFlatPrompt || sawFlatCompletion ? spanMap(span.attributes, res) : undefined;
  const start = nanoText(span.startTimeUnixNano);
  const end = nanoText(span.endTimeUnixNano);
  const startDigits = start !== undefined && allDigits(start);
  let latency: number | undefined;
  if (startDigits && end !== undefined && allDigits(end)) {
    // doubles hold unix nanos to ~256 ns: plenty for a latency in ms
    const d = (Number(end) - Number(start)) / 1e6;
    if (d >= 0) latency = Math.round(d * 1000) / 1000;
  }
  const st = obj(span.status);
  if (st && (st.code === 2 || st.code === 'STATUS_CODE_ERROR')) extra.span_error = str(st.message) ?? str(vals[ERROR_TYPE]) ?? 'error';
  const xff = vals[XFF];
  const request = readRequest(sawFlatPrompt ? a : undefined, span.events);
  const response = readResponse(sawFlatCompletion ? a : undefined);
  return buildExchange(
    {
      format: 'otlp',
      id: traceId && spanId ? flat(`${traceId}-${spanId}`) : undefined,
      // a digit string of unix nanos is formatted from its text (all nine digits kept)
      ts: start === undefined ? undefined : start.length >= 17 && startDigits ? nanosToRfc3339(start) : toRfc3339(start),
      who,
      whoRec: a ?? extra,
      ip: clientAddress(str(vals[PEER]) ?? str(vals[CLIENT]), str(xff) ?? (Array.isArray(xff) ? xff.join(', ') : undefined), ctx.identity),
      userAgent: str(vals[USER_AGENT]),
      status: count(vals[HTTP_STATUS]),
      latencyMs: latency,
      conversationId: str(vals[CONVERSATION]),
      extra,
    },
    request,
    response,
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
    const needsMap = identityTouches(ctx.identity, OTLP_IDENTITY, NOT_IN_EXTRA);
    for (const res of rs) {
      const resAttrs = resourceAttrs(obj(obj(res)?.resource)?.attributes);
      for (const ss of arr(obj(res)?.scopeSpans) ?? arr(obj(res)?.instrumentationLibrarySpans) ?? []) {
        for (const span of arr(obj(ss)?.spans) ?? []) {
          if (!isObj(span)) {
            rejected.push({ code: 'DW_E_ADAPTER', reason: 'a span is not an object' });
            continue;
          }
          const o = mapSpan(span, resAttrs, ctx, who, needsMap);
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
