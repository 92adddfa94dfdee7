import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addGap, emptyGaps, GAP_TIMES, gapBucket, gapStats, mergeGaps, normalizeTail, type GapHistogram } from '../../../src/profile/sketches/gap-histogram.js';

const canon = (s: GapHistogram) => {
  const f = Float64Array.from(s.f);
  normalizeTail(f, 0);
  return { f: [...f], hist: [...s.u] };
};
/** The order-free part: everything but the count of late arrivals. */
const shape = (s: GapHistogram) => {
  const { outOfOrder: _o, ...rest } = gapStats(s);
  const c = canon(s);
  return { ...rest, times: c.f.slice(7), hist: c.hist };
};
const build = (ts: readonly number[]) => ts.reduce((s, t) => addGap(s, t), emptyGaps());
const sorted = (xs: readonly number[]) => [...xs].sort((a, b) => a - b);
/** The histogram the whole multiset of times defines: gaps between consecutive sorted times. */
const trueHist = (ts: readonly number[]) => {
  const h = new Array<number>(128).fill(0);
  const s = sorted(ts);
  for (let i = 1; i < s.length; i++) h[gapBucket(s[i]! - s[i - 1]!)]! += 1;
  return h;
};
const l1 = (a: readonly number[], b: readonly number[]) => a.reduce((t, x, i) => t + Math.abs(x - (b[i] ?? 0)), 0);
// Times with many ties, so duplicates at the seams are exercised.
const times = fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 10_000_000 })), { maxLength: 60 }).map(sorted);

test('merging the gap sketches of an earlier and a later part equals the sketch of the whole, in either order', () => {
  fc.assert(
    fc.property(times, fc.nat(), (ts, cut) => {
      const k = ts.length === 0 ? 0 : cut % (ts.length + 1);
      const [a, b] = [build(ts.slice(0, k)), build(ts.slice(k))];
      assert.deepEqual(canon(mergeGaps(a, b)), canon(build(ts)));
      assert.deepEqual(canon(mergeGaps(b, a)), canon(build(ts)));
    }),
    { numRuns: 300 },
  );
});

test('merge of three consecutive parts is associative', () => {
  fc.assert(
    fc.property(times, fc.nat(), fc.nat(), (ts, c1, c2) => {
      const i = ts.length === 0 ? 0 : c1 % (ts.length + 1);
      const j = i + (ts.length - i === 0 ? 0 : c2 % (ts.length - i + 1));
      const [a, b, c] = [build(ts.slice(0, i)), build(ts.slice(i, j)), build(ts.slice(j))];
      assert.deepEqual(canon(mergeGaps(mergeGaps(a, b), c)), canon(mergeGaps(a, mergeGaps(b, c))));
    }),
  );
});

test('parts that interleave over a few events at their seam still merge exactly', () => {
  fc.assert(
    fc.property(times, fc.nat(), fc.integer({ min: 0, max: 7 }), fc.array(fc.boolean(), { minLength: 14, maxLength: 14 }), (ts, cut, w, side) => {
      const k = ts.length === 0 ? 0 : cut % (ts.length + 1);
      const a: number[] = [];
      const b: number[] = [];
      ts.forEach((t, i) => (i < k - w ? a : i >= k + w ? b : side[i - k + w] ? a : b).push(t));
      const m = mergeGaps(build(a), build(b));
      assert.equal(gapStats(m).errorBound, 0);
      assert.deepEqual(shape(m), shape(build(ts)));
      assert.deepEqual(canon(m).hist, trueHist(ts));
    }),
    { numRuns: 300 },
  );
});

test('arbitrarily interleaved parts merge within the L1 error bound the sketch reports', () => {
  fc.assert(
    fc.property(times, fc.array(fc.boolean(), { minLength: 60, maxLength: 60 }), (ts, side) => {
      const a = ts.filter((_, i) => side[i]);
      const b = ts.filter((_, i) => !side[i]);
      const m = mergeGaps(build(a), build(b));
      const err = l1(canon(m).hist, trueHist(ts));
      assert.ok(err <= gapStats(m).errorBound, `L1 ${err} > bound ${gapStats(m).errorBound}`);
      if (gapStats(m).errorBound === 0) assert.equal(err, 0);
      assert.equal(gapStats(m).timed, ts.length);
      assert.deepEqual(shape(m).times, shape(build(ts)).times, 'first and last times are always exact');
    }),
    { numRuns: 300 },
  );
});

test('late events within the last or first GAP_TIMES events are placed exactly, whatever the arrival order', () => {
  fc.assert(
    fc.property(times, fc.array(fc.nat(), { maxLength: 60 }), (ts, swaps) => {
      // local disorder: each event moves back by fewer than GAP_TIMES / 2 places
      const xs = [...ts];
      swaps.forEach((d, i) => {
        if (i >= xs.length) return;
        const j = Math.max(0, i - (d % (GAP_TIMES / 2)));
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
      });
      const s = build(xs);
      assert.equal(gapStats(s).errorBound, 0);
      assert.deepEqual(shape(s), shape(build(ts)));
    }),
    { numRuns: 300 },
  );
});

test('a late event older than both time buffers is counted, adds no gap and widens the error bound', () => {
  const ts = Array.from({ length: 3 * GAP_TIMES }, (_, i) => i * 1000);
  const s = build([...ts, 20_500]);
  assert.equal(gapStats(s).outOfOrder, 1);
  assert.equal(gapStats(s).errorBound, 3);
  assert.ok(l1(canon(s).hist, trueHist([...ts, 20_500])) <= 3);
  const early = build([...ts, -5]);
  assert.equal(gapStats(early).errorBound, 0, 'a new earliest event lands in the head');
  assert.equal(gapStats(early).firstMs, -5);
  assert.deepEqual(canon(early).hist, trueHist([...ts, -5]));
});

test('a single event has a span of zero and no gaps; a non-finite time is ignored', () => {
  const s = build([42]);
  assert.equal(gapStats(s).firstMs, 42);
  assert.equal(gapStats(s).lastMs, 42);
  assert.equal(s.u.reduce((a, b) => a + b, 0), 0);
  const z = build([NaN]);
  assert.equal(gapStats(z).timed, 0);
  assert.equal(gapStats(z).lastMs, -Infinity);
});
