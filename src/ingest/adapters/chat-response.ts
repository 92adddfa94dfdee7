// ingest adapters: response bodies of the chat APIs → text, tool calls, stop reason and token usage
// under one rule: input tokens include cache reads and writes (Anthropic reports them apart, OpenAI
// includes them), output tokens include reasoning tokens. Follows the OpenAI SDK types (ChatCompletion,
// Response, Completion, CompletionUsage) and the Anthropic SDK's Message and Usage.
import { arr, count, isObj, obj, str } from './values.js';
import { contentOf, isRedacted } from './chat-request.js';

/** What an exchange keeps of a response: one shape for every record, as RequestInfo (chat-request.ts). */
export class ResponseInfo {
  id: string | undefined = undefined;
  model: string | undefined = undefined;
  text: string | undefined = undefined;
  toolCalls: number | undefined = undefined;
  stopReason: string | undefined = undefined;
  inputTokens: number | undefined = undefined;
  outputTokens: number | undefined = undefined;
  cacheReadTokens: number | undefined = undefined;
  cacheWriteTokens: number | undefined = undefined;
  reasoningTokens: number | undefined = undefined;
  /** The body held a usage block; without one the token counts are not known. */
  hasUsage: boolean | undefined = undefined;
  /** A stream that ended before its final event (no usage, no stop reason). */
  streamCut: boolean | undefined = undefined;
  responseRedacted: boolean | undefined = undefined;
  /** The response carried reasoning/thinking content. */
  thinkingSeen: boolean | undefined = undefined;
}

/** OpenAI usage (chat: prompt/completion_tokens; responses: input/output_tokens). Totals already include cache and reasoning. */
export function readOpenAIUsage(u: unknown, into: ResponseInfo): void {
  const usage = obj(u);
  if (!usage) return;
  const inp = count(usage.prompt_tokens) ?? count(usage.input_tokens);
  const out = count(usage.completion_tokens) ?? count(usage.output_tokens);
  if (inp === undefined && out === undefined) return;
  into.hasUsage = true;
  const cached = count(obj(usage.prompt_tokens_details)?.cached_tokens) ?? count(obj(usage.input_tokens_details)?.cached_tokens) ?? count(usage.cache_read_input_tokens);
  const written = count(usage.cache_creation_input_tokens);
  const reasoning = count(obj(usage.completion_tokens_details)?.reasoning_tokens) ?? count(obj(usage.output_tokens_details)?.reasoning_tokens);
  into.inputTokens = inp ?? 0;
  into.outputTokens = out ?? 0;
  // Gateways that pass Anthropic counts through in OpenAI shape (LiteLLM does include them): a total
  // smaller than its own cache parts cannot include them, so add them.
  if (cached !== undefined) {
    into.cacheReadTokens = cached;
  }
  if (written !== undefined) into.cacheWriteTokens = written;
  if (into.inputTokens < (cached ?? 0) + (written ?? 0)) into.inputTokens += (cached ?? 0) + (written ?? 0);
  if (reasoning !== undefined) {
    into.reasoningTokens = reasoning;
    if (into.outputTokens < reasoning) into.outputTokens += reasoning;
  }
}

/** Anthropic usage: input_tokens excludes cache_creation_input_tokens and cache_read_input_tokens. */
export function readAnthropicUsage(u: unknown, into: ResponseInfo): void {
  const usage = obj(u);
  if (!usage) return;
  const inp = count(usage.input_tokens);
  const out = count(usage.output_tokens);
  if (inp === undefined && out === undefined) return;
  into.hasUsage = true;
  const read = count(usage.cache_read_input_tokens) ?? 0;
  const write = count(usage.cache_creation_input_tokens) ?? 0;
  into.cacheReadTokens = read;
  into.cacheWriteTokens = write;
  into.inputTokens = (inp ?? 0) + read + write;
  into.outputTokens = out ?? 0;
}

function setText(into: ResponseInfo, t: string): void {
  if (isRedacted(t)) into.responseRedacted = true;
  else if (t.length > 0) into.text = t;
}

/** The part every response body shares: a bare string is the text; otherwise its id and model. */
function readBodyHeader(body: unknown, into: ResponseInfo): ReturnType<typeof obj> {
  if (typeof body === 'string') {
    setText(into, body);
    return undefined;
  }
  const b = obj(body);
  if (!b) return undefined;
  const id = str(b.id);
  if (id !== undefined) into.id = id;
  const model = str(b.model);
  if (model !== undefined) into.model = model;
  return b;
}

/** OpenAI ChatCompletion, Response (Responses API) or Completion body. */
export function readOpenAIResponse(body: unknown): ResponseInfo {
  const into = new ResponseInfo();
  const b = readBodyHeader(body, into);
  if (!b) return into;
  readOpenAIUsage(b.usage, into);
  const choices = arr(b.choices);
  if (choices) {
    const c = obj(choices[0]);
    if (c) {
      const msg = obj(c.message);
      if (msg) {
        setText(into, contentOf(msg.content));
        const tc = arr(msg.tool_calls);
        into.toolCalls = (tc?.length ?? 0) + (isObj(msg.function_call) ? 1 : 0);
        if (str(msg.reasoning_content) !== undefined || str(msg.reasoning) !== undefined) into.thinkingSeen = true;
      } else setText(into, typeof c.text === 'string' ? c.text : '');
      const fr = str(c.finish_reason);
      if (fr !== undefined) into.stopReason = fr;
    }
    return into;
  }
  const output = arr(b.output);
  if (output) {
    // Responses API: output items message / function_call / reasoning / built-in tool calls
    let text = '';
    let calls = 0;
    for (const item of output) {
      if (!isObj(item)) continue;
      if (item.type === 'message') text += contentOf(item.content);
      else if (item.type === 'reasoning') into.thinkingSeen = true;
      else if (typeof item.type === 'string' && item.type.endsWith('_call')) calls++;
    }
    setText(into, text);
    into.toolCalls = calls;
    const status = str(b.status);
    const reason = str(obj(b.incomplete_details)?.reason);
    if (reason !== undefined || status !== undefined) into.stopReason = reason ?? status!;
  }
  return into;
}

/** Anthropic Message body. */
export function readAnthropicResponse(body: unknown): ResponseInfo {
  const into = new ResponseInfo();
  const b = readBodyHeader(body, into);
  if (!b) return into;
  readAnthropicUsage(b.usage, into);
  let text = '';
  let calls = 0;
  const content = arr(b.content) ?? [];
  for (let i = 0; i < content.length; i++) {
    const block: unknown = content[i];
    if (!isObj(block)) continue;
    if (block.type === 'text' && typeof block.text === 'string') text += block.text;
    else if (block.type === 'tool_use' || block.type === 'server_tool_use') calls++;
    else if (block.type === 'thinking' || block.type === 'redacted_thinking') into.thinkingSeen = true;
  }
  setText(into, text);
  into.toolCalls = calls;
  const sr = str(b.stop_reason);
  if (sr !== undefined) into.stopReason = sr;
  return into;
}

/** Clearly an OpenAI body (a ChatCompletion, Response or Completion): no need to look at the request. */
export function isOpenAIResponse(body: unknown): boolean {
  const b = obj(body);
  return b !== undefined && (typeof b.object === 'string' || Array.isArray(b.choices));
}

/** Looks like an Anthropic Message rather than an OpenAI body. */
export function isAnthropicResponse(body: unknown): boolean {
  const b = obj(body);
  return b !== undefined && (b.type === 'message' || (Array.isArray(b.content) && 'stop_reason' in b));
}
