// ingest adapter 'litellm-spendlogs': rows of LiteLLM's LiteLLM_SpendLogs table (schema.prisma),
// as CSV/Parquet through DuckDB or JSON/JSONL. JSON columns (metadata, messages, response,
// proxy_server_request) may arrive as text and are parsed. Times are table timestamps (UTC).
import { clientAddress } from './client-ip.js';
import { identityReader, identityTouches } from './fields.js';
import { readOpenAIResponse } from './chat-response.js';
import { buildExchange } from './build.js';
import { litellmRequest } from './litellm.js';
import type { Json, SourceAdapter } from './types.js';
import { count, obj, parseMaybeJson, startAndSpan, str } from './values.js';
import { header } from './raw-envelope.js';

export const SPENDLOGS_IDENTITY = {
  account: ['user', 'metadata.user_api_key_user_id', 'team_id', 'end_user'],
  apiKey: ['api_key'],
  org: ['organization_id', 'metadata.user_api_key_org_id', 'team_id'],
} as const;

const JSON_COLUMNS = new Set(['metadata', 'messages', 'response', 'proxy_server_request', 'request_tags']);
const USED = new Set(['request_id', 'startTime', 'endTime', 'model', 'messages', 'response', 'prompt_tokens', 'completion_tokens', 'requester_ip_address', 'session_id', 'status', 'proxy_server_request']);

/** A JSON value that holds something: not absent, null, '', [] or {}. */
function nonEmpty(v: unknown): boolean {
  if (v === undefined || v === null || v === '') return false;
  if (Array.isArray(v)) return v.length > 0;
  if (typeof v === 'object') {
    for (const _ in v) return true;
    return false;
  }
  return true;
}

export const litellmSpendLogsAdapter: SourceAdapter = {
  id: 'litellm-spendlogs',
  title: 'rows of the LiteLLM_SpendLogs table (LiteLLM proxy schema.prisma), CSV/Parquet/JSON',
  detect: (r) => typeof r.request_id === 'string' && typeof r.call_type === 'string' && ('spend' in r || 'api_key' in r),
  map(raw: Json, ctx) {
    // JSON columns held as text are parsed, each once; the row itself is not copied
    const metadata = parseMaybeJson(raw.metadata);
    const messagesCol = parseMaybeJson(raw.messages);
    const responseCol = parseMaybeJson(raw.response);
    const psrCol = parseMaybeJson(raw.proxy_server_request);
    const tags = parseMaybeJson(raw.request_tags);
    const psr = obj(psrCol) ?? {};
    const body = obj(psr.body) ?? psr;
    // messages are '{}' unless store_prompts_in_spend_logs is on; the proxy request may still hold them
    const messages = nonEmpty(messagesCol) ? messagesCol : body.messages;
    const req = litellmRequest(messages, body);
    const resp = nonEmpty(responseCol) ? readOpenAIResponse(responseCol) : undefined;
    const status = str(raw.status);
    const time = startAndSpan(raw.startTime, raw.endTime);
    // identity paths into a JSON column read it parsed: only then are the keys the paths can read
    // (who.heads, not the whole row) copied, with the JSON columns parsed
    const who = identityReader(ctx.identity, SPENDLOGS_IDENTITY);
    let whoRec: Json = raw;
    if (identityTouches(ctx.identity, SPENDLOGS_IDENTITY, JSON_COLUMNS)) {
      whoRec = Object.create(null) as Json;
      for (const k of who.heads) {
        if (!Object.prototype.hasOwnProperty.call(raw, k)) continue;
        whoRec[k] = k === 'metadata' ? metadata : k === 'messages' ? messagesCol : k === 'response' ? responseCol : k === 'proxy_server_request' ? psrCol : k === 'request_tags' ? tags : raw[k];
      }
    }
    // the fields the contract has no place for, the JSON columns among them parsed
    let extra: Json | undefined;
    for (const k in raw) {
      if (USED.has(k)) continue;
      const v = k === 'metadata' ? metadata : k === 'request_tags' ? tags : raw[k];
      if (v === undefined || v === null) continue;
      (extra ??= {})[k] = v;
    }
    return buildExchange(
      {
        format: 'litellm-spendlogs',
        id: str(raw.request_id),
        ts: time.ts,
        model: str(raw.model),
        who,
        whoRec,
        ip: clientAddress(str(raw.requester_ip_address), header(psr.headers, 'x-forwarded-for'), ctx.identity),
        userAgent: header(psr.headers, 'user-agent'),
        status: status === 'success' ? 200 : undefined,
        latencyMs: time.ms,
        conversationId: str(raw.session_id),
        inputTokens: count(raw.prompt_tokens),
        outputTokens: count(raw.completion_tokens),
        extra,
      },
      req,
      resp,
    );
  },
};
