// Simulator worlds: determinism, counts and proportions per scenario, the reported behaviours, the leak scan.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { SCENARIO_NAMES, formatLeakScan } from '../../src/sim/index.js';
import { collect, digestOf, SKIP } from './world-fixture.js';

const BENIGN_POPULATIONS = ['consumer_chat', 'developer', 'api_app', 'agentic_coder', 'enterprise_nat', 'benchmark_evaluator', 'classroom', 'reseller', 'jailbreak_hobbyist'];

describe('simulated worlds', { skip: SKIP }, () => {
  it('gives the same world for the same seed and a different one for another seed', () => {
    const a = digestOf('seeds-2026', 7);
    assert.equal(digestOf('seeds-2026', 7), a);
    assert.notEqual(digestOf('seeds-2026', 8), a);
    assert.notEqual(digestOf('camouflage', 7), a);
  });

  it('emits every world in ts order', () => {
    for (const s of SCENARIO_NAMES) assert.ok(collect(s).sortedByTs, s);
  });

  it('builds seeds-2026 with three campaigns in the reported order of volume, among every benign population', () => {
    const w = collect('seeds-2026');
    const camps = w.world.campaigns;
    assert.equal(camps.length, 3);
    const vol = (pop: string): number => w.byPopulation.get(pop) ?? 0;
    assert.ok(vol('attack_agentic_coding') > vol('attack_agentic_multichannel'), 'coding campaign is the largest');
    assert.ok(vol('attack_agentic_multichannel') > vol('attack_cot_rubric'), 'multichannel campaign is larger than the reasoning one');
    for (const p of BENIGN_POPULATIONS) assert.ok(vol(p) > 0, `benign population ${p} has traffic`);
    assert.equal(camps.filter((c) => c.actor_id === null).length, 1, 'exactly one campaign has no known actor');
    const actorIds = new Set(w.world.actors.map((a) => a.actor_id as string));
    for (const c of camps) if (c.actor_id) assert.ok(actorIds.has(c.actor_id), 'campaign actors are in the actor registry');
    assert.ok(w.world.actors.length > camps.length, 'the registry also holds actors behind no campaign');
  });

  it('leaks something the actor registry knows from at least one account of each campaign with a known actor, and none of the unknown one', () => {
    for (const s of ['seeds-2026', 'camouflage']) {
      const w = collect(s);
      for (const c of w.world.campaigns) {
        const members = w.world.accounts.filter((a) => a.label.campaign_id === c.campaign_id).map((a) => a.account.account_id as string);
        const hits = members.filter((id) => w.actorEvidence.has(id));
        if (c.actor_id) assert.ok(hits.some((id) => w.actorEvidence.get(id) === c.actor_id), `${s} ${c.population} has evidence for its actor`);
        else assert.equal(hits.length, 0, `${s} ${c.population} has no actor evidence`);
      }
    }
  });

  it('has about half of the coding campaign on the new model from half a day after launch, faster than customers', () => {
    const w = collect('seeds-2026');
    const coding = w.world.campaigns.find((c) => c.population === 'attack_agentic_coding')!;
    const [n, next] = w.afterLaunch.get(coding.campaign_id)!;
    assert.ok(n > 50);
    assert.ok(next / n > 0.3 && next / n < 0.7, `coding campaign new-model share ${next / n}`);
    const [bn, bnext] = w.afterLaunch.get('benign:consumer_chat') ?? [1, 0];
    assert.ok(bnext / bn < next / n, 'consumers adopt more slowly');
  });

  it('signs up 10-20% of customers inside the window and keeps some cards shared outside any org', () => {
    const w = collect('seeds-2026');
    const benign = w.world.accounts.filter((a) => a.label.label === 'benign').map((a) => a.account);
    const inside = benign.filter((a) => Date.parse(a.created_at) >= w.world.ctx.startMs).length / benign.length;
    assert.ok(inside >= 0.08 && inside <= 0.25, `created inside window: ${inside}`);
    const cards = new Map<string, number>();
    for (const a of benign) if (a.payment_fingerprint && !a.org_id) cards.set(a.payment_fingerprint, (cards.get(a.payment_fingerprint) ?? 0) + 1);
    assert.ok([...cards.values()].some((k) => k > 1), 'some households/agencies share a card');
  });

  it('keeps low-and-slow attack accounts at most ~20% of accounts, at about 26 requests per active day', () => {
    const w = collect('low-and-slow');
    const attack = w.world.accounts.filter((a) => a.label.label === 'distillation');
    assert.ok(attack.length / w.world.accounts.length <= 0.21, `attack share ${attack.length / w.world.accounts.length}`);
    const rates = attack.map((a) => (w.perAccount.get(a.account.account_id) ?? 0) / Math.max(1, w.activeDays.get(a.account.account_id)?.size ?? 1)).sort((x, y) => x - y);
    const median = rates[Math.floor(rates.length / 2)]!;
    assert.ok(median > 15 && median < 40, `median requests per active day ${median}`);
  });

  it('has no attacker in benign-only', () => {
    const w = collect('benign-only');
    assert.equal(w.world.accounts.filter((a) => a.label.label !== 'benign').length, 0);
    assert.equal(w.world.campaigns.length, 0);
  });

  for (const s of SCENARIO_NAMES) {
    it(`lets no static field or pair of fields find more than 25% of attackers at 0.1% benign FPR in ${s}`, () => {
      const r = collect(s).leak;
      assert.ok(r.ok, formatLeakScan(r));
    });
  }
});
