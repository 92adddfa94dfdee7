import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createLinkIndex, linkAccounts } from '../../src/link/index.js';
import { createWorld, addBenign, addCampaign, addEnterprise } from './world.js';

describe('re-linking a growing index (streaming)', () => {
  it('finds the same campaigns reusing its graph build as building from scratch at every checkpoint', () => {
    const w = createWorld(41);
    addBenign(w, 250, { days: 3 });
    addEnterprise(w, 40);
    addCampaign(w, 'hydra', 40);
    const xs = [...w.exchanges].sort((a, b) => a.tMs - b.tMs);
    const idx = createLinkIndex();
    idx.addAccounts(w.accounts);
    let found = 0;
    for (let k = 1; k <= 4; k++) {
      for (const e of xs.slice(Math.floor(((k - 1) * xs.length) / 4), Math.floor((k * xs.length) / 4))) idx.observe(e);
      const reused = linkAccounts(idx, w.scores);
      const fresh = linkAccounts(idx, w.scores, { reuseGraph: false });
      assert.deepEqual(reused.campaigns.map((c) => c.account_ids), fresh.campaigns.map((c) => c.account_ids), `checkpoint ${k}`);
      found += reused.campaigns.length;
    }
    assert.ok(found > 0, 'some checkpoint found the campaign');
  });
});
