// attribute: what a campaign's members show that an actor record can match (addresses, networks,
// registry identifiers, free-text metadata), collected once per campaign from the registry and the
// LinkIndex samples. Pure.
import type { Account, AccountId } from '../schema/index.js';
import { type IpAddr, parseIp } from '../enrich/network/ip.js';
import { INDICATOR_KINDS } from '../link/indicators.js';
import type { LinkIndex } from '../link/index.js';

const KIND = Object.fromEntries(INDICATOR_KINDS.map((k, i) => [k, i])) as Record<(typeof INDICATOR_KINDS)[number], number>;

/** One member's observable identifiers. */
export interface MemberView {
  readonly account_id: AccountId;
  readonly ips: readonly IpAddr[];
  readonly asns: ReadonlySet<number>;
  readonly emailDomain?: string;
  readonly payment?: string;
  readonly orgs: readonly string[];
  /** Display name, request user / metadata text, user agents: searched for names and handles. */
  readonly texts: readonly string[];
  /** Every raw indicator value (for partner-shared indicators). */
  readonly values: ReadonlySet<string>;
}

function valuesOf(index: LinkIndex, id: AccountId, kind: number): string[] {
  const s = index.accounts.get(id)?.sketches[kind];
  return s ? s.keys.map((k) => k.slice(k.indexOf('|') + 1)) : [];
}

export function memberView(id: AccountId, index: LinkIndex, registry: ReadonlyMap<AccountId, Account>): MemberView {
  const acc = registry.get(id) ?? index.accounts.get(id)?.registry;
  const ipTexts = [...valuesOf(index, id, KIND.ip), ...valuesOf(index, id, KIND.signup_ip)];
  if (acc?.signup_ip) ipTexts.push(acc.signup_ip);
  const ips: IpAddr[] = [];
  for (const t of ipTexts) {
    const a = parseIp(t);
    if (a) ips.push(a);
  }
  const link = index.accounts.get(id);
  const texts: string[] = [...(link?.meta.keys ?? []), ...valuesOf(index, id, KIND.user_agent)];
  if (acc?.display_name) texts.push(acc.display_name);
  const orgs = valuesOf(index, id, KIND.org);
  if (acc?.org_id) orgs.push(acc.org_id);
  const values = new Set<string>();
  for (let k = 0; k < INDICATOR_KINDS.length; k++) for (const v of valuesOf(index, id, k)) values.add(v.toLowerCase());
  const v: { -readonly [K in keyof MemberView]: MemberView[K] } = {
    account_id: id,
    ips,
    asns: new Set(link?.asns.keys() ?? []),
    orgs,
    texts,
    values,
  };
  const dom = acc?.email_domain?.trim().toLowerCase().replace(/^.*@/, '');
  if (dom) {
    v.emailDomain = dom;
    values.add(dom);
  }
  if (acc?.payment_fingerprint) {
    v.payment = acc.payment_fingerprint;
    values.add(acc.payment_fingerprint.toLowerCase());
  }
  return v;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A matcher for a name or handle inside free text: case-insensitive, on word boundaries, ignoring a
 * leading '@'. Names shorter than 4 characters are never matched (too many accidental hits).
 */
export function nameMatcher(name: string): ((text: string) => boolean) | undefined {
  const n = name.trim().replace(/^@/, '');
  if (n.length < 4) return undefined;
  const re = new RegExp(`(^|[^\\p{L}\\p{N}_])@?${escapeRe(n)}($|[^\\p{L}\\p{N}_])`, 'iu');
  return (t) => re.test(t);
}
