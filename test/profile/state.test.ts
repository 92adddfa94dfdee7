import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AccountId } from '../../src/schema/index.js';
import type { EnrichedExchange } from '../../src/enrich/types.js';
import { addExchange, deserializeAccountState, emptyAccountState, mergeAccountStates, serializeAccountState, type AccountState } from '../../src/profile/index.js';
import { ex, T0, HOUR } from '../fixtures/benign/builders.js';

const ID = 'acct-1' as AccountId;
const build = (xs: readonly EnrichedExchange[]): AccountState => xs.reduce((s, e) => addExchange(s, e), emptyAccountState(ID));
const view = (s: AccountState): unknown => serializeAccountState(s);

// Exchanges with varied fields and integer-valued scores (so float sums are exact); times ascending.
const exchange = fc
  .record({
    dt: fc.integer({ min: 0, max: 6 * HOUR }),
    model: fc.constantFrom('model-a', 'model-b', 'model-c'),
    channel: fc.constantFrom('api', 'console', 'cloud:x'),
    tpl: fc.integer({ min: 0, max: 20 }),
    conv: fc.integer({ min: 0, max: 5 }),
    turn: fc.integer({ min: 0, max: 3 }),
    cot: fc.constantFrom(0, 1),
    thinking: fc.boolean(),
    tools: fc.constantFrom(undefined, ['bash'], ['a', 'b']),
    status: fc.constantFrom(200, 429, 500),
    ip: fc.integer({ min: 0, max: 30 }),
    out: fc.integer({ min: 0, max: 5000 }),
  })
  .map((r) => r);
const stream = fc.array(exchange, { maxLength: 40 }).map((rs) => {
  let t = T0;
  return rs.map((r) => {
    t += r.dt;
    return ex({
      account: ID, tMs: t, model: r.model, channel: r.channel, templateId: r.tpl, conversation: `c${r.conv}`, turn: r.turn,
      eli: { cot_reconstruction: r.cot }, caps: { reasoning_math: 1 - r.cot, general_chat: r.cot }, thinking: r.thinking,
      ...(r.tools ? { tools: r.tools, toolCalls: 1 } : {}), status: r.status, ip: `10.1.${r.ip}.4`, asn: 64500 + (r.ip % 4),
      outTok: r.out, maxTokens: 4096, script: r.cot ? 'latin' : 'cyrillic',
    });
  });
});

test('merging the states of an earlier and a later part of a stream equals the state of the whole', () => {
  fc.assert(
    fc.property(stream, fc.nat(), (xs, cut) => {
      const k = xs.length === 0 ? 0 : cut % (xs.length + 1);
      const whole = view(build(xs));
      assert.deepEqual(view(mergeAccountStates(build(xs.slice(0, k)), build(xs.slice(k)))), whole);
      assert.deepEqual(view(mergeAccountStates(build(xs.slice(k)), build(xs.slice(0, k)))), whole);
    }),
    { numRuns: 150 },
  );
});

test('account state merge is associative over consecutive parts', () => {
  fc.assert(
    fc.property(stream, fc.nat(), fc.nat(), (xs, c1, c2) => {
      const i = xs.length === 0 ? 0 : c1 % (xs.length + 1);
      const j = i + (xs.length - i === 0 ? 0 : c2 % (xs.length - i + 1));
      const [a, b, c] = [build(xs.slice(0, i)), build(xs.slice(i, j)), build(xs.slice(j))];
      assert.deepEqual(view(mergeAccountStates(mergeAccountStates(a, b), c)), view(mergeAccountStates(a, mergeAccountStates(b, c))));
    }),
    { numRuns: 100 },
  );
});

test('serialized state round-trips exactly through JSON', () => {
  fc.assert(
    fc.property(stream, (xs) => {
      const s = build(xs);
      const back = deserializeAccountState(JSON.parse(JSON.stringify(serializeAccountState(s))));
      assert.deepEqual(view(back), view(s));
      // and the restored state keeps working
      const e = ex({ account: ID, tMs: T0 + 1000 * HOUR });
      assert.deepEqual(view(addExchange(back, e)), view(addExchange(s, e)));
    }),
    { numRuns: 50 },
  );
});

test('state size stays bounded whatever the volume', () => {
  const sizeAt = (n: number): number => {
    const s = emptyAccountState(ID);
    for (let i = 0; i < n; i++) {
      addExchange(s, ex({
        account: ID, tMs: T0 + i * 60_000, model: `model-${i % 100}`, channel: `cloud:${i % 50}`, templateId: i, conversation: `c${i}`,
        tools: [`t${i}`], ip: `10.${(i >> 8) & 255}.${i & 255}.1`, asn: i, script: `s${i % 40}`,
      }));
    }
    return JSON.stringify(serializeAccountState(s)).length;
  };
  const small = sizeAt(2000);
  const large = sizeAt(40000);
  assert.ok(large <= small * 1.5, `state grew from ${small} to ${large} bytes`);
  assert.ok(large < 64 * 1024, `state is ${large} bytes`);
});

test('deserializing something that is not a state fails with a store error', () => {
  assert.throws(() => deserializeAccountState({ v: 99 }), (e: unknown) => (e as { code?: string }).code === 'DW_E_STORE');
  assert.throws(() => deserializeAccountState(null), (e: unknown) => (e as { code?: string }).code === 'DW_E_STORE');
});

test('the same tool set declared in any order counts as one tool set', () => {
  const s = emptyAccountState(ID);
  addExchange(s, ex({ account: ID, tMs: T0, tools: ['read', 'bash', 'grep'] }));
  addExchange(s, ex({ account: ID, tMs: T0 + 1, tools: ['grep', 'read', 'bash'] }));
  const t = emptyAccountState(ID);
  addExchange(t, ex({ account: ID, tMs: T0, tools: ['read', 'bash', 'grep'] }));
  assert.deepEqual([...s.toolsets.reg], [...t.toolsets.reg]);
  addExchange(t, ex({ account: ID, tMs: T0 + 2, tools: ['read', 'bash'] }));
  assert.notDeepEqual([...s.toolsets.reg], [...t.toolsets.reg]);
});
