import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId, Exchange } from '../../src/schema/index.js';
import type { Analysis, AnalysisResult } from '../../src/pipeline/analysis.js';
import { createStreamRunner } from '../../src/pipeline/stream.js';

const H = 3600_000;
const T0 = Date.parse('2026-01-01T00:00:00Z');

function ex(i: number, account: string, tMs: number): Exchange {
  return { id: `x${i}`, ts: new Date(tMs).toISOString(), account_id: account, model: 'm', input_tokens: 1, output_tokens: 1 } as unknown as Exchange;
}

/** An analysis that forms campaign 'c' of accounts a and b once account a has sent `after` exchanges. */
function fakeAnalysis(after: number): Analysis & { evaluations: number[] } {
  const seen = new Map<string, number>();
  const evaluations: number[] = [];
  let last = 0;
  return {
    evaluations,
    states: new Map(),
    link: undefined as never,
    push(x: Exchange) {
      seen.set(x.account_id, (seen.get(x.account_id) ?? 0) + 1);
      last = Date.parse(x.ts);
      return undefined as never;
    },
    evaluate(): AnalysisResult {
      evaluations.push(last);
      const formed = (seen.get('a') ?? 0) >= after;
      return {
        verdicts: [],
        campaigns: formed ? ([{ campaign_id: 'c', account_ids: ['a', 'b'] }] as never) : [],
        clusters: [],
        attributions: [],
        actions: [],
        audit: [],
        exchanges: 0,
        firstTs: T0,
        lastTs: last,
      };
    },
  };
}

test('re-evaluates once per cadence of event time and once at the end', () => {
  const an = fakeAnalysis(1e9);
  const run = createStreamRunner(an, { cadenceMs: H });
  for (let i = 0; i < 10; i++) run.push(ex(i, 'a', T0 + i * 30 * 60_000)); // 0 .. 4.5 h
  const r = run.finish();
  assert.equal(r.checkpoints, 5); // at 1h, 2h, 3h, 4h, and the end
});

test("a campaign's first alert is the checkpoint at which its first member was flagged", () => {
  const run = createStreamRunner(fakeAnalysis(3), { cadenceMs: H, confirmations: 1 });
  for (let i = 0; i < 12; i++) run.push(ex(i, i % 2 ? 'b' : 'a', T0 + i * 20 * 60_000)); // every 20 min
  const r = run.finish();
  // a's 3rd exchange is at 80 min; the checkpoint at 2 h is the first to see it.
  assert.equal(r.firstAlert.get('c'), new Date(T0 + 2 * H).toISOString());
  assert.equal(r.firstFlagged.get('b' as AccountId), T0 + 2 * H);
  assert.equal(r.alerts.length, 1);
});

test('counts events later than the allowed lateness, and still processes them', () => {
  const an = fakeAnalysis(1e9);
  const run = createStreamRunner(an, { cadenceMs: 10 * H, maxLatenessMs: H });
  run.push(ex(1, 'a', T0 + 5 * H));
  run.push(ex(2, 'a', T0 + 1 * H)); // 4 h late
  run.push(ex(3, 'a', T0 + 4.5 * H)); // 30 min late: within lateness
  const r = run.finish();
  assert.equal(r.late, 1);
});

test('alerts a campaign at its second consecutive sighting (confirmations: 2), and what the final checkpoint reports at once', () => {
  const run = createStreamRunner(fakeAnalysis(3), { cadenceMs: H, confirmations: 2 });
  for (let i = 0; i < 12; i++) run.push(ex(i, i % 2 ? 'b' : 'a', T0 + i * 20 * 60_000));
  const r = run.finish();
  // formed at the 2 h checkpoint, confirmed at 3 h; first_alert still dates from the first sighting
  assert.deepEqual(r.alerts.map((a) => a.at), [new Date(T0 + 3 * H).toISOString()]);
  assert.equal(r.firstAlert.get('c'), new Date(T0 + 2 * H).toISOString());

  const late = createStreamRunner(fakeAnalysis(6), { cadenceMs: H, confirmations: 2 });
  for (let i = 0; i < 12; i++) late.push(ex(i, i % 2 ? 'b' : 'a', T0 + i * 20 * 60_000)); // a's 6th at 200 min
  const rl = late.finish();
  assert.equal(rl.alerts.length, 1, 'seen only at the final checkpoint, alerted there');
});

/** An analysis whose n-th evaluation (1-based) reports the campaigns `at(n)` gives. */
function scripted(at: (n: number) => readonly { campaign_id: string; account_ids: string[] }[]): Analysis {
  let n = 0;
  return {
    states: new Map(),
    link: undefined as never,
    push: () => undefined as never,
    evaluate: (): AnalysisResult => ({ verdicts: [], campaigns: at(++n) as never, clusters: [], attributions: [], actions: [], audit: [], exchanges: 0, firstTs: T0, lastTs: T0 }),
  };
}

test('a campaign seen at one checkpoint and gone at the next is never alerted', () => {
  const flicker = scripted((n) => (n === 2 ? [{ campaign_id: 'c', account_ids: ['a', 'b'] }] : [])); // only at the second checkpoint
  const run = createStreamRunner(flicker, { cadenceMs: H, confirmations: 2 });
  for (let i = 0; i < 10; i++) run.push(ex(i, 'a', T0 + i * 30 * 60_000));
  assert.equal(run.finish().alerts.length, 0);
});

test('a campaign re-linked under another id at the next checkpoint still counts as seen twice', () => {
  const renamed = scripted((n) => (n === 2 ? [{ campaign_id: 'c1', account_ids: ['a', 'b', 'c'] }] : n === 3 ? [{ campaign_id: 'c2', account_ids: ['a', 'b', 'd'] }] : []));
  const run = createStreamRunner(renamed, { cadenceMs: H, confirmations: 2 });
  for (let i = 0; i < 10; i++) run.push(ex(i, 'a', T0 + i * 30 * 60_000)); // checkpoints at 1 h .. 4 h
  const r = run.finish();
  assert.deepEqual(r.alerts.map((a) => [a.campaign_id, a.at]), [['c2', new Date(T0 + 3 * H).toISOString()]]);
});
