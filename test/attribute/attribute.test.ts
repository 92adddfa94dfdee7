import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Account, AccountId, Actor, ActorId } from '../../src/schema/index.js';
import { attributeCampaigns } from '../../src/attribute/index.js';
import { createLinkIndex, linkAccounts, type Campaign, type LinkIndex } from '../../src/link/index.js';
import { createWorld, addBenign, addCampaign, type WorldBuilder } from '../link/world.js';

const actor = (id: string, rest: Partial<Actor> = {}): Actor => ({ actor_id: id as ActorId, name: `Lab ${id}`, ...rest });

/** A world with one campaign whose proxy addresses lie in 45.77.x.x; returns the linked campaign. */
function world(decorate: (w: WorldBuilder, ids: AccountId[]) => void = () => {}): { index: LinkIndex; campaign: Campaign; accounts: Map<AccountId, Account> } {
  const w = createWorld(31);
  addBenign(w, 200);
  const proxyIps = Array.from({ length: 40 }, (_, i) => `45.77.${i}.${10 + i}`);
  const ids = addCampaign(w, 'hydra', 40, { proxyIps });
  decorate(w, ids);
  const index = createLinkIndex();
  for (const e of w.exchanges) index.observe(e);
  index.addAccounts(w.accounts);
  const { campaigns } = linkAccounts(index, w.scores);
  assert.equal(campaigns.length, 1);
  return { index, campaign: campaigns[0] as Campaign, accounts: new Map(w.accounts.map((a) => [a.account_id, a])) };
}

