// report.json assembly: campaign membership and the account verdicts it raises.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AnalysisResult } from '../../src/pipeline/analysis.js';
import { buildReport } from '../../src/report/build.js';

const verdict = (id: string, score: number, v: 'benign' | 'suspicious' | 'distillation', evidence = 2) => ({ account_id: id, score, verdict: v, cohort: 'all', findings: [], evidence });

function result(): AnalysisResult {
  return {
    verdicts: [verdict('core-mild', 0.2, 'benign'), verdict('core-bare', 0.01, 'benign', 0), verdict('edge-clean', 0.01, 'benign', 0), verdict('edge-flagged', 0.6, 'suspicious'), verdict('outsider', 0.01, 'benign', 0)],
    campaigns: [{ campaign_id: 'c1', account_ids: ['core-mild', 'core-bare', 'edge-clean', 'edge-flagged'], core_account_ids: ['core-mild', 'core-bare'], core_score: 0.8 }],
    attributions: [],
    actions: [],
    audit: [],
    exchanges: 10,
    firstTs: 0,
    lastTs: 1,
  } as unknown as AnalysisResult;
}

test('campaign membership raises a core member to distillation, and a flagged peripheral one, but not a peripheral member with no evidence of its own', () => {
  const r = buildReport(result(), { generatedAt: '2026-01-01T00:00:00Z', version: 't', inputs: {}, ingest: {}, options: {} });
  const by = new Map(r.accounts.map((a) => [a.account_id, a]));
  assert.equal(by.get('core-mild')!.verdict, 'distillation');
  assert.equal(by.get('core-mild')!.score, 0.8);
  assert.equal(by.get('edge-flagged')!.verdict, 'distillation');
  const edge = by.get('edge-clean')!;
  assert.equal(edge.verdict, 'benign');
  assert.equal(edge.score, 0.01);
  assert.equal(edge.campaign_id, 'c1');
  assert.equal(edge.signals![0]!.code, 'campaign_member');
  assert.equal(edge.signals![0]!.weight, 0);
  assert.equal(by.get('outsider')!.verdict, 'benign');
  assert.equal(by.get('outsider')!.campaign_id, undefined);
});

test('a core member with no evidence of its own is raised to suspicious at most, and the bands of the run decide the score', () => {
  const r = buildReport(result(), { generatedAt: '2026-01-01T00:00:00Z', version: 't', inputs: {}, ingest: {}, options: {}, bands: { suspicious: 0.4, distillation: 0.95 } });
  const bare = r.accounts.find((a) => a.account_id === 'core-bare')!;
  assert.equal(bare.verdict, 'suspicious');
  assert.equal(bare.score, 0.4);
  assert.match(String(bare.signals![0]!.detail), /no evidence of its own/);
  const strict = buildReport(result(), { generatedAt: '2026-01-01T00:00:00Z', version: 't', inputs: {}, ingest: {}, options: {}, memberMinEvidence: 0 });
  assert.equal(strict.accounts.find((a) => a.account_id === 'core-bare')!.verdict, 'distillation');
});

test('a core member whose own evidence is weak (under 1.5 nats by default) is suspicious, not distillation; 1.5 or more raises it', () => {
  const r0 = result();
  const weak = { ...r0, verdicts: r0.verdicts.map((v) => (v.account_id === 'core-mild' ? { ...v, evidence: 1.2 } : v)) } as AnalysisResult;
  const ctx = { generatedAt: '2026-01-01T00:00:00Z', version: 't', inputs: {}, ingest: {}, options: {} };
  assert.equal(buildReport(weak, ctx).accounts.find((a) => a.account_id === 'core-mild')!.verdict, 'suspicious');
  const enough = { ...r0, verdicts: r0.verdicts.map((v) => (v.account_id === 'core-mild' ? { ...v, evidence: 1.6 } : v)) } as AnalysisResult;
  assert.equal(buildReport(enough, ctx).accounts.find((a) => a.account_id === 'core-mild')!.verdict, 'distillation');
});
