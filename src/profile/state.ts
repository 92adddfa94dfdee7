// profile stage: EnrichedExchange stream → AccountState, a bundle of mergeable sketches of bounded
// size (≈ 3 KiB per account whatever its volume). addExchange mutates the state in place (speed:
// one account may see millions of exchanges); mergeAccountStates returns a new state.
// Method: per-entity mergeable summaries (Agarwal et al. 2012, "Mergeable summaries").
import type { AccountId } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { CAPABILITIES, ELICITATIONS } from '../enrich/types.js';
import { arenaAlloc } from './sketches/alloc.js';
import { addActivity, emptyActivity, mergeActivity, RING_HOURS, type Activity } from './sketches/activity.js';
import { addAms, AMS_ROWS, AMS_WIDTH, emptyAms, mergeAms, type AmsF2 } from './sketches/ams-f2.js';
import { addBottomK, bottomKHash, emptyBottomK, mergeBottomK, type BottomK } from './sketches/bottom-k.js';
import { addCounter, emptyCounter, mergeCounter, type BoundedCounter, type KeyOrder } from './sketches/bounded-counter.js';
import { emptyVector, mergeVector, type CountVector } from './sketches/count-vector.js';
import { addGap, emptyGaps, GAP_BUCKETS, mergeGaps, type GapHistogram } from './sketches/gap-histogram.js';
import { fmix32, hashInt, hashString } from './sketches/hash.js';
import { addHll, emptyHll, mergeHll, type HyperLogLog } from './sketches/hyperloglog.js';
import { addMoments, emptyMoments, mergeMoments, type Moments } from './sketches/moments.js';
import { WINDOW_DIMS, windowCells } from './window-cells.js';

const NCAP = CAPABILITIES.length;
const NELI = ELICITATIONS.length;
const DAY_MS = 86_400_000;
/** Score at or above which an elicitation or capability counts as present in one exchange. */
export const PRESENT_AT = 0.5;
/** Indices into ELICITATIONS of the elicitations that hand a distiller training signal. */
export const DISTILL_ELICITATIONS: readonly number[] = Object.freeze(['cot_reconstruction', 'rubric_grading', 'synthetic_data'].map((e) => ELICITATIONS.indexOf(e as (typeof ELICITATIONS)[number])));

export interface AccountState {
  readonly id: AccountId;
  /** Exchanges added (including those with unusable times). */
  n: number;
  readonly gaps: GapHistogram;
  readonly activity: Activity;
  /** Distinct prompt templates (HLL over templateId) and their repetition (F2). */
  readonly templates: HyperLogLog;
  readonly templateF2: AmsF2;
  /** Distinct prompt contents (HLL over simhash): exact repeats count once. */
  readonly contents: HyperLogLog;
  /** Exchanges without prompt text or sketch. */
  noText: number;
  readonly conversations: HyperLogLog;
  withConversation: number;
  /** Exchanges with turn_index > 0 (a follow-up in a conversation). */
  followUps: number;
  /** Σ capability probability, and count of exchanges where each capability is present (≥ 0.5). */
  readonly capSum: CountVector;
  readonly capHits: CountVector;
  readonly elicitSum: CountVector;
  readonly elicitHits: CountVector;
  /** Exchanges with any elicitation score ≥ 0.5. */
  elicitAny: number;
  /**
   * Exchanges with a distillation elicitation (CoT reconstruction, rubric grading, synthetic data:
   * DISTILL_ELICITATIONS) present; their distinct contents (HLL over simhash: one repeated wrapper
   * counts once) and the hours they fell in (a ring like activity's: persistence over the account's life).
   */
  elicitDistill: number;
  readonly elicitContents: HyperLogLog;
  readonly elicitActivity: Activity;
  /** ln(1 + tokens) moments. */
  readonly logIn: Moments;
  readonly logOut: Moments;
  maxTokensSet: number;
  /** Output reached max_tokens (stop_reason max_tokens/length, or output ≥ 95% of max_tokens). */
  saturated: number;
  thinking: number;
  images: number;
  toolDecl: number;
  toolCallsMade: number;
  /** Tools declared on a follow-up turn: the client came back (typically with tool results). */
  toolDeclContinued: number;
  readonly toolsets: HyperLogLog;
  readonly models: BoundedCounter;
  /** Key `${epochDay}|${model}`; keeps the most recent days. */
  readonly modelDays: BoundedCounter;
  readonly channels: BoundedCounter;
  readonly scripts: BoundedCounter;
  readonly netClasses: BoundedCounter;
  errors: number;
  rateLimited: number;
  restricted: number;
  withIp: number;
  readonly prefixes: HyperLogLog;
  readonly asns: HyperLogLog;
  readonly prefixSample: BottomK;
  readonly asnSample: BottomK;
  readonly uaSample: BottomK;
  readonly tlsSample: BottomK;
  /** Histogram over hashed per-exchange prompt/request cells, for the window distribution test. */
  readonly window: CountVector;
}

