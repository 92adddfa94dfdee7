// profile stage: AccountState (+ registry row, world context) → AccountFeatures, named numbers that
// detect compares within cohorts. NaN means "not applicable" (e.g. no registry row, no gaps yet);
// detectors skip NaN. Features follow the distillation behaviours of the public reports (Feb 2026):
// capability sweeps, one-shot prompts, long reasoning outputs, round-the-clock machine cadence,
// tool schemas without tool results, and a rush to a newly launched model.
import type { Account } from '../schema/index.js';
import { ELICITATIONS } from '../enrich/types.js';
import { F, HLL_P, NCAP, NELI, R, STATUS_CLASSES, STOP_CLASSES, U } from './layout.js';
import { activeDayList, activeHoursAt, RING_HOURS } from './sketches/activity.js';
import { estimateF2At } from './sketches/ams-f2.js';
import { counterEntries, counterGet, counterTotal } from './sketches/bounded-counter.js';
import { GAP_BUCKETS, GAP_SLOT } from './sketches/gap-histogram.js';
import { hashString } from './sketches/hash.js';
import { estimateHllAt } from './sketches/hyperloglog.js';
import { retryCounts } from './sketches/retry.js';
import { counterRef } from './merge.js';
import type { AccountState } from './state.js';
import type { WorldContext } from './world.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export const FEATURE_NAMES = [
  'n', 'logN', 'spanHours', 'activeHours', 'activeDays', 'dutyCycle', 'perActiveHour', 'diurnalEntropy',
  'gapRegularity', 'gapEntropy', 'gapErrorShare', 'outOfOrderShare',
  'templatesPer100', 'templateConcentration', 'noveltyPer100', 'noTextShare',
  'capBreadth', 'capCovered', 'capabilitiesPer100',
  ...ELICITATIONS.map((e) => `eli_${e}` as const), 'elicitAnyShare',
  'elicitDistinct', 'elicitDistinctShare', 'elicitFresh', 'elicitDays', 'elicitDayShare', 'elicitSpanShare',
  'followUpShare', 'conversationShare', 'turnsPerConversation',
  'meanLogIn', 'meanLogOut', 'logOutStd', 'outInLogRatio', 'saturationShare', 'maxTokensShare', 'thinkingShare', 'imageShare',
  'toolDeclShare', 'toolCallShare', 'toolContinuedShare', 'toolHarvest', 'toolsets',
  'models', 'newModelRush', 'newModelLagHours',
  'channels', 'channelEntropy', 'cloudShare', 'scripts', 'scriptEntropy',
  'errorShare', 'rateLimitShare', 'clientErrorShare', 'serverErrorShare', 'statusEntropy',
  'cutShare', 'refusalShare', 'retryShare', 'retriesPerFailure',
  'ipShare', 'prefixes', 'prefixesPer100', 'asns', 'datacenterShare', 'anonymizerShare', 'residentialShare', 'restrictedShare',
  'inRegistry', 'accountAgeDays', 'createdInWindow', 'verificationLevel',
] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface AccountFeatures {
  readonly values: Readonly<Record<FeatureName, number>>;
  /** Cohort facets (from the registry and the traffic, never from labels). */
  readonly tier: string;
  /** 'api', 'console' or 'cloud': the account's main access pathway. */
  readonly channel: string;
}

/** Ordinal of verification strength; unknown words are -1 (NaN-like, skipped by detectors). */
export const VERIFICATION_LEVELS: Readonly<Record<string, number>> = Object.freeze({
  none: 0, email: 1, phone: 2, payment: 3, identity: 4, business: 4,
});

