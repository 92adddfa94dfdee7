// ingest adapter 'anthropic': raw Anthropic Messages API request/response pairs (body or SSE stream)
// in the raw envelope (raw-envelope.ts). Follows the @anthropic-ai/sdk types: MessageCreateParams,
// Message, Usage, and the streaming events (RawMessageStreamEvent).
import { readAnthropicRequest } from './chat-request.js';
import { isAnthropicResponse, readAnthropicResponse } from './chat-response.js';
import { hasEnvelope, mapEnvelope } from './raw-envelope.js';
import { readAnthropicStream } from './sse.js';
import { reject, type SourceAdapter } from './types.js';
import { isObj } from './values.js';

export const anthropicAdapter: SourceAdapter = {
  id: 'anthropic',
  title: 'raw Anthropic Messages API request + response body or SSE stream, with the caller key/ip/ts (@anthropic-ai/sdk types)',
  detect: (r) => {
    if (!hasEnvelope(r)) return false;
    if (r.response !== undefined) return isAnthropicResponse(r.response);
    const s = r.stream;
    const text = typeof s === 'string' ? s.slice(0, 2000) : Array.isArray(s) ? JSON.stringify(s.slice(0, 3)) : '';
    return text.includes('message_start') || text.includes('content_block_delta');
  },
  map(r, ctx) {
    if (!isObj(r.request)) return reject('no request body (field "request")');
    const req = readAnthropicRequest(r.request);
    const resp = r.stream !== undefined && r.response === undefined ? readAnthropicStream(r.stream) : readAnthropicResponse(r.response);
    return mapEnvelope('anthropic', r, ctx, req, resp);
  },
};
