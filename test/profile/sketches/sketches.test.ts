import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { checkAlgebra } from './algebra.js';
import { addHll, emptyHll, estimateHll, mergeHll } from '../../../src/profile/sketches/hyperloglog.js';
import { addCounterAt, addDayCounterAt, counterEntries, counterTotal, mergeCounterAt, type CounterRef } from '../../../src/profile/sketches/bounded-counter.js';
import { addBottomKAt, bottomKHash, bottomKValues, mergeBottomKAt, type BottomKRef } from '../../../src/profile/sketches/bottom-k.js';
import { addAms, emptyAms, estimateF2, mergeAms } from '../../../src/profile/sketches/ams-f2.js';
import { activeDays, activeHours, addActivity, emptyActivity, mergeActivity } from '../../../src/profile/sketches/activity.js';
import { hashInt, hashString } from '../../../src/profile/sketches/hash.js';

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

const counter = (cap: number): CounterRef => ({ u: new Uint32Array(2 + 3 * cap), o: 0, cap, strs: new Array<string>(cap).fill(''), so: 0 });

test('bounded counter keeps the keys of lowest hash and merges exactly even past its cap', () => {
  const key = fc.integer({ min: 0, max: 40 }).map((i) => `k${i}`);
  checkAlgebra(
    {
      empty: () => counter(8),
      add: (s, k: string) => (addCounterAt(s.u, s.o, s.cap, s.strs, s.so, hashString(k), k, 1), s),
      merge: (a, b) => {
        const out = counter(8);
        mergeCounterAt(out, a, b);
        return out;
      },
      view: (s) => counterEntries(s),
    },
    key,
  );
});

test('bounded counter names its kept keys and never loses a count', () => {
  const c = counter(4);
  for (let i = 0; i < 20; i++) addCounterAt(c.u, c.o, c.cap, c.strs, c.so, hashString(`m${i}`), `m${i}`, i + 1);
  const { entries, overflow } = counterEntries(c);
  assert.equal(entries.length, 4);
  assert.deepEqual(entries.map((e) => e.name), [...Array.from({ length: 20 }, (_, i) => `m${i}`)].sort((a, b) => (hashString(a) >>> 0) - (hashString(b) >>> 0)).slice(0, 4));
  assert.equal(counterTotal(c), 210);
  assert.equal(overflow + entries.reduce((t, e) => t + e.count, 0), 210);
});

test('day counter keeps the latest days, merges exactly past its cap, and never loses a count', () => {
  const item = fc.record({ day: fc.integer({ min: 19_000, max: 19_030 }), m: fc.integer({ min: 0, max: 3 }) });
  checkAlgebra(
    {
      empty: () => counter(6),
      add: (s, x: { day: number; m: number }) => (addDayCounterAt(s.u, s.o, s.cap, x.day, hashInt(x.m), 1), s),
      merge: (a, b) => {
        const out = counter(6);
        mergeCounterAt(out, a, b, true);
        return out;
      },
      view: (s) => counterEntries(s, true),
    },
    item,
  );
  const c = counter(4);
  for (let d = 0; d < 10; d++) addDayCounterAt(c.u, c.o, c.cap, 20_000 + d, hashInt(1), d + 1);
  const { entries, overflow } = counterEntries(c, true);
  assert.deepEqual(entries.map((e) => e.day), [20_009, 20_008, 20_007, 20_006]);
  assert.equal(overflow + entries.reduce((t, e) => t + e.count, 0), 55);
});

const sample = (k: number): BottomKRef => ({ u: new Uint32Array(1 + k), o: 0, k, strs: new Array<string>(k).fill(''), so: 0 });

test('bottom-k sample merges associatively and commutatively, and halves merge into the whole', () => {
  const v = fc.integer({ min: 0, max: 50 }).map((i) => `10.0.${i}.0/24`);
  checkAlgebra(
    {
      empty: () => sample(5),
      add: (s, x: string) => (addBottomKAt(s.u, s.o, s.k, s.strs, s.so, bottomKHash(x), x), s),
      merge: (a, b) => {
        const out = sample(5);
        mergeBottomKAt(out, a, b);
        return out;
      },
      view: (s) => bottomKValues(s),
    },
    v,
  );
});

test('bottom-k keeps the values of smallest hash, each once', () => {
  const s = sample(3);
  const vals = Array.from({ length: 30 }, (_, i) => `ua-${i % 10}`);
  for (const x of vals) addBottomKAt(s.u, s.o, s.k, s.strs, s.so, bottomKHash(x), x);
  const want = [...new Set(vals)].sort((a, b) => (bottomKHash(a) >>> 0) - (bottomKHash(b) >>> 0)).slice(0, 3);
  assert.deepEqual(bottomKValues(s).map((x) => x.value), want);
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
