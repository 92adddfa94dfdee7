import { test } from 'node:test';
import assert from 'node:assert/strict';
import { clientIp, pick, resolveIdentity } from '../../src/ingest/identity.js';

test('without declared trust the client is the nearest peer, and the chain is kept', () => {
  assert.deepEqual(clientIp('10.0.0.5', '203.0.113.7, 198.51.100.2', {}), { ip: '10.0.0.5', chain: '203.0.113.7, 198.51.100.2 | 10.0.0.5' });
});

test('trusted hops let the walk go left to the first untrusted address', () => {
  assert.equal(clientIp('10.0.0.5', '203.0.113.7, 198.51.100.2', { trustedHops: 1 }).ip, '198.51.100.2');
  assert.equal(clientIp('10.0.0.5', '203.0.113.7, 198.51.100.2', { trustedHops: 2 }).ip, '203.0.113.7');
  assert.equal(clientIp('10.0.0.5', '203.0.113.7, 198.51.100.2', { trustedProxies: ['10.0.0.0/8', '198.51.100.2'] }).ip, '203.0.113.7');
  assert.equal(clientIp('10.0.0.5', '203.0.113.7, 6.6.6.6', { trustedProxies: ['10.0.0.0/8'] }).ip, '6.6.6.6', 'an untrusted hop stops the walk');
});

test('ports, brackets and IPv4-mapped IPv6 are stripped; junk gives no IP', () => {
  assert.equal(clientIp('[2001:db8::1]:443', undefined, {}).ip, '2001:db8::1');
  assert.equal(clientIp('::ffff:1.2.3.4', undefined, {}).ip, '1.2.3.4');
  assert.equal(clientIp('1.2.3.4:5555', undefined, {}).ip, '1.2.3.4');
  assert.equal(clientIp('unknown', undefined, {}).ip, undefined);
});

test('identity paths are the operator’s first and the adapter defaults otherwise', () => {
  const rec = { metadata: { user_api_key_user_id: 'u1', user_api_key_team_id: 't1' }, 'enduser.id': 'e1' };
  const defaults = { account: ['metadata.user_api_key_user_id'], apiKey: [], org: [] };
  assert.equal(resolveIdentity(rec, {}, defaults).account_id, 'u1');
  assert.equal(resolveIdentity(rec, { account: ['metadata.user_api_key_team_id'] }, defaults).account_id, 't1');
  assert.equal(pick(rec, 'enduser.id'), 'e1');
});
