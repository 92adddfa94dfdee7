import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/store/index.js';
import type { Account } from '../../src/schema/index.js';
import { A1, storeContract } from './store.contract.js';
import { importContract } from './import.contract.js';

storeContract('DuckDB in memory', () => openStore(':memory:'));
importContract('DuckDB in memory', () => openStore(':memory:'));

describe('DuckDB file store', () => {
  it('reopens a file store and reads back every table', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-store-'));
    const path = join(dir, 'dw.duckdb');
    try {
      const s = await openStore(path);
      await s.appendExchanges(A1);
      const acct = { account_id: 'a1', created_at: '2025-12-01T00:00:00Z', tier: 'startup', country: 'DE', referral: 'x' } as unknown as Account;
      await s.putAccounts([acct]);
      await s.putAccountStates([{ account_id: 'a1', state: { n: 3, hll: [0, 1, 2] }, score: 0.9, verdict: 'distillation' }]);
      await s.putCampaigns([{ campaign_id: 'c1', account_ids: ['a1', 'a2'], actor_id: 'act-1', confidence: 'high', note: 'n' } as never]);
      await s.putActions([{ action_id: 'x1', target: { kind: 'campaign', id: 'c1' }, action: 'block', mode: 'shadow' }]);
      await s.appendAudit({ at: '2026-02-02T00:00:00Z', event: 'action_proposed' } as never);
      await s.putRun({ run_id: 'r1', started_at: '2026-02-02T00:00:00Z', counts: { read: 4 } });
      await s.close();

      const t = await openStore(path);
      assert.deepEqual(await t.counts(), { exchanges: 4, accounts: 1, accountStates: 1, campaigns: 1, actions: 1, audit: 1, runs: 1 });
      assert.deepEqual(await t.getAccount('a1'), acct);
      assert.deepEqual(await t.getAccountState('a1'), { account_id: 'a1', state: { n: 3, hll: [0, 1, 2] }, score: 0.9, verdict: 'distillation' });
      assert.deepEqual(await t.getCampaign('c1'), { campaign_id: 'c1', account_ids: ['a1', 'a2'], actor_id: 'act-1', confidence: 'high', note: 'n' });
      assert.deepEqual(await t.campaignsOf('a2'), ['c1']);
      assert.equal((await t.listActions('c1'))[0]?.action, 'block');
      assert.deepEqual(await t.auditLog(), [{ at: '2026-02-02T00:00:00Z', event: 'action_proposed' }]);
      assert.deepEqual(await t.getRun('r1'), { run_id: 'r1', started_at: '2026-02-02T00:00:00Z', counts: { read: 4 } });
      // Sequence numbers continue after a reopen: a new audit event sorts after the old one.
      await t.appendAudit({ at: '2026-02-03T00:00:00Z' });
      assert.deepEqual((await t.auditLog(1)).map((e) => e.at), ['2026-02-03T00:00:00Z']);
      await t.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

});
