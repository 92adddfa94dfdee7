// link: indicator kinds an account can share with another (infrastructure, client, registry,
// behaviour, synchrony) and how each is read from an enriched exchange or a registry row.
// Every indicator is a string key "<kind>|<value>"; rarity weighting happens later, in the graph.
import type { Account } from '../schema/index.js';
import type { EnrichedExchange } from '../enrich/types.js';
import { parseIp, prefixOf, formatIp } from '../enrich/network/ip.js';

export const INDICATOR_KINDS = [
  'ip',
  'prefix',
  'asn',
  'tls',
  'user_agent',
  'signup_ip',
  'signup_prefix',
  'payment',
  'email_domain',
  'org',
  'template',
  'template_hour',
  'active_bucket',
] as const;
export type IndicatorKind = (typeof INDICATOR_KINDS)[number];
export const KIND_INDEX: Readonly<Record<IndicatorKind, number>> = Object.freeze(
  Object.fromEntries(INDICATOR_KINDS.map((k, i) => [k, i])) as Record<IndicatorKind, number>,
);

/** What an indicator kind says about two accounts that share it. */
export type IndicatorFamily = 'infra' | 'client' | 'registry' | 'behaviour' | 'synchrony';

export interface KindSpec {
  readonly family: IndicatorFamily;
  /** Multiplier on the rarity weight of an edge of this kind. */
  readonly weight: number;
  /** Bound on how many keys of this kind one account keeps (bottom-k). */
  readonly perAccount: number;
}

/**
 * Kind defaults. Registry identifiers (payment, signup IP) are hard to share by accident and weigh
 * most; an ASN is nearly public and weighs least; a user agent is copied freely (a careful attacker
 * copies a good customer's), so it weighs little. Templates and synchrony are what a campaign cannot
 * cheaply hide: the same work spread over many accounts at the same time. Plain co-activity (same
 * 15-minute bucket) is weak on its own (busy hours make everyone co-active), so it weighs little and
 * the gate counts only buckets the cluster holds far beyond its share.
 */
export const DEFAULT_KIND_SPECS: Readonly<Record<IndicatorKind, KindSpec>> = Object.freeze({
  ip: { family: 'infra', weight: 1.0, perAccount: 16 },
  prefix: { family: 'infra', weight: 0.6, perAccount: 16 },
  asn: { family: 'infra', weight: 0.15, perAccount: 8 },
  tls: { family: 'client', weight: 0.4, perAccount: 4 },
  user_agent: { family: 'client', weight: 0.25, perAccount: 4 },
  signup_ip: { family: 'registry', weight: 1.2, perAccount: 2 },
  signup_prefix: { family: 'registry', weight: 0.6, perAccount: 2 },
  payment: { family: 'registry', weight: 1.5, perAccount: 2 },
  email_domain: { family: 'registry', weight: 0.8, perAccount: 2 },
  org: { family: 'registry', weight: 0.8, perAccount: 4 },
  template: { family: 'behaviour', weight: 1.0, perAccount: 32 },
  template_hour: { family: 'synchrony', weight: 0.8, perAccount: 32 },
  active_bucket: { family: 'synchrony', weight: 0.15, perAccount: 16 },
});

/**
 * Email domains of public mail providers: sharing one says nothing. Lower case. Extend per
 * deployment (option publicEmailDomains).
 */
export const PUBLIC_EMAIL_DOMAINS: readonly string[] = Object.freeze([
  'gmail.com', 'googlemail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com', 'yahoo.com',
  'yahoo.co.jp', 'ymail.com', 'icloud.com', 'me.com', 'mac.com', 'aol.com', 'proton.me', 'protonmail.com',
  'pm.me', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'mail.ru', 'yandex.ru', 'yandex.com',
  'qq.com', '163.com', '126.com', 'sina.com', 'sohu.com', 'foxmail.com', 'aliyun.com', 'naver.com',
  'daum.net', 'hanmail.net', 'zoho.com', 'tutanota.com', 'fastmail.com', 'hey.com', 'orange.fr', 'free.fr',
  'libero.it', 'rediffmail.com', 't-online.de', 'comcast.net', 'att.net', 'verizon.net', 'btinternet.com',
  'seznam.cz', 'wp.pl', 'o2.pl', 'rambler.ru', 'bk.ru', 'list.ru', 'inbox.ru', 'yeah.net', '139.com',
]);

export interface IndicatorOptions {
  /** Width of a synchrony bucket (co-activity), ms. */
  readonly activeBucketMs: number;
  /** Width of a template-synchrony bucket (same template, same window), ms. */
  readonly templateBucketMs: number;
  readonly publicEmailDomains: readonly string[];
  /**
   * Prompts shorter than this (characters) give no template indicator: short generic follow-ups
   * ("yes", "thanks", "continue", "make it shorter") are sent by every kind of customer and say nothing
   * about shared work. Substantive prompts are what a campaign's pool is made of.
   */
  readonly minTemplateChars: number;
  /**
   * The system prompt is a template indicator too (systemPromptKey). Off by default: developers copy
   * the same public system prompts, and in the benign-only world 13 unrelated developers sharing one
   * were linked into a false campaign (docs/linking.md, "Why the system prompt is opt-in").
   */
  readonly systemPrompt: boolean;
}