export function accountFeatures(s: AccountState, account: Account | undefined, ctx: WorldContext): AccountFeatures {
  const n = s.n;
  const { f, u, r } = s;
  const share = (c: number): number => (n > 0 ? c / n : 0);
  const hll = (k: keyof typeof HLL_P): number => estimateHllAt(r, R[k], HLL_P[k]);
  const g = F.gaps;
  const timed = f[g + GAP_SLOT.timed]! > 0;
  const firstMs = timed ? f[g + GAP_SLOT.firstMs]! : NaN;
  const spanHours = timed ? (f[g + GAP_SLOT.lastMs]! - f[g + GAP_SLOT.firstMs]!) / HOUR_MS : NaN;
  const hours = activeHoursAt(u, U.ring);
  const gapHist = u.subarray(U.gapHist, U.gapHist + GAP_BUCKETS);
  const gapsN = sum(gapHist);
  const textN = n - s.noText;
  const distinctTemplates = Math.min(textN, hll('templates'));
  const f2 = estimateF2At(u, U.ams);
  const capSum = f.subarray(F.capSum, F.capSum + NCAP);
  const capHits = u.subarray(U.capHits, U.capHits + NCAP);
  const elicitHits = u.subarray(U.elicitHits, U.elicitHits + NELI);
  const capTotal = sum(capSum);
  const capCovered = countWhere(capHits, (c) => c >= Math.max(2, 0.02 * n));
  const elicitDistill = f[F.elicitDistill]!;
  const eliDistinct = Math.min(elicitDistill, Math.round(hll('elicitContents')));
  const days = activeDayList(u, U.ring).length;
  const eliDays = activeDayList(u, U.elicitRing).length;
  const withConversation = f[F.withConversation]!;
  const convs = Math.min(withConversation, hll('conversations'));
  const rush = newModelReaction(s, ctx);
  const channels = counterEntries(counterRef(s, 'channels')).entries;
  const channelTotal = counterTotal(counterRef(s, 'channels'));
  let cloud = 0;
  for (const c of channels) if (c.name?.startsWith('cloud') === true) cloud += c.count;
  const netRef = counterRef(s, 'netClasses');
  const net = (k: string): number => counterGet(netRef, hashString(k));
  const models = counterRef(s, 'models');
  const scriptCounts = counterEntries(counterRef(s, 'scripts')).entries.filter((c) => c.name !== 'none').map((c) => c.count);
  const withIp = f[F.withIp]!;
  const prefixes = Math.min(withIp, hll('prefixes'));
  const created = account ? Date.parse(account.created_at) : NaN;
  const verification = account?.verification !== undefined ? (VERIFICATION_LEVELS[account.verification.toLowerCase()] ?? NaN) : NaN;
  const toolDecl = f[F.toolDecl]!;
  const toolDeclContinued = f[F.toolDeclContinued]!;
  const maxTokensSet = f[F.maxTokensSet]!;
  const saturated = f[F.saturated]!;
  const status = (k: (typeof STATUS_CLASSES)[number]): number => u[U.statusMix + STATUS_CLASSES.indexOf(k)]!;
  const stops = (k: (typeof STOP_CLASSES)[number]): number => u[U.stopMix + STOP_CLASSES.indexOf(k)]!;
  const { failures, retries } = retryCounts({ f, fo: F.retry, u, uo: U.retry });
  const logIn = moments(f, F.logIn);
  const logOut = moments(f, F.logOut);
  const values: Record<FeatureName, number> = {
    n,
    logN: Math.log10(1 + n),
    spanHours,
    activeHours: hours,
    activeDays: days,
    dutyCycle: timed ? hours / Math.max(1, Math.min(RING_HOURS, Math.floor(spanHours) + 1)) : NaN,
    perActiveHour: hours > 0 ? n / hours : NaN,
    diurnalEntropy: normEntropy(u.subarray(U.hourOfDay, U.hourOfDay + 24)),
    gapRegularity: gapsN >= 5 ? peakMass(gapHist, 1) / gapsN : NaN,
    gapEntropy: gapsN >= 5 ? entropy(gapHist) / Math.log(GAP_BUCKETS) : NaN,
    // L1 error bound of the gap histogram (merges of interleaved parts, late events beyond the buffers) per gap: 0 = exact.
    gapErrorShare: gapsN > 0 ? Math.min(1, f[g + GAP_SLOT.errorBound]! / gapsN) : 0,
    outOfOrderShare: share(f[g + GAP_SLOT.outOfOrder]!),
    templatesPer100: textN > 0 ? (100 * distinctTemplates) / textN : NaN,
    noveltyPer100: textN > 0 ? (100 * Math.min(textN, hll('contents'))) / textN : NaN,
    templateConcentration: textN > 0 ? Math.min(1, f2 / (textN * textN)) : NaN,
    noTextShare: share(s.noText),
    capBreadth: capTotal > 0 ? Math.exp(entropy(capSum)) : NaN,
    capCovered,
    // Coverage growth: each capability covered was new once; per 100 exchanges, like templatesPer100.
    capabilitiesPer100: n > 0 ? (100 * capCovered) / n : NaN,
    ...(Object.fromEntries(ELICITATIONS.map((e, i) => [`eli_${e}`, share(elicitHits[i] ?? 0)])) as Record<`eli_${(typeof ELICITATIONS)[number]}`, number>),
    elicitAnyShare: share(f[F.elicitAny]!),
    // Distillation elicitations counted once per distinct content (an app's one CoT wrapper is one
    // decision, not thousands), per exchange with text; on how many UTC days and over what part of
    // the account's active life they came (persistence: a harvester elicits every day it works).
    elicitDistinct: eliDistinct,
    elicitDistinctShare: textN > 0 ? eliDistinct / textN : NaN,
    // Of the elicitation exchanges, the share that asked something new (a harvester does not pay
    // twice for one answer; an evaluator reruns its items, an app repeats its wrapper).
    elicitFresh: elicitDistill > 0 ? eliDistinct / elicitDistill : NaN,
    elicitDays: eliDays,
    elicitDayShare: days > 0 ? eliDays / days : NaN,
    elicitSpanShare: eliSpanShare(s),
    followUpShare: share(f[F.followUps]!),
    conversationShare: share(withConversation),
    turnsPerConversation: convs > 0 ? withConversation / convs : NaN,
    meanLogIn: logIn.mean,
    meanLogOut: logOut.mean,
    logOutStd: logOut.std,
    outInLogRatio: logOut.mean - logIn.mean,
    saturationShare: maxTokensSet > 0 ? saturated / maxTokensSet : share(saturated),
    maxTokensShare: share(maxTokensSet),
    thinkingShare: share(f[F.thinking]!),
    imageShare: share(f[F.images]!),
    toolDeclShare: share(toolDecl),
    toolCallShare: share(f[F.toolCallsMade]!),
    toolContinuedShare: toolDecl > 0 ? toolDeclContinued / toolDecl : NaN,
    // Only where the client reports turns (conversation ids on most exchanges): without them a
    // continued tool loop is invisible, and absence of turns must not read as harvesting.
    toolHarvest: toolDecl === 0 ? 0 : withConversation >= 0.5 * n ? share(toolDecl) * (1 - toolDeclContinued / toolDecl) : NaN,
    toolsets: Math.min(toolDecl, hll('toolsets')),
    models: u[models.o]! + (u[models.o + 1]! > 0 ? 1 : 0),
    newModelRush: rush.share,
    newModelLagHours: rush.lagHours,
    channels: channels.length,
    channelEntropy: channelTotal > 0 ? entropy(channels.map((c) => c.count)) : 0,
    cloudShare: share(cloud),
    scripts: countWhere(scriptCounts, (c) => c >= Math.max(2, 0.02 * n)),
    scriptEntropy: entropy(scriptCounts),
    errorShare: share(f[F.errors]!),
    rateLimitShare: share(f[F.rateLimited]!),
    clientErrorShare: share(status('client_error')),
    serverErrorShare: share(status('server_error')),
    // Mix of status classes among exchanges that report one (0 when all share one class).
    statusEntropy: normEntropy([status('ok'), status('rate_limited'), status('client_error'), status('server_error')]),
    cutShare: share(stops('cut')),
    refusalShare: share(stops('refusal')),
    // Retries: the same content resent within 5 minutes after an error or a cut response.
    retryShare: share(retries),
    retriesPerFailure: failures > 0 ? retries / failures : NaN,
    ipShare: share(withIp),
    prefixes,
    prefixesPer100: withIp > 0 ? (100 * prefixes) / withIp : NaN,
    asns: Math.min(withIp, hll('asns')),
    datacenterShare: share(net('datacenter')),
    anonymizerShare: share(net('vpn') + net('tor')),
    residentialShare: share(net('residential') + net('mobile')),
    restrictedShare: share(f[F.restricted]!),
    inRegistry: account ? 1 : 0,
    accountAgeDays: Number.isFinite(created) && Number.isFinite(firstMs) ? Math.max(0, (firstMs - created) / DAY_MS) : NaN,
    createdInWindow: Number.isFinite(created) && ctx.exchanges > 0 ? (created >= ctx.windowStartMs && created < ctx.windowEndMs ? 1 : 0) : NaN,
    verificationLevel: verification,
  };
  return { values, tier: account ? (account.tier?.toLowerCase() ?? 'unknown') : 'unregistered', channel: mainChannel(s) };
}

