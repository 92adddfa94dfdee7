// ingest adapters: the envelope of the raw-API sources ('openai', 'anthropic'): one JSON object per
// line holding the request body, the response body or its SSE stream, and the caller's key/ip/ts.
//   {"ts": 1767261600.25, "key": "key_…", "ip": "203.0.113.9", "headers": {"x-forwarded-for": "…",
//    "user-agent": "…"}, "request": {…}, "response": {…} | "stream": "event: …\ndata: {…}\n\n…",
//    "status": 200, "latency_ms": 812, "id"?: "…", "account_id"?: "…", "org_id"?: "…"}
import { clientAddress } from './client-ip.js';
import { identityReader } from './fields.js';
import type { RequestInfo } from './chat-request.js';
import type { ResponseInfo } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import type { AdapterContext, AdapterOutput, Json } from './types.js';
import { count, digest, num, obj, str, toRfc3339 } from './values.js';

export const RAW_IDENTITY = { account: ['account_id', 'key'], apiKey: ['key', 'api_key_id'], org: ['org_id'] } as const;
const USED = new Set(['id', 'ts', 'key', 'api_key_id', 'account_id', 'org_id', 'ip', 'headers', 'request', 'response', 'stream', 'status', 'latency_ms', 'conversation_id', 'user_agent', 'forwarded_for']);

export function header(h: unknown, name: string): string | undefined {
  const o = obj(h);
  if (!o) return undefined;
  // the usual spelling first (one lookup), then any other case
  const direct = o[name];
  if (typeof direct === 'string') return direct;
  for (const k in o) {
    if (k.length !== name.length || k.toLowerCase() !== name) continue;
    const v = o[k];
    if (typeof v === 'string') return v;
    if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join(', ');
  }
  return undefined;
}

export function hasEnvelope(r: Json): boolean {
  return obj(r.request) !== undefined && ('response' in r || 'stream' in r);
}

export function mapEnvelope(format: string, r: Json, ctx: AdapterContext, req: RequestInfo, resp: ResponseInfo): AdapterOutput {
  const ua = str(r.user_agent) ?? header(r.headers, 'user-agent');
  // ids: the envelope's, else the provider's response id, else a digest of the record (stable across re-reads)
  const id = str(r.id) ?? resp.id ?? `${format}-${digest(JSON.stringify([r.request ?? null, r.ts ?? null, r.key ?? null]))}`;
  return buildExchange(
    {
      format,
      id,
      ts: toRfc3339(r.ts),
      who: identityReader(ctx.identity, RAW_IDENTITY),
      whoRec: r,
      ip: clientAddress(str(r.ip), str(r.forwarded_for) ?? header(r.headers, 'x-forwarded-for'), ctx.identity),
      userAgent: ua,
      status: count(r.status),
      latencyMs: num(r.latency_ms),
      conversationId: str(r.conversation_id) ?? str(obj(obj(r.request)?.conversation)?.id) ?? str(obj(r.request)?.conversation),
      extra: rest(r, USED),
    },
    req,
    resp,
  );
}
