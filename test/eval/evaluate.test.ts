import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { evaluate, formatMetrics } from '../../src/eval/index.js';
import type { Report } from '../../src/schema/index.js';
import type { Label } from '../../src/eval/labels.js';

const L = (account_id: string, label: Label['label'], extra: Partial<Label> = {}): Label => ({ account_id, label, ...extra }) as Label;

// A hand-made world: three true campaigns (C1 by actor X, C2 by Y, C3 without an actor) and six
// benign accounts in two named populations and one unnamed.
const labels: Label[] = [
  L('a1', 'distillation', { campaign_id: 'C1', actor_id: 'X', population: 'attack:hydra' }),
  L('a2', 'distillation', { campaign_id: 'C1', actor_id: 'X', population: 'attack:hydra' }),
  L('a3', 'distillation', { campaign_id: 'C1', actor_id: 'X', population: 'attack:hydra' }),
  L('a4', 'distillation', { campaign_id: 'C2', actor_id: 'Y', population: 'attack:hydra' }),
  L('a5', 'distillation', { campaign_id: 'C2', actor_id: 'Y', population: 'attack:hydra' }),
  L('a6', 'distillation', { campaign_id: 'C3', population: 'attack:lowslow' }),
  L('b1', 'benign', { population: 'evaluator' }),
  L('b2', 'benign', { population: 'evaluator' }),
  L('b3', 'benign', { population: 'evaluator' }),
  L('b4', 'benign', { population: 'enterprise-nat' }),
  L('b5', 'benign', { population: 'enterprise-nat' }),
  L('b6', 'benign'),
];

const acct = (account_id: string, verdict: 'benign' | 'suspicious' | 'distillation') => ({ account_id, verdict, score: verdict === 'benign' ? 0.1 : 0.8 });
const report: Report = {
  accounts: [
    acct('a1', 'distillation'), acct('a2', 'distillation'), acct('a3', 'suspicious'), acct('a4', 'distillation'),
    acct('a5', 'benign'), acct('b1', 'suspicious'), acct('b2', 'benign'), acct('b3', 'benign'), acct('b4', 'distillation'),
    acct('b6', 'benign'), acct('z1', 'suspicious'),
  ],
  campaigns: [
    { campaign_id: 'R1', account_ids: ['a1', 'a2', 'b4'], actor_id: 'X', first_alert: '2026-02-01T12:00:00Z' },
    { campaign_id: 'R2', account_ids: ['a3', 'a4', 'a5'], actor_id: 'Z', first_alert: '2026-02-02T00:00:00Z' },
    { campaign_id: 'R3', account_ids: ['b1'], actor_id: 'X' },
  ],
};

const exchanges = [
  { account_id: 'a1', ts: '2026-02-01T10:00:00Z' },
  { account_id: 'a1', ts: '2026-02-01T11:00:00Z' },
  { account_id: 'a1', ts: '2026-02-01T13:00:00Z' },
  { account_id: 'a3', ts: '2026-02-01T11:59:59Z' },
  { account_id: 'a3', ts: '2026-02-01T12:00:00Z' }, // at the alert: not before it
  { account_id: 'a4', ts: '2026-02-01T20:00:00Z' },
  { account_id: 'a5', ts: '2026-02-02T01:00:00Z' },
  { account_id: 'a6', ts: '2026-02-01T09:00:00Z' },
  { account_id: 'b1', ts: '2026-02-01T09:00:00Z' },
];

const close = (a: number | null | undefined, b: number): void => assert.ok(typeof a === 'number' && Math.abs(a - b) < 1e-12, `${a} ≉ ${b}`);

