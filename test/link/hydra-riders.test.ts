// link: an account tied to a flagged hydra by its texts alone leaves it when its own evidence is
// explained by what a harvester pays to avoid (grading in bursts, as an evaluator running the
// benchmark the hydra sweeps); a quiet head whose evidence nothing explains stays, whichever step of
// the clustering brought it in.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { createLinkIndex, DEFAULT_GATE_OPTIONS, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import { createWorld, addBenign, addCampaign, type WorldBuilder, HOUR, T0 } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

/** A flagged hydra on a pool of 40 templates, and one account that sends 24 of them twice, in two bursts, from an address of its own. */
function world(seed: number, explained: number): { w: WorldBuilder; hydra: AccountId[]; rider: AccountId } {
  const w = createWorld(seed);
  addBenign(w, 200);
  const hydra = addCampaign(w, 'hydra', 8, { score: 0.9, perAccount: 40, templates: 40 });
  const pool = [...new Set(w.exchanges.filter((e) => e.x.account_id === hydra[0]).map((e) => e.prompt.templateId))];
  for (const id of hydra.slice(1)) for (const e of w.exchanges) if (e.x.account_id === id && !pool.includes(e.prompt.templateId)) pool.push(e.prompt.templateId);
  const rider = w.account('rider-0', 'rider', 0.3, { email_domain: 'lab.example' });
  w.scores.set(rider, { ...(w.scores.get(rider) as NonNullable<ReturnType<typeof w.scores.get>>), explained });
  for (let run = 0; run < 2; run++)
    pool.slice(0, 24).forEach((tpl, j) => w.ex({ account: rider, tMs: T0 + run * 24 * HOUR + 14 * HOUR + j * 60_000, ip: '192.0.2.77', asn: 3300, templateId: tpl, elicitation: 0.4, capability: 2 }));
  return { w, hydra, rider };
}

describe('link: riders of a flagged hydra', () => {
  it('an account tied by content alone whose evidence is explained by bursts is not a member; with nothing explained, it is', () => {
    for (const seed of [61, 62, 63]) {
      const kept = world(seed, 0);
      const d0 = linkAccountsDetailed(indexOf(kept.w), kept.w.scores);
      const camp0 = d0.campaigns.find((c) => c.account_ids.filter((a) => kept.hydra.includes(a)).length >= 6);
      assert.ok(camp0, `seed ${seed}: the hydra is a campaign`);
      assert.ok(camp0.account_ids.includes(kept.rider), `seed ${seed}: with evidence of its own that nothing explains, the quiet account stays`);
      const left = world(seed, 1.5);
      const d1 = linkAccountsDetailed(indexOf(left.w), left.w.scores);
      const camp1 = d1.campaigns.find((c) => c.account_ids.filter((a) => left.hydra.includes(a)).length >= 6);
      assert.ok(camp1, `seed ${seed}: the hydra is still a campaign`);
      assert.ok(!d1.campaigns.some((c) => c.account_ids.includes(left.rider)), `seed ${seed}: 1.5 nats explained by bursts: the evaluator is in no campaign`);
    }
  });
});

describe('link: a broad, busy account beside a fleet carried by collective evidence', () => {
  it('is not a member: it sends much of the fleet\'s pool, but among many times the work of any head', () => {
    // 16 unflagged heads split a pool of 40 templates through one exit in one day (collective path);
    // a reseller sends 300 requests on that pool and 300 on 200 other templates, around the clock,
    // from its own address. Bottom-k samples of its templates overlap the heads'; its breadth does not.
    for (const seed of [31, 32, 33]) {
      const w = createWorld(seed);
      addBenign(w, 200);
      const heads = addCampaign(w, 'hydra', 16, { score: 0.02, perAccount: 12, templates: 40, days: 1, elicitation: 0.05, proxyIps: ['45.12.7.9'] });
      const pool = [...new Set(w.exchanges.filter((e) => heads.includes(e.x.account_id)).map((e) => e.prompt.templateId))];
      const reseller = w.account('reseller-0', 'reseller', 0.02, { email_domain: 'resell.example' });
      for (let j = 0; j < 600; j++) {
        w.ex({ account: reseller, tMs: T0 + 24 * HOUR * w.rng(), ip: '198.51.100.7', asn: 4000, templateId: j < 300 ? w.pick(pool) : 900_000 + (j % 200), capability: w.int(9) });
      }
      const idx = indexOf(w);
      const fleet = (d: ReturnType<typeof linkAccountsDetailed>) => d.clusters.find((c) => c.features.accepted && c.account_ids.filter((a) => heads.includes(a)).length >= 12);
      const kept = fleet(linkAccountsDetailed(idx, w.scores));
      const without = fleet(linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, riderBreadthRatio: Infinity } }));
      assert.ok(kept, `seed ${seed}: the fleet is a campaign`);
      assert.ok(!kept.account_ids.includes(reseller), `seed ${seed}: the reseller is not in it`);
      assert.ok(without?.account_ids.includes(reseller), `seed ${seed}: without the breadth rule it rides along (the world exercises the rule)`);
    }
  });
});