/**
 * Spread of the elicitation days over the account's active days: (last − first elicitation day + 1)
 * / (last − first active day + 1), in ring days. 1 when elicitation runs from the first day to the
 * last; small when it fills one burst of a long life. NaN without elicitation.
 */
function eliSpanShare(s: AccountState): number {
  const a = daySpan(activeDayList(s.u, U.ring));
  const e = daySpan(activeDayList(s.u, U.elicitRing));
  if (!(e.days > 0) || !(a.days > 0)) return NaN;
  return Math.min(1, e.span / a.span);
}

/** First-to-last active day distance (+1) on the ring, taking the largest gap as the break. */
function daySpan(on: readonly number[]): { days: number; span: number } {
  const nDays = RING_HOURS / 24;
  if (on.length === 0) return { days: 0, span: 0 };
  let gap = nDays - on[on.length - 1]! + on[0]!;
  for (let i = 1; i < on.length; i++) gap = Math.max(gap, on[i]! - on[i - 1]!);
  return { days: on.length, span: nDays - gap + 1 };
}

/**
 * Reaction to a newly launched model: of the account's traffic on the launch day and the next,
 * the share sent to the new model, counted only for accounts active before the launch (a move, not
 * a newcomer). The largest over new models; with the lag from launch to the account's first use.
 */
