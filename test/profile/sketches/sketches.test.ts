import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAlgebra, build } from './algebra.js';
import { addHll, emptyHll, estimateHll, mergeHll } from '../../../src/profile/sketches/hyperloglog.js';
import { addCounter, emptyCounter, mergeCounter, totalCounter } from '../../../src/profile/sketches/bounded-counter.js';
import { addBottomK, emptyBottomK, mergeBottomK } from '../../../src/profile/sketches/bottom-k.js';
import { addAms, emptyAms, estimateF2, mergeAms } from '../../../src/profile/sketches/ams-f2.js';
import { activeDays, activeHours, addActivity, emptyActivity, mergeActivity } from '../../../src/profile/sketches/activity.js';
import { addMoments, emptyMoments, mergeMoments } from '../../../src/profile/sketches/moments.js';
import { hashInt } from '../../../src/profile/sketches/hash.js';
import { byHash, byRecentDay } from '../../../src/profile/state.js';

const smallInt = fc.integer({ min: 0, max: 300 });

test('HyperLogLog merges associatively and commutatively, and two halves merge into the whole', () => {
  checkAlgebra({ empty: () => emptyHll(6), add: (s, x: number) => addHll(s, hashInt(x)), merge: mergeHll, view: (s) => [...s.reg] }, smallInt);
});

test('HyperLogLog estimates distinct counts within a few standard errors', () => {
  for (const n of [1, 10, 100, 1000, 20000]) {
    const s = emptyHll(7);
    for (let i = 0; i < n; i++) for (let rep = 0; rep < 3; rep++) addHll(s, hashInt(i, 11));
    const est = estimateHll(s);
    assert.ok(Math.abs(est - n) <= Math.max(2, 0.3 * n), `n=${n} estimated ${est}`);
  }
});

test('bounded counter keeps its top keys by a fixed order and merges exactly even past its cap', () => {
  const key = fc.integer({ min: 0, max: 40 }).map((i) => `k${i}`);
  for (const order of [byHash, (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)]) {
    checkAlgebra(
      {
        empty: () => emptyCounter(8),
        add: (s, k: string) => addCounter(s, k, 1, order),
        merge: (a, b) => mergeCounter(a, b, order),
        view: (s) => ({ counts: [...s.counts.entries()].sort(), overflow: s.overflow }),
      },
      key,
    );
  }
});

test('bounded counter by recent day keeps the latest days and never loses a count', () => {
  const s = emptyCounter(4);
  for (let d = 0; d < 10; d++) addCounter(s, `${d}|m`, d + 1, byRecentDay);
  assert.deepEqual([...s.counts.keys()].sort(), ['6|m', '7|m', '8|m', '9|m']);
  assert.equal(totalCounter(s), 55);
});

test('bottom-k sample merges associatively and commutatively, and halves merge into the whole', () => {
  const v = fc.integer({ min: 0, max: 50 }).map((i) => `10.0.${i}.0/24`);
  checkAlgebra({ empty: () => emptyBottomK(5), add: addBottomK, merge: mergeBottomK, view: (s) => [...s.values] }, v);
});

test('count-sketch F2 merges exactly and estimates the second moment of a skewed stream', () => {
  checkAlgebra({ empty: emptyAms, add: (s, x: number) => addAms(s, hashInt(x)), merge: mergeAms, view: (s) => [...s.c] }, smallInt);
  const s = emptyAms();
  for (let i = 0; i < 900; i++) addAms(s, hashInt(7)); // one heavy item: F2 = 900²
  for (let i = 0; i < 100; i++) addAms(s, hashInt(1000 + i));
  const f2 = estimateF2(s);
  assert.ok(f2 > 0.7 * 810000 && f2 < 1.3 * 820000, `F2 ${f2}`);
});

test('activity histogram and active-hour ring merge exactly', () => {
  const t = fc.integer({ min: 0, max: 60 * 24 * 3600_000 }).map((x) => Date.parse('2026-01-01T00:00:00Z') + x);
  checkAlgebra({ empty: emptyActivity, add: addActivity, merge: mergeActivity, view: (s) => [[...s.hourOfDay], [...s.ring]] }, t);
});

test('activity counts active hours and days and ignores non-finite times', () => {
  const s = emptyActivity();
  const t0 = Date.parse('2026-01-01T00:00:00Z');
  for (const h of [0, 0.5, 1, 25, 49]) addActivity(s, t0 + h * 3600_000);
  addActivity(s, NaN);
  assert.equal(activeHours(s), 4);
  assert.equal(activeDays(s), 3);
  assert.equal(s.hourOfDay.reduce((a, b) => a + b, 0), 5);
});

test('moments merge exactly for integer-valued data', () => {
  checkAlgebra({ empty: emptyMoments, add: addMoments, merge: mergeMoments, view: (s) => ({ ...s }) }, smallInt);
  const s = build({ empty: emptyMoments, add: addMoments, merge: mergeMoments, view: (x) => x }, [1, 2, NaN, 3]);
  assert.deepEqual({ n: s.n, sum: s.sum, min: s.min, max: s.max }, { n: 3, sum: 6, min: 1, max: 3 });
});