describe('evaluate', () => {
  const m = evaluate(report, labels, exchanges);

  it('counts accounts missing from the report as benign and leaves unlabelled ones out', () => {
    assert.equal(m.accounts.missingFromReport, 2); // a6, b5
    assert.equal(m.accounts.unlabelledInReport, 1); // z1
    assert.deepEqual([m.accounts.attack, m.accounts.benign], [6, 6]);
  });

  it('scores the distillation band: P 3/4, R 3/6, F1 0.6', () => {
    const d = m.accounts.distillation;
    assert.deepEqual([d.tp, d.fp, d.fn, d.tn], [3, 1, 3, 5]);
    close(d.precision, 0.75);
    close(d.recall, 0.5);
    close(d.f1, 0.6);
  });

  it('scores the suspicious-or-worse band: P = R = F1 = 2/3', () => {
    const s = m.accounts.suspiciousOrWorse;
    assert.deepEqual([s.tp, s.fp, s.fn, s.tn], [4, 2, 2, 4]);
    close(s.precision, 2 / 3);
    close(s.recall, 2 / 3);
    close(s.f1, 2 / 3);
  });

  it('ranks scores threshold-free: ROC AUC 23/36 with ties counting half', () => {
    // attack .8 .8 .8 .8 .1 0(absent) vs benign .8 .1 .1 .8 0(absent) .1:
    // each .8 beats 4 and ties 2 → 5; the .1 beats 1, ties 3 → 2.5; the 0 ties 1 → 0.5; (20 + 2.5 + 0.5)/36
    close(m.accounts.rocAuc, 23 / 36);
  });

  it('gives a false-positive rate per benign population and a recall per attack population', () => {
    const by = new Map(m.populations.map((p) => [`${p.label}/${p.population}`, p]));
    close(by.get('benign/evaluator')?.rateSuspicious, 1 / 3);
    close(by.get('benign/evaluator')?.rateDistillation, 0);
    close(by.get('benign/enterprise-nat')?.rateDistillation, 0.5);
    close(by.get('benign/(unspecified)')?.rateSuspicious, 0);
    close(by.get('distillation/attack:hydra')?.rateSuspicious, 0.8);
    close(by.get('distillation/attack:hydra')?.rateDistillation, 0.6);
    assert.equal(by.get('distillation/attack:lowslow')?.flaggedSuspicious, 0);
    assert.equal(m.populations[0]?.label, 'benign');
  });

  it('measures campaigns by ARI over attack accounts, an unassigned one being a singleton', () => {
    // truth C1{a1,a2,a3} C2{a4,a5} C3{a6}; report R1{a1,a2} R2{a3,a4,a5} a6 alone
    // pairs: together 2, false merges 2, false splits 2, apart 9 → 2(2·9 − 2·2)/(4·11 + 4·11) = 28/88
    const c = m.campaigns;
    close(c.ari, 28 / 88);
    close(c.pairPrecision, 0.5);
    close(c.pairRecall, 0.5);
    close(c.memberPurity, 5 / 7); // members a1 a2 b4 | a3 a4 a5 | b1: five of seven are attack accounts
    assert.deepEqual([c.attackAccounts, c.trueCampaigns, c.reportCampaigns, c.unassignedAttackAccounts, c.benignInCampaigns], [6, 3, 3, 1, 2]);
  });

  it('judges attribution by the majority true campaign: one correct, one wrong, one spurious', () => {
    const t = m.attribution;
    assert.deepEqual(t.perCampaign.map((p) => [p.campaign_id, p.trueCampaign, p.trueActor, p.outcome]), [
      ['R1', 'C1', 'X', 'correct'],
      ['R2', 'C2', 'Y', 'wrong'],
      ['R3', null, null, 'spurious'],
    ]);
    assert.equal(t.attributable, 2);
    close(t.accuracy, 0.5);
    assert.equal(t.falseAttributions, 2);
    close(t.precision, 1 / 3);
  });

  it('measures detection delay per true campaign and its median', () => {
    const d = m.delay;
    assert.ok(d);
    assert.deepEqual(d.perCampaign.map((c) => [c.trueCampaign, c.exchanges, c.beforeAlert]), [
      ['C1', 5, 3],
      ['C2', 2, 1],
      ['C3', 1, 1], // never alerted: all of it was seen before an alert
    ]);
    assert.equal(d.perCampaign[2]?.firstAlert, null);
    close(d.median, 0.6);
    assert.equal(d.otherExchanges, 1);
  });

  it('credits the alert stream: a campaign alerted at a checkpoint counts even when it left the final report, and mostly-benign alerts are false alerts', () => {
    const streamed = {
      ...report,
      alerts: [
        { at: '2026-02-01T10:30:00Z', campaign_id: 'gone', accounts: 3, account_ids: ['a6', 'a1', 'a2'] }, // mostly C1: earlier than R1's first_alert
        { at: '2026-02-01T09:30:00Z', campaign_id: 'nat', accounts: 3, account_ids: ['b4', 'b5', 'a6'] }, // mostly benign: false
        { at: '2026-02-01T08:00:00Z', campaign_id: 'x', accounts: 1, account_ids: ['z1'] }, // nobody labelled
      ],
    } as unknown as Report;
    const d = evaluate(streamed, labels, exchanges).delay!;
    assert.deepEqual(d.alertStream, { alerts: 3, onAttack: 1, falseAlerts: 1, unjudged: 1 });
    const byK = new Map(d.perCampaign.map((c) => [c.trueCampaign, c]));
    assert.equal(byK.get('C1')!.beforeStreamAlert, 1); // a1 at 10:00; 11:00 and a3's two come after 10:30
    assert.equal(byK.get('C1')!.beforeAlert, 3); // R1's first_alert at 12:00
    assert.equal(byK.get('C1')!.firstStreamAlert, '2026-02-01T10:30:00Z');
    assert.equal(byK.get('C3')!.firstStreamAlert, null); // a6 was in two alerts, the majority of neither
    assert.equal(byK.get('C3')!.streamShare, 1);
    assert.equal(m.delay!.alertStream, undefined); // the plain report lists no alerts
    assert.equal(m.delay!.perCampaign[0]!.streamShare, null);
  });

  it('does not invent a delay when the report holds no first_alert', () => {
    const batch: Report = { ...report, campaigns: report.campaigns.map(({ first_alert: _drop, ...c }) => c) };
    const b = evaluate(batch, labels, exchanges);
    assert.equal(b.delay?.median, null);
    assert.ok(b.delay?.perCampaign.every((c) => c.share === null));
    assert.ok(b.notes.some((n) => n.includes('first_alert')));
  });

  it('leaves delay out without an exchanges file, and treats an attack account without campaign_id as its own campaign', () => {
    const lone = evaluate({ accounts: [], campaigns: [] }, [L('q1', 'distillation'), L('q2', 'distillation'), L('n1', 'benign')]);
    assert.equal(lone.delay, undefined);
    assert.equal(lone.campaigns.trueCampaigns, 2);
    close(lone.campaigns.ari, 1); // all singletons on both sides
    assert.equal(lone.accounts.distillation.precision, null); // nothing flagged: undefined, not 0
    close(lone.accounts.distillation.recall, 0);
    assert.equal(lone.attribution.accuracy, null);
  });

  it('prints a table that names every section', () => {
    const text = formatMetrics(m);
    for (const s of ['precision', 'evaluator', 'ARI', 'attribution', 'detection delay']) assert.ok(text.includes(s), s);
  });
});
