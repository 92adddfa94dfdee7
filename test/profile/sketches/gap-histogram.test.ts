import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addGap, emptyGaps, gapBucket, mergeGaps, type GapHistogram } from '../../../src/profile/sketches/gap-histogram.js';

const view = (s: GapHistogram) => ({ ...s, hist: [...s.hist] });
const build = (ts: readonly number[]) => ts.reduce((s, t) => addGap(s, t), emptyGaps());
const times = fc.array(fc.integer({ min: 0, max: 10_000_000 }), { maxLength: 50 }).map((xs) => [...xs].sort((a, b) => a - b));

test('merging the gap sketches of an earlier and a later part equals the sketch of the whole, in either order', () => {
  fc.assert(
    fc.property(times, fc.nat(), (ts, cut) => {
      const k = ts.length === 0 ? 0 : cut % (ts.length + 1);
      const [a, b] = [build(ts.slice(0, k)), build(ts.slice(k))];
      assert.deepEqual(view(mergeGaps(a, b)), view(build(ts)));
      assert.deepEqual(view(mergeGaps(b, a)), view(build(ts)));
    }),
  );
});

test('merge of three consecutive parts is associative', () => {
  fc.assert(
    fc.property(times, fc.nat(), fc.nat(), (ts, c1, c2) => {
      const i = ts.length === 0 ? 0 : c1 % (ts.length + 1);
      const j = i + (ts.length - i === 0 ? 0 : c2 % (ts.length - i + 1));
      const [a, b, c] = [build(ts.slice(0, i)), build(ts.slice(i, j)), build(ts.slice(j))];
      assert.deepEqual(view(mergeGaps(mergeGaps(a, b), c)), view(mergeGaps(a, mergeGaps(b, c))));
    }),
  );
});

test('an event older than the newest counts as out of order and adds no gap, keeping the earliest time', () => {
  const s = build([1000, 5000, 3000, 500]);
  assert.equal(s.n, 4);
  assert.equal(s.outOfOrder, 2);
  assert.equal(s.firstMs, 500);
  assert.equal(s.lastMs, 5000);
  assert.equal(s.hist.reduce((a, b) => a + b, 0), 1);
  assert.equal(s.hist[gapBucket(4000)], 1);
});

test('overlapping parts merge without a seam gap and are counted as overlaps', () => {
  const m = mergeGaps(build([0, 100, 200]), build([50, 150]));
  assert.equal(m.overlaps, 1);
  assert.equal(m.hist.reduce((a, b) => a + b, 0), 3);
});

test('a single event has a span of zero and no gaps; a non-finite time only counts', () => {
  const s = build([42]);
  assert.equal(s.firstMs, 42);
  assert.equal(s.lastMs, 42);
  assert.equal(s.hist.reduce((a, b) => a + b, 0), 0);
  const z = build([NaN]);
  assert.equal(z.n, 1);
  assert.equal(z.lastMs, -Infinity);
});
