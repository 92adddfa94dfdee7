import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import {
  asnTableFromCsv,
  countryTableFromCsv,
  lookupAsn,
  lookupCountry,
  parseIp,
  loadAsnTable,
  createNetEnricher,
  buildCidrSet,
  parseCidr,
  type NetTables,
} from '../../../src/enrich/network/index.js';

const V4 = [
  '16777216,16777471,13335,"Cloudflare, Inc."',
  '134744064,134744319,15169,Google LLC',
  '167772160,184549375,64512,Private Ten',
  '167837696,167837951,64513,Nested More Specific',
  'garbage line',
].join('\n');
const V6 = '42541956123769884636017138956568100864,42541956123771093561836753585742807039,15169,Google LLC\n';

describe('ASN table', () => {
  it('finds the ASN and organisation of addresses inside known ranges, quoted names included', () => {
    const t = asnTableFromCsv({ ipv4: V4, ipv6: V6 });
    assert.deepEqual(lookupAsn(t, parseIp('1.0.0.1')!), { asn: 13335, org: 'Cloudflare, Inc.' });
    assert.deepEqual(lookupAsn(t, parseIp('8.8.8.8')!), { asn: 15169, org: 'Google LLC' });
    assert.deepEqual(lookupAsn(t, parseIp('2001:4860:4860::8888')!), { asn: 15169, org: 'Google LLC' });
    assert.equal(t.bad, 1);
  });

  it('answers nothing for addresses between ranges and at one past a range end', () => {
    const t = asnTableFromCsv({ ipv4: V4 });
    assert.equal(lookupAsn(t, parseIp('1.0.1.0')!), undefined);
    assert.equal(lookupAsn(t, parseIp('0.255.255.255')!), undefined);
    assert.equal(lookupAsn(t, parseIp('8.8.9.0')!), undefined);
    assert.equal(lookupAsn(t, parseIp('2001:4860::1')!), undefined);
  });

  it('prefers the more specific range nested inside a larger one', () => {
    const t = asnTableFromCsv({ ipv4: V4 });
    assert.equal(lookupAsn(t, parseIp('10.1.0.5')!)?.asn, 64513);
    assert.equal(lookupAsn(t, parseIp('10.0.0.5')!)?.asn, 64512);
  });

  it('maps addresses to countries', () => {
    const t = countryTableFromCsv({ ipv4: '16777216,16777471,AU\n16777472,16778239,cn\n' });
    assert.equal(lookupCountry(t, parseIp('1.0.1.1')!), 'CN');
    assert.equal(lookupCountry(t, parseIp('1.0.0.9')!), 'AU');
  });

  const pkg = 'node_modules/@ip-location-db/asn/asn-ipv4-num.csv';
  it('resolves well-known addresses with the installed @ip-location-db tables', { skip: existsSync(pkg) ? false : `${pkg} missing` }, () => {
    const t = loadAsnTable();
    assert.equal(lookupAsn(t, parseIp('8.8.8.8')!)?.asn, 15169);
    assert.equal(lookupAsn(t, parseIp('1.1.1.1')!)?.asn, 13335);
    assert.equal(lookupAsn(t, parseIp('2001:4860:4860::8888')!)?.asn, 15169);
    assert.equal(lookupAsn(t, parseIp('2a03:2880:f12f:83:face:b00c:0:25de')!)?.asn, 32934);
  });
});

describe('network enricher', () => {
  const tables: NetTables = {
    asn: asnTableFromCsv({ ipv4: V4 + '\n3232235520,3232301055,64600,Example Mobile Wireless\n', ipv6: V6 }),
    country: countryTableFromCsv({ ipv4: '134744064,134744319,US\n16777216,16777471,CN\n' }),
    datacenterAsns: new Set([15169]),
    vpnAsns: new Set<number>(),
    vpnRanges: buildCidrSet([parseCidr('1.0.0.128/25')!]),
    torExits: new Set(['1.0.0.7']),
  };

  it('classifies datacenter, VPN, Tor, mobile, CGNAT and residential addresses', () => {
    const e = createNetEnricher(tables);
    assert.equal(e.enrich('8.8.8.8').netClass, 'datacenter');
    assert.equal(e.enrich('1.0.0.200').netClass, 'vpn');
    assert.equal(e.enrich('1.0.0.7').netClass, 'tor');
    assert.equal(e.enrich('192.168.1.1').netClass, 'mobile');
    assert.equal(e.enrich('100.64.0.1').netClass, 'mobile');
    assert.equal(e.enrich('1.0.0.9').netClass, 'residential');
    assert.equal(e.enrich('9.9.9.9').netClass, 'unknown');
  });

  it('flags the configured restricted regions only', () => {
    assert.equal(createNetEnricher(tables).enrich('1.0.0.9').isRestrictedRegion, true);
    assert.equal(createNetEnricher(tables, { restrictedRegions: ['US'] }).enrich('1.0.0.9').isRestrictedRegion, false);
    assert.equal(createNetEnricher(tables, { restrictedRegions: ['US'] }).enrich('8.8.8.8').isRestrictedRegion, true);
  });

  it('returns signals without an address, prefix or ASN for a missing or malformed IP', () => {
    const e = createNetEnricher(tables);
    for (const ip of [undefined, '', 'not-an-ip', '999.1.1.1']) {
      const s = e.enrich(ip);
      assert.equal(s.ip, undefined);
      assert.equal(s.asn, undefined);
      assert.equal(s.netClass, 'unknown');
    }
  });

  it('answers a repeated address from its cache with the same signals', () => {
    const e = createNetEnricher(tables, { cacheSize: 2 });
    const a = e.enrich('8.8.8.8');
    assert.equal(e.enrich('8.8.8.8'), a);
    e.enrich('1.0.0.9');
    e.enrich('1.0.0.10');
    assert.deepEqual(e.enrich('8.8.8.8'), a);
    assert.equal(e.stats.hits, 1);
  });
});
