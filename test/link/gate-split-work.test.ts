import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { createLinkIndex, DEFAULT_GATE_OPTIONS, linkAccountsDetailed, type LinkIndex } from '../../src/link/index.js';
import { createWorld, addBenign, addCampaign, addLockstepTeam, type WorldBuilder } from './world.js';

function indexOf(w: WorldBuilder): LinkIndex {
  const idx = createLinkIndex();
  for (const e of w.exchanges) idx.observe(e);
  idx.addAccounts(w.accounts);
  return idx;
}

describe('gate: split work in lockstep', () => {
  it('makes a campaign of mild heads that split one pool of rare templates in the same hours, before their own scores rise', () => {
    const w = createWorld(31);
    addBenign(w, 200);
    // 16 heads, 8 exchanges each on day one, one pool of 20 rare templates (every head holds a slice),
    // plain asks, one exit address: nothing but the split of the work and its timing gives them away.
    addCampaign(w, 'hydra', 16, { score: 0.02, perAccount: 8, templates: 20, days: 1, elicitation: 0.05, proxyIps: ['45.12.7.9'] });
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    const hydra = [...w.truth].filter(([, g]) => g === 'hydra').map(([a]) => a);
    const best = d.campaigns.find((c) => c.account_ids.filter((a) => hydra.includes(a)).length >= hydra.length * 0.75);
    assert.ok(best, 'the hydra is a campaign');
    assert.equal(best.account_ids.filter((a) => w.truth.get(a) !== 'hydra').length, 0);
    const cl = d.clusters.find((c) => c.features.accepted && c.account_ids.some((a) => hydra.includes(a)));
    assert.ok(cl && cl.features.path === 'split_work' && cl.features.lockstep <= 0.6, `features ${JSON.stringify(cl?.features)}`);
  });

  it('asks for the share of heads in the synchrony windows that gate.splitSynchrony sets', () => {
    const w = createWorld(31);
    addBenign(w, 200);
    const heads = addCampaign(w, 'hydra', 16, { score: 0.02, perAccount: 8, templates: 20, days: 1, elicitation: 0.05, proxyIps: ['45.12.7.9'] });
    const idx = indexOf(w);
    const split = (d: ReturnType<typeof linkAccountsDetailed>) => d.clusters.find((c) => c.features.path === 'split_work' && c.account_ids.some((a) => heads.includes(a)));
    const at = split(linkAccountsDetailed(idx, w.scores));
    assert.ok(at, 'split work at the default');
    const stricter = linkAccountsDetailed(idx, w.scores, { gate: { ...DEFAULT_GATE_OPTIONS, splitSynchrony: at.features.synchrony + 0.01 } });
    assert.equal(split(stricter), undefined, 'no split work when more heads must act in the windows than do');
    assert.ok(stricter.clusters.some((c) => c.account_ids.filter((a) => heads.includes(a)).length >= 12), 'the heads are still linked');
  });

  it('keeps out a team that sends every item of one rare set in the same hours (lockstep, nobody splits a pool)', () => {
    const w = createWorld(32);
    addBenign(w, 200);
    addLockstepTeam(w, 16, 8);
    const d = linkAccountsDetailed(indexOf(w), w.scores);
    assert.equal([...d.memberships.keys()].filter((a) => w.truth.get(a) === 'team').length, 0);
    const seen = d.clusters.find((c) => c.account_ids.filter((a) => w.truth.get(a) === 'team').length >= 8);
    assert.ok(seen, 'the team is linked into one cluster (and then rejected)');
    assert.ok(seen.features.lockstep >= 0.8, `lockstep ${seen.features.lockstep}`);
  });

  it('does not make a campaign of one declared organisation\'s accounts on collective evidence alone, but does when they are flagged on their own', () => {
    // The split-work hydra above, but every account declares the same organisation, card and domain:
    // one customer running its product on an account per team (early on, each has sent a slice of its items).
    const build = (score: number): { d: ReturnType<typeof linkAccountsDetailed>; team: readonly AccountId[] } => {
      const w = createWorld(31);
      addBenign(w, 200);
      const team = addCampaign(w, 'company', 16, { score, perAccount: 8, templates: 20, days: 1, elicitation: 0.05, proxyIps: ['45.12.7.9'] });
      const ids = new Set<string>(team);
      w.accounts.forEach((a, i) => {
        if (ids.has(a.account_id)) w.accounts[i] = { ...a, org_id: 'org-company', email_domain: 'company.example', payment_fingerprint: 'pm-company' };
      });
      return { d: linkAccountsDetailed(indexOf(w), w.scores), team };
    };
    const quiet = build(0.02);
    assert.equal(quiet.team.filter((a) => quiet.d.memberships.has(a)).length, 0);
    const cl = quiet.d.clusters.find((c) => c.account_ids.filter((a) => quiet.team.includes(a)).length >= 12);
    assert.ok(cl, 'the accounts are linked into one cluster (and then rejected)');
    assert.ok(cl.features.oneOrg >= 0.8 && cl.features.path === 'none', `features ${JSON.stringify(cl.features)}`);
    const flagged = build(0.9);
    assert.ok(flagged.team.filter((a) => flagged.d.memberships.has(a)).length >= 12, 'flagged on their own, one organisation is still a campaign');
  });
});