describe('attributeCampaigns', () => {
  it('names the actor with high confidence when its ranges and a staff handle in request metadata both match', () => {
    const { index, campaign, accounts } = world((w, ids) => {
      for (const id of ids.slice(0, 5)) w.ex({ account: id, tMs: Date.parse('2026-03-01T02:00:00Z'), ip: '45.77.1.11', extra: { user: 'run by @zhang_harvest' } });
    });
    const actors = [actor('A', { cidrs: ['45.77.0.0/16'], people: ['zhang_harvest'] }), actor('B', { cidrs: ['99.0.0.0/8'] })];
    const [att] = attributeCampaigns([campaign], actors, accounts, index);
    assert.equal(att?.actor_id, 'A');
    assert.equal(att?.confidence, 'high');
    const kinds = att?.evidence.map((e) => e.kind);
    assert.ok(kinds?.includes('cidr') && kinds.includes('person'));
    assert.ok(att?.evidence.every((e) => e.weight > 0 && e.matched.length > 0));
  });

  it('names no actor when the only match is a widely used ASN', () => {
    const { index, campaign, accounts } = world();
    const att = attributeCampaigns([campaign], [actor('A', { asns: [2000, 2001, 2002, 2003, 2004] })], accounts, index)[0];
    assert.equal(att?.actor_id, undefined);
    assert.equal(att?.confidence, 'low');
  });

  it('names no actor when two actors claim the same ranges', () => {
    const { index, campaign, accounts } = world();
    const actors = [actor('A', { cidrs: ['45.77.0.0/16'] }), actor('B', { cidrs: ['45.0.0.0/8'] })];
    const att = attributeCampaigns([campaign], actors, accounts, index)[0];
    assert.equal(att?.actor_id, undefined);
    assert.ok(att?.evidence.some((e) => e.kind === 'ambiguous'));
  });

  it('names no actor for a campaign that matches nobody, and evidence stays empty', () => {
    const { index, campaign, accounts } = world();
    const att = attributeCampaigns([campaign], [actor('A', { cidrs: ['10.0.0.0/8'], email_domains: ['lab-a.example'] })], accounts, index)[0];
    assert.equal(att?.actor_id, undefined);
    assert.deepEqual(att?.evidence, []);
  });

  it('names the actor from a shared payment fingerprint on a few accounts, at moderate confidence', () => {
    const { index, campaign, accounts } = world();
    const ids = campaign.account_ids.slice(0, 3);
    const withPay = new Map(accounts);
    for (const id of ids) withPay.set(id, { ...(accounts.get(id) as Account), payment_fingerprint: 'pf-77' });
    const att = attributeCampaigns([campaign], [actor('A', { payment_fingerprints: ['pf-77'] })], withPay, index)[0];
    assert.equal(att?.actor_id, 'A');
    assert.equal(att?.confidence, 'moderate');
  });

  it('weighs a card seen only on accounts outside the campaign core less, and then names no actor', () => {
    const { index, campaign, accounts } = world();
    const ids = campaign.account_ids.slice(0, 3);
    const withPay = new Map(accounts);
    for (const id of ids) withPay.set(id, { ...(accounts.get(id) as Account), payment_fingerprint: 'pf-77' });
    const edgeOnly = { ...campaign, core_account_ids: campaign.account_ids.slice(3) };
    const actors = [actor('A', { payment_fingerprints: ['pf-77'] })];
    const inCore = attributeCampaigns([campaign], actors, withPay, index)[0];
    const atEdge = attributeCampaigns([edgeOnly], actors, withPay, index)[0];
    assert.equal(inCore?.actor_id, 'A');
    assert.equal(atEdge?.actor_id, undefined);
    assert.ok((atEdge?.evidence[0]?.weight ?? 0) < (inCore?.evidence[0]?.weight ?? 0));
  });

  it('discounts staff names when several actors are named in one campaign, and names the actor other evidence supports', () => {
    const { index, campaign, accounts } = world((w, ids) => {
      const t = Date.parse('2026-03-01T02:00:00Z');
      w.ex({ account: ids[0] as AccountId, tMs: t, extra: { user: 'Olga Petrova' } });
      w.ex({ account: ids[1] as AccountId, tMs: t, extra: { user: 'Kenji Watanabe' } });
    });
    const actors = [
      actor('A', { people: ['Olga Petrova'], cidrs: ['45.77.0.0/16'] }),
      actor('B', { people: ['Kenji Watanabe'] }),
    ];
    const [att] = attributeCampaigns([campaign], actors, accounts, index);
    assert.equal(att?.actor_id, 'A');
    const namesOnly = attributeCampaigns([campaign], [actor('A', { people: ['Olga Petrova'] }), actor('B', { people: ['Kenji Watanabe'] })], accounts, index)[0];
    assert.equal(namesOnly?.actor_id, undefined);
    assert.ok(namesOnly?.evidence.some((e) => e.kind === 'person' && e.weight < 0.6));
  });

  it('does not match a short or partial name inside a longer word', () => {
    const { index, campaign, accounts } = world((w, ids) => {
      for (const id of ids) w.ex({ account: id, tMs: Date.parse('2026-03-01T02:00:00Z'), extra: { user: 'annaliese-bot' } });
    });
    const att = attributeCampaigns([campaign], [actor('A', { people: ['anna', 'li'] })], accounts, index)[0];
    assert.equal(att?.actor_id, undefined);
    assert.deepEqual(att?.evidence, []);
  });

  it('names no actor from one staff name on one account of a large campaign (a planted false flag), but does when the name recurs', () => {
    const t = Date.parse('2026-03-01T02:00:00Z');
    const once = world((w, ids) => w.ex({ account: ids[0] as AccountId, tMs: t, extra: { user: 'Jin Haddad' } }));
    const lone = attributeCampaigns([once.campaign], [actor('A', { people: ['Jin Haddad'] })], once.accounts, once.index)[0];
    assert.equal(lone?.actor_id, undefined);
    assert.ok(lone?.evidence.some((e) => e.kind === 'person'), 'the name is still listed as evidence');
    const twice = world((w, ids) => ids.slice(0, 3).forEach((id) => w.ex({ account: id, tMs: t, extra: { user: 'Jin Haddad' } })));
    const recurring = attributeCampaigns([twice.campaign], [actor('A', { people: ['Jin Haddad'] })], twice.accounts, twice.index)[0];
    assert.equal(recurring?.actor_id, 'A');
  });
});
