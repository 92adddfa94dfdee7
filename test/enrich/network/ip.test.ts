import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { parseIp, parseIpv4, parseCidr, cidrContains, prefixOf, formatIp } from '../../../src/enrich/network/index.js';

describe('ip parsing', () => {
  it('reads dotted IPv4 into an unsigned number and rejects malformed text', () => {
    assert.equal(parseIpv4('1.2.3.4'), 0x01020304);
    assert.equal(parseIpv4('255.255.255.255'), 0xffffffff);
    for (const bad of ['1.2.3', '1.2.3.4.5', '256.1.1.1', '1..2.3', 'a.b.c.d', '', '1.2.3.4 ']) assert.equal(parseIpv4(bad), -1, bad);
  });

  it('reads IPv6 with :: compression, embedded IPv4 and a zone id', () => {
    const a = parseIp('2001:db8::1');
    assert.ok(a && a.v === 6);
    assert.equal(formatIp(a), '2001:db8:0:0:0:0:0:1');
    const z = parseIp('fe80::1%eth0');
    assert.ok(z && z.v === 6);
    const e = parseIp('64:ff9b::192.0.2.33');
    assert.ok(e && e.v === 6 && (e.lo & 0xffffffffn) === 0xc0000221n);
    for (const bad of ['2001:db8::1::2', '1:2:3:4:5:6:7:8:9', 'gggg::1', ':']) assert.equal(parseIp(bad), undefined, bad);
  });

  it('treats an IPv4-mapped IPv6 address as the IPv4 address', () => {
    assert.deepEqual(parseIp('::ffff:8.8.4.4'), { v: 4, n: parseIpv4('8.8.4.4') });
  });

  it('gives the /24 of an IPv4 address and the /48 of an IPv6 address', () => {
    assert.equal(prefixOf(parseIp('10.1.2.3')!), '10.1.2.0/24');
    assert.equal(prefixOf(parseIp('2001:db8:abcd:12::1')!), '2001:db8:abcd::/48');
  });

  it('tests CIDR membership for both families and rejects bad lengths', () => {
    const c = parseCidr('192.168.0.0/16')!;
    assert.equal(cidrContains(c, parseIp('192.168.255.1')!), true);
    assert.equal(cidrContains(c, parseIp('192.169.0.1')!), false);
    const c6 = parseCidr('2001:db8::/32')!;
    assert.equal(cidrContains(c6, parseIp('2001:db8:ffff::1')!), true);
    assert.equal(cidrContains(c6, parseIp('2001:db9::1')!), false);
    assert.equal(cidrContains(c6, parseIp('1.2.3.4')!), false);
    assert.equal(parseCidr('1.2.3.4/33'), undefined);
    assert.equal(parseCidr('1.2.3.4/x'), undefined);
    assert.deepEqual(parseCidr('1.2.3.77/24'), { v: 4, start: parseIpv4('1.2.3.0'), end: parseIpv4('1.2.3.255') });
  });
});
