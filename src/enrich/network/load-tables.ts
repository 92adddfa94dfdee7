// EDGE LOADER (I/O): reads the @ip-location-db CSVs from node_modules and the network lists from the
// shared material (../shared/data), and hands pure tables to createNetEnricher. Called by the CLI only.
import { readFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { DwError } from '../../errors.js';
import { type AsnTable, type CountryTable, asnTableFromCsv, countryTableFromCsv } from './asn-table.js';
import { type CidrRange, parseCidr, parseIp, formatIp } from './ip.js';
import type { NetTables } from './net-enricher.js';
import { buildCidrSet } from './range-index.js';

const require = createRequire(import.meta.url);

function packageDir(name: string): string {
  try {
    return dirname(require.resolve(`${name}/package.json`));
  } catch {
    throw new DwError('DW_E_MATERIAL', `npm package ${name} is not installed (run npm install)`);
  }
}

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    throw new DwError('DW_E_IO', `cannot read ${path}: ${(e as Error).message}`);
  }
}

/** Loads IP → ASN/organisation for IPv4 and IPv6 from @ip-location-db/asn (or a given directory). */
export function loadAsnTable(dir: string = packageDir('@ip-location-db/asn')): AsnTable {
  return asnTableFromCsv({
    ipv4: readText(join(dir, 'asn-ipv4-num.csv')),
    ipv6: readText(join(dir, 'asn-ipv6-num.csv')),
  });
}

/** Loads IP → country from @ip-location-db/asn-country (or a given directory). */
export function loadCountryTable(dir: string = packageDir('@ip-location-db/asn-country')): CountryTable {
  return countryTableFromCsv({
    ipv4: readText(join(dir, 'asn-country-ipv4-num.csv')),
    ipv6: readText(join(dir, 'asn-country-ipv6-num.csv')),
  });
}

/** Parses ASN list text: 'AS1234 # comment', '1234', or CSV 'ASN,Entity' rows. */
export function parseAsnList(text: string): Set<number> {
  const out = new Set<number>();
  for (const raw of text.split('\n')) {
    const m = /^\s*(?:AS)?(\d+)\b/i.exec(raw);
    if (m) out.add(Number(m[1]));
  }
  return out;
}

/** Parses a one-CIDR-per-line list (comments with #). */
export function parseCidrList(text: string): CidrRange[] {
  const out: CidrRange[] = [];
  for (const raw of text.split('\n')) {
    const t = raw.replace(/#.*/, '').trim();
    if (!t) continue;
    const c = parseCidr(t);
    if (c) out.push(c);
  }
  return out;
}

/** The material directory: explicit, env DISTILLWATCH_MATERIAL, or ../shared/data from the repo root. */
export function materialDir(explicit?: string): string {
  return resolve(explicit ?? process.env['DISTILLWATCH_MATERIAL'] ?? join(process.cwd(), '..', 'shared', 'data'));
}

export interface LoadNetTablesOptions {
  /** Material directory holding vpn-datacenter-asn-x4bnet, bad-asn-list, tor-exit-nodes. */
  readonly material?: string;
  /** When true (default) a missing list fails with DW_E_MATERIAL; when false it is skipped. */
  readonly requireLists?: boolean;
}

/** Loads every table the network enricher uses. */
export function loadNetTables(o: LoadNetTablesOptions = {}): NetTables {
  const dir = materialDir(o.material);
  const need = o.requireLists ?? true;
  const opt = (rel: string): string | undefined => {
    const p = join(dir, rel);
    if (existsSync(p)) return readText(p);
    if (need)
      throw new DwError(
        'DW_E_MATERIAL',
        `network list ${rel} not found under ${dir} (set --material or DISTILLWATCH_MATERIAL to shared/data)`,
      );
    return undefined;
  };
  const dcAsnText = opt('vpn-datacenter-asn-x4bnet/input_datacenter_ASN.txt');
  const vpnAsnText = opt('vpn-datacenter-asn-x4bnet/input_vpn_ASN.txt');
  const badAsnText = opt('bad-asn-list/only_number.txt');
  const badAsnCsv = opt('bad-asn-list/bad-asn-list.csv');
  const vpn4 = opt('vpn-datacenter-asn-x4bnet/output_vpn_ipv4.txt');
  const vpn6 = opt('vpn-datacenter-asn-x4bnet/output_vpn_ipv6.txt');
  const dc4 = opt('vpn-datacenter-asn-x4bnet/output_datacenter_ipv4.txt');
  const dc6 = opt('vpn-datacenter-asn-x4bnet/output_datacenter_ipv6.txt');
  const tor = opt('tor-exit-nodes/tor-exit-nodes.lst');
  const datacenterAsns = new Set<number>();
  for (const t of [dcAsnText, badAsnText]) if (t) for (const a of parseAsnList(t)) datacenterAsns.add(a);
  if (badAsnCsv) for (const a of parseAsnList(badAsnCsv.split('\n').slice(1).join('\n'))) datacenterAsns.add(a);
  const vpnAsns = vpnAsnText ? parseAsnList(vpnAsnText) : new Set<number>();
  const torExits = new Set<string>();
  if (tor)
    for (const line of tor.split('\n')) {
      const a = parseIp(line);
      if (a) torExits.add(formatIp(a));
    }
  return {
    asn: loadAsnTable(),
    country: loadCountryTable(),
    datacenterAsns,
    vpnAsns,
    vpnRanges: buildCidrSet([...parseCidrList(vpn4 ?? ''), ...parseCidrList(vpn6 ?? '')]),
    datacenterRanges: buildCidrSet([...parseCidrList(dc4 ?? ''), ...parseCidrList(dc6 ?? '')]),
    torExits,
  };
}
