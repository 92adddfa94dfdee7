// ingest adapters: the one place an exchange is assembled from what an adapter read (identity,
// time, request, response). Token rule: the response's normalised usage wins over the source's
// totals; 0/0, no usage, or a cut stream → counts kept as read (0 when absent) with usage_unknown.
import type { ClientIp } from '../identity.js';
import { RequestInfo } from './chat-request.js';
import { ResponseInfo } from './chat-response.js';
import type { IdentityReader } from './fields.js';
import type { AdapterOutput, Json } from './types.js';
import { oneChecked, reject } from './types.js';

export interface ExchangeBase {
  readonly format: string;
  id?: string | undefined;
  ts?: string | undefined;
  model?: string | undefined;
  /** The compiled identity fields (fields.ts identityReader) and the record they are read from. */
  who: IdentityReader;
  whoRec: unknown;
  ip?: ClientIp | undefined;
  userAgent?: string | undefined;
  status?: number | undefined;
  latencyMs?: number | undefined;
  conversationId?: string | undefined;
  /** Token totals the source logged itself (already under the cache/reasoning rule), if any. */
  inputTokens?: number | undefined;
  outputTokens?: number | undefined;
  /** Source fields with no contract field: kept under `extra`, never dropped. */
  extra: Json | undefined;
}

/**
 * The exchange object. Built as an object literal of its four required fields, every further field
 * (up to ~25) went to a property array grown a few slots at a time and copied on each growth (about
 * 1 µs a record in the profile). An object made by a constructor gets its fields in the object itself:
 * V8 sizes the instances of a constructor by the `this.x =` assignments in its body (counted by the
 * parser, taken or not), then trims them to what the first objects it made received. The branch below
 * is never taken: it only names the fields an exchange can get, so they fit. Every field is still set
 * only when present (an absent field stays absent), and the prototype is Object.prototype: the object
 * is indistinguishable from a literal.
 */
const ExchangeObject = function ExchangeObject(this: Json, room: boolean) {
  if (room) {
    this.id = this.ts = this.account_id = this.model = this.org_id = this.api_key_id = this.ip = undefined;
    this.user_agent = this.conversation_id = this.turn_index = this.system_prompt = this.prompt = undefined;
    this.tool_names = this.tool_calls = this.has_images = this.thinking = this.max_tokens = undefined;
    this.temperature = this.input_tokens = this.output_tokens = this.usage_unknown = this.status = undefined;
    this.stop_reason = this.latency_ms = this.response = this.response_id = this.source_format = this.extra = undefined;
  }
} as unknown as new (room: boolean) => Json;
(ExchangeObject as unknown as { prototype: object }).prototype = Object.prototype;

const EMPTY_REQ = new RequestInfo();
const EMPTY_RESP = new ResponseInfo();

/**
 * The exchange, built within the contract by construction: strings come from str() (typed, non-empty
 * where required), counts from count() (integers >= 0), ts from toRfc3339 (an RFC 3339 form the
 * validator accepts). The one source number the builder cannot vouch for, a negative latency, leaves
 * the output unchecked, so the validator rejects it with its usual reason.
 */
export function buildExchange(b: ExchangeBase, req: RequestInfo = EMPTY_REQ, resp: ResponseInfo = EMPTY_RESP): AdapterOutput {
  if (b.id === undefined) return reject('the record has no id');
  if (b.ts === undefined) return reject('the record has no readable time');
  const account = b.who.account(b.whoRec);
  if (account === undefined) return reject(`no account: none of the account fields [${b.who.accountFields.join(', ')}] holds a value (set them with the identity options)`);
  const model = resp.model ?? b.model ?? req.model;
  if (model === undefined) return reject('the record names no model');

  const x = new ExchangeObject(false);
  x.id = b.id;
  x.ts = b.ts;
  x.account_id = account;
  x.model = model;
  const org = b.who.org(b.whoRec);
  if (org !== undefined) x.org_id = org;
  const key = b.who.apiKey(b.whoRec);
  if (key !== undefined) x.api_key_id = key;
  const ip = b.ip;
  if (ip !== undefined && ip.ip !== undefined) x.ip = ip.ip;
  if (b.userAgent !== undefined) x.user_agent = b.userAgent;
  if (b.conversationId !== undefined) x.conversation_id = b.conversationId;
  // PRIVACY: prompt and system text flow only into the exchange
  if (req.turnIndex !== undefined) x.turn_index = req.turnIndex;
  if (req.system !== undefined) x.system_prompt = req.system;
  if (req.prompt !== undefined) x.prompt = req.prompt;
  if (req.toolNames !== undefined) x.tool_names = req.toolNames;
  if (resp.toolCalls !== undefined) x.tool_calls = resp.toolCalls;
  if (req.hasImages !== undefined) x.has_images = req.hasImages;
  const thinking = req.thinking ?? (resp.thinkingSeen ? true : undefined);
  if (thinking !== undefined) x.thinking = thinking;
  if (req.maxTokens !== undefined) x.max_tokens = req.maxTokens;
  if (req.temperature !== undefined) x.temperature = req.temperature;

  let inp = resp.hasUsage ? resp.inputTokens : b.inputTokens;
  let out = resp.hasUsage ? resp.outputTokens : b.outputTokens;
  if (inp === undefined && b.inputTokens !== undefined) inp = b.inputTokens;
  if (out === undefined && b.outputTokens !== undefined) out = b.outputTokens;
  x.input_tokens = inp ?? 0;
  x.output_tokens = out ?? 0;
  // 0/0 is what a stream cut before its usage event leaves behind: not a real count
  if (inp === undefined || out === undefined || (inp === 0 && out === 0) || resp.streamCut) x.usage_unknown = true;

  if (b.status !== undefined) x.status = b.status;
  if (resp.stopReason !== undefined) x.stop_reason = resp.stopReason;
  const lat = b.latencyMs;
  if (lat !== undefined) x.latency_ms = lat;
  if (resp.text !== undefined) x.response = resp.text;

  // fields the contract has no place for
  if (resp.cacheReadTokens) x.cache_read_input_tokens = resp.cacheReadTokens;
  if (resp.cacheWriteTokens) x.cache_creation_input_tokens = resp.cacheWriteTokens;
  if (resp.reasoningTokens) x.reasoning_tokens = resp.reasoningTokens;
  if (req.promptTruncated) x.prompt_truncated = true;
  if (req.promptRedacted) x.prompt_redacted = true;
  if (resp.responseRedacted) x.response_redacted = true;
  if (resp.streamCut) x.stream_cut = true;
  if (req.textUnreadable !== undefined) x.text_unreadable = req.textUnreadable;
  if (ip !== undefined && ip.chain !== undefined) x.ip_chain = ip.chain;
  if (resp.id !== undefined && resp.id !== b.id) x.response_id = resp.id;
  x.source_format = b.format;
  if (b.extra !== undefined) x.extra = b.extra;
  if (lat !== undefined && !(lat >= 0)) return { exchanges: [x], rejected: [], skipped: 0 };
  return oneChecked(x);
}

/** The fields of rec not in `used` (the source fields the contract has no place for); undefined when none. */
export function rest(rec: Json, used: ReadonlySet<string>): Json | undefined {
  let out: Json | undefined;
  for (const k in rec) {
    if (used.has(k)) continue;
    const v = rec[k];
    if (v === undefined || v === null) continue;
    if (out === undefined) out = {};
    out[k] = v;
  }
  return out;
}
