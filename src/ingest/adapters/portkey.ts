// ingest adapter 'portkey': Portkey log exports (the requested_data enum of POST /logs/exports: id,
// trace_id, created_at, request, response, is_success, ai_org, ai_model, req_units, res_units,
// total_units, request_url, cost, cost_currency, response_time, response_status_code, mode, config,
// prompt_slug, metadata; Portkey-AI/docs-core product/observability/logs-export.mdx) and Portkey log
// objects of the Logs API ({request:{url,provider,headers,method,body}, response:{status,headers,
// body,time,response_time}, metadata:{organization,user,traceId|trace_id,…}}). No client IP is kept.
import { identityReader } from './fields.js';
import { isAnthropicRequest, readAnthropicRequest, readOpenAIRequest } from './chat-request.js';
import { isAnthropicResponse, isOpenAIResponse, readAnthropicResponse, readOpenAIResponse } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import type { Json, SourceAdapter } from './types.js';
import { count, first, num, obj, parseMaybeJson, str, toRfc3339 } from './values.js';
import { header } from './raw-envelope.js';

export const PORTKEY_IDENTITY = {
  account: ['metadata._user', 'metadata.user', 'metadata.userId', 'request.user', 'request.body.user'],
  apiKey: ['metadata.api_key_id', 'api_key_id', 'virtual_key'],
  org: ['metadata.organisation', 'metadata.organization', 'metadata.organisationId'],
} as const;

const USED = new Set(['id', 'created_at', 'ai_model', 'request', 'response', 'req_units', 'res_units', 'response_time', 'response_status_code', 'trace_id']);

/** Keys of a chat request or response body: an object holding one is the body itself, not a wrapper. */
const BODY_KEYS = ['messages', 'choices', 'model', 'input', 'prompt', 'content', 'output', 'object'];

/**
 * Portkey keeps the body itself (export rows), {url, provider, method, headers, body} /
 * {status, headers, body, time, response_time} (Logs API objects) or just {body} (the export's
 * request.body / response.body columns).
 */
function body(v: unknown): unknown {
  const p = parseMaybeJson(v);
  const o = obj(p);
  if (o !== undefined && 'body' in o && !BODY_KEYS.some((k) => k in o)) return parseMaybeJson(o.body);
  return p;
}

export const portkeyAdapter: SourceAdapter = {
  id: 'portkey',
  title: 'Portkey log export rows (logs-export requested_data fields; portkey-ai SDK)',
  detect: (r) => 'ai_model' in r || 'ai_org' in r || 'req_units' in r || 'res_units' in r,
  map(raw: Json, ctx) {
    const r: Json = typeof raw.metadata === 'string' ? { ...raw, metadata: parseMaybeJson(raw.metadata) } : raw;
    const reqBody = body(r.request);
    const respBody = body(r.response);
    // unified-API logs hold OpenAI-shaped bodies whatever the provider: sniff the request only when the response does not say
    const anthropic = isAnthropicResponse(respBody) || (!isOpenAIResponse(respBody) && isAnthropicRequest(reqBody));
    const req = anthropic ? readAnthropicRequest(reqBody) : readOpenAIRequest(reqBody);
    const resp = anthropic ? readAnthropicResponse(respBody) : readOpenAIResponse(respBody);
    const meta = obj(r.metadata) ?? {};
    const respObj = obj(r.response);
    return buildExchange(
      {
        format: 'portkey',
        id: str(r.id) ?? str(meta.traceId),
        ts: toRfc3339(first(r.created_at, r.time_of_generation)),
        model: str(r.ai_model) ?? str(meta.model),
        who: identityReader(ctx.identity, PORTKEY_IDENTITY),
        whoRec: r,
        userAgent: header(obj(r.request)?.headers, 'user-agent'),
        status: count(r.response_status_code) ?? count(respObj?.status),
        latencyMs: num(r.response_time) ?? num(respObj?.response_time) ?? num(respObj?.time),
        conversationId: str(r.trace_id) ?? str(meta.trace_id) ?? str(meta.traceId),
        inputTokens: count(r.req_units),
        outputTokens: count(r.res_units),
        extra: rest(r, USED),
      },
      req,
      resp,
    );
  },
};