export const byHash: KeyOrder = (a, b) => {
  const ha = hashString(a);
  const hb = hashString(b);
  return ha !== hb ? ha - hb : a < b ? -1 : a > b ? 1 : 0;
};

/** Most recent day first, then model name. */
export const byRecentDay: KeyOrder = (a, b) => {
  const da = Number(a.slice(0, a.indexOf('|')));
  const db = Number(b.slice(0, b.indexOf('|')));
  return da !== db ? db - da : a < b ? -1 : a > b ? 1 : 0;
};

/** Bytes of typed-array data in one state (see the arena in emptyAccountState). */
const ARENA_BYTES = (() => {
  let b = 0;
  const add = (n: number, size: number): void => {
    b = Math.ceil(b / 8) * 8 + n * size;
  };
  add(GAP_BUCKETS, 8); add(24, 8); add(Math.ceil(RING_HOURS / 32), 4);
  for (const p of [7, 7, 6, 5, 6, 5]) add(1 << p, 1);
  add(1 << 7, 1); add(24, 8); add(Math.ceil(RING_HOURS / 32), 4);
  add(AMS_ROWS * AMS_WIDTH, 4);
  add(NCAP, 8); add(NCAP, 8); add(NELI, 8); add(NELI, 8); add(WINDOW_DIMS, 8);
  return Math.ceil(b / 8) * 8;
})();

export function emptyAccountState(id: AccountId): AccountState {
  // One arena per account: the order of the allocations below must match ARENA_BYTES.
  const a = arenaAlloc(ARENA_BYTES);
  const gaps = emptyGaps(a);
  const activity = emptyActivity(a);
  const [templates, contents, conversations, toolsets, prefixes, asns] = [7, 7, 6, 5, 6, 5].map((p) => emptyHll(p, a)) as [HyperLogLog, HyperLogLog, HyperLogLog, HyperLogLog, HyperLogLog, HyperLogLog];
  const elicitContents = emptyHll(7, a);
  const elicitActivity = emptyActivity(a);
  const templateF2 = emptyAms(a);
  return {
    id, n: 0, gaps, activity, templates, templateF2, contents, noText: 0,
    conversations, withConversation: 0, followUps: 0,
    capSum: emptyVector(NCAP, a), capHits: emptyVector(NCAP, a), elicitSum: emptyVector(NELI, a), elicitHits: emptyVector(NELI, a), elicitAny: 0,
    elicitDistill: 0, elicitContents, elicitActivity,
    logIn: emptyMoments(), logOut: emptyMoments(), maxTokensSet: 0, saturated: 0, thinking: 0, images: 0,
    toolDecl: 0, toolCallsMade: 0, toolDeclContinued: 0, toolsets,
    models: emptyCounter(32), modelDays: emptyCounter(96), channels: emptyCounter(16), scripts: emptyCounter(16), netClasses: emptyCounter(8),
    errors: 0, rateLimited: 0, restricted: 0, withIp: 0,
    prefixes, asns,
    prefixSample: emptyBottomK(8), asnSample: emptyBottomK(8), uaSample: emptyBottomK(4), tlsSample: emptyBottomK(4),
    window: emptyVector(WINDOW_DIMS, a),
  };
}

