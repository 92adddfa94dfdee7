import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import type { AccountId } from '../../src/schema/index.js';
import type { EnrichedExchange } from '../../src/enrich/types.js';
import { addExchange, deserializeAccountState, emptyAccountState, mergeAccountStates, profileAccounts, serializeAccountState, type AccountState } from '../../src/profile/index.js';
import { addExchangeBatch } from '../../src/profile/batch.js';
import { canonicalState } from '../../src/profile/serialize.js';
import { F, HLL_P, R, U } from '../../src/profile/layout.js';
import { GAP_BUCKETS, gapBucket, GAP_F, GAP_TIMES } from '../../src/profile/sketches/gap-histogram.js';
import { RETRY_F, RETRY_U, retryCounts } from '../../src/profile/sketches/retry.js';
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
    status: fc.constantFrom(200, 200, 429, 500),
    stop: fc.constantFrom(undefined, 'end_turn', 'max_tokens', 'refusal'),
    resend: fc.boolean(),
    ip: fc.integer({ min: 0, max: 30 }),
    out: fc.integer({ min: 0, max: 5000 }),
  })
  .map((r) => r);
const stream = fc.array(exchange, { maxLength: 40 }).map((rs) => {
  let t = T0;
  return rs.map((r) => {
    t += r.dt;
    return ex({
      // resend: the same content as template r.tpl (a retry when it follows a failure closely)
      ...(r.resend ? { simhash: `s${r.tpl}` } : {}), ...(r.stop ? { stop: r.stop } : {}),
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

/** The state with the two order-bound sketches (gap histogram, retries) cleared, as JSON. */
function orderFree(s: AccountState): unknown {
  const c = canonicalState(s);
  c.f.fill(0, F.gaps + GAP_F, F.gaps + GAP_F + 2 * GAP_TIMES); // kept: scalars
  for (const i of [4, 5]) c.f[F.gaps + i] = 0; // inexact merges, error bound
  c.u.fill(0, U.gapHist, U.gapHist + GAP_BUCKETS);
  c.f.fill(0, F.retry, F.retry + RETRY_F);
  c.u.fill(0, U.retry, U.retry + RETRY_U);
  return serializeAccountState(c);
}

test('merging arbitrarily interleaved parts is exact for every sketch but the gap histogram (within its bound) and retries (never over)', () => {
  fc.assert(
    fc.property(stream, fc.array(fc.boolean(), { minLength: 40, maxLength: 40 }), (xs, side) => {
      const whole = build(xs);
      const m = mergeAccountStates(build(xs.filter((_, i) => side[i])), build(xs.filter((_, i) => !side[i])));
      assert.deepEqual(orderFree(m), orderFree(whole));
      let err = 0;
      for (let i = 0; i < GAP_BUCKETS; i++) err += Math.abs(m.u[U.gapHist + i]! - whole.u[U.gapHist + i]!);
      assert.ok(err <= m.f[F.gaps + 5]!, `gap L1 error ${err} above the bound ${m.f[F.gaps + 5]}`);
      const r = (s: AccountState) => retryCounts({ f: s.f, fo: F.retry, u: s.u, uo: U.retry });
      assert.ok(r(m).retries <= r(whole).retries);
      assert.equal(r(m).failures, r(whole).failures);
    }),
    { numRuns: 150 },
  );
});

test('adding a batch grouped by account gives the same states as adding exchange by exchange', () => {
  fc.assert(
    fc.property(fc.array(fc.tuple(stream, fc.integer({ min: 0, max: 4 })), { maxLength: 6 }), (parts) => {
      const xs = parts.flatMap(([p, a]) => p.map((e) => ({ ...e, x: { ...e.x, account_id: `acct-${a}` as AccountId } })));
      const byOne = profileAccounts(xs);
      const batched = new Map<AccountId, AccountState>();
      addExchangeBatch(batched, xs.slice(0, 7));
      addExchangeBatch(batched, xs.slice(7));
      assert.deepEqual([...batched.keys()].sort(), [...byOne.keys()].sort());
      for (const [id, s] of byOne) assert.deepEqual(view(batched.get(id)!), view(s));
    }),
    { numRuns: 50 },
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

test('deserializing something that is not a state, or a state of an older format, fails with a store error', () => {
  const isStore = (e: unknown) => (e as { code?: string }).code === 'DW_E_STORE';
  assert.throws(() => deserializeAccountState({ v: 99 }), isStore);
  assert.throws(() => deserializeAccountState(null), isStore);
  assert.throws(() => deserializeAccountState({ v: 2, id: 'a', n: 3, gaps: {} }), (e: unknown) => isStore(e) && /format 2/.test(String(e)));
  const good = serializeAccountState(build([ex({ account: ID, tMs: T0 })])) as Record<string, unknown>;
  assert.throws(() => deserializeAccountState({ ...good, b: 'AAAA~99999999~' }), isStore);
  assert.throws(() => deserializeAccountState({ ...good, b: 'AAAA~1x~' }), isStore);
});

test('the same tool set declared in any order counts as one tool set', () => {
  const s = emptyAccountState(ID);
  addExchange(s, ex({ account: ID, tMs: T0, tools: ['read', 'bash', 'grep'] }));
  addExchange(s, ex({ account: ID, tMs: T0 + 1, tools: ['grep', 'read', 'bash'] }));
  const t = emptyAccountState(ID);
  addExchange(t, ex({ account: ID, tMs: T0, tools: ['read', 'bash', 'grep'] }));
  const reg = (x: AccountState) => [...x.r.subarray(R.toolsets, R.toolsets + (1 << HLL_P.toolsets))];
  assert.deepEqual(reg(s), reg(t));
  addExchange(t, ex({ account: ID, tMs: T0 + 2, tools: ['read', 'bash'] }));
  assert.notDeepEqual(reg(s), reg(t));
});

test('a late exchange arriving within the last exchanges takes its place in the gap histogram', () => {
  const ts = [0, 60_000, 120_000, 180_000, 240_000, 90_000].map((d) => T0 + d);
  const s = build(ts.map((t) => ex({ account: ID, tMs: t })));
  const count = (gapMs: number) => s.u[U.gapHist + gapBucket(gapMs)]!;
  assert.equal(count(30_000), 2);
  assert.equal(count(60_000), 3);
  assert.equal(s.f[F.gaps + 3], 1, 'one arrival out of order');
});

test('exchanges without a usable time still count; skewed clocks only stretch the span', () => {
  const s = build([
    ex({ account: ID, tMs: T0 }),
    ex({ account: ID, tMs: NaN }),
    ex({ account: ID, tMs: T0 + HOUR }),
    ex({ account: ID, tMs: Date.parse('1970-01-01T00:00:05Z') }),
    ex({ account: ID, tMs: Date.parse('2099-01-01T00:00:00Z') }),
  ]);
  assert.equal(s.n, 5);
  assert.equal(s.f[F.gaps + 0], 4, 'four timed events');
  assert.equal(s.f[F.gaps + 1], Date.parse('1970-01-01T00:00:05Z'));
  assert.equal(s.f[F.gaps + 2], Date.parse('2099-01-01T00:00:00Z'));
  const back = deserializeAccountState(JSON.parse(JSON.stringify(serializeAccountState(s))));
  assert.deepEqual(view(back), view(s));
});
