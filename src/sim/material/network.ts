// Simulator material: real IPv4 address space by network class and country, from the @ip-location-db
// ASN and ASN-country tables plus the X4BNet VPN/datacenter lists, the bad-ASN list and Tor exits.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DwError } from '../../errors.js';
import { REPO_ROOT, readText } from './read.js';

export type NetClass = 'residential' | 'mobile' | 'business' | 'cloud' | 'hosting' | 'vpn' | 'tor' | 'education';

export interface NetRange {
  readonly start: number;
  readonly size: number;
  readonly asn: number;
  readonly country: string;
}

export interface NetworkSpace {
  /** Ranges by `${class}:${country}` and by `${class}:*`. */
  readonly pools: ReadonlyMap<string, readonly NetRange[]>;
  readonly torExits: readonly string[];
  readonly cloudAsns: ReadonlyMap<number, string>;
  readonly source: string;
}

/** Big public clouds, by ASN (names as in the ASN table). */
const CLOUD_ASNS: ReadonlyMap<number, string> = new Map([
  [16509, 'aws'], [14618, 'aws'], [15169, 'gcp'], [396982, 'gcp'], [8075, 'azure'], [45102, 'alibaba'],
  [37963, 'alibaba'], [132203, 'tencent'], [45090, 'tencent'], [16276, 'ovh'], [24940, 'hetzner'], [14061, 'digitalocean'], [63949, 'linode'],
]);

const RESIDENTIAL = /comcast|charter|verizon|at&t|att-internet|cox comm|spectrum|telekom|telefonica|orange|vodafone|british telecom|bt-|sky broadband|virgin|free sas|sfr|proximus|kpn|ziggo|swisscom|telstra|optus|rogers|bell canada|shaw|videotron|chinanet|china unicom|china169|chinamobile|kddi|ntt|softbank|korea telecom|kt corp|sk broadband|lg powercomm|bharti|reliance jio|bsnl|vivo|claro|telmex|oi s\.a|tim s\.p\.a|fastweb|rostelecom|er-telecom|mts pjsc|turk telekom|singtel|starhub|m1 limited|pldt|globe telecom|viettel|vnpt|true internet|totolink|hinet|chunghwa|pccw|hkt|netvigator|optimum|frontier comm|centurylink|windstream|mediacom|suddenlink|wow|astound|altice|liberty global|unitymedia|telenor|telia|elisa|a1 telekom|magyar|t-mobile|jio/i;
const MOBILE = /mobile|wireless|cellular|t-mobile|jio|vodafone idea|airtel/i;
const EDUCATION = /universit|college|school|educat|research and education|academic|\bren\b|internet2/i;

function parseAsnList(text: string): Set<number> {
  const out = new Set<number>();
  for (const m of text.matchAll(/(?:^|\s|AS)(\d{2,7})(?=\s|$|#|,)/gm)) out.add(Number(m[1]));
  return out;
}

function ipFromCidr(c: string): { start: number; size: number } | undefined {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+)\/(\d+)$/.exec(c.trim());
  if (!m) return undefined;
  const start = ((Number(m[1]) << 24) >>> 0) + (Number(m[2]) << 16) + (Number(m[3]) << 8) + Number(m[4]);
  return { start, size: 2 ** (32 - Number(m[5])) };
}

export function intToIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function loadNetwork(dir: string): NetworkSpace {
  const pkg = join(REPO_ROOT, 'node_modules', '@ip-location-db');
  let asnCsv: string;
  let countryCsv: string;
  try {
    asnCsv = readFileSync(join(pkg, 'asn', 'asn-ipv4-num.csv'), 'utf8');
    countryCsv = readFileSync(join(pkg, 'asn-country', 'asn-country-ipv4-num.csv'), 'utf8');
  } catch {
    throw new DwError('DW_E_MATERIAL', 'the @ip-location-db/asn and asn-country npm packages are needed (npm install)');
  }
  const dcAsns = parseAsnList(readText(dir, 'vpn-datacenter-asn-x4bnet/input_datacenter_ASN.txt'));
  for (const n of parseAsnList(readText(dir, 'bad-asn-list/only_number.txt'))) dcAsns.add(n);
  const vpnAsns = parseAsnList(readText(dir, 'vpn-datacenter-asn-x4bnet/input_vpn_ASN.txt'));

  // country by range start (two sorted tables walked together)
  const cStarts: number[] = [];
  const cEnds: number[] = [];
  const cCodes: string[] = [];
  for (const line of countryCsv.split('\n')) {
    const [a, b, c] = line.split(',');
    if (!a || !b || !c) continue;
    cStarts.push(Number(a));
    cEnds.push(Number(b));
    cCodes.push(c.trim());
  }
  const pools = new Map<string, NetRange[]>();
  const add = (cls: NetClass, r: NetRange): void => {
    for (const k of [`${cls}:${r.country}`, `${cls}:*`]) {
      let xs = pools.get(k);
      if (!xs) pools.set(k, (xs = []));
      xs.push(r);
    }
  };
  let ci = 0;
  for (const line of asnCsv.split('\n')) {
    const i1 = line.indexOf(',');
    const i2 = line.indexOf(',', i1 + 1);
    const i3 = line.indexOf(',', i2 + 1);
    if (i3 < 0) continue;
    const start = Number(line.slice(0, i1));
    const end = Number(line.slice(i1 + 1, i2));
    const asn = Number(line.slice(i2 + 1, i3));
    const name = line.slice(i3 + 1);
    while (ci < cStarts.length && cEnds[ci]! < start) ci++;
    const country = ci < cStarts.length && cStarts[ci]! <= start ? cCodes[ci]! : 'ZZ';
    const r: NetRange = { start, size: end - start + 1, asn, country };
    if (CLOUD_ASNS.has(asn)) add('cloud', r);
    else if (vpnAsns.has(asn)) add('vpn', r);
    else if (dcAsns.has(asn)) add('hosting', r);
    else if (EDUCATION.test(name)) add('education', r);
    else if (MOBILE.test(name)) add('mobile', r);
    else if (RESIDENTIAL.test(name)) add('residential', r);
    else add('business', r);
  }
  for (const c of readText(dir, 'vpn-datacenter-asn-x4bnet/output_vpn_ipv4.txt').split('\n')) {
    const r = ipFromCidr(c);
    if (r) add('vpn', { ...r, asn: 0, country: 'ZZ' });
  }
  const torExits = readText(dir, 'tor-exit-nodes/tor-exit-nodes.lst')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => /^\d+\.\d+\.\d+\.\d+$/.test(s));
  return { pools, torExits, cloudAsns: CLOUD_ASNS, source: '@ip-location-db/asn + asn-country (npm), vpn-datacenter-asn-x4bnet, bad-asn-list, tor-exit-nodes' };
}
