// Simulator: static fields of accounts and clients, drawn from ONE set of distributions per customer
// kind that benign populations and attackers share (attackers buy aged accounts and copy ordinary
// clients), so no static field or pair of fields separates them (checked by leak-scan.ts).
import type { Account, AccountId } from '../schema/index.js';
import type { Rng } from './rng.js';
import { DAY_MS, iso, type WorldCtx } from './world-ctx.js';

export type CustomerKind = 'consumer' | 'developer' | 'business' | 'education';

export interface ClientConfig {
  readonly channel: string;
  readonly userAgent: string;
  readonly tls: string;
  /** max_tokens values this client sends (first is its usual one). */
  readonly maxTokens: readonly number[];
  readonly temperature: number | undefined;
  /** How often the client sends a conversation id. */
  readonly convIdRate: number;
  readonly apiKeys: readonly string[];
}

export const COUNTRIES: readonly (readonly [string, number])[] = [
  ['US', 34], ['IN', 8], ['GB', 6], ['DE', 6], ['BR', 4], ['FR', 4], ['CA', 4], ['JP', 4], ['KR', 3], ['SG', 3], ['AU', 3],
  ['NL', 2], ['ES', 2], ['IT', 2], ['PL', 2], ['MX', 2], ['ID', 2], ['VN', 1], ['TR', 1], ['IL', 1], ['SE', 1], ['CH', 1],
  ['HK', 1], ['TW', 1], ['AE', 1], ['UA', 1], ['NG', 1], ['AR', 1],
];

const FIRST = ['Alex', 'Maria', 'Wei', 'Priya', 'John', 'Fatima', 'Kenji', 'Olga', 'Carlos', 'Aisha', 'Liam', 'Mei', 'Arjun', 'Sofia', 'David', 'Yuki', 'Ivan', 'Lucia', 'Omar', 'Hana', 'Daniel', 'Chen', 'Sara', 'Minh', 'Lena', 'Jorge', 'Anna', 'Tariq', 'Emma', 'Jin', 'Noah', 'Ravi', 'Elif', 'Mateo', 'Zhang', 'Nadia', 'Tom', 'Ines', 'Hiro', 'Kofi'];
const LAST = ['Smith', 'Garcia', 'Wang', 'Patel', 'Kim', 'Müller', 'Tanaka', 'Ivanova', 'Silva', 'Khan', 'Brown', 'Li', 'Nguyen', 'Rossi', 'Cohen', 'Sato', 'Kowalski', 'Dubois', 'Haddad', 'Park', 'Johnson', 'Liu', 'Sharma', 'Fischer', 'Lopez', 'Yilmaz', 'Andersson', 'Okafor', 'Chen', 'Novak', 'Martin', 'Zhao', 'Singh', 'Costa', 'Weber', 'Ito', 'Petrov', 'Moreau', 'Ali', 'Jones'];

export function personName(rng: Rng): string {
  return `${rng.pick(FIRST)} ${rng.pick(LAST)}`;
}

const SYL = ['bri', 'lo', 'qua', 'nex', 'vor', 'ta', 'mi', 'zen', 'ka', 'ro', 'lu', 'fi', 'dra', 'po', 'sel', 'tri', 'ax', 'io', 'mon', 'ver'];
const TLD = ['.io', '.com', '.ai', '.dev', '.co', '.net', '.tech', '.app'];

/** A made-up company domain (unique-ish per draw). */
export function companyDomain(rng: Rng): string {
  return `${rng.pick(SYL)}${rng.pick(SYL)}${rng.chance(0.5) ? rng.pick(SYL) : ''}${rng.pick(TLD)}`;
}

export function schoolDomain(rng: Rng): string {
  return `${rng.pick(SYL)}${rng.pick(SYL)}.${rng.pick(['edu', 'ac.uk', 'edu.au', 'ac.jp', 'edu.sg', 'uni-x.de'])}`;
}

function webmail(rng: Rng, country: string): string {
  if (country === 'CN' || country === 'HK' || country === 'TW') return rng.pick(['qq.com', '163.com', 'gmail.com', 'outlook.com']);
  if (country === 'RU' || country === 'UA') return rng.pick(['mail.ru', 'yandex.ru', 'gmail.com']);
  if (country === 'DE') return rng.pick(['gmx.de', 'web.de', 'gmail.com', 'gmail.com']);
  if (country === 'JP') return rng.pick(['gmail.com', 'yahoo.co.jp', 'icloud.com']);
  return rng.weighted([['gmail.com', 55], ['outlook.com', 12], ['hotmail.com', 6], ['yahoo.com', 7], ['icloud.com', 10], ['proton.me', 5]]);
}

