// link: hysteresis. A campaign already reported stays a campaign while its cluster holds together,
// below the gate's thresholds (later heads dilute its mean); a stray or minor overlap does not.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createLinkIndex, DEFAULT_GATE_OPTIONS, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import type { AccountId, CampaignId } from '../../src/schema/index.js';
import { addBenign, addCampaign, createWorld, type WorldBuilder } from './world.js';

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
});
