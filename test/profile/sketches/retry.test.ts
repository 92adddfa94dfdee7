import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { addRetryAt, mergeRetryInto, RETRY_F, RETRY_U, RETRY_WINDOW_MS, retryCounts, type RetryRef } from '../../../src/profile/sketches/retry.js';

type Ev = { t: number; key: number; fail: boolean };
const empty = (): RetryRef => ({ f: new Float64Array(RETRY_F), fo: 0, u: new Uint32Array(RETRY_U), uo: 0 });
const build = (evs: readonly Ev[]): RetryRef => {
  const s = empty();
  const first = evs.length > 0 ? Math.min(...evs.map((e) => e.t)) : Infinity;
  for (const e of evs) addRetryAt(s.f, s.fo, s.u, s.uo, e.t, e.key, e.fail, first);
  return s;
};
const merge = (a: RetryRef, b: RetryRef, first: number): RetryRef => {
  const out = empty();
  mergeRetryInto(out, a, b, first);
  return out;
};
/** Retries by the definition: a keyed exchange answering the latest unanswered failure of its key at most the window before. */
const truth = (evs: readonly Ev[]) => {
  const open: Ev[] = [];
  let n = 0;
  for (const e of evs) {
    if (e.key !== 0) {
      let i = open.length - 1;
      while (i >= 0 && !(open[i]!.key === e.key && e.t - open[i]!.t >= 0 && e.t - open[i]!.t <= RETRY_WINDOW_MS)) i--;
      if (i >= 0) {
        n++;
        open.splice(i, 1);
      }
      if (e.fail) open.push(e);
    }
  }
  return n;
};

const events = fc
  .array(fc.record({ dt: fc.integer({ min: 0, max: 400_000 }), key: fc.integer({ min: 0, max: 4 }), fail: fc.boolean() }), { maxLength: 30 })
  .map((rs) => {
    let t = 1_000_000;
    return rs.map((r) => ({ t: (t += r.dt), key: r.key, fail: r.fail }));
  });

test('the same content resent within the window after a failure counts as a retry, otherwise not', () => {
  const s = build([
    { t: 0, key: 7, fail: true },
    { t: 2_000, key: 7, fail: false }, // retry
    { t: 2_500, key: 7, fail: false }, // the failure was answered: a repeat, not a retry
    { t: 3_000, key: 8, fail: false }, // other content
    { t: 10_000, key: 8, fail: true },
    { t: 10_000 + RETRY_WINDOW_MS + 1, key: 8, fail: false }, // too late
    { t: 20_000_000, key: 9, fail: false },
    { t: 20_001_000, key: 9, fail: false }, // a repeat without a failure
  ]);
  assert.deepEqual(retryCounts(s), { failures: 2, retries: 1 });
});

test('retries match the definition on in-order streams with few failures per window', () => {
  fc.assert(
    fc.property(events, (evs) => {
      fc.pre(evs.filter((e) => e.fail).length <= 8);
      assert.equal(retryCounts(build(evs)).retries, truth(evs));
    }),
  );
});

test('merging an earlier and a later part counts the retries across the seam exactly', () => {
  fc.assert(
    fc.property(events, fc.nat(), (raw, cut) => {
      fc.pre(raw.filter((e) => e.fail).length <= 8 && raw.length <= 16);
      const k = raw.length === 0 ? 0 : cut % (raw.length + 1);
      // time-disjoint parts: the later part starts at least a millisecond after the earlier one ends
      const evs = raw.map((e, i) => (i >= k ? { ...e, t: e.t + 1 } : e));
      const first = evs[0]?.t ?? Infinity;
      const [a, b] = [build(evs.slice(0, k)), build(evs.slice(k))];
      const whole = build(evs);
      for (const m of [merge(a, b, first), merge(b, a, first)]) {
        assert.deepEqual(retryCounts(m), retryCounts(whole));
        assert.deepEqual([...m.f], [...whole.f]);
        assert.deepEqual([...m.u], [...whole.u]);
      }
    }),
    { numRuns: 200 },
  );
});

test('merging interleaved parts never counts more retries than the whole, even when they share a millisecond', () => {
  // the counterexample CI found: a failure in one part and a resend in the other at the same millisecond
  const tie = [
    { t: 1_000_000, key: 3, fail: false },
    { t: 1_000_000, key: 3, fail: true },
  ];
  const m = merge(build([tie[1]!]), build([tie[0]!]), 1_000_000);
  assert.equal(retryCounts(m).retries, truth(tie));
  fc.assert(
    fc.property(events, fc.array(fc.boolean(), { minLength: 30, maxLength: 30 }), (evs, side) => {
      const first = evs[0]?.t ?? Infinity;
      const m = merge(build(evs.filter((_, i) => side[i])), build(evs.filter((_, i) => !side[i])), first);
      assert.ok(retryCounts(m).retries <= truth(evs));
      assert.equal(retryCounts(m).failures, evs.filter((e) => e.fail).length);
    }),
    { numRuns: 2000 },
  );
});
