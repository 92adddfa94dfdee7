// ingest adapter 'litellm-spendlogs': rows of LiteLLM's LiteLLM_SpendLogs table (schema.prisma),
// as CSV/Parquet through DuckDB or JSON/JSONL. JSON columns (metadata, messages, response,
// proxy_server_request) may arrive as text and are parsed. Times are table timestamps (UTC).
import { clientIp } from '../identity.js';
import { identityReader } from './fields.js';
import { readOpenAIResponse } from './chat-response.js';
import { buildExchange, rest } from './build.js';
import { litellmRequest } from './litellm.js';
import type { Json, SourceAdapter } from './types.js';
import { count, obj, parseMaybeJson, startAndSpan, str } from './values.js';
import { header } from './raw-envelope.js';

export const SPENDLOGS_IDENTITY = {
  account: ['user', 'metadata.user_api_key_user_id', 'team_id', 'end_user'],
  apiKey: ['api_key'],
  org: ['organization_id', 'metadata.user_api_key_org_id', 'team_id'],
} as const;

const JSON_COLUMNS = ['metadata', 'messages', 'response', 'proxy_server_request', 'request_tags'] as const;
const USED = new Set(['request_id', 'startTime', 'endTime', 'model', 'messages', 'response', 'prompt_tokens', 'completion_tokens', 'requester_ip_address', 'session_id', 'status', 'proxy_server_request']);

function nonEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') return Object.keys(v).length > 0;
  return true;
}

export const litellmSpendLogsAdapter: SourceAdapter = {
  id: 'litellm-spendlogs',
  title: 'rows of the LiteLLM_SpendLogs table (LiteLLM proxy schema.prisma), CSV/Parquet/JSON',
  detect: (r) => typeof r.request_id === 'string' && typeof r.call_type === 'string' && ('spend' in r || 'api_key' in r),
  map(raw: Json, ctx) {
    // JSON columns held as text are parsed; the record is copied only when one of them is text
    let r: Json = raw;
    for (let i = 0; i < JSON_COLUMNS.length; i++) {
      const k = JSON_COLUMNS[i]!;
      const v = raw[k];
      if (typeof v !== 'string') continue;
      if (r === raw) r = { ...raw };
      r[k] = parseMaybeJson(v);
    }
    const psr = obj(r.proxy_server_request) ?? {};
    const body = obj(psr.body) ?? psr;
    // messages are '{}' unless store_prompts_in_spend_logs is on; the proxy request may still hold them
    const messages = nonEmpty(r.messages) ? r.messages : body.messages;
    const req = litellmRequest(messages, body);
    const resp = nonEmpty(r.response) ? readOpenAIResponse(r.response) : {};
    const status = str(r.status);
    const time = startAndSpan(r.startTime, r.endTime);
    return buildExchange(
      {
        format: 'litellm-spendlogs',
        id: str(r.request_id),
        ts: time.ts,
        model: str(r.model),
        who: identityReader(ctx.identity, SPENDLOGS_IDENTITY),
        whoRec: r,
        ip: clientIp(str(r.requester_ip_address), header(psr.headers, 'x-forwarded-for'), ctx.identity),
        userAgent: header(psr.headers, 'user-agent'),
        status: status === 'success' ? 200 : undefined,
        latencyMs: time.ms,
        conversationId: str(r.session_id),
        inputTokens: count(r.prompt_tokens),
        outputTokens: count(r.completion_tokens),
        extra: rest(r, USED),
      },
      req,
      resp,
    );
  },
};

