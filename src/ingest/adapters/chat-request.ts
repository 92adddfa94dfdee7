// ingest adapters: request bodies of the chat APIs → what an exchange keeps of them. Follows the
// OpenAI SDK types (ChatCompletionCreateParams, ResponseCreateParams, CompletionCreateParams) and the
// Anthropic SDK's MessageCreateParams. PRIVACY: returns prompt text; it only flows into Exchange.
import { arr, count, flat, isObj, num, obj, str } from './values.js';
import type { Json } from './types.js';

/**
 * What an exchange keeps of a request. A class whose every field is present from the start (undefined
 * until read): each reader fills the fields it finds, and every RequestInfo has one shape, so the
 * builder's dozen reads of it are loads the engine caches once, not lookups among the shapes that each
 * combination of present fields would give an object literal.
 */
export class RequestInfo {
  model: string | undefined = undefined;
  system: string | undefined = undefined;
  prompt: string | undefined = undefined;
  turnIndex: number | undefined = undefined;
  hasImages: boolean | undefined = undefined;
  toolNames: string[] | undefined = undefined;
  thinking: boolean | undefined = undefined;
  maxTokens: number | undefined = undefined;
  temperature: number | undefined = undefined;
  stream: boolean | undefined = undefined;
  /** The newest user text was cut in the middle by the logger (marker found). */
  promptTruncated: boolean | undefined = undefined;
  /** The logger replaced the text with a redaction marker: there is no text, not a prompt. */
  promptRedacted: boolean | undefined = undefined;
  /** Why the messages could not be read as a conversation (e.g. 'messages is a number'). */
  textUnreadable: string | undefined = undefined;
}

