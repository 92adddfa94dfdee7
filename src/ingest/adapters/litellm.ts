// ingest adapter 'litellm': LiteLLM's StandardLoggingPayload, the object every LiteLLM callback and
// bucket logger writes (litellm/types/utils.py StandardLoggingPayload; docs/proxy/logging_spec.md).
// messages/response are OpenAI-shaped (LiteLLM normalises providers); prompt_tokens already holds
// cache reads and writes. 'redacted-by-litellm' means the text was not kept.
import { clientAddress } from './client-ip.js';
import { identityReader } from './fields.js';
import { readConversation, readOpenAIRequest, type RequestInfo } from './chat-request.js';
import { readOpenAIResponse } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import type { Json, SourceAdapter } from './types.js';
import { count, num, obj, parseMaybeJson, startAndSpan, str } from './values.js';

export const LITELLM_IDENTITY = {
  account: ['metadata.user_api_key_user_id', 'metadata.user_api_key_team_id', 'end_user'],
  apiKey: ['metadata.user_api_key_hash', 'metadata.user_api_key_alias'],
  org: ['metadata.user_api_key_org_id', 'metadata.user_api_key_team_id'],
} as const;

const USED = new Set(['id', 'startTime', 'endTime', 'model', 'messages', 'response', 'model_parameters', 'prompt_tokens', 'completion_tokens', 'requester_ip_address', 'trace_id', 'status', 'error_information']);

/** status 'success' → 200; a failure's error_code ('429') when numeric. */
export function litellmStatus(status: unknown, errorInfo: unknown): number | undefined {
  if (status === 'success') return 200;
  const code = count(obj(errorInfo)?.error_code);
  return code !== undefined && code >= 100 && code < 600 ? code : undefined;
}

/** Request side from LiteLLM's messages + model_parameters (tools, thinking, max_tokens…). */
export function litellmRequest(messages: unknown, params: unknown): RequestInfo {
  const req = readOpenAIRequest(obj(params) ?? {}, false);
  readConversation(messages, req);
  return req;
}

export const litellmAdapter: SourceAdapter = {
  id: 'litellm',
  title: 'LiteLLM StandardLoggingPayload (callbacks, bucket loggers; litellm/types/utils.py)',
  detect: (r) => typeof r.id === 'string' && typeof r.call_type === 'string' && 'startTime' in r && (obj(r.metadata) !== undefined || 'model_parameters' in r || 'hidden_params' in r),
  map(r: Json, ctx) {
    const meta = obj(r.metadata);
    const req = litellmRequest(parseMaybeJson(r.messages), r.model_parameters);
    const resp = readOpenAIResponse(parseMaybeJson(r.response));
    const headers = meta !== undefined ? obj(meta.requester_custom_headers) : undefined;
    const time = startAndSpan(r.startTime, r.endTime);
    const rt = num(r.response_time);
    return buildExchange(
      {
        format: 'litellm',
        id: str(r.id),
        ts: time.ts,
        model: str(r.model),
        who: identityReader(ctx.identity, LITELLM_IDENTITY),
        whoRec: r,
        ip: clientAddress(str(r.requester_ip_address) ?? str(meta?.requester_ip_address), str(headers?.['x-forwarded-for']), ctx.identity),
        userAgent: str(meta?.user_agent) ?? str(headers?.['user-agent']),
        status: litellmStatus(r.status, r.error_information),
        latencyMs: time.ms ?? (rt !== undefined ? rt * 1000 : undefined),
        conversationId: str(r.trace_id),
        inputTokens: count(r.prompt_tokens),
        outputTokens: count(r.completion_tokens),
        extra: rest(r, USED),
      },
      req,
      resp,
    );
  },
};
