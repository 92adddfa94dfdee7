// link: two operations in one dense block (two actors' hydras that send some of the same public
// prompts through the same proxy exits) are two campaigns; the slices of one hydra's template pool
// are one campaign, however its heads split it.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { buildBipartite, createLinkIndex, KIND_INDEX, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import { poolOverlap } from '../../src/link/split-operations.js';
import { createWorld, addBenign, addCampaign, type WorldBuilder } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

/** Hydras A (20 heads) and B (8 heads, on another schedule) on pools of their own, through one proxy pool; a third of B's requests are prompts A also sends. */
function twoOperations(seed: number): { w: WorldBuilder; a: AccountId[]; b: AccountId[] } {
  const w = createWorld(seed);
  addBenign(w, 200);
  const proxies = Array.from({ length: 30 }, () => `185.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`);
  const a = addCampaign(w, 'opa', 20, { score: 0.9, perAccount: 40, templates: 60, proxyIps: proxies });
  const b = addCampaign(w, 'opb', 8, { score: 0.9, perAccount: 40, templates: 20, proxyIps: proxies });
  const aTemplates = [...new Set(w.exchanges.filter((e) => a.includes(e.x.account_id)).map((e) => e.prompt.templateId))];
  const public10 = aTemplates.slice(0, 10);
  const bSet = new Set<string>(b);
  for (const e of w.exchanges) {
    if (!bSet.has(e.x.account_id)) continue;
    if (w.rng() < 0.33) (e.prompt as { templateId: number }).templateId = w.pick(public10);
    // Another operator's scheduler: the same days, twelve hours later.
    (e as { tMs: number }).tMs += 12 * 3_600_000;
    (e.x as { ts: string }).ts = new Date(e.tMs).toISOString();
  }
  return { w, a, b };
}

describe('link: separate operations in one block', () => {
  it('two hydras sharing public prompts and proxy exits are two campaigns', () => {
    for (const seed of [71, 72, 73]) {
      const { w, a, b } = twoOperations(seed);
      const d = linkAccountsDetailed(indexOf(w), w.scores);
      const of = (ids: AccountId[]) => d.campaigns.find((c) => c.account_ids.filter((x) => ids.includes(x)).length >= ids.length * 0.75);
      const ca = of(a);
      const cb = of(b);
      assert.ok(ca && cb, `seed ${seed}: both hydras are found`);
      assert.notEqual(ca.campaign_id, cb.campaign_id, `seed ${seed}: as two campaigns`);
      assert.ok(ca.account_ids.every((x) => !b.includes(x)) && cb.account_ids.every((x) => !a.includes(x)), `seed ${seed}: neither holds the other's heads`);
    }
  });

  it('one hydra whose heads each send a small random slice of one large pool stays one campaign', () => {
    for (const seed of [74, 75]) {
      const w = createWorld(seed);
      addBenign(w, 200);
      // 60 heads, 25 requests each from one pool of 400 templates: each holds a random 6 % of it.
      const heads = addCampaign(w, 'hydra', 60, { score: 0.9, perAccount: 25, templates: 400 });
      const d = linkAccountsDetailed(indexOf(w), w.scores);
      const holding = d.campaigns.filter((c) => c.account_ids.some((x) => heads.includes(x)));
      assert.equal(holding.length, 1, `seed ${seed}: ${holding.map((c) => c.account_ids.length).join(', ')}`);
      assert.ok((holding[0]?.account_ids.length ?? 0) >= 55, `seed ${seed}: the campaign holds the hydra`);
    }
  });
});

describe('poolOverlap', () => {
  it('is the share of the templates two or more of a part send that the rest of the block also sends; 1 when the part has too few to tell', () => {
    // Rows 0-2: templates 0-9 each sent by two of them, 0-2 also sent by row 3; row 3 and 4 on their own.
    const er: number[] = [];
    const ec: number[] = [];
    for (let t = 0; t < 10; t++) for (const r of [t % 3, (t + 1) % 3]) (er.push(r), ec.push(t));
    for (const t of [0, 1, 2, 10]) (er.push(3), ec.push(t));
    er.push(4), ec.push(11);
    const kinds = new Uint8Array(12).fill(KIND_INDEX.template);
    const g = buildBipartite(5, 12, Int32Array.from(er), Int32Array.from(ec), er.length, new Float64Array(12).fill(1), kinds, new Float64Array(5), { logOffset: 5, minColumnDegree: 1, maxColumnDegree: 1e9 }).graph;
    assert.equal(poolOverlap(g, [0, 1, 2], [0, 1, 2, 3, 4]), 0.3);
    assert.equal(poolOverlap(g, [0, 1, 2], [0, 1, 2, 4]), 0, 'without row 3, nobody else sends them');
    assert.equal(poolOverlap(g, [3, 4], [0, 1, 2, 3, 4]), 1, 'no template sent by two of the part: too few to tell');
  });
});