/** Adds one exchange to the account's state. MUTATES `s` in place and returns it. */
export function addExchange(s: AccountState, e: EnrichedExchange): AccountState {
  const x = e.x;
  const p = e.prompt;
  s.n++;
  addGap(s.gaps, e.tMs);
  addActivity(s.activity, e.tMs);
  if (p.hasText && p.templateId >= 0) {
    const th = hashInt(p.templateId, 7);
    addHll(s.templates, th);
    addAms(s.templateF2, th);
    if (p.simhash !== '') addHll(s.contents, hashString(p.simhash));
  } else s.noText++;
  if (x.conversation_id !== undefined && x.conversation_id !== '') {
    s.withConversation++;
    addHll(s.conversations, hashString(x.conversation_id));
  }
  const followUp = (x.turn_index ?? 0) > 0;
  if (followUp) s.followUps++;
  let anyEli = false;
  for (let i = 0; i < NCAP; i++) {
    const v = q(p.capabilities[i] ?? 0);
    s.capSum[i]! += v;
    if (v >= PRESENT_AT) s.capHits[i]! += 1;
  }
  for (let i = 0; i < NELI; i++) {
    const v = q(p.elicitation[i] ?? 0);
    s.elicitSum[i]! += v;
    if (v >= PRESENT_AT) {
      s.elicitHits[i]! += 1;
      anyEli = true;
    }
  }
  if (anyEli) {
    s.elicitAny++;
    let distill = false;
    for (const i of DISTILL_ELICITATIONS) if (q(p.elicitation[i] ?? 0) >= PRESENT_AT) distill = true;
    if (distill) {
      s.elicitDistill++;
      if (p.simhash !== '') addHll(s.elicitContents, hashString(p.simhash, 5));
      addActivity(s.elicitActivity, e.tMs);
    }
  }
  const inTok = Math.max(0, x.input_tokens);
  const outTok = Math.max(0, x.output_tokens);
  addMoments(s.logIn, q(Math.log1p(inTok)));
  addMoments(s.logOut, q(Math.log1p(outTok)));
  const maxTok = x.max_tokens;
  if (maxTok !== undefined && maxTok > 0) s.maxTokensSet++;
  const stop = x.stop_reason;
  if (stop === 'max_tokens' || stop === 'length' || (maxTok !== undefined && maxTok > 0 && outTok >= 0.95 * maxTok)) s.saturated++;
  if (x.thinking === true) s.thinking++;
  if (x.has_images === true) s.images++;
  const tools = x.tool_names;
  if (tools !== undefined && tools.length > 0) {
    s.toolDecl++;
    if (followUp) s.toolDeclContinued++;
    // The set of tool names, in any order: a sum of per-name hashes (commutative, no sort/join).
    let th = 0;
    for (let i = 0; i < tools.length; i++) th = (th + hashString(tools[i] ?? '', 11)) | 0;
    addHll(s.toolsets, fmix32(th));
  }
  if ((x.tool_calls ?? 0) > 0) s.toolCallsMade++;
  addCounter(s.models, x.model, 1, byHash);
  if (Number.isFinite(e.tMs)) addCounter(s.modelDays, modelDayKey(Math.floor(e.tMs / DAY_MS), x.model), 1, byRecentDay);
  addCounter(s.channels, x.channel ?? 'api', 1, byHash);
  addCounter(s.scripts, p.script, 1, byHash);
  const st = x.status;
  if (st !== undefined && st >= 400) {
    s.errors++;
    if (st === 429) s.rateLimited++;
  }
  const net = e.net;
  addCounter(s.netClasses, net.netClass, 1, byHash);
  if (net.isRestrictedRegion) s.restricted++;
  if (net.ip !== undefined) {
    s.withIp++;
    const pre = net.prefix ?? net.ip;
    const ph = bottomKHash(pre);
    addHll(s.prefixes, ph);
    addBottomK(s.prefixSample, pre, ph);
  }
  if (net.asn !== undefined) {
    addHll(s.asns, hashInt(net.asn, 3));
    addBottomK(s.asnSample, asnString(net.asn));
  }
  if (x.user_agent !== undefined) addBottomK(s.uaSample, x.user_agent);
  if (x.tls_fingerprint !== undefined) addBottomK(s.tlsSample, x.tls_fingerprint);
  const cells = windowCells(e);
  for (let i = 0; i < cells.length; i++) s.window[cells[i]!]! += 1;
  return s;
}

