import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import type { EnrichedExchange } from '../../src/enrich/types.js';
import { accountFeatures, addExchange, createWorldContext, emptyAccountState, type WorldContext } from '../../src/profile/index.js';
import { account, DAY, ex, HOUR, T0 } from '../fixtures/benign/builders.js';

function feats(xs: EnrichedExchange[], ctx?: WorldContext, withRegistry = true) {
  const s = emptyAccountState('a' as AccountId);
  for (const e of xs) addExchange(s, e);
  const c = ctx ?? (() => { const b = createWorldContext(); xs.forEach((e) => b.observe(e)); return b.build(); })();
  return accountFeatures(s, withRegistry ? account('a', { tier: 'Education', verification: 'email', ageDays: 3 }) : undefined, c).values;
}

test('round-the-clock traffic has a diurnal entropy near 1; office-hours traffic much lower', () => {
  const flat = feats(Array.from({ length: 24 * 5 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR })));
  const office = feats(Array.from({ length: 40 }, (_, i) => ex({ account: 'a', tMs: T0 + Math.floor(i / 8) * DAY + (9 + (i % 8)) * HOUR })));
  assert.ok(flat.diurnalEntropy > 0.99);
  assert.ok(office.diurnalEntropy < 0.7);
  assert.ok(flat.dutyCycle > 0.95 && office.dutyCycle < 0.5);
});

test('metronome gaps are regular; heavy-tailed human gaps are not', () => {
  const metro = feats(Array.from({ length: 200 }, (_, i) => ex({ account: 'a', tMs: T0 + i * 60_000 + (i % 3) * 500 })));
  let t = T0;
  const human = feats(Array.from({ length: 200 }, (_, i) => ex({ account: 'a', tMs: (t += 1000 * 2 ** ((i * 7) % 17)) })));
  assert.ok(metro.gapRegularity > 0.9, `${metro.gapRegularity}`);
  assert.ok(human.gapRegularity < 0.5, `${human.gapRegularity}`);
});

test('a capability sweep has a larger effective capability count than a single-topic account', () => {
  const caps = ['reasoning_math', 'agentic_coding', 'data_analysis', 'general_chat', 'creative_writing', 'vision'] as const;
  const sweep = feats(Array.from({ length: 60 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, caps: { [caps[i % 6]!]: 0.9 } })));
  const one = feats(Array.from({ length: 60 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, caps: { general_chat: 0.9 } })));
  assert.ok(sweep.capBreadth > 5.5 && one.capBreadth < 1.01);
  assert.equal(sweep.capCovered, 6);
  assert.equal(one.capCovered, 1);
});

test('tools declared but never continued give a high harvest share; a real tool loop does not', () => {
  const harvest = feats(Array.from({ length: 20 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, tools: ['bash'], toolCalls: 1, conversation: `c${i}`, turn: 0 })));
  const loop = feats(Array.from({ length: 20 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, tools: ['bash'], toolCalls: 1, conversation: 'c', turn: i })));
  assert.equal(harvest.toolHarvest, 1);
  assert.ok(loop.toolHarvest < 0.06 && loop.toolContinuedShare > 0.9);
});

test('without conversation ids a tool loop is invisible, so tool harvesting is not applicable rather than high', () => {
  const noTurns = feats(Array.from({ length: 20 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, tools: ['bash'], toolCalls: 1 })));
  assert.ok(Number.isNaN(noTurns.toolHarvest));
});

test('an account that moves its traffic to a newly launched model has a high rush share', () => {
  const b = createWorldContext();
  const bg: EnrichedExchange[] = [];
  for (let d = 0; d < 30; d++) for (let k = 0; k < 50; k++) bg.push(ex({ account: 'bg', tMs: T0 + d * DAY + k * 60_000, model: d >= 20 && k < 10 ? 'new' : 'old' }));
  bg.forEach((e) => b.observe(e));
  const ctx = b.build();
  const mover = Array.from({ length: 30 * 8 }, (_, i) => {
    const t = T0 + Math.floor(i / 8) * DAY + (i % 8) * HOUR;
    return ex({ account: 'a', tMs: t, model: t >= T0 + 20 * DAY && i % 8 < 6 ? 'new' : 'old' });
  });
  const stayer = mover.map((e) => ex({ account: 'a', tMs: e.tMs, model: 'old' }));
  assert.ok(feats(mover, ctx).newModelRush >= 0.7);
  assert.equal(feats(mover, ctx).newModelLagHours, 0);
  assert.equal(feats(stayer, ctx).newModelRush, 0);
});

