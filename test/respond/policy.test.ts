import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decideActions } from '../../src/respond/index.js';

const NOW = Date.parse('2026-02-01T00:00:00Z');

test('proposes nothing for benign accounts and no campaigns', () => {
  const r = decideActions([{ account_id: 'a', score: 0.01, verdict: 'benign' }], [], NOW);
  assert.equal(r.actions.length, 0);
  assert.equal(r.audit.length, 0);
});

test('a lone distillation-scored account is throttled, never blocked', () => {
  const r = decideActions([{ account_id: 'a', score: 0.99, verdict: 'distillation' }], [], NOW);
  assert.deepEqual(r.actions.map((a) => a.action), ['throttle']);
});

test('members of a high-confidence campaign get the block, in shadow mode by default, with an expiry', () => {
  const r = decideActions(
    [{ account_id: 'a', score: 0.3, verdict: 'suspicious' }],
    [{ campaign_id: 'c1', account_ids: ['a', 'b'], confidence: 'high' }],
    NOW,
  );
  const byTarget = new Map(r.actions.map((a) => [`${a.target.kind}:${a.target.id}`, a]));
  assert.equal(byTarget.get('campaign:c1')?.action, 'block');
  assert.equal(byTarget.get('account:a')?.action, 'block');
  assert.equal(byTarget.get('account:b')?.campaign_id, 'c1');
  assert.ok(r.actions.every((a) => a.mode === 'shadow'));
  assert.ok(r.actions.every((a) => Date.parse(a.expires_at) > NOW));
  assert.ok(r.audit.every((e) => e.event === 'action_proposed'));
});

test('enforce mode is recorded as enforced in the audit trail', () => {
  const r = decideActions([], [{ campaign_id: 'c', account_ids: ['x'], confidence: 'low', score: 0.9 }], NOW, { mode: 'enforce' });
  assert.equal(r.actions[0]?.action, 'step_up');
  assert.ok(r.audit.every((e) => e.event === 'action_enforced'));
});

test('a peripheral campaign member that is benign on its own is only monitored; core members and flagged peripherals get the campaign action', () => {
  const r = decideActions(
    [
      { account_id: 'core', score: 0.2, verdict: 'benign' },
      { account_id: 'edge', score: 0.01, verdict: 'benign' },
      { account_id: 'edge-flagged', score: 0.6, verdict: 'suspicious' },
    ],
    [{ campaign_id: 'c1', account_ids: ['core', 'edge', 'edge-flagged'], core_account_ids: ['core'], confidence: 'high' }],
    NOW,
  );
  const by = new Map(r.actions.map((a) => [a.target.id, a]));
  assert.equal(by.get('core')?.action, 'block');
  assert.equal(by.get('edge-flagged')?.action, 'block');
  assert.equal(by.get('edge')?.action, 'monitor');
  assert.match(by.get('edge')!.reason, /peripheral member of campaign c1/);
});

test('a core campaign member without evidence of its own is only monitored, and the floor is configurable', () => {
  const accounts = [
    { account_id: 'bare', score: 0.01, verdict: 'benign' as const, evidence: 0 },
    { account_id: 'backed', score: 0.3, verdict: 'benign' as const, evidence: 3.4 },
  ];
  const campaigns = [{ campaign_id: 'c1', account_ids: ['bare', 'backed'], core_account_ids: ['bare', 'backed'], confidence: 'moderate' as const }];
  const by = new Map(decideActions(accounts, campaigns, NOW).actions.map((a) => [a.target.id, a]));
  assert.equal(by.get('bare')?.action, 'monitor');
  assert.match(by.get('bare')!.reason, /no evidence of its own/);
  assert.equal(by.get('backed')?.action, 'degrade');
  const all = new Map(decideActions(accounts, campaigns, NOW, { memberMinEvidence: 0 }).actions.map((a) => [a.target.id, a]));
  assert.equal(all.get('bare')?.action, 'degrade');
});
