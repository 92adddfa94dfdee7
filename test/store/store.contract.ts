// The Store contract: every backend (embedded DuckDB now, a scale-out store later) runs this suite
// from its own test file, as Hono's routers share common.case.test.ts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Store } from '../../src/store/index.js';
import { DwError } from '../../src/errors.js';
import type { Exchange } from '../../src/schema/index.js';

export const ex = (o: Record<string, unknown>): Exchange =>
  ({ model: 'm1', input_tokens: 10, output_tokens: 20, ...o }) as unknown as Exchange;

export const A1: Exchange[] = [
  ex({ id: 'e1', ts: '2026-02-01T10:00:00.000Z', account_id: 'a1', prompt: 'hi', tool_names: ['bash', 'python'], thinking: true }),
  ex({ id: 'e2', ts: '2026-02-01T10:30:00.000Z', account_id: 'a1', temperature: 0.7, status: 200, latency_ms: 812.5 }),
  ex({ id: 'e3', ts: '2026-02-01T12:05:00.000Z', account_id: 'a1', vendor_trace: { span: 'x', n: [1, 2] } }),
  ex({ id: 'e4', ts: '2026-02-01T09:00:00.000Z', account_id: 'a2', has_images: false, max_tokens: 4096, tool_names: ["it's, odd", '[x]', ' pad', ''] }),
];

export function storeContract(name: string, openStore: () => Promise<Store>): void {
  describe(`Store contract: ${name}`, () => {
    it('returns an account\'s exchanges newest first, exactly as they were appended', async () => {
      const s = await openStore();
      await s.appendExchanges(A1);
      const got = await s.exchangesOf('a1');
      assert.deepEqual(got.map((x) => x.id), ['e3', 'e2', 'e1']);
      assert.deepEqual(got[2], A1[0]);
      assert.deepEqual(got[1], A1[1]);
      assert.deepEqual(got[0], A1[2]); // the unknown field comes back from the JSON column
      assert.deepEqual((await s.exchangesOf('a1', 1)).map((x) => x.id), ['e3']);
      assert.deepEqual(await s.exchangesOf('nobody'), []);
      assert.deepEqual(await s.exchangesOf('a2'), [A1[3]]); // tool names with quotes, commas, brackets, blanks
      await s.close();
    });

    it('keeps values a typed column cannot hold, and non-canonical timestamps, as written', async () => {
      const s = await openStore();
      const odd = ex({
        id: 'o1', ts: '2026-02-01T12:00:00.123456+02:00', account_id: 'a9', input_tokens: 2 ** 40, output_tokens: 3,
        turn_index: 2 ** 33, status: 'teapot', tool_names: ['ok', 7], org_id: null,
      });
      await s.appendExchanges([odd]);
      const [back] = await s.exchangesOf('a9');
      assert.deepEqual(back, odd);
      await s.close();
    });

    it('replaces accounts, states, campaigns and actions by key, the last of a batch winning', async () => {
      const s = await openStore();
      await s.putAccountStates([
        { account_id: 'a1', state: { v: 1 }, score: 0.1 },
        { account_id: 'a1', state: { v: 2 }, score: 0.2 },
        { account_id: 'a2', state: { v: 1 }, score: 0.5, verdict: 'suspicious' },
      ]);
      await s.putAccountStates([{ account_id: 'a2', state: { v: 3 } }]);
      assert.deepEqual(await s.getAccountState('a1'), { account_id: 'a1', state: { v: 2 }, score: 0.2 });
      assert.deepEqual(await s.getAccountState('a2'), { account_id: 'a2', state: { v: 3 } });
      await s.putCampaigns([{ campaign_id: 'c1', account_ids: ['a1', 'a2'] }]);
      await s.putCampaigns([{ campaign_id: 'c1', account_ids: ['a3'] }]);
      assert.deepEqual(await s.campaignsOf('a1'), []);
      assert.deepEqual(await s.campaignsOf('a3'), ['c1']);
      assert.equal((await s.counts()).campaigns, 1);
      await s.putActions([{ action_id: 'x', action: 'monitor', target: { kind: 'account', id: 'a1' } }]);
      await s.putActions([{ action_id: 'x', action: 'throttle', target: { kind: 'account', id: 'a1' } }]);
      assert.deepEqual((await s.listActions('a1')).map((a) => a.action), ['throttle']);
      await s.close();
    });

    it('ranks account states by score, unscored last', async () => {
      const s = await openStore();
      await s.putAccountStates([
        { account_id: 'low', state: {}, score: 0.1 },
        { account_id: 'none', state: {} },
        { account_id: 'high', state: {}, score: 0.95 },
      ]);
      assert.deepEqual((await s.topAccounts(3)).map((r) => r.account_id), ['high', 'low', 'none']);
      assert.deepEqual((await s.topAccounts(1)).map((r) => r.account_id), ['high']);
      await s.close();
    });

    it('keeps every exchange through compact, and appends after it', async () => {
      const s = await openStore();
      await s.appendExchanges(A1);
      await s.compact();
      assert.deepEqual((await s.exchangesOf('a1')).map((x) => x.id), ['e3', 'e2', 'e1']);
      assert.deepEqual(await s.exchangesOf('a2'), [A1[3]]);
      await s.appendExchanges([ex({ id: 'e5', ts: '2026-02-01T13:00:00.000Z', account_id: 'a2' })]);
      assert.equal((await s.counts()).exchanges, 5);
      await s.close();
    });

    it('scans all exchanges in event-time order in bounded batches', async () => {
      const s = await openStore();
      await s.appendExchanges(A1);
      const batches: string[][] = [];
      for await (const b of s.scanExchanges(3)) batches.push(b.map((x) => x.id));
      assert.deepEqual(batches, [['e4', 'e1', 'e2'], ['e3']]);
      await s.close();
    });

    it('buckets an account\'s activity by hour', async () => {
      const s = await openStore();
      await s.appendExchanges(A1);
      assert.deepEqual(await s.activityOf('a1', 'hour'), [
        { start: '2026-02-01T10:00:00.000Z', exchanges: 2, inputTokens: 20, outputTokens: 40 },
        { start: '2026-02-01T12:00:00.000Z', exchanges: 1, inputTokens: 10, outputTokens: 20 },
      ]);
      assert.equal((await s.activityOf('a1', 'day'))[0]?.exchanges, 3);
      await s.close();
    });

    it('rejects state that is not JSON-safe with DW_E_STORE and stays usable', async () => {
      const s = await openStore();
      await assert.rejects(s.putAccountStates([{ account_id: 'a', state: { n: 1n } }]), (e: unknown) => e instanceof DwError && e.code === 'DW_E_STORE');
      await s.putAccountStates([{ account_id: 'a', state: { n: 1 } }]);
      assert.equal((await s.counts()).accountStates, 1);
      await s.close();
      await assert.rejects(s.counts(), (e: unknown) => e instanceof DwError && e.code === 'DW_E_STORE');
    });
  });
}
