import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isIP } from 'node:net';
import fc from 'fast-check';
import { clientAddress, isIPv4Text } from '../../../src/ingest/adapters/client-ip.js';
import { clientIp } from '../../../src/ingest/identity.js';

const part = fc.oneof(fc.integer({ min: 0, max: 300 }).map(String), fc.constantFrom('', '00', '01', '010', '255', '256', '1a', ' 1', '+1', '-1', '0x1', '1e2', '١'));
const dotted = fc.array(part, { minLength: 1, maxLength: 6 }).map((xs) => xs.join('.'));
const address = fc.oneof(dotted, fc.ipV4(), fc.ipV6(), fc.string({ maxLength: 20 }), fc.constantFrom('::ffff:10.0.0.1', '1.2.3.4:80', '[::1]:443', '1.2.3.4 ', '1.2.3.4\n', '01.2.3.4', '1.2.3.04'));

test('isIPv4Text accepts exactly what net.isIP calls IPv4', () => {
  fc.assert(fc.property(address, (s) => assert.equal(isIPv4Text(s), isIP(s) === 4, JSON.stringify(s))), { numRuns: 5000 });
  for (const s of ['0.0.0.0', '255.255.255.255', '10.0.0.7', '203.0.113.50']) assert.ok(isIPv4Text(s), s);
  for (const s of ['256.0.0.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1..2.3', '1.2.3.4 ', '', '1.2.3.-4']) assert.ok(!isIPv4Text(s), s);
});

test('clientAddress gives the same answer as clientIp for any peer, chain and trust', () => {
  const chain = fc.option(fc.array(address, { maxLength: 3 }).map((xs) => xs.join(', ')), { nil: undefined });
  const cfg = fc.constantFrom({}, { trustedHops: 1 }, { trustedProxies: ['10.0.0.0/8'] });
  fc.assert(fc.property(fc.option(address, { nil: undefined }), chain, cfg, (peer, fwd, c) => assert.deepEqual(clientAddress(peer, fwd, c), clientIp(peer, fwd, c))), { numRuns: 3000 });
});
