// Simulator check: the static-field leak scan. For every single static field value (or bucket) and every
// pair of them, the best account-level recall of "attack" at a benign false-positive rate ≤ 0.1%; a world
// in which any such rule exceeds 0.25 recall teaches a detector a field, not a behaviour (issue 14).
import { createHash } from 'node:crypto';
import type { Account, Exchange } from '../schema/index.js';
import type { Label } from '../eval/labels.js';

export const LEAK_FIELDS = [
  'user_agent', 'tls_fingerprint', 'max_tokens', 'tier', 'verification', 'channel', 'country', 'email_domain', 'temperature',
  'system_prompt_hash', 'tool_set', 'org_present', 'conversation_id_present', 'card_shared', 'created_in_window',
] as const;
export type LeakField = (typeof LEAK_FIELDS)[number];

export const DEFAULT_LEAK_SCAN_OPTIONS = Object.freeze({ maxBenignFpr: 0.001, maxRecall: 0.25 });

export interface LeakRule {
  readonly fields: readonly LeakField[];
  readonly values: readonly string[];
  readonly recall: number;
  readonly attackMatches: number;
  readonly benignMatches: number;
}

export interface LeakScanResult {
  readonly ok: boolean;
  readonly attackAccounts: number;
  readonly benignAccounts: number;
  readonly maxBenignMatches: number;
  /** Best rule overall, and the best per single field. */
  readonly worst: LeakRule | undefined;
  readonly bySingleField: Readonly<Record<string, LeakRule | undefined>>;
  /** Rules over the recall limit (best first, at most 20). */
  readonly violations: readonly LeakRule[];
}

/** Per-account modal value of each exchange-level field (an account's habitual value). */
export class LeakAccumulator {
  private readonly perAccount = new Map<string, Map<string, Map<string, number>>>();
  private readonly convSeen = new Map<string, [number, number]>();
  private readonly hashCache = new Map<string, string>();

  private h(s: string | undefined): string {
    if (s === undefined || s === '') return 'none';
    let v = this.hashCache.get(s);
    if (!v) {
      v = createHash('sha1').update(s).digest('hex').slice(0, 12);
      if (this.hashCache.size < 100_000) this.hashCache.set(s, v);
    }
    return v;
  }

  add(x: Exchange): void {
    let m = this.perAccount.get(x.account_id);
    if (!m) this.perAccount.set(x.account_id, (m = new Map()));
    const bump = (f: string, v: string): void => {
      let c = m.get(f);
      if (!c) m.set(f, (c = new Map()));
      c.set(v, (c.get(v) ?? 0) + 1);
    };
    bump('user_agent', x.user_agent ?? 'none');
    bump('tls_fingerprint', x.tls_fingerprint ?? 'none');
    bump('max_tokens', x.max_tokens === undefined ? 'none' : String(x.max_tokens));
    bump('channel', x.channel ?? 'none');
    bump('temperature', x.temperature === undefined ? 'none' : String(x.temperature));
    bump('system_prompt_hash', this.h(x.system_prompt));
    bump('tool_set', x.tool_names && x.tool_names.length > 0 ? this.h([...x.tool_names].sort().join('|')) : 'none');
    const cs = this.convSeen.get(x.account_id) ?? [0, 0];
    cs[0]++;
    if (x.conversation_id) cs[1]++;
    this.convSeen.set(x.account_id, cs);
  }

