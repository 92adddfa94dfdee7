// profile stage: AccountState (+ registry row, world context) → AccountFeatures, named numbers that
// detect compares within cohorts. NaN means "not applicable" (e.g. no registry row, no gaps yet);
// detectors skip NaN. Features follow the distillation behaviours of the public reports (Feb 2026):
// capability sweeps, one-shot prompts, long reasoning outputs, round-the-clock machine cadence,
// tool schemas without tool results, and a rush to a newly launched model.
import type { Account } from '../schema/index.js';
import { CAPABILITIES, ELICITATIONS } from '../enrich/types.js';
import { activeDays, activeHours, RING_HOURS } from './sketches/activity.js';
import { estimateF2 } from './sketches/ams-f2.js';
import { GAP_BUCKETS } from './sketches/gap-histogram.js';
import { estimateHll } from './sketches/hyperloglog.js';
import { meanOf, stdOf } from './sketches/moments.js';
import { totalCounter } from './sketches/bounded-counter.js';
import type { AccountState } from './state.js';
import type { WorldContext } from './world.js';

const HOUR_MS = 3_600_000;
const DAY_MS = 86_400_000;

export const FEATURE_NAMES = [
  'n', 'logN', 'spanHours', 'activeHours', 'activeDays', 'dutyCycle', 'perActiveHour', 'diurnalEntropy',
  'gapRegularity', 'gapEntropy', 'outOfOrderShare',
  'templatesPer100', 'templateConcentration', 'noveltyPer100', 'noTextShare',
  'capBreadth', 'capCovered', 'capabilitiesPer100',
  ...ELICITATIONS.map((e) => `eli_${e}` as const), 'elicitAnyShare',
  'elicitDistinct', 'elicitDistinctShare', 'elicitFresh', 'elicitDays', 'elicitDayShare', 'elicitSpanShare',
  'followUpShare', 'conversationShare', 'turnsPerConversation',
  'meanLogIn', 'meanLogOut', 'logOutStd', 'outInLogRatio', 'saturationShare', 'maxTokensShare', 'thinkingShare', 'imageShare',
  'toolDeclShare', 'toolCallShare', 'toolContinuedShare', 'toolHarvest', 'toolsets',
  'models', 'newModelRush', 'newModelLagHours',
  'channels', 'channelEntropy', 'cloudShare', 'scripts', 'scriptEntropy',
  'errorShare', 'rateLimitShare',
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
  const share = (c: number): number => (n > 0 ? c / n : 0);
  const timed = s.gaps.lastMs !== -Infinity;
  const spanHours = timed ? (s.gaps.lastMs - s.gaps.firstMs) / HOUR_MS : NaN;
  const hours = activeHours(s.activity);
  const gapsN = sum(s.gaps.hist);
  const textN = n - s.noText;
  const distinctTemplates = Math.min(textN, estimateHll(s.templates));
  const f2 = estimateF2(s.templateF2);
  const capTotal = sum(s.capSum);
  const capCovered = countWhere(s.capHits, (c) => c >= Math.max(2, 0.02 * n));
  const eliDistinct = Math.min(s.elicitDistill, Math.round(estimateHll(s.elicitContents)));
  const days = activeDays(s.activity);
  const eliDays = activeDays(s.elicitActivity);
  const convs = Math.min(s.withConversation, estimateHll(s.conversations));
  const rush = newModelReaction(s, ctx);
  const channelTotal = totalCounter(s.channels);
  let cloud = 0;
  for (const [k, v] of s.channels.counts) if (k.startsWith('cloud')) cloud += v;
  const net = (k: string): number => s.netClasses.counts.get(k) ?? 0;
  const prefixes = Math.min(s.withIp, estimateHll(s.prefixes));
  const created = account ? Date.parse(account.created_at) : NaN;
  const firstMs = timed ? s.gaps.firstMs : NaN;
  const verification = account?.verification !== undefined ? (VERIFICATION_LEVELS[account.verification.toLowerCase()] ?? NaN) : NaN;
  const values: Record<FeatureName, number> = {
    n,
    logN: Math.log10(1 + n),
    spanHours,
    activeHours: hours,
    activeDays: activeDays(s.activity),
    dutyCycle: timed ? hours / Math.max(1, Math.min(RING_HOURS, Math.floor(spanHours) + 1)) : NaN,
    perActiveHour: hours > 0 ? n / hours : NaN,
    diurnalEntropy: normEntropy(s.activity.hourOfDay),
    gapRegularity: gapsN >= 5 ? peakMass(s.gaps.hist, 1) / gapsN : NaN,
    gapEntropy: gapsN >= 5 ? entropy(s.gaps.hist) / Math.log(GAP_BUCKETS) : NaN,
    outOfOrderShare: share(s.gaps.outOfOrder),
    templatesPer100: textN > 0 ? (100 * distinctTemplates) / textN : NaN,
    noveltyPer100: textN > 0 ? (100 * Math.min(textN, estimateHll(s.contents))) / textN : NaN,
    templateConcentration: textN > 0 ? Math.min(1, f2 / (textN * textN)) : NaN,
    noTextShare: share(s.noText),
    capBreadth: capTotal > 0 ? Math.exp(entropy(s.capSum)) : NaN,
    capCovered,
    // Coverage growth: each capability covered was new once; per 100 exchanges, like templatesPer100.
    capabilitiesPer100: n > 0 ? (100 * capCovered) / n : NaN,
    ...(Object.fromEntries(ELICITATIONS.map((e, i) => [`eli_${e}`, share(s.elicitHits[i] ?? 0)])) as Record<`eli_${(typeof ELICITATIONS)[number]}`, number>),
    elicitAnyShare: share(s.elicitAny),
    // Distillation elicitations counted once per distinct content (an app's one CoT wrapper is one
    // decision, not thousands), per exchange with text; on how many UTC days and over what part of
    // the account's active life they came (persistence: a harvester elicits every day it works).
    elicitDistinct: eliDistinct,
    elicitDistinctShare: textN > 0 ? eliDistinct / textN : NaN,
    // Of the elicitation exchanges, the share that asked something new (a harvester does not pay
    // twice for one answer; an evaluator reruns its items, an app repeats its wrapper).
    elicitFresh: s.elicitDistill > 0 ? eliDistinct / s.elicitDistill : NaN,
    elicitDays: eliDays,
    elicitDayShare: days > 0 ? eliDays / days : NaN,
    elicitSpanShare: eliSpanShare(s),
    followUpShare: share(s.followUps),
    conversationShare: share(s.withConversation),
    turnsPerConversation: convs > 0 ? s.withConversation / convs : NaN,
    meanLogIn: meanOf(s.logIn),
    meanLogOut: meanOf(s.logOut),
    logOutStd: stdOf(s.logOut),
    outInLogRatio: meanOf(s.logOut) - meanOf(s.logIn),
    saturationShare: s.maxTokensSet > 0 ? s.saturated / s.maxTokensSet : share(s.saturated),
    maxTokensShare: share(s.maxTokensSet),
    thinkingShare: share(s.thinking),
    imageShare: share(s.images),
    toolDeclShare: share(s.toolDecl),
    toolCallShare: share(s.toolCallsMade),
    toolContinuedShare: s.toolDecl > 0 ? s.toolDeclContinued / s.toolDecl : NaN,
    // Only where the client reports turns (conversation ids on most exchanges): without them a
    // continued tool loop is invisible, and absence of turns must not read as harvesting.
    toolHarvest: s.toolDecl === 0 ? 0 : s.withConversation >= 0.5 * n ? share(s.toolDecl) * (1 - s.toolDeclContinued / s.toolDecl) : NaN,
    toolsets: Math.min(s.toolDecl, estimateHll(s.toolsets)),
    models: s.models.counts.size + (s.models.overflow > 0 ? 1 : 0),
    newModelRush: rush.share,
    newModelLagHours: rush.lagHours,
    channels: s.channels.counts.size,
    channelEntropy: channelTotal > 0 ? entropy([...s.channels.counts.values()]) : 0,
    cloudShare: share(cloud),
    scripts: countWhere([...s.scripts.counts.entries()].filter(([k]) => k !== 'none').map(([, v]) => v), (c) => c >= Math.max(2, 0.02 * n)),
    scriptEntropy: entropy([...s.scripts.counts.entries()].filter(([k]) => k !== 'none').map(([, v]) => v)),
    errorShare: share(s.errors),
    rateLimitShare: share(s.rateLimited),
    ipShare: share(s.withIp),
    prefixes,
    prefixesPer100: s.withIp > 0 ? (100 * prefixes) / s.withIp : NaN,
    asns: Math.min(s.withIp, estimateHll(s.asns)),
    datacenterShare: share(net('datacenter')),
    anonymizerShare: share(net('vpn') + net('tor')),
    residentialShare: share(net('residential') + net('mobile')),
    restrictedShare: share(s.restricted),
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
  const a = daySpan(s.activity.ring);
  const e = daySpan(s.elicitActivity.ring);
  if (!(e.days > 0) || !(a.days > 0)) return NaN;
  return Math.min(1, e.span / a.span);
}

/** First-to-last active day distance (+1) on the ring, taking the largest gap as the break. */
function daySpan(ring: Uint32Array): { days: number; span: number } {
  const nDays = RING_HOURS / 24;
  const on: number[] = [];
  for (let d = 0; d < nDays; d++) {
    for (let h = 0; h < 24; h++) {
      const slot = d * 24 + h;
      if (((ring[slot >>> 5] ?? 0) >>> (slot & 31)) & 1) {
        on.push(d);
        break;
      }
    }
  }
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
  for (const m of ctx.models.values()) {
    if (!m.isNew) continue;
    const launchDay = Math.floor(m.firstSeenMs / DAY_MS);
    let before = 0;
    let inSpan = 0;
    let onNew = 0;
    let firstUse = Infinity;
    for (const [key, c] of s.modelDays.counts) {
      const bar = key.indexOf('|');
      const d = Number(key.slice(0, bar));
      const model = key.slice(bar + 1);
      if (d < launchDay) before += c;
      else if (d <= launchDay + 1) {
        inSpan += c;
        if (model === m.model) onNew += c;
      }
      if (model === m.model && d < firstUse) firstUse = d;
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
  for (const [k, v] of s.channels.counts) {
    if (v > bv || (v === bv && k < best)) {
      bv = v;
      best = k;
    }
  }
  return best.startsWith('cloud') ? 'cloud' : best === 'console' ? 'console' : 'api';
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
