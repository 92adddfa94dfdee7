// enrich/network: IP → ASN/organisation and IP → country tables built from the @ip-location-db CSVs
// (`*-num.csv`: start,end,asn,org / start,end,country). Pure: takes the CSV text, returns lookup tables.
import { type IpAddr, parseIp } from './ip.js';
import { type RangeIndex, type RangeRow, buildRangeIndex, lookupPayload } from './range-index.js';

export interface AsnInfo {
  readonly asn: number;
  readonly org: string;
}

/** IP → ASN and organisation, IPv4 and IPv6, binary search over sorted ranges. */
export interface AsnTable {
  readonly ranges: RangeIndex;
  /** By payload id. */
  readonly asns: Uint32Array;
  readonly orgIds: Uint32Array;
  readonly orgs: readonly string[];
  readonly rows: number;
}

/** IP → ISO country code. */
export interface CountryTable {
  readonly ranges: RangeIndex;
  readonly countries: readonly string[];
  readonly rows: number;
}

/** Splits one CSV line with optional double-quoted fields ("" is an escaped quote). */
export function splitCsvLine(line: string): string[] {
  if (!line.includes('"')) return line.split(',');
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"') {
        if (line[i + 1] === '"') {
          cur += '"';
          i++;
        } else quoted = false;
      } else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/** Reads a range bound written either as a decimal number (the -num files) or as an address. */
function parseBound(s: string): { v: 4; n: number } | { v: 6; x: bigint } | undefined {
  const t = s.trim();
  if (/^\d+$/.test(t)) {
    if (t.length <= 10) {
      const n = Number(t);
      if (n <= 0xffffffff) return { v: 4, n };
    }
    return { v: 6, x: BigInt(t) };
  }
  const a: IpAddr | undefined = parseIp(t);
  if (!a) return undefined;
  return a.v === 4 ? { v: 4, n: a.n } : { v: 6, x: (a.hi << 64n) | a.lo };
}

/**
 * Parses range CSV text (one or more files' worth) into rows; `family` forces how decimal bounds are
 * read (a small IPv6 number would otherwise look like IPv4). Bad lines are counted, not thrown.
 */
function parseRangeCsv(
  texts: readonly { text: string; family: 4 | 6 }[],
  onRow: (fields: string[]) => number,
): { v4: RangeRow<number>[]; v6: RangeRow<bigint>[]; bad: number } {
  const v4: RangeRow<number>[] = [];
  const v6: RangeRow<bigint>[] = [];
  let bad = 0;
  for (const { text, family } of texts) {
    let pos = 0;
    while (pos < text.length) {
      let nl = text.indexOf('\n', pos);
      if (nl < 0) nl = text.length;
      const line = text.slice(pos, nl).replace(/\r$/, '');
      pos = nl + 1;
      if (line === '') continue;
      const f = splitCsvLine(line);
      if (f.length < 3) {
        bad++;
        continue;
      }
      const s = parseBound(f[0] as string);
      const e = parseBound(f[1] as string);
      if (!s || !e) {
        bad++;
        continue;
      }
      const payload = onRow(f);
      if (family === 4 && s.v === 4 && e.v === 4) v4.push({ start: s.n, end: e.n, payload });
      else if (family === 6) {
        const sx = s.v === 6 ? s.x : BigInt(s.n);
        const ex = e.v === 6 ? e.x : BigInt(e.n);
        v6.push({ start: sx, end: ex, payload });
      } else bad++;
    }
  }
  return { v4, v6, bad };
}

/** Builds an AsnTable from `start,end,asn,org` CSV text (IPv4 and IPv6 files). */
export function asnTableFromCsv(files: { ipv4?: string; ipv6?: string }): AsnTable & { bad: number } {
  const asns: number[] = [];
  const orgIds: number[] = [];
  const orgs: string[] = [];
  const orgIndex = new Map<string, number>();
  const texts: { text: string; family: 4 | 6 }[] = [];
  if (files.ipv4 !== undefined) texts.push({ text: files.ipv4, family: 4 });
  if (files.ipv6 !== undefined) texts.push({ text: files.ipv6, family: 6 });
  const { v4, v6, bad } = parseRangeCsv(texts, (f) => {
    const org = (f.slice(3).join(',') || '').trim();
    let oi = orgIndex.get(org);
    if (oi === undefined) {
      oi = orgs.length;
      orgs.push(org);
      orgIndex.set(org, oi);
    }
    asns.push(Number(f[2]) >>> 0);
    orgIds.push(oi);
    return asns.length - 1;
  });
  return {
    ranges: buildRangeIndex(v4, v6),
    asns: Uint32Array.from(asns),
    orgIds: Uint32Array.from(orgIds),
    orgs,
    rows: asns.length,
    bad,
  };
}

/** Builds a CountryTable from `start,end,country` CSV text. */
export function countryTableFromCsv(files: { ipv4?: string; ipv6?: string }): CountryTable & { bad: number } {
  const countries: string[] = [];
  const index = new Map<string, number>();
  const texts: { text: string; family: 4 | 6 }[] = [];
  if (files.ipv4 !== undefined) texts.push({ text: files.ipv4, family: 4 });
  if (files.ipv6 !== undefined) texts.push({ text: files.ipv6, family: 6 });
  let rows = 0;
  const { v4, v6, bad } = parseRangeCsv(texts, (f) => {
    const cc = (f[2] as string).trim().toUpperCase();
    let i = index.get(cc);
    if (i === undefined) {
      i = countries.length;
      countries.push(cc);
      index.set(cc, i);
    }
    rows++;
    return i;
  });
  return { ranges: buildRangeIndex(v4, v6), countries, rows, bad };
}

/** ASN and organisation of an address, or undefined when no range holds it. */
export function lookupAsn(t: AsnTable, a: IpAddr): AsnInfo | undefined {
  const p = lookupPayload(t.ranges, a);
  if (p < 0) return undefined;
  return { asn: t.asns[p] as number, org: t.orgs[t.orgIds[p] as number] as string };
}

/** Country of an address, or undefined. */
export function lookupCountry(t: CountryTable, a: IpAddr): string | undefined {
  const p = lookupPayload(t.ranges, a);
  return p < 0 ? undefined : t.countries[p];
}
