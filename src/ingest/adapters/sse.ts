// ingest adapters: streamed responses (server-sent events) → ResponseInfo. A stream is logged as
// raw SSE text ('event: …\ndata: {…}\n\n') or as a list of event objects. Follows the Anthropic
// streaming events (message_start, content_block_*, message_delta, message_stop) and the OpenAI
// chat.completion.chunk / Responses API events (response.output_text.delta, response.completed).
// A stream cut before its final event has no believable usage: streamCut is set.
import { arr, count, isObj, obj, str } from './values.js';
import type { Json } from './types.js';
import { readAnthropicUsage, readOpenAIResponse, readOpenAIUsage, ResponseInfo } from './chat-response.js';
import { isRedacted } from './chat-request.js';

/** The events of a logged stream, in order; unparseable data lines are skipped (and counted). */
export function streamEvents(stream: unknown): { events: Json[]; bad: number; done: boolean } {
  const events: Json[] = [];
  let bad = 0;
  let done = false;
  const add = (v: unknown): void => {
    if (isObj(v)) events.push(v);
    else bad++;
  };
  if (typeof stream === 'string') {
    for (const line of stream.split(/\r?\n/)) {
      if (!line.startsWith('data:')) continue;
      const d = line.slice(5).trim();
      if (d === '[DONE]') {
        done = true;
        continue;
      }
      try {
        add(JSON.parse(d));
      } catch {
        bad++;
      }
    }
  } else {
    for (const e of arr(stream) ?? []) {
      if (typeof e === 'string') {
        const d = e.replace(/^data:\s*/, '').trim();
        if (d === '[DONE]') done = true;
        else {
          try {
            add(JSON.parse(d));
          } catch {
            bad++;
          }
        }
      } else add(e);
    }
  }
  return { events, bad, done };
}

export function isAnthropicStream(events: readonly Json[]): boolean {
  return events.some((e) => e.type === 'message_start' || e.type === 'content_block_delta');
}

export function readAnthropicStream(stream: unknown): ResponseInfo {
  const { events } = streamEvents(stream);
  const into = new ResponseInfo();
  const texts: string[] = [];
  let calls = 0;
  let finished = false;
  for (const e of events) {
    switch (e.type) {
      case 'message_start': {
        const m = obj(e.message);
        if (m) {
          if (str(m.id)) into.id = m.id as string;
          if (str(m.model)) into.model = m.model as string;
          readAnthropicUsage(m.usage, into);
        }
        break;
      }
      case 'content_block_start': {
        const b = obj(e.content_block);
        if (b?.type === 'tool_use' || b?.type === 'server_tool_use') calls++;
        else if (b?.type === 'thinking' || b?.type === 'redacted_thinking') into.thinkingSeen = true;
        else if (b?.type === 'text' && typeof b.text === 'string') texts.push(b.text);
        break;
      }
      case 'content_block_delta': {
        const d = obj(e.delta);
        if (d?.type === 'text_delta' && typeof d.text === 'string') texts.push(d.text);
        else if (d?.type === 'thinking_delta') into.thinkingSeen = true;
        break;
      }
      case 'message_delta': {
        const d = obj(e.delta);
        const sr = str(d?.stop_reason);
        if (sr !== undefined) into.stopReason = sr;
        // message_delta usage holds the final output count (and, in newer streams, the input side)
        const u = obj(e.usage);
        if (u) {
          const out = count(u.output_tokens);
          if (out !== undefined) into.outputTokens = out;
          if (count(u.input_tokens) !== undefined) readAnthropicUsage({ ...u, output_tokens: out ?? 0 }, into);
        }
        finished = true;
        break;
      }
      default:
        break;
    }
  }
  const t = texts.join('');
  if (isRedacted(t)) into.responseRedacted = true;
  else if (t.length > 0) into.text = t;
  into.toolCalls = calls;
  if (!finished) into.streamCut = true;
  return into;
}

export function readOpenAIStream(stream: unknown): ResponseInfo {
  const { events, done } = streamEvents(stream);
  // Responses API: the final event carries the whole response
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i]!;
    if ((e.type === 'response.completed' || e.type === 'response.incomplete' || e.type === 'response.failed') && isObj(e.response)) return readOpenAIResponse(e.response);
  }
  const into = new ResponseInfo();
  const texts: string[] = [];
  const toolIdx = new Set<number>();
  let finished = false;
  for (const e of events) {
    if (typeof e.type === 'string' && e.type.startsWith('response.')) {
      if (e.type === 'response.output_text.delta' && typeof e.delta === 'string') texts.push(e.delta);
      const r = obj(e.response);
      if (r && str(r.id)) into.id = r.id as string;
      if (r && str(r.model)) into.model = r.model as string;
      continue;
    }
    if (str(e.id) && into.id === undefined) into.id = e.id as string;
    if (str(e.model) && into.model === undefined) into.model = e.model as string;
    readOpenAIUsage(e.usage, into);
    for (const c of arr(e.choices) ?? []) {
      if (!isObj(c)) continue;
      const d = obj(c.delta);
      if (d) {
        if (typeof d.content === 'string') texts.push(d.content);
        if (typeof d.reasoning_content === 'string' || typeof d.reasoning === 'string') into.thinkingSeen = true;
        for (const tc of arr(d.tool_calls) ?? []) if (isObj(tc)) toolIdx.add(count(tc.index) ?? toolIdx.size);
      }
      const fr = str(c.finish_reason);
      if (fr !== undefined) {
        into.stopReason = fr;
        finished = true;
      }
    }
  }
  const t = texts.join('');
  if (isRedacted(t)) into.responseRedacted = true;
  else if (t.length > 0) into.text = t;
  into.toolCalls = toolIdx.size;
  // a chat stream ends with a finish_reason (then, with include_usage, a usage chunk) and [DONE]
  if (!finished && !done) into.streamCut = true;
  return into;
}
