// profile stage: EnrichedExchange stream → AccountState, a bundle of mergeable sketches of bounded
// size (≈ 6 KiB per account whatever its volume) laid out flat in one ArrayBuffer (layout.ts).
// addExchange mutates the state in place and allocates nothing; mergeAccountStates (merge.ts)
// returns a new state. Method: per-entity mergeable summaries (Agarwal et al. 2012).
import type { AccountId } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { ELICITATIONS } from '../enrich/types.js';
import { CAP, F, HLL_P, NCAP, NELI, R, S, S_LEN, STATE_BYTES, U, F_BYTES, F_LEN, U_LEN, R_LEN, U_BYTES } from './layout.js';
import { addActivityAt, RING_HOURS } from './sketches/activity.js';
import { addAmsAt } from './sketches/ams-f2.js';
import { addBottomKAt, bottomKHash } from './sketches/bottom-k.js';
import { addCounterAt, addDayCounterAt } from './sketches/bounded-counter.js';
import { addGapAt, GAP_SLOT, initGaps } from './sketches/gap-histogram.js';
import { fmix32, hashInt, hashString } from './sketches/hash.js';
import { addHllAt } from './sketches/hyperloglog.js';
import { addRetryAt } from './sketches/retry.js';
import { WINDOW_DIMS, windowCells } from './window-cells.js';

const DAY_MS = 86_400_000;
/** Score at or above which an elicitation or capability counts as present in one exchange. */
export const PRESENT_AT = 0.5;
/** Indices into ELICITATIONS of the elicitations that hand a distiller training signal. */
export const DISTILL_ELICITATIONS: readonly number[] = Object.freeze(['cot_reconstruction', 'rubric_grading', 'synthetic_data'].map((e) => ELICITATIONS.indexOf(e as (typeof ELICITATIONS)[number])));
const IS_DISTILL = ELICITATIONS.map((_, i) => DISTILL_ELICITATIONS.includes(i));

/** One account's state: fixed offsets (layout.ts) into f (Float64), u (Uint32), r (HLL registers). */
export class AccountState {
  readonly f: Float64Array;
  readonly u: Uint32Array;
  readonly r: Uint8Array;
  /** Names of counter keys and bottom-k values (layout S). */
  readonly strs: string[];
  /** Histogram over hashed per-exchange prompt/request cells, for the window distribution test. */
  readonly window: Uint32Array;

  constructor(readonly id: AccountId, buffer?: ArrayBuffer, strs?: string[]) {
    const buf = buffer ?? new ArrayBuffer(STATE_BYTES);
    this.f = new Float64Array(buf, 0, F_LEN);
    this.u = new Uint32Array(buf, F_BYTES, U_LEN);
    this.r = new Uint8Array(buf, F_BYTES + U_BYTES, R_LEN);
    this.window = new Uint32Array(buf, F_BYTES + U.window * 4, WINDOW_DIMS);
    this.strs = strs ?? new Array<string>(S_LEN).fill('');
    if (buffer === undefined) {
      initGaps(this.f, F.gaps);
      for (const m of [F.logIn, F.logOut]) {
        this.f[m + 3] = Infinity;
        this.f[m + 4] = -Infinity;
      }
    }
  }

  /** Exchanges added (including those with unusable times). */
  get n(): number {
    return this.f[F.n]!;
  }

  /** Exchanges without prompt text or sketch. */
  get noText(): number {
    return this.f[F.noText]!;
  }
}

export function emptyAccountState(id: AccountId): AccountState {
  return new AccountState(id);
}

/** A one-entry cache of a string's hash: consecutive exchanges mostly repeat a model, a client. */
class HashMemo {
  private s = '';
  private h: number;
  constructor(private readonly seed: number) {
    this.h = hashString('', seed);
  }
  get(x: string): number {
    if (x !== this.s) {
      this.s = x;
      this.h = hashString(x, this.seed);
    }
    return this.h;
  }
}
const modelHash = new HashMemo(0);
const channelHash = new HashMemo(0);
const scriptHash = new HashMemo(0);
const netHash = new HashMemo(0);
const uaHash = new HashMemo(0x5eed);
const tlsHash = new HashMemo(0x5eed);

/** Stop reasons of the providers, by class (STOP_CLASSES): end, cut, tool, refusal, other, none. */
export function stopClass(stop: string | undefined): number {
  switch (stop) {
    case undefined: return 5;
    case 'end_turn': case 'stop': case 'stop_sequence': case 'end': return 0;
    case 'max_tokens': case 'length': case 'model_context_window_exceeded': return 1;
    case 'tool_use': case 'tool_calls': case 'function_call': case 'pause_turn': return 2;
    case 'refusal': case 'content_filter': case 'safety': return 3;
    default: return 4;
  }
}

