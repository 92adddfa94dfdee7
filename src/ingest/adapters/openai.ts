// ingest adapter 'openai': raw OpenAI API request/response pairs (chat completions, Responses API,
// legacy completions; bodies or SSE streams) in the raw envelope (raw-envelope.ts). Follows the
// openai SDK types: ChatCompletionCreateParams, ChatCompletion, ChatCompletionChunk, Response, ResponseStreamEvent.
import { readOpenAIRequest } from './chat-request.js';
import { readOpenAIResponse } from './chat-response.js';
import { hasEnvelope, mapEnvelope } from './raw-envelope.js';
import { readOpenAIStream } from './sse.js';
import { reject, type Json, type SourceAdapter } from './types.js';
import { isObj, obj } from './values.js';

function looksOpenAI(r: Json): boolean {
  const resp = obj(r.response);
  if (resp) return typeof resp.object === 'string' || Array.isArray(resp.choices) || Array.isArray(resp.output);
  const s = r.stream;
  const text = typeof s === 'string' ? s : Array.isArray(s) ? JSON.stringify(s.slice(0, 3)) : '';
  return /chat\.completion\.chunk|"response\.created"|"type":\s*"response\./.test(text);
}

export const openaiAdapter: SourceAdapter = {
  id: 'openai',
  title: 'raw OpenAI API request + response body or SSE stream, with the caller key/ip/ts (openai SDK types)',
  detect: (r) => hasEnvelope(r) && looksOpenAI(r),
  map(r, ctx) {
    if (!isObj(r.request)) return reject('no request body (field "request")');
    const req = readOpenAIRequest(r.request);
    const resp = r.stream !== undefined && r.response === undefined ? readOpenAIStream(r.stream) : readOpenAIResponse(r.response);
    return mapEnvelope('openai', r, ctx, req, resp);
  },
};
