import { test } from 'node:test';
import assert from 'node:assert/strict';
import { elicitationLlr } from '../../src/detect/index.js';
import { accountFeatures, addExchange, createWorldContext, emptyAccountState, mergeAccountStates } from '../../src/profile/index.js';
import type { AccountId } from '../../src/schema/index.js';
import { DAY, ex, T0 } from '../fixtures/benign/builders.js';

test('the elicitation log-likelihood ratio is zero at or below the base rate and grows with volume at a fixed excess rate', () => {
  assert.equal(elicitationLlr(1, 100, 0.01), 0);
  assert.equal(elicitationLlr(0, 1000, 0.01), 0);
  assert.equal(elicitationLlr(5, 1000, 0.01), 0);
  const small = elicitationLlr(5, 100, 0.01);
  const large = elicitationLlr(50, 1000, 0.01);
  assert.ok(small > 0 && Math.abs(large / small - 10) < 1e-9, `${small} ${large}`);
  // Closed form: k ln(p/p0) + (n−k) ln((1−p)/(1−p0)).
  assert.ok(Math.abs(elicitationLlr(20, 200, 0.02) - (20 * Math.log(0.1 / 0.02) + 180 * Math.log(0.9 / 0.98))) < 1e-9);
  assert.ok(Number.isFinite(elicitationLlr(10, 10, 0.01)));
});

test('a repeated elicitation wrapper counts once, and elicitation days are counted per UTC day across merged parts', () => {
  const id = 'a' as AccountId;
  const mk = (i: number, day: number, simhash: string) => ex({ account: 'a', tMs: T0 + day * DAY + i * 60_000, eli: { cot_reconstruction: 0.9 }, simhash });
  const a = emptyAccountState(id);
  const b = emptyAccountState(id);
  for (let i = 0; i < 30; i++) addExchange(a, mk(i, 1, 'same-wrapper-000'));
  for (let i = 0; i < 10; i++) addExchange(b, mk(i, 3 + (i % 4), `fresh-${i}`));
  addExchange(b, ex({ account: 'a', tMs: T0 + 8 * DAY }));
  const s = mergeAccountStates(a, b);
  const world = createWorldContext();
  const f = accountFeatures(s, undefined, world.build()).values;
  // A HyperLogLog estimate: 11 distinct contents (the wrapper once + 10 fresh), within one.
  assert.ok(Math.abs(f.elicitDistinct - 11) <= 1, String(f.elicitDistinct));
  assert.equal(f.elicitDays, 5);
  assert.equal(f.activeDays, 6);
  assert.ok(Math.abs(f.elicitFresh - f.elicitDistinct / 40) < 1e-9 && f.elicitFresh < 0.35);
  assert.ok(f.elicitSpanShare > 0.7 && f.elicitSpanShare < 1, String(f.elicitSpanShare));
});