test('registry facts become features; without a registry row they are not applicable (NaN)', () => {
  const xs = Array.from({ length: 5 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR }));
  const f = feats(xs);
  assert.equal(f.inRegistry, 1);
  assert.equal(f.verificationLevel, 1);
  assert.ok(Math.abs(f.accountAgeDays - 3) < 0.01);
  const g = feats(xs, undefined, false);
  assert.equal(g.inRegistry, 0);
  assert.ok(Number.isNaN(g.accountAgeDays) && Number.isNaN(g.verificationLevel));
});

test('one exchange gives finite shares and not-applicable cadence features', () => {
  const f = feats([ex({ account: 'a', tMs: T0, thinking: true })]);
  assert.equal(f.n, 1);
  assert.equal(f.thinkingShare, 1);
  assert.equal(f.spanHours, 0);
  assert.ok(Number.isNaN(f.gapRegularity));
});

test('the cohort tier is the registry tier, "unknown" for a row without one, and "unregistered" without a row', () => {
  const s = emptyAccountState('a' as AccountId);
  addExchange(s, ex({ account: 'a', tMs: T0 }));
  const ctx = createWorldContext().build();
  assert.equal(accountFeatures(s, account('a', { tier: 'Startup' }), ctx).tier, 'startup');
  const { tier: _drop, ...noTier } = account('a');
  assert.equal(accountFeatures(s, noTier as ReturnType<typeof account>, ctx).tier, 'unknown');
  assert.equal(accountFeatures(s, undefined, ctx).tier, 'unregistered');
});

test('error and retry features: status mix, cut and refused responses, and resends after failures', () => {
  const xs: EnrichedExchange[] = [];
  for (let i = 0; i < 10; i++) {
    const t = T0 + i * HOUR;
    xs.push(ex({ account: 'a', tMs: t, status: 429, simhash: `p${i}` }));
    xs.push(ex({ account: 'a', tMs: t + 3_000, status: 200, simhash: `p${i}`, stop: 'max_tokens' })); // retry, itself cut
    xs.push(ex({ account: 'a', tMs: t + 60_000, status: 200, simhash: `p${i}`, stop: 'end_turn' })); // retry after the cut
  }
  xs.push(ex({ account: 'a', tMs: T0 + 11 * HOUR, status: 503, simhash: 'q' }));
  xs.push(ex({ account: 'a', tMs: T0 + 12 * HOUR, status: 200, simhash: 'q', stop: 'refusal' })); // an hour later: not a retry
  const f = feats(xs);
  assert.equal(f.n, 32);
  assert.equal(f.rateLimitShare, 10 / 32);
  assert.equal(f.serverErrorShare, 1 / 32);
  assert.equal(f.cutShare, 10 / 32);
  assert.equal(f.refusalShare, 1 / 32);
  assert.equal(f.retryShare, 20 / 32);
  assert.equal(f.retriesPerFailure, 20 / 21);
  assert.ok(f.statusEntropy > 0.3);
  const calm = feats(Array.from({ length: 20 }, (_, i) => ex({ account: 'a', tMs: T0 + i * HOUR, status: 200, stop: 'end_turn' })));
  assert.equal(calm.retryShare, 0);
  assert.ok(Number.isNaN(calm.retriesPerFailure));
  assert.equal(calm.statusEntropy, 0);
});

test('without content or conversation ids nothing can be called a retry', () => {
  const xs = Array.from({ length: 10 }, (_, i) => ex({ account: 'a', tMs: T0 + i * 1000, status: i % 2 === 0 ? 500 : 200, hasText: false }));
  const f = feats(xs);
  assert.equal(f.serverErrorShare, 0.5);
  assert.equal(f.retryShare, 0);
});
