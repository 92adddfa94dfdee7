// ingest adapter 'helicone': Helicone request exports (@helicone/export JSON/JSONL/CSV; the
// HeliconeRequest fields of the /v1/request/query API and the request_response_rmt table:
// request_id, request_created_at, request_body, response_body, response_status, request_user_id,
// prompt_tokens, completion_tokens, prompt_cache_read_tokens, prompt_cache_write_tokens, provider,
// delay_ms, country_code, properties, …). Helicone keeps no client IP (only a country code).
import { identityReader } from './fields.js';
import { isAnthropicRequest, readAnthropicRequest, readOpenAIRequest } from './chat-request.js';
import { isAnthropicResponse, readAnthropicResponse, readOpenAIResponse } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import type { Json, SourceAdapter } from './types.js';
import { count, first, num, obj, parseMaybeJson, str, toRfc3339 } from './values.js';

export const HELICONE_IDENTITY = {
  account: ['request_user_id', 'user_id', 'request_properties.Helicone-User-Id'],
  apiKey: ['proxy_key_id', 'request_properties.Helicone-Key-Id'],
  org: ['request_properties.Helicone-Property-Org', 'properties.Helicone-Property-Org'],
} as const;

const USED = new Set(['request_id', 'request_created_at', 'request_body', 'response_body', 'response_status', 'status', 'request_model', 'response_model', 'model', 'prompt_tokens', 'completion_tokens', 'delay_ms', 'latency']);

export const heliconeAdapter: SourceAdapter = {
  id: 'helicone',
  title: 'Helicone request export rows (@helicone/export; HeliconeRequest / request_response_rmt fields)',
  detect: (r) => typeof r.request_id === 'string' && ('request_created_at' in r || 'response_created_at' in r),
  map(raw: Json, ctx) {
    // CSV exports keep the JSON columns as text
    const r: Json = typeof raw.request_properties === 'string' || typeof raw.properties === 'string' ? { ...raw, request_properties: parseMaybeJson(raw.request_properties), properties: parseMaybeJson(raw.properties) } : raw;
    const reqBody = parseMaybeJson(r.request_body);
    const respBody = parseMaybeJson(r.response_body);
    const provider = (str(r.provider) ?? '').toUpperCase();
    // the provider column says which API the bodies follow; sniff the bodies only when it is absent
    const anthropic = provider !== '' ? provider === 'ANTHROPIC' : isAnthropicResponse(respBody) || isAnthropicRequest(reqBody);
    const req = anthropic ? readAnthropicRequest(reqBody) : readOpenAIRequest(reqBody);
    const resp = anthropic ? readAnthropicResponse(respBody) : readOpenAIResponse(respBody);
    // Helicone's own counts: for Anthropic prompt_tokens excludes the cache parts, as the API reports it
    let inp = count(r.prompt_tokens);
    if (inp !== undefined && anthropic) inp += (count(r.prompt_cache_read_tokens) ?? 0) + (count(r.prompt_cache_write_tokens) ?? 0);
    return buildExchange(
      {
        format: 'helicone',
        id: str(r.request_id),
        ts: toRfc3339(r.request_created_at),
        model: str(r.response_model) ?? str(r.request_model) ?? str(r.model),
        who: identityReader(ctx.identity, HELICONE_IDENTITY),
        whoRec: r,
        status: count(first(r.response_status, r.status)),
        latencyMs: num(first(r.delay_ms, r.latency)),
        inputTokens: inp,
        outputTokens: count(r.completion_tokens),
        extra: rest(r, USED),
      },
      req,
      resp,
    );
  },
};