/** HTTP status by class (STATUS_CLASSES): ok, rate_limited, client_error, server_error, none. */
export function statusClass(st: number | undefined): number {
  if (st === undefined) return 4;
  if (st < 400) return 0;
  if (st === 429) return 1;
  return st < 500 ? 2 : 3;
}

let sink = 0;

/**
 * Reads one word of every cache line the exchange will update, back to back. The reads do not depend
 * on each other, so the CPU overlaps their misses (a state is ≈ 80 lines, spread over the heap by
 * account; updating them one by one waits for each miss in turn). The sum only keeps the reads alive.
 */
function warm(s: AccountState, hourSlot: number, th: number, sh: number, ch: number, ph: number, ah: number): void {
  const f = s.f;
  const u = s.u;
  const r = s.r;
  const hod = hourSlot < 0 ? 0 : hourSlot % 24;
  const ring = hourSlot < 0 ? 0 : hourSlot % RING_HOURS;
  let w = f[F.n]! + f[F.n + 8]! + f[F.n + 16]! + f[F.n + 24]! + f[F.gaps + 6]! + f[F.gaps + 10]! + f[F.gaps + 18]! + f[F.capSum + 4]! + f[F.retry]!;
  w += u[U.statusMix]! + u[U.statusMix + 16]! + u[U.hourOfDay + hod]! + u[U.ring + (ring >>> 5)]! + u[U.models]! + u[U.channels]! + u[U.scripts]! + u[U.netClasses]!;
  w += u[U.prefixSample]! + u[U.uaSample]! + u[U.modelDays]!;
  w += r[R.templates + ((th >>> 0) >>> (32 - HLL_P.templates))]! + r[R.contents + ((sh >>> 0) >>> (32 - HLL_P.contents))]!;
  w += r[R.conversations + ((ch >>> 0) >>> (32 - HLL_P.conversations))]! + r[R.prefixes + ((ph >>> 0) >>> (32 - HLL_P.prefixes))]! + r[R.asns + ((ah >>> 0) >>> (32 - HLL_P.asns))]!;
  sink = (sink + w) | 0;
}