export interface AccountOptions {
  readonly orgId?: string;
  readonly emailDomain?: string;
  readonly country?: string;
  /** Force creation inside the window at or before this time. */
  readonly createdBefore?: number;
  readonly createdInside?: boolean;
  readonly payment?: string;
  readonly tier?: string;
  readonly displayName?: string;
}

/** Registry row for one account of a given kind. Attackers call this with the kind they imitate. */
export function sampleAccount(ctx: WorldCtx, rng: Rng, id: AccountId, kind: CustomerKind, firstActivityMs: number, o: AccountOptions = {}): Account {
  const country = o.country ?? rng.weighted(COUNTRIES);
  const tier =
    o.tier ??
    (kind === 'consumer'
      ? rng.weighted([['free', 50], ['pro', 42], ['max', 8]])
      : kind === 'developer'
        ? rng.weighted([['free', 15], ['pro', 45], ['startup', 15], ['research', 10], ['team', 15]])
        : kind === 'business'
          ? rng.weighted([['team', 45], ['enterprise', 40], ['startup', 15]])
          : rng.weighted([['education', 80], ['research', 20]]));
  const verification =
    kind === 'consumer'
      ? rng.weighted([['email', 45], ['phone', 30], ['payment', 25]])
      : kind === 'developer'
        ? rng.weighted([['email', 20], ['phone', 20], ['payment', 48], ['identity', 12]])
        : kind === 'business'
          ? rng.weighted([['business', 45], ['payment', 35], ['identity', 20]])
          : rng.weighted([['email', 60], ['identity', 20], ['payment', 20]]);
  const emailDomain =
    o.emailDomain ??
    (kind === 'developer' && rng.chance(0.35) ? companyDomain(rng) : kind === 'consumer' && rng.chance(0.06) ? companyDomain(rng) : webmail(rng, country));
  // Customers first seen after the window opens signed up inside it (populations draw that 10-20%);
  // attackers pass createdInside explicitly, since they mostly buy aged accounts.
  const latest = Math.min(o.createdBefore ?? firstActivityMs, firstActivityMs);
  const inside = (o.createdInside ?? latest > ctx.startMs) && latest > ctx.startMs;
  const created = inside ? ctx.startMs + rng.next() * (latest - ctx.startMs) : ctx.startMs - (1 + rng.next() * 900) * DAY_MS;
  const paid = tier !== 'free' || rng.chance(0.3);
  const acc: Record<string, unknown> = { account_id: id, created_at: iso(Math.floor(created)), tier, verification, email_domain: emailDomain, country };
  if (o.orgId) acc['org_id'] = o.orgId;
  if (o.payment ?? paid) acc['payment_fingerprint'] = o.payment ?? `pm_${rng.hex(16)}`;
  if (o.displayName ?? rng.chance(0.55)) acc['display_name'] = o.displayName ?? personName(rng);
  return acc as unknown as Account;
}

