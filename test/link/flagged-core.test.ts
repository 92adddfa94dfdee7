// link: a hydra of flagged heads inside a wider community that its evidence does not carry (another
// fleet sending the same wrappers, mostly unflagged) is a campaign of its own, not a minority of the
// fleet's cluster nor lost with it when the fleet is rejected.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { createLinkIndex, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import { createWorld, addBenign, addCampaign, uniqueTemplate, type WorldBuilder, HOUR, T0 } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

/** A fleet of mild heads on one template pool, and `heads` flagged accounts that send half their work from the same pool, the rest from their own pool, through their own proxies. */
function world(seed: number, fleetScore: number, headScore: number): { w: WorldBuilder; fleet: AccountId[]; heads: AccountId[] } {
  const w = createWorld(seed);
  addBenign(w, 200);
  const pool = Array.from({ length: 40 }, () => uniqueTemplate());
  const own = Array.from({ length: 12 }, () => uniqueTemplate());
  const fleet = addCampaign(w, 'fleet', 30, { score: fleetScore, perAccount: 20, templates: 40, elicitation: 0.05 });
  // The fleet's pool: re-point its exchanges at the shared pool (addCampaign draws a fresh one).
  const fleetIds = new Set<string>(fleet);
  const remap = new Map<number, number>();
  for (const e of w.exchanges) {
    if (!fleetIds.has(e.x.account_id)) continue;
    const t = e.prompt.templateId;
    if (!remap.has(t)) remap.set(t, pool[remap.size % pool.length] as number);
    (e.prompt as { templateId: number }).templateId = remap.get(t) as number;
  }
  const proxies = Array.from({ length: 20 }, () => `91.${w.int(256)}.${w.int(256)}.${1 + w.int(250)}`);
  const heads: AccountId[] = [];
  for (let i = 0; i < 6; i++) {
    const id = w.account(`heads-${i}`, 'heads', headScore, { email_domain: 'gmail.com' });
    for (let j = 0; j < 30; j++) {
      const t = T0 + w.int(3) * 24 * HOUR + (12 + 8 * w.rng()) * HOUR;
      w.ex({ account: id, tMs: t, ip: w.pick(proxies), asn: 4000 + w.int(3), templateId: j % 2 === 0 ? w.pick(pool) : w.pick(own), elicitation: 0.7, capability: 1 });
    }
    heads.push(id);
  }
  return { w, fleet, heads };
}

describe('link: a flagged hydra inside a wider fleet', () => {
  it('is a campaign of its own, apart from the fleet that shares its wrappers', () => {
    for (const seed of [41, 42, 43]) {
      const { w, heads } = world(seed, 0.02, 0.9);
      const d = linkAccountsDetailed(indexOf(w), w.scores);
      const best = d.campaigns.find((c) => c.account_ids.filter((a) => heads.includes(a)).length >= 5);
      assert.ok(best, `seed ${seed}: the flagged heads are a campaign`);
      const others = best.account_ids.filter((a) => !heads.includes(a)).length;
      assert.ok(others <= 1, `seed ${seed}: ${others} accounts of the fleet or customers ride along with the heads`);
    }
  });

  it('does not make a campaign of a few flagged accounts that share nothing specific to them', () => {
    // The same world with the heads' own pool and proxies replaced by the fleet's pool only: nothing
    // sets them apart but their scores, so there is no separate hydra to find.
    const w = createWorld(44);
    addBenign(w, 200);
    const loners = Array.from({ length: 4 }, (_, i) => w.account(`loner-${i}`, 'loner', 0.9, { email_domain: 'gmail.com' }));
    for (const id of loners) for (let j = 0; j < 20; j++) w.ex({ account: id, tMs: T0 + w.rng() * 72 * HOUR, ip: `${20 + w.int(100)}.${w.int(256)}.1.${1 + w.int(250)}`, asn: 5000 + w.int(40), templateId: w.int(10), capability: 1 });
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    assert.equal(d.campaigns.filter((c) => c.account_ids.filter((a) => loners.includes(a as AccountId)).length >= 3).length, 0);
  });
});
