// link: hysteresis. A campaign already reported stays a campaign while its cluster holds together,
// below the gate's thresholds (later heads dilute its mean); a stray or minor overlap does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinkIndex, DEFAULT_GATE_OPTIONS, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import type { AccountId, CampaignId } from '../../src/schema/index.js';
import { addBenign, addCampaign, addLockstepTeam, createWorld, type WorldBuilder } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

// A gate nothing passes: every cluster is rejected on its own evidence.
const closed = { ...DEFAULT_GATE_OPTIONS, minCampaignScore: 1.01, splitMinCollective: 1.01 };

function world(): { w: WorldBuilder; hydra: AccountId[]; idx: LinkIndex } {
  const w = createWorld(41);
  addBenign(w, 200);
  addCampaign(w, 'hydra', 16, { score: 0.02, perAccount: 8, templates: 20, days: 1, elicitation: 0.05, proxyIps: ['45.12.7.9'] });
  const hydra = [...w.truth].filter(([, g]) => g === 'hydra').map(([a]) => a as AccountId);
  return { w, hydra, idx: indexOf(w) };
}

describe('link hysteresis', () => {
  it('keeps a reported campaign under its id when its cluster no longer passes the gate, with only its earlier members', () => {
    const { w, hydra, idx } = world();
    assert.equal(linkAccountsDetailed(idx, w.scores, { gate: closed }).campaigns.length, 0, 'the closed gate rejects everything');
    const earlier = hydra.slice(0, 12);
    const reported = new Map<AccountId, CampaignId>(earlier.map((a) => [a, 'camp-old' as CampaignId]));
    const d = linkAccountsDetailed(idx, w.scores, { gate: closed, reported, retainScore: 0, retainDensity: 0 });
    assert.equal(d.campaigns.length, 1);
    const c = d.campaigns[0]!;
    assert.equal(c.campaign_id, 'camp-old');
    assert.ok(c.account_ids.length >= 9, `kept ${c.account_ids.length}`);
    assert.ok(c.account_ids.every((a) => earlier.includes(a)), 'unflagged new heads join only through the gate');
  });

  it('lets a cluster go when the reported campaign is a minority of it, or its campaign score falls below the floor', () => {
    const { w, hydra, idx } = world();
    const few = new Map<AccountId, CampaignId>(hydra.slice(0, 2).map((a) => [a, 'camp-old' as CampaignId]));
    assert.equal(linkAccountsDetailed(idx, w.scores, { gate: closed, reported: few, retainScore: 0, retainDensity: 0 }).campaigns.length, 0);
    const all = new Map<AccountId, CampaignId>(hydra.map((a) => [a, 'camp-old' as CampaignId]));
    const d = linkAccountsDetailed(idx, w.scores, { gate: closed, reported: all, retainScore: 0, retainDensity: 0 });
    const cs = d.clusters.find((c) => c.account_ids.some((a) => hydra.includes(a as AccountId)))!.features.campaignScore;
    assert.equal(linkAccountsDetailed(idx, w.scores, { gate: closed, reported: all, retainScore: cs + 0.01, retainDensity: 0 }).campaigns.length, 0);
    assert.equal(linkAccountsDetailed(idx, w.scores, { gate: closed }).campaigns.length, 0, 'without a reported campaign there is nothing to keep');
  });

  it('does not keep a team in lockstep on collective evidence alone; a member flagged on its own keeps it', () => {
    const w = createWorld(43);
    addBenign(w, 200);
    const team = addLockstepTeam(w, 12);
    const idx = indexOf(w);
    const reported = new Map<AccountId, CampaignId>(team.map((a) => [a, 'camp-old' as CampaignId]));
    const open = { gate: closed, reported, retainScore: 0, retainDensity: 0 };
    const d = linkAccountsDetailed(idx, w.scores, open);
    const cl = d.clusters.find((c) => c.account_ids.filter((a) => team.includes(a as AccountId)).length >= 6);
    assert.ok(cl && cl.features.lockstep > DEFAULT_GATE_OPTIONS.collectiveMaxLockstep, 'the team forms one cluster in lockstep');
    assert.equal(d.campaigns.length, 0);
    const one = team[0]!;
    w.scores.set(one, { account_id: one, score: 0.6, verdict: 'suspicious' });
    const kept = linkAccountsDetailed(idx, w.scores, open);
    assert.equal(kept.campaigns.length, 1);
    assert.equal(kept.campaigns[0]!.campaign_id, 'camp-old');
  });

  it('drops a part with no flagged member that split off from a campaign the gate still accepts', () => {
    const w = createWorld(44);
    addBenign(w, 200);
    const fleet = addCampaign(w, 'fleet', 12, { score: 0.9, templates: 30, proxyIps: ['45.12.7.9'] });
    const swept = addCampaign(w, 'swept', 10, { score: 0.02, templates: 20, proxyIps: ['81.2.3.4'] });
    const idx = indexOf(w);
    // Only the flagged path is open: the swept part never passes on its own.
    const flaggedOnly = { ...DEFAULT_GATE_OPTIONS, minCollectiveFamilies: 99, splitMinCollective: 1.01 };
    const reported = new Map<AccountId, CampaignId>([...fleet, ...swept].map((a) => [a, 'camp-old' as CampaignId]));
    const opts = { gate: flaggedOnly, reported, retainScore: 0, retainDensity: 0 };
    const d = linkAccountsDetailed(idx, w.scores, opts);
    const inAny = (ids: readonly AccountId[], c: { account_ids: readonly string[] }[]) => c.some((x) => x.account_ids.some((a) => ids.includes(a as AccountId)));
    assert.ok(inAny(fleet, d.campaigns), 'the flagged fleet goes on');
    assert.ok(!inAny(swept, d.campaigns), 'the swept-up part is let go');
    // The same part is kept when the campaign it came from is not reported any more (the fleet's
    // accounts no longer settled in it): then it is the campaign, diluted, not a fragment.
    const alone = new Map<AccountId, CampaignId>(swept.map((a) => [a, 'camp-old' as CampaignId]));
    assert.ok(inAny(swept, linkAccountsDetailed(idx, w.scores, { ...opts, reported: alone }).campaigns), 'kept when its campaign does not go on');
  });
});