function newModelReaction(s: AccountState, ctx: WorldContext): { share: number; lagHours: number } {
  let best = 0;
  let lag = NaN;
  const dayEntries = counterEntries(counterRef(s, 'modelDays'), true).entries;
  for (const m of ctx.models.values()) {
    if (!m.isNew) continue;
    const launchDay = Math.floor(m.firstSeenMs / DAY_MS);
    let before = 0;
    let inSpan = 0;
    let onNew = 0;
    let firstUse = Infinity;
    const mh = hashString(m.model);
    for (const { day: d, key, count: c } of dayEntries) {
      if (d < launchDay) before += c;
      else if (d <= launchDay + 1) {
        inSpan += c;
        if (key === mh >>> 0) onNew += c;
      }
      if (key === mh >>> 0 && d < firstUse) firstUse = d;
    }
    if (before > 0 && inSpan >= 3) {
      const sh = onNew / inSpan;
      if (sh > best) best = sh;
    }
    if (before > 0 && Number.isFinite(firstUse)) {
      const l = (firstUse - launchDay) * 24;
      if (!(lag <= l)) lag = l;
    }
  }
  return { share: best, lagHours: lag };
}

function mainChannel(s: AccountState): string {
  let best = 'api';
  let bv = -1;
  for (const { name, count: v } of counterEntries(counterRef(s, 'channels')).entries) {
    const k = name ?? '';
    if (v > bv || (v === bv && k < best)) {
      bv = v;
      best = k;
    }
  }
  return best.startsWith('cloud') ? 'cloud' : best === 'console' ? 'console' : 'api';
}

function moments(f: Float64Array, o: number): { mean: number; std: number } {
  const n = f[o]!;
  if (!(n > 0)) return { mean: 0, std: 0 };
  const mean = f[o + 1]! / n;
  return { mean, std: n < 2 ? 0 : Math.sqrt(Math.max(0, f[o + 2]! / n - mean * mean)) };
}

function sum(v: ArrayLike<number>): number {
  let t = 0;
  for (let i = 0; i < v.length; i++) t += v[i] ?? 0;
  return t;
}

function countWhere(v: ArrayLike<number>, f: (x: number) => boolean): number {
  let c = 0;
  for (let i = 0; i < v.length; i++) if (f(v[i] ?? 0)) c++;
  return c;
}

/** Shannon entropy (nats) of a vector of non-negative weights. */
export function entropy(v: ArrayLike<number>): number {
  const t = sum(v);
  if (!(t > 0)) return 0;
  let h = 0;
  for (let i = 0; i < v.length; i++) {
    const p = (v[i] ?? 0) / t;
    if (p > 0) h -= p * Math.log(p);
  }
  return h;
}

function normEntropy(v: ArrayLike<number>): number {
  return v.length > 1 ? entropy(v) / Math.log(v.length) : 0;
}

/** Largest mass in a window of 2·half+1 adjacent buckets. */
function peakMass(v: ArrayLike<number>, half: number): number {
  let best = 0;
  for (let i = 0; i < v.length; i++) {
    let m = 0;
    for (let j = Math.max(0, i - half); j <= Math.min(v.length - 1, i + half); j++) m += v[j] ?? 0;
    if (m > best) best = m;
  }
  return best;
}
