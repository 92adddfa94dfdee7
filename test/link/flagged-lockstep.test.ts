// link: a group sending the same items as each other (evaluators running the benchmark a campaign
// also sweeps) does not ride into a campaign of flagged heads on the heads' evidence; flagged on its
// own, it is a member.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinkIndex, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import type { AccountId } from '../../src/schema/index.js';
import { addBenign, addCampaign, createWorld, HOUR, T0, type WorldBuilder } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

function world(evaluatorScore: number) {
  const w = createWorld(52);
  addBenign(w, 200);
  const fleet = addCampaign(w, 'fleet', 14, { score: 0.9, templates: 24, perAccount: 30 });
  // The benchmark: 10 of the fleet's templates, which every evaluator sends in full, from its own address.
  const fleetSet = new Set(fleet);
  const pool = [...new Set(w.exchanges.filter((e) => fleetSet.has(e.x.account_id)).map((e) => e.prompt.templateId))].slice(0, 10);
  const evaluators: AccountId[] = [];
  for (let i = 0; i < 4; i++) {
    const id = w.account(`evaluator-${i}`, 'evaluator', evaluatorScore, { email_domain: 'lab.example' });
    const ip = `100.64.${10 + i}.5`;
    for (const tpl of pool) w.ex({ account: id, tMs: T0 + (9 + 8 * w.rng()) * HOUR, ip, asn: 7000 + i, templateId: tpl, elicitation: 0.3, capability: 2 });
    evaluators.push(id);
  }
  return { w, fleet, evaluators };
}

describe('link: a lockstep group next to flagged heads', () => {
  it('leaves the campaign when its members are not flagged on their own', () => {
    const { w, fleet, evaluators } = world(0.02);
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const camp = d.campaigns.find((c) => c.account_ids.filter((a) => fleet.includes(a as AccountId)).length >= 10);
    assert.ok(camp, 'the fleet is a campaign');
    assert.deepEqual(camp.account_ids.filter((a) => evaluators.includes(a as AccountId)), []);
  });

  it('stays when its members are flagged', () => {
    const { w, fleet, evaluators } = world(0.9);
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const camp = d.campaigns.find((c) => c.account_ids.filter((a) => fleet.includes(a as AccountId)).length >= 10);
    assert.ok(camp, 'the fleet is a campaign');
    assert.ok(camp.account_ids.filter((a) => evaluators.includes(a as AccountId)).length >= 3, `evaluators in: ${camp.account_ids.filter((a) => evaluators.includes(a as AccountId)).length}`);
  });
});