/** 200 ordinary accounts and a flagged 40-head hydra behind 40 proxy exits. */
function largeHydraWorld(seed: number): { w: WorldBuilder; big: AccountId[] } {
  const w = createWorld(seed);
  addBenign(w, 200);
  const proxies = Array.from({ length: 40 }, () => `185.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`);
  return { w, big: addCampaign(w, 'big', 40, { score: 0.9, perAccount: 30, templates: 60, proxyIps: proxies }) };
}

describe('link: a small campaign in a large hydra\'s community', () => {
  // One community for everything (a low Louvain resolution) and one block per community: the peel
  // takes the large hydra, and only the leftover rule looks at the small campaigns' heads.
  const opts = { louvainResolution: 0.02, blocksPerCommunity: 1 };
  it('is a campaign of its own when its flagged heads share a pool of their own, though the community\'s blocks left it out', () => {
    for (const seed of [81, 82, 83]) {
      const { w, big } = largeHydraWorld(seed);
      const small = addCampaign(w, 'small', 5, { score: 0.9, perAccount: 30, templates: 12 });
      const d = linkAccountsDetailed(indexOf(w), w.scores, opts);
      assert.ok(d.campaigns.some((c) => c.account_ids.filter((x) => big.includes(x)).length >= 30), `seed ${seed}: the large hydra is a campaign`);
      const own = d.campaigns.find((c) => c.account_ids.filter((x) => small.includes(x)).length >= 4);
      assert.ok(own, `seed ${seed}: the small campaign is found`);
      assert.ok(own.account_ids.every((x) => !big.includes(x)), `seed ${seed}: on its own`);
    }
  });
  it('grows each of two small campaigns left over in that community on its own pool: a quiet head of one does not join the other', () => {
    for (const seed of [84, 85, 86]) {
      const { w } = largeHydraWorld(seed);
      const s1 = addCampaign(w, 'one', 5, { score: 0.9, perAccount: 30, templates: 12 });
      const s2 = addCampaign(w, 'two', 5, { score: 0.9, perAccount: 30, templates: 12 });
      // Each small campaign has two quiet heads (not flagged on their own) sending its pool.
      const q1 = addCampaign(w, 'quiet-one', 2, { score: 0.05, perAccount: 30, templates: 12 });
      const q2 = addCampaign(w, 'quiet-two', 2, { score: 0.05, perAccount: 30, templates: 12 });
      const poolOf = (ids: AccountId[]) => [...new Set(w.exchanges.filter((e) => ids.includes(e.x.account_id)).map((e) => e.prompt.templateId))];
      const p1 = poolOf(s1);
      const p2 = poolOf(s2);
      for (const e of w.exchanges) {
        if (q1.includes(e.x.account_id)) (e.prompt as { templateId: number }).templateId = w.pick(p1);
        if (q2.includes(e.x.account_id)) (e.prompt as { templateId: number }).templateId = w.pick(p2);
      }
      const d = linkAccountsDetailed(indexOf(w), w.scores, opts);
      const c1 = d.campaigns.find((c) => c.account_ids.filter((x) => s1.includes(x)).length >= 4);
      const c2 = d.campaigns.find((c) => c.account_ids.filter((x) => s2.includes(x)).length >= 4);
      assert.ok(c1 && c2 && c1.campaign_id !== c2.campaign_id, `seed ${seed}: two campaigns`);
      assert.ok(!c1.account_ids.some((x) => q2.includes(x) || s2.includes(x)), `seed ${seed}: the first holds none of the second's heads`);
      assert.ok(!c2.account_ids.some((x) => q1.includes(x) || s1.includes(x)), `seed ${seed}: the second holds none of the first's heads`);
    }
  });
});