/** Texts loggers put in place of content they were told not to keep. */
export const REDACTION_MARKERS: readonly string[] = ['redacted-by-litellm', '[REDACTED]', '<redacted>', 'REDACTED'];
/** Markers of middle truncation: '... (truncated 1234 chars) ...', '[truncated]', '…[truncated N]'. */
const TRUNCATION = /(?:\.\.\.|…)\s*[([]?\s*truncated\b|\[truncated\b|\(truncated \d+/i;

const MAX_MARKER = 32;

export function isRedacted(s: string | undefined): boolean {
  // markers are short: a longer text is never one (and needs no trim)
  return s !== undefined && s.length <= MAX_MARKER && REDACTION_MARKERS.includes(s.trim());
}
export function isTruncated(s: string | undefined): boolean {
  // every marker holds '...', '…', '[' or '(': a text with none of them (most prompts) needs no regex run
  return s !== undefined && (s.indexOf('(') >= 0 || s.indexOf('[') >= 0 || s.indexOf('...') >= 0 || s.indexOf('…') >= 0) && TRUNCATION.test(s);
}

interface ContentText {
  text: string;
  images: boolean;
  /** The content was only tool results (a tool return, not a user turn). */
  toolOnly: boolean;
}

const IMAGE_PARTS = new Set(['image_url', 'image', 'input_image', 'image_file']);
const TEXT_PARTS = new Set(['text', 'input_text', 'output_text']);

// What the last contentOf call saw besides text (module state: the readers are synchronous).
let sawImages = false;
let sawToolOnly = false;

/**
 * Text of a message content (a string, or parts of any of the APIs, and OTel parts); sets sawImages
 * and sawToolOnly. Text parts are joined with '\n'. Allocates nothing for a string or a single part.
 */
export function contentOf(content: unknown): string {
  sawImages = false;
  sawToolOnly = false;
  if (typeof content === 'string') return content;
  let text: string | undefined;
  let joined = false;
  let tools = 0;
  let parts: unknown[];
  if (Array.isArray(content)) parts = content;
  else if (isObj(content)) parts = [content];
  else return '';
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    let s: string | undefined;
    if (typeof p === 'string') s = p;
    else if (isObj(p)) {
      const t = typeof p.type === 'string' ? p.type : 'text';
      if (TEXT_PARTS.has(t)) s = str(p.text) ?? str(p.content);
      else if (IMAGE_PARTS.has(t) || ((t === 'blob' || t === 'uri' || t === 'file') && p.modality === 'image')) sawImages = true;
      else if (t === 'tool_result' || t === 'tool_call_response' || t === 'function_call_output') tools++;
    }
    if (s === undefined) continue;
    joined = text !== undefined;
    text = text === undefined ? s : `${text}\n${s}`;
  }
  sawToolOnly = tools > 0 && text === undefined && !sawImages;
  return text === undefined ? '' : joined ? flat(text) : text;
}

/** Text and image presence of a message content (the object form of contentOf). */
export function contentText(content: unknown): ContentText {
  const text = contentOf(content);
  return { text, images: sawImages, toolOnly: sawToolOnly };
}

/**
 * A conversation (a list of messages) → system text, newest user text and how many user turns came
 * before it. A user message holding only tool results is a tool return, not a turn. With `otel`, a
 * message that has `parts` and no `content` (OpenTelemetry GenAI {role, parts}) is read by its parts.
 */
export function readConversation(messages: unknown, into: RequestInfo, otel = false): void {
  if (!Array.isArray(messages)) {
    if (typeof messages === 'string') readConversation([{ role: 'user', content: messages }], into);
    else if (isObj(messages) && 'content' in messages) readConversation([messages], into);
    else if (messages !== undefined && messages !== null) into.textUnreadable = `messages is ${typeof messages}, not a list`;
    return;
  }
  let system = into.system;
  let systemAdded = false;
  let last: string | undefined;
  let users = 0;
  let images = false;
  for (let i = 0; i < messages.length; i++) {
    const m: unknown = messages[i];
    if (!isObj(m)) continue;
    const r = typeof m.role === 'string' && m.role.length > 0 ? m.role : m.type === 'function_call_output' ? 'tool' : undefined;
    const text = contentOf(otel && !('content' in m) && 'parts' in m ? m.parts : m.content);
    if (sawImages) images = true;
    if (r === 'system' || r === 'developer') {
      if (text.length > 0) {
        system = system === undefined ? text : `${system}\n\n${text}`;
        systemAdded = true;
      }
    } else if (r === 'user' && !sawToolOnly && (text.length > 0 || sawImages)) {
      users++;
      last = text;
    }
  }
  if (systemAdded) setSystem(into, system === into.system ? system! : flat(system!));
  if (images) into.hasImages = true;
  if (users > 0) {
    into.turnIndex = users - 1;
    setPrompt(into, last ?? '');
  }
}

/** PRIVACY: a redaction marker is not a prompt; a cut text is kept and flagged. */
function setPrompt(into: RequestInfo, text: string): void {
  if (isRedacted(text)) {
    into.promptRedacted = true;
    return;
  }
  if (isTruncated(text)) into.promptTruncated = true;
  if (text.length > 0) into.prompt = text;
}

function setSystem(into: RequestInfo, text: string): void {
  if (isRedacted(text)) return;
  into.system = text;
}

function addToolNames(list: unknown, names: string[] | undefined): string[] | undefined {
  if (!Array.isArray(list)) return names;
  for (let i = 0; i < list.length; i++) {
    const t: unknown = list[i];
    if (!isObj(t)) continue;
    // chat: {type:'function', function:{name}}; responses/anthropic/OTel: {name}; built-in tools: {type}
    const n = str(obj(t.function)?.name) ?? str(t.name) ?? str(t.type);
    if (n !== undefined) (names ??= []).push(n);
  }
  return names;
}

function toolNames(tools: unknown, functions: unknown): string[] | undefined {
  return addToolNames(functions, addToolNames(tools, undefined));
}

function common(b: Json, into: RequestInfo): void {
  const model = str(b.model);
  if (model !== undefined) into.model = model;
  const t = num(b.temperature);
  if (t !== undefined) into.temperature = t;
  if (typeof b.stream === 'boolean') into.stream = b.stream;
  const names = toolNames(b.tools, b.functions);
  if (names) into.toolNames = names;
}

/** OpenAI chat completions, Responses API, or legacy completions request body (withText=false: parameters only). */
export function readOpenAIRequest(body: unknown, withText = true): RequestInfo {
  const into = new RequestInfo();
  const b = obj(body);
  if (!b) return into;
  common(b, into);
  const mt = count(b.max_completion_tokens) ?? count(b.max_output_tokens) ?? count(b.max_tokens);
  if (mt !== undefined) into.maxTokens = mt;
  // reasoning: chat 'reasoning_effort', responses 'reasoning.effort'; 'none' asks for no reasoning
  const effort = str(b.reasoning_effort) ?? str(obj(b.reasoning)?.effort);
  if (effort !== undefined) into.thinking = effort !== 'none';
  else if (isObj(b.thinking)) into.thinking = b.thinking.type !== 'disabled';
  const instr = str(b.instructions);
  if (instr !== undefined) setSystem(into, instr);
  if (!withText) return into;
  if ('messages' in b) readConversation(b.messages, into);
  else if ('input' in b) readConversation(b.input, into);
  else if ('prompt' in b) readConversation(Array.isArray(b.prompt) ? b.prompt.filter((x) => typeof x === 'string').join('\n') : b.prompt, into);
  return into;
}

/** Anthropic Messages API request body (MessageCreateParams). */
export function readAnthropicRequest(body: unknown): RequestInfo {
  const into = new RequestInfo();
  const b = obj(body);
  if (!b) return into;
  common(b, into);
  const mt = count(b.max_tokens);
  if (mt !== undefined) into.maxTokens = mt;
  // thinking: {type:'enabled', budget_tokens} | {type:'adaptive'} | {type:'disabled'}
  if (isObj(b.thinking)) into.thinking = b.thinking.type !== 'disabled';
  const sys = b.system;
  if (sys !== undefined) {
    const s = contentText(sys).text;
    if (s.length > 0) setSystem(into, s);
  }
  readConversation(b.messages, into);
  return into;
}

/** Looks like an Anthropic request rather than an OpenAI one. */
export function isAnthropicRequest(body: unknown): boolean {
  const b = obj(body);
  if (!b) return false;
  if ('anthropic_version' in b || 'system' in b || isObj(b.thinking)) return true;
  const msgs = arr(b.messages) ?? [];
  return msgs.some((m) => isObj(m) && Array.isArray(m.content) && m.content.some((p) => isObj(p) && (p.type === 'tool_result' || p.type === 'tool_use' || (p.type === 'image' && isObj(p.source)))));
}
