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
  /** Standard deviation of log(exchanges per active day) over members (0: the work is balanced). */
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
  const mean = logs.reduce((s, x) => s + x, 0) / logs.length;
  const rateSpread = Math.sqrt(logs.reduce((s, x) => s + (x - mean) ** 2, 0) / logs.length);
  return { spanMs, memberSpan: median(spans) / spanMs, rateSpread, medianRate: Math.exp(median(logs)) };
}
