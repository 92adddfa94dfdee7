// ingest adapter 'helicone': Helicone request exports (@helicone/export JSON/JSONL/CSV), rows of
// HeliconeRequest (Helicone/helicone packages/llm-mapper/types.ts: request_id, request_created_at,
// request_body, response_body, response_status, response_model, request_model, request_user_id,
// request_properties, provider, delay_ms, time_to_first_token, prompt_tokens, completion_tokens,
// prompt_cache_read_tokens, prompt_cache_write_tokens, country_code, costUSD, properties, …).
// Helicone keeps no client IP (only a country code).
import { identityReader } from './fields.js';
import { isAnthropicRequest, readAnthropicRequest, readOpenAIRequest } from './chat-request.js';
import { isAnthropicResponse, readAnthropicResponse, readOpenAIResponse } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import type { Json, SourceAdapter } from './types.js';
import { count, first, num, obj, parseMaybeJson, str, toRfc3339 } from './values.js';

// Helicone-User-Id becomes request_user_id (user_id in request_response_rmt). Custom properties
// are stored under the header name without its 'Helicone-Property-' prefix, lower-cased as the
// worker's Headers yields it (worker/src/lib/models/HeliconeHeaders.ts getHeliconeProperties): the
// org default is a property named 'org' (header Helicone-Property-Org); name yours with --org-field.
export const HELICONE_IDENTITY = {
  account: ['request_user_id', 'user_id'],
  apiKey: ['proxy_key_id', 'key_name'],
  org: ['request_properties.org', 'properties.org'],
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
        // the worker files Helicone-Session-Id among the properties
        conversationId: str(obj(r.request_properties)?.['Helicone-Session-Id']) ?? str(obj(r.properties)?.['Helicone-Session-Id']),
        inputTokens: inp,
        outputTokens: count(r.completion_tokens),
        extra: rest(r, USED),
      },
      req,
      resp,
    );
  },
};

