// link: turnover, the hydra's behaviour over time. "Banning one account of a hydra cluster changes
// nothing: another takes its place" (DESIGN.md): a fleet uses each head for days and drops it while the
// work goes on, and balances the work so that every head looks small. Ordinary customers who happen to
// send the same prompts (users of one textbook's problems, of one public dataset) each keep their own
// account for as long as the group is seen, at their own very different rates. Both are read from the
// per-account activity the link index keeps (first and last exchange, active days), not from any field
// an attacker copies from a good customer.
import type { AccountLink } from './link-index.js';
import { median } from './stats.js';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** What one account's activity says about its part in a group over time. */
export interface MemberActivity {
  readonly firstMs: number;
  readonly lastMs: number;
  /** Distinct UTC days with an exchange (from the bounded hourly timeline). */
  readonly activeDays: number;
  /** Exchanges per active day. */
  readonly rate: number;
}

// Activity changes only when the account's exchange count does: cache on the mutable link state.
const cache = new WeakMap<AccountLink, { exchanges: number; activity: MemberActivity }>();

export function memberActivity(a: AccountLink): MemberActivity {
  const hit = cache.get(a);
  if (hit && hit.exchanges === a.exchanges) return hit.activity;
  const days = new Set<number>();
  for (const hours of a.hourly.values()) for (const h of hours.keys()) days.add(Math.floor((h * HOUR_MS) / DAY_MS));
  const activeDays = Math.max(1, days.size);
  const activity: MemberActivity = { firstMs: a.firstMs, lastMs: a.lastMs, activeDays, rate: a.exchanges / activeDays };
  cache.set(a, { exchanges: a.exchanges, activity });
  return activity;
}

/** Turnover of a group of accounts (the members with link state). */
export interface Turnover {
  /** Time from the first member's first exchange to the last member's last, in ms. */
  readonly spanMs: number;
  /** The median member's own span as a share of the group's span (1: everyone there throughout). */
  readonly memberSpan: number;
  /**
   * Spread of log(exchanges per active day) over members, robust: 1.4826 × the median absolute
   * deviation (the standard deviation for a normal spread; 0: the work is balanced). A few customers
   * at their own loads caught among a fleet's heads do not move it; a group of customers at their own
   * heavy-tailed rates keeps its spread.
   */
  readonly rateSpread: number;
  /** The median member's exchanges per active day. */
  readonly medianRate: number;
}

export function turnoverOf(links: readonly (AccountLink | undefined)[]): Turnover {
  let first = Infinity;
  let last = -Infinity;
  const spans: number[] = [];
  const logs: number[] = [];
  for (const a of links) {
    if (!a || a.exchanges === 0) continue;
    const m = memberActivity(a);
    first = Math.min(first, m.firstMs);
    last = Math.max(last, m.lastMs);
    spans.push(m.lastMs - m.firstMs);
    logs.push(Math.log(m.rate));
  }
  if (spans.length === 0 || !(last > first)) return { spanMs: 0, memberSpan: 1, rateSpread: 0, medianRate: 0 };
  const spanMs = last - first;
  const mid = median(logs);
  const rateSpread = 1.4826 * median(logs.map((x) => Math.abs(x - mid)));
  return { spanMs, memberSpan: median(spans) / spanMs, rateSpread, medianRate: Math.exp(mid) };
}

/**
 * Members whose load is unlike the group's: |log(exchanges per active day) − the median member's| above
 * `k` robust standard deviations (1.4826 × MAD), never below ln 1.6 and never above `cap`. A fleet
 * balances its work, so its heads sit close together; a reseller, an evaluator or a heavy customer
 * caught among them sits far off. By index into `links` (members without link state are never off).
 */
export function offLoad(links: readonly (AccountLink | undefined)[], k: number, cap: number): boolean[] {
  const logRate = links.map((a) => (a && a.exchanges > 0 ? Math.log(memberActivity(a).rate) : NaN));
  const known = logRate.filter((x) => !Number.isNaN(x));
  if (known.length === 0) return links.map(() => false);
  const mid = median(known);
  const robustSd = 1.4826 * median(known.map((x) => Math.abs(x - mid)));
  const bound = Math.min(cap, Math.max(Math.log(1.6), k * robustSd));
  return logRate.map((x) => !Number.isNaN(x) && Math.abs(x - mid) > bound);
}

/** Turnover read on a group's heads, with what it was read from. */
export interface HeadTurnover extends Turnover {
  /** Members counted as heads. */
  readonly heads: number;
  /** By index into the group: load far off the group's (offLoad). */
  readonly off: readonly boolean[];
  /** The whole group's span (spanMs is the heads'). */
  readonly groupSpanMs: number;
}

/**
 * Turnover of a group read on its heads: the members whose load is not far off the group's (offLoad),
 * or flagged on their own. Riders present throughout at their own loads (a reseller, an evaluator)
 * would otherwise lift the median member's span. The load spread is read on every member (it is
 * robust to a few riders by itself).
 */
export function headTurnover(links: readonly (AccountLink | undefined)[], flagged: (i: number) => boolean, k: number, cap: number): HeadTurnover {
  const off = offLoad(links, k, cap);
  const all = turnoverOf(links);
  const heads = links.filter((_, i) => !off[i] || flagged(i));
  return { ...turnoverOf(heads), rateSpread: all.rateSpread, heads: heads.length, off, groupSpanMs: all.spanMs };
}