/** Adds one exchange to the account's state. MUTATES `s` in place and returns it. */
export function addExchange(s: AccountState, e: EnrichedExchange): AccountState {
  const f = s.f;
  const u = s.u;
  const r = s.r;
  const x = e.x;
  const p = e.prompt;
  const t = e.tMs;
  const net = e.net;
  const hasTemplate = p.hasText && p.templateId >= 0;
  const th = hasTemplate ? hashInt(p.templateId, 7) : 0;
  const sh = hasTemplate && p.simhash !== '' ? hashString(p.simhash) || 1 : 0;
  const conv = x.conversation_id;
  const hasConv = conv !== undefined && conv !== '';
  const ch = hasConv ? hashString(conv) : 0;
  const pre = net.ip !== undefined ? (net.prefix ?? net.ip) : undefined;
  const ph = pre !== undefined ? bottomKHash(pre) : 0;
  const ah = net.asn !== undefined ? hashInt(net.asn, 3) : 0;
  warm(s, Number.isFinite(t) ? Math.floor(t / 3_600_000) : -1, th, sh, ch, ph, ah);
  f[F.n]! += 1;
  addGapAt(f, F.gaps, u, U.gapHist, t);
  addActivityAt(u, U.hourOfDay, u, U.ring, t);
  let contentKey = sh;
  if (hasTemplate) {
    addHllAt(r, R.templates, HLL_P.templates, th);
    addAmsAt(u, U.ams, th);
    if (sh !== 0) addHllAt(r, R.contents, HLL_P.contents, sh);
  } else f[F.noText]! += 1;
  const turn = x.turn_index ?? 0;
  if (hasConv) {
    f[F.withConversation]! += 1;
    addHllAt(r, R.conversations, HLL_P.conversations, ch);
    if (contentKey === 0) contentKey = fmix32(ch ^ Math.imul(turn + 1, 0x9e3779b1)) || 1;
  }
  const followUp = turn > 0;
  if (followUp) f[F.followUps]! += 1;
  const caps = p.capabilities;
  for (let i = 0; i < NCAP; i++) {
    const raw = caps[i];
    if (raw === undefined || raw === 0) continue;
    const v = q(raw);
    f[F.capSum + i]! += v;
    if (v >= PRESENT_AT) u[U.capHits + i]! += 1;
  }
  const eli = p.elicitation;
  let anyEli = false;
  let distill = false;
  for (let i = 0; i < NELI; i++) {
    const raw = eli[i];
    if (raw === undefined || raw === 0) continue;
    const v = q(raw);
    f[F.elicitSum + i]! += v;
    if (v >= PRESENT_AT) {
      u[U.elicitHits + i]! += 1;
      anyEli = true;
      if (IS_DISTILL[i] === true) distill = true;
    }
  }
  if (anyEli) {
    f[F.elicitAny]! += 1;
    if (distill) {
      f[F.elicitDistill]! += 1;
      if (p.simhash !== '') addHllAt(r, R.elicitContents, HLL_P.elicitContents, hashString(p.simhash, 5));
      addActivityAt(u, U.elicitHourOfDay, u, U.elicitRing, t);
    }
  }
  const inTok = x.input_tokens > 0 ? x.input_tokens : 0;
  const outTok = x.output_tokens > 0 ? x.output_tokens : 0;
  addMoment(f, F.logIn, q(Math.log1p(inTok)));
  addMoment(f, F.logOut, q(Math.log1p(outTok)));
  const maxTok = x.max_tokens;
  const hasMax = maxTok !== undefined && maxTok > 0;
  if (hasMax) f[F.maxTokensSet]! += 1;
  const stop = stopClass(x.stop_reason);
  u[U.stopMix + stop]! += 1;
  const cut = stop === 1 || (hasMax && outTok >= 0.95 * maxTok);
  if (cut) f[F.saturated]! += 1;
  if (x.thinking === true) f[F.thinking]! += 1;
  if (x.has_images === true) f[F.images]! += 1;
  const tools = x.tool_names;
  if (tools !== undefined && tools.length > 0) {
    f[F.toolDecl]! += 1;
    if (followUp) f[F.toolDeclContinued]! += 1;
    // The set of tool names, in any order: a sum of per-name hashes (commutative, no sort/join).
    let th = 0;
    for (let i = 0; i < tools.length; i++) th = (th + hashString(tools[i] ?? '', 11)) | 0;
    addHllAt(r, R.toolsets, HLL_P.toolsets, fmix32(th));
  }
  if ((x.tool_calls ?? 0) > 0) f[F.toolCallsMade]! += 1;
  const strs = s.strs;
  const mh = modelHash.get(x.model);
  addCounterAt(u, U.models, CAP.models, strs, S.models, mh, x.model, 1);
  if (Number.isFinite(t)) addDayCounterAt(u, U.modelDays, CAP.modelDays, Math.floor(t / DAY_MS), mh, 1);
  const channel = x.channel ?? 'api';
  addCounterAt(u, U.channels, CAP.channels, strs, S.channels, channelHash.get(channel), channel, 1);
  addCounterAt(u, U.scripts, CAP.scripts, strs, S.scripts, scriptHash.get(p.script), p.script, 1);
  const st = x.status;
  const sc = statusClass(st);
  u[U.statusMix + sc]! += 1;
  if (sc === 1 || sc === 2 || sc === 3) {
    f[F.errors]! += 1;
    if (sc === 1) f[F.rateLimited]! += 1;
  }
  addRetryAt(f, F.retry, u, U.retry, t, contentKey, cut || sc === 1 || sc === 2 || sc === 3, f[F.gaps + GAP_SLOT.firstMs]!);
  addCounterAt(u, U.netClasses, CAP.netClasses, strs, S.netClasses, netHash.get(net.netClass), net.netClass, 1);
  if (net.isRestrictedRegion) f[F.restricted]! += 1;
  if (pre !== undefined) {
    f[F.withIp]! += 1;
    addHllAt(r, R.prefixes, HLL_P.prefixes, ph);
    addBottomKAt(u, U.prefixSample, CAP.prefixSample, strs, S.prefixSample, ph, pre);
  }
  if (net.asn !== undefined) {
    addHllAt(r, R.asns, HLL_P.asns, ah);
    addBottomKAt(u, U.asnSample, CAP.asnSample, strs, S.asnSample, hashInt(net.asn, 0x5eed), net.asn);
  }
  if (x.user_agent !== undefined) addBottomKAt(u, U.uaSample, CAP.uaSample, strs, S.uaSample, uaHash.get(x.user_agent), x.user_agent);
  if (x.tls_fingerprint !== undefined) addBottomKAt(u, U.tlsSample, CAP.tlsSample, strs, S.tlsSample, tlsHash.get(x.tls_fingerprint), x.tls_fingerprint);
  const cells = windowCells(e);
  for (let i = 0; i < cells.length; i++) u[U.window + cells[i]!]! += 1;
  return s;
}

function addMoment(f: Float64Array, o: number, v: number): void {
  f[o]! += 1;
  f[o + 1]! += v;
  f[o + 2]! += v * v;
  if (v < f[o + 3]!) f[o + 3] = v;
  if (v > f[o + 4]!) f[o + 4] = v;
}

/**
 * Reals are summed on a grid of 1/1024 so that sums are exact (no rounding) and merge order can
 * never change a state: merge is then exactly associative and commutative, as the property tests say.
 */
function q(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1024) / 1024 : 0;
}