const SDKS: readonly (readonly [readonly [string, string], number])[] = [
  [['anthropic-sdk-python/0.49.0', 'py-openssl3'], 16], [['anthropic-sdk-python/0.52.2', 'py-openssl3'], 14],
  [['anthropic-sdk-typescript/0.39.0', 'node20'], 9], [['anthropic-sdk-typescript/0.50.3', 'node22'], 9],
  [['OpenAI/Python 1.58.1', 'py-openssl3'], 8], [['OpenAI/JS 4.77.0', 'node20'], 5], [['litellm/1.63.2', 'py-openssl3'], 6],
  [['python-httpx/0.28.1', 'py-openssl3'], 6], [['python-requests/2.32.3', 'py-openssl1'], 7], [['curl/8.5.0', 'curl-openssl'], 3],
  [['Go-http-client/2.0', 'go122'], 4], [['okhttp/4.12.0', 'jvm17'], 3], [['axios/1.7.9', 'node20'], 4], [['aiohttp/3.11.10', 'py-openssl3'], 3],
  [['open-coder-cli/1.4.2 (agent)', 'node22'], 4], [['aider/0.72.1', 'py-openssl3'], 3],
];
const BROWSERS: readonly (readonly [readonly [string, string], number])[] = [
  [['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'chrome131'], 35],
  [['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15', 'safari18'], 20],
  [['Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'chrome131'], 18],
  [['Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', 'firefox133'], 8],
  [['Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1', 'safari18'], 12],
  [['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0', 'chrome131'], 7],
];
/** JA4-style TLS fingerprints by client stack. */
const TLS: Readonly<Record<string, string>> = {
  'py-openssl3': 't13d1812h1_85036bcba153_b26ce05bbdd6', 'py-openssl1': 't13d1712h1_5b57614c22b0_3d5424432f57', node20: 't13d1516h2_8daaf6152771_02713d6af862',
  node22: 't13d1517h2_8daaf6152771_b0da82dd1658', 'curl-openssl': 't13d3112h2_e8f1e7e78f70_6bebaf5329ac', go122: 't13d1311h2_f57a46bbacb6_e7c285222651',
  jvm17: 't13d1611h2_7f4b3a1e5c2d_9d2e5f1b3c4a', chrome131: 't13d1516h2_8daaf6152771_e5627efa2ab1', safari18: 't13d2014h2_a09f3c656075_14788d8d241b',
  firefox133: 't13d1715h2_5b57614c22b0_5c2c66f702b0', 'corp-proxy-a': 't13d0912h2_1b2c3d4e5f60_0a1b2c3d4e5f', 'corp-proxy-b': 't12d0810h1_6a7b8c9d0e1f_2b3c4d5e6f70',
};

export const MAX_TOKENS: readonly (readonly [number, number])[] = [
  [1024, 20], [4096, 22], [2048, 12], [8192, 16], [16384, 6], [4000, 5], [1000, 4], [512, 3], [32000, 4], [64000, 3], [1500, 2], [3000, 2], [20000, 1],
];
const TEMPERATURE: readonly (readonly [number | undefined, number])[] = [[undefined, 40], [0, 14], [0.2, 6], [0.5, 6], [0.7, 18], [1, 14], [0.3, 2]];
const CLOUDS = ['cloud:aws-bedrock', 'cloud:gcp-vertex', 'cloud:azure-foundry'];

export interface ClientOptions {
  /** Behind a TLS-inspecting corporate proxy: the edge sees the proxy's TLS, not the client's. */
  readonly corporateProxy?: boolean;
  readonly channel?: string;
}

/** The client an account uses (user agent, TLS stack, channel, request habits). */
export function sampleClient(rng: Rng, kind: CustomerKind, o: ClientOptions = {}): ClientConfig {
  const console = kind === 'consumer' ? rng.chance(0.8) : kind === 'education' ? rng.chance(0.55) : kind === 'business' ? rng.chance(0.25) : rng.chance(0.08);
  const channel =
    o.channel ??
    (console ? 'console' : rng.chance(kind === 'business' ? 0.3 : kind === 'developer' ? 0.16 : 0.04) ? rng.pick(CLOUDS) : 'api');
  const [ua, stack] = channel === 'console' ? rng.weighted(BROWSERS) : rng.weighted(SDKS);
  const tls = o.corporateProxy ? TLS[rng.pick(['corp-proxy-a', 'corp-proxy-b'])]! : rng.chance(0.03) ? TLS[rng.pick(Object.keys(TLS))]! : TLS[stack]!;
  const usual = rng.weighted(MAX_TOKENS);
  const maxTokens = channel === 'console' ? [8192] : rng.chance(0.6) ? [usual] : [usual, rng.weighted(MAX_TOKENS), rng.weighted(MAX_TOKENS)];
  const temperature = channel === 'console' ? undefined : rng.weighted(TEMPERATURE);
  const convIdRate = channel === 'console' ? 1 : rng.weighted([[0, 40], [1, 42], [0.5, 18]]);
  const keys = channel === 'console' ? [`sess_${rng.hex(10)}`] : Array.from({ length: rng.weighted([[1, 70], [2, 20], [4, 10]]) }, () => `key_${rng.hex(12)}`);
  return { channel, userAgent: ua, tls, maxTokens, temperature, convIdRate, apiKeys: keys };
}

/** Random opaque id with a prefix (ids never encode the population). */
export function opaqueId(rng: Rng, prefix: string): string {
  return `${prefix}${rng.hex(14)}`;
}