export const DEFAULT_INDICATOR_OPTIONS: IndicatorOptions = Object.freeze({
  activeBucketMs: 15 * 60_000,
  templateBucketMs: 60 * 60_000,
  publicEmailDomains: PUBLIC_EMAIL_DOMAINS,
  minTemplateChars: 32,
  systemPrompt: false,
});

export type Emit = (kind: number, value: string) => void;

/** Emits the indicators of one exchange. */
export function exchangeIndicators(e: EnrichedExchange, o: IndicatorOptions, emit: Emit): void {
  const x = e.x;
  const net = e.net;
  if (net.ip !== undefined) emit(KIND_INDEX.ip, net.ip);
  if (net.prefix !== undefined) emit(KIND_INDEX.prefix, net.prefix);
  if (net.asn !== undefined) emit(KIND_INDEX.asn, String(net.asn));
  if (x.tls_fingerprint) emit(KIND_INDEX.tls, x.tls_fingerprint);
  if (x.user_agent) emit(KIND_INDEX.user_agent, x.user_agent);
  if (x.org_id) emit(KIND_INDEX.org, x.org_id);
  const t = e.tMs;
  if (Number.isFinite(t)) emit(KIND_INDEX.active_bucket, String(Math.floor(t / o.activeBucketMs)));
  // Opt-in: the instructions a client sends with every request; the same system prompt across
  // unrelated accounts can be one configuration feeding many heads, or a public prompt many
  // developers copied. A template like any other, in its own key space.
  if (o.systemPrompt && typeof x.system_prompt === 'string' && x.system_prompt.length >= o.minTemplateChars) {
    const k = systemPromptKey(x.system_prompt, o.minTemplateChars);
    if (k !== '') {
      emit(KIND_INDEX.template, k);
      if (Number.isFinite(t)) emit(KIND_INDEX.template_hour, `${k}@${Math.floor(t / o.templateBucketMs)}`);
    }
  }
  const tpl = e.prompt.templateId;
  if (tpl >= 0 && e.prompt.chars >= o.minTemplateChars) {
    emit(KIND_INDEX.template, String(tpl));
    if (Number.isFinite(t)) emit(KIND_INDEX.template_hour, `${tpl}@${Math.floor(t / o.templateBucketMs)}`);
  }
}

/** Emits the registry indicators of one account. */
export function accountIndicators(a: Account, publicDomains: ReadonlySet<string>, emit: Emit): void {
  if (a.payment_fingerprint) emit(KIND_INDEX.payment, a.payment_fingerprint);
  if (a.org_id) emit(KIND_INDEX.org, a.org_id);
  if (a.email_domain) {
    const d = a.email_domain.trim().toLowerCase().replace(/^.*@/, '');
    if (d && !publicDomains.has(d)) emit(KIND_INDEX.email_domain, d);
  }
  if (a.signup_ip) {
    const ip = parseIp(a.signup_ip);
    if (ip) {
      emit(KIND_INDEX.signup_ip, formatIp(ip));
      emit(KIND_INDEX.signup_prefix, prefixOf(ip));
    }
  }
}

/** Characters of a system prompt read for its key (its head: instructions come first). */
const SYSTEM_KEY_CHARS = 4096;

/**
 * Key of a system prompt's text: case-folded, whitespace runs collapsed, digit runs as one '0' (a
 * date, a counter or an id stamped into the instructions does not make another configuration);
 * 's' + two 32-bit hashes. '' when fewer than minChars characters remain.
 */
export function systemPromptKey(text: string, minChars: number): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let n = 0;
  let prevDigit = false;
  let space = false; // a whitespace run waits for the next character (none leading or trailing)
  const end = Math.min(text.length, SYSTEM_KEY_CHARS);
  for (let i = 0; i < end; i++) {
    let c = text.charCodeAt(i);
    if (c === 9 || c === 10 || c === 13 || c === 32 || c === 160) {
      space = n > 0;
      continue;
    }
    const digit = c >= 48 && c <= 57;
    if (digit && prevDigit && !space) continue;
    prevDigit = digit;
    if (digit) c = 48;
    else if (c >= 65 && c <= 90) c += 32;
    else if (c > 127) {
      const l = String.fromCharCode(c).toLowerCase();
      if (l.length === 1) c = l.charCodeAt(0);
    }
    if (space) {
      h1 = Math.imul(h1 ^ 32, 0x01000193);
      h2 = Math.imul(h2 ^ 32, 0x5bd1e995);
      h2 ^= h2 >>> 15;
      n++;
      space = false;
    }
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
    n++;
  }
  if (n < minChars) return '';
  return `s${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}`;
}
