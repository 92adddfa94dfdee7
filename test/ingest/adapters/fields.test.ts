import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compilePath, compileStringPick, identityReader } from '../../../src/ingest/adapters/fields.js';
import { pick, pickString } from '../../../src/ingest/identity.js';

const key = fc.constantFrom('a', 'b', 'a.b', 'b.c', 'c', 'enduser.id', 'user', 'id');
const tree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  node: fc.oneof({ maxDepth: 4, depthIdentifier: 'tree' }, fc.string(), fc.integer(), fc.constant(null), fc.dictionary(key, tie('node'), { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 2 })),
})).node;
const path = fc.array(fc.constantFrom('a', 'b', 'c', 'enduser', 'id', 'user', '0'), { minLength: 1, maxLength: 4 }).map((xs) => xs.join('.'));

test('a compiled field path finds the same value as pick, dotted keys included, on any JSON tree', () => {
  fc.assert(fc.property(tree, path, (rec, p) => assert.deepEqual(compilePath(p)(rec), pick(rec, p))), { numRuns: 3000 });
});

test('a compiled list of fields gives the same first non-empty string as pickString', () => {
  fc.assert(fc.property(tree, fc.array(path, { minLength: 1, maxLength: 3 }), (rec, ps) => assert.equal(compileStringPick(ps)(rec), pickString(rec, ps))), { numRuns: 2000 });
});

test("a key holding dots matches whole before the nested walk ('enduser.id' as an OTel attribute)", () => {
  const g = compilePath('enduser.id');
  assert.equal(g({ 'enduser.id': 'flat', enduser: { id: 'nested' } }), 'flat');
  assert.equal(g({ enduser: { id: 'nested' } }), 'nested');
  assert.equal(g({ constructor: 1 }), undefined);
  assert.equal(compilePath('toString')({}), undefined, 'inherited properties are not fields');
});

test('the operator-configured fields replace the adapter defaults, and are compiled once per configuration', () => {
  const defaults = { account: ['user'], apiKey: ['key'], org: [] as string[] };
  const cfg = { account: ['team.id'] };
  const r = identityReader(cfg, defaults);
  assert.equal(identityReader(cfg, defaults), r);
  assert.equal(r.account({ user: 'u', team: { id: 't' } }), 't');
  assert.equal(r.apiKey({ key: 'k' }), 'k');
  assert.deepEqual(r.accountFields, ['team.id']);
  assert.equal(identityReader({}, defaults).account({ user: 'u', team: { id: 't' } }), 'u');
});