  /** Account → field → value (exchange fields by mode; registry fields from the account row). */
  features(accounts: readonly Account[], windowStartMs: number): Map<string, Record<LeakField, string>> {
    const cardUse = new Map<string, number>();
    for (const a of accounts) if (a.payment_fingerprint) cardUse.set(a.payment_fingerprint, (cardUse.get(a.payment_fingerprint) ?? 0) + 1);
    const out = new Map<string, Record<LeakField, string>>();
    for (const a of accounts) {
      const m = this.perAccount.get(a.account_id);
      const mode = (f: string): string => {
        const c = m?.get(f);
        if (!c) return 'no-traffic';
        let best = '';
        let n = -1;
        for (const [v, k] of c) if (k > n || (k === n && v < best)) [best, n] = [v, k];
        return best;
      };
      const cs = this.convSeen.get(a.account_id) ?? [0, 0];
      out.set(a.account_id, {
        user_agent: mode('user_agent'),
        tls_fingerprint: mode('tls_fingerprint'),
        max_tokens: mode('max_tokens'),
        tier: a.tier ?? 'none',
        verification: a.verification ?? 'none',
        channel: mode('channel'),
        country: a.country ?? 'none',
        email_domain: a.email_domain ?? 'none',
        temperature: mode('temperature'),
        system_prompt_hash: mode('system_prompt_hash'),
        tool_set: mode('tool_set'),
        org_present: String(a.org_id !== undefined),
        conversation_id_present: cs[0] === 0 ? 'no-traffic' : String(cs[1] / cs[0] >= 0.5),
        card_shared: String(a.payment_fingerprint !== undefined && (cardUse.get(a.payment_fingerprint) ?? 0) > 1),
        created_in_window: String(Date.parse(a.created_at) >= windowStartMs),
      });
    }
    return out;
  }
}

/** Scores every single and pair rule. */
export function leakScan(features: ReadonlyMap<string, Record<LeakField, string>>, labels: ReadonlyMap<string, Label>, o = DEFAULT_LEAK_SCAN_OPTIONS): LeakScanResult {
  let attack = 0;
  let benign = 0;
  const counts = new Map<string, [number, number]>();
  const bump = (k: string, isAttack: boolean): void => {
    let c = counts.get(k);
    if (!c) counts.set(k, (c = [0, 0]));
    c[isAttack ? 0 : 1]++;
  };
  const F = LEAK_FIELDS;
  for (const [id, f] of features) {
    const l = labels.get(id);
    if (!l) continue;
    const isAttack = l.label === 'distillation';
    if (isAttack) attack++;
    else benign++;
    for (let i = 0; i < F.length; i++) {
      const vi = f[F[i]!];
      bump(`${i}\u0000${vi}`, isAttack);
      for (let j = i + 1; j < F.length; j++) bump(`${i}\u0000${vi}\u0001${j}\u0000${f[F[j]!]}`, isAttack);
    }
  }
  const maxBenign = Math.floor(o.maxBenignFpr * benign);
  const rules: LeakRule[] = [];
  const bySingle: Record<string, LeakRule | undefined> = {};
  for (const [k, [a, b]] of counts) {
    if (b > maxBenign || attack === 0) continue;
    const parts = k.split('\u0001').map((p) => p.split('\u0000'));
    const rule: LeakRule = { fields: parts.map((p) => F[Number(p[0])]!), values: parts.map((p) => p[1]!), recall: a / attack, attackMatches: a, benignMatches: b };
    rules.push(rule);
    if (parts.length === 1) {
      const f = rule.fields[0]!;
      if (!bySingle[f] || bySingle[f]!.recall < rule.recall) bySingle[f] = rule;
    }
  }
  rules.sort((x, y) => y.recall - x.recall);
  const violations = rules.filter((r) => r.recall > o.maxRecall).slice(0, 20);
  return { ok: violations.length === 0, attackAccounts: attack, benignAccounts: benign, maxBenignMatches: maxBenign, worst: rules[0], bySingleField: bySingle, violations };
}

export function formatLeakScan(r: LeakScanResult): string {
  const lines = [`leak scan: ${r.ok ? 'PASS' : 'FAIL'} (attack accounts ${r.attackAccounts}, benign ${r.benignAccounts}, a rule may match at most ${r.maxBenignMatches} benign)`];
  const show = (x: LeakRule): string => `${x.fields.map((f, i) => `${f}=${x.values[i]}`).join(' & ')}  recall ${x.recall.toFixed(3)} (${x.attackMatches} attack, ${x.benignMatches} benign)`;
  if (r.worst) lines.push(`  best rule: ${show(r.worst)}`);
  for (const v of r.violations) lines.push(`  VIOLATION: ${show(v)}`);
  return lines.join('\n');
}