let lastAsn = NaN;
let lastAsnString = '';
function asnString(asn: number): string {
  if (asn !== lastAsn) {
    lastAsn = asn;
    lastAsnString = String(asn);
  }
  return lastAsnString;
}

// The model×day key of the previous call: consecutive exchanges mostly share it, and building the
// string anew each time is one allocation per exchange.
let lastDay = NaN;
let lastModel = '';
let lastKey = '';
function modelDayKey(day: number, model: string): string {
  if (day !== lastDay || model !== lastModel) {
    lastDay = day;
    lastModel = model;
    lastKey = `${day}|${model}`;
  }
  return lastKey;
}

/**
 * Reals are summed on a grid of 1/1024 so that sums are exact (no rounding) and merge order can
 * never change a state: merge is then exactly associative and commutative, as the property tests say.
 */
function q(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 1024) / 1024 : 0;
}

/** The state of the union of two parts of one account's stream (see each sketch for exactness). */
export function mergeAccountStates(a: AccountState, b: AccountState): AccountState {
  return {
    id: a.id,
    n: a.n + b.n,
    gaps: mergeGaps(a.gaps, b.gaps),
    activity: mergeActivity(a.activity, b.activity),
    templates: mergeHll(a.templates, b.templates),
    templateF2: mergeAms(a.templateF2, b.templateF2),
    contents: mergeHll(a.contents, b.contents),
    noText: a.noText + b.noText,
    conversations: mergeHll(a.conversations, b.conversations),
    withConversation: a.withConversation + b.withConversation,
    followUps: a.followUps + b.followUps,
    capSum: mergeVector(a.capSum, b.capSum),
    capHits: mergeVector(a.capHits, b.capHits),
    elicitSum: mergeVector(a.elicitSum, b.elicitSum),
    elicitHits: mergeVector(a.elicitHits, b.elicitHits),
    elicitAny: a.elicitAny + b.elicitAny,
    elicitDistill: a.elicitDistill + b.elicitDistill,
    elicitContents: mergeHll(a.elicitContents, b.elicitContents),
    elicitActivity: mergeActivity(a.elicitActivity, b.elicitActivity),
    logIn: mergeMoments(a.logIn, b.logIn),
    logOut: mergeMoments(a.logOut, b.logOut),
    maxTokensSet: a.maxTokensSet + b.maxTokensSet,
    saturated: a.saturated + b.saturated,
    thinking: a.thinking + b.thinking,
    images: a.images + b.images,
    toolDecl: a.toolDecl + b.toolDecl,
    toolCallsMade: a.toolCallsMade + b.toolCallsMade,
    toolDeclContinued: a.toolDeclContinued + b.toolDeclContinued,
    toolsets: mergeHll(a.toolsets, b.toolsets),
    models: mergeCounter(a.models, b.models, byHash),
    modelDays: mergeCounter(a.modelDays, b.modelDays, byRecentDay),
    channels: mergeCounter(a.channels, b.channels, byHash),
    scripts: mergeCounter(a.scripts, b.scripts, byHash),
    netClasses: mergeCounter(a.netClasses, b.netClasses, byHash),
    errors: a.errors + b.errors,
    rateLimited: a.rateLimited + b.rateLimited,
    restricted: a.restricted + b.restricted,
    withIp: a.withIp + b.withIp,
    prefixes: mergeHll(a.prefixes, b.prefixes),
    asns: mergeHll(a.asns, b.asns),
    prefixSample: mergeBottomK(a.prefixSample, b.prefixSample),
    asnSample: mergeBottomK(a.asnSample, b.asnSample),
    uaSample: mergeBottomK(a.uaSample, b.uaSample),
    tlsSample: mergeBottomK(a.tlsSample, b.tlsSample),
    window: mergeVector(a.window, b.window),
  };
}
