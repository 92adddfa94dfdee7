import { describe, it, test } from 'node:test';
import assert from 'node:assert/strict';
import { rng } from '../fixtures/benign/builders.js';
import * as P from '../fixtures/benign/populations.js';
import { judgeWorld } from '../fixtures/benign/world.js';

// One world: an ordinary customer base, every hard benign population, and two attack-like accounts.
const r = rng(2026);
const pops = {
  consumers: P.consumers(r, 150),
  evaluator: P.combine(P.evaluator(r, 'eval-1'), P.evaluator(r, 'eval-2')),
  apiApp: P.combine(P.apiApp(r, 'app-1'), P.apiApp(r, 'app-2', 120)),
  agenticCoder: P.combine(P.agenticCoder(r, 'coder-1'), P.agenticCoder(r, 'coder-2')),
  enterprise: P.enterprise(r, 25),
  classroom: P.classroom(r, 30),
  reseller: P.reseller(r, 'resell-1'),
  examCrammer: P.combine(P.examCrammer(r, 'crammer-1'), P.examCrammer(r, 'crammer-2')),
  cotHarvester: P.cotHarvester(r, 'atk-cot'),
  // The same behaviour from a bought, aged, business-verified enterprise account.
  agedHarvester: P.cotHarvester(r, 'atk-aged', { tier: 'enterprise', verification: 'business', ageDays: 900 }),
  toolHarvester: P.toolHarvester(r, 'atk-tool'),
  camouflaged: P.camouflagedHarvester(r, 'atk-camo-1', 0.15),
};
const verdicts = judgeWorld(P.combine(...Object.values(pops)));

function notFlagged(name: keyof typeof pops): void {
  for (const id of pops[name].ids) {
    const v = verdicts.get(id);
    assert.ok(v, `${id} has a verdict`);
    assert.equal(v.verdict, 'benign', `${id} (${name}) was ${v.verdict} at ${v.score}: ${v.findings.map((f) => `${f.code}=${f.weight}`).join(', ')}`);
  }
}

test('ordinary chat customers stay benign', () => notFlagged('consumers'));
test('benchmark evaluators (bursts, CoT phrasing, capability suite, new model on launch day) stay benign', () => notFlagged('evaluator'));
test('single-template API apps running 24/7 from the cloud stay benign', () => notFlagged('apiApp'));
test('agentic-coding power users (long tool sessions, huge volume, overnight agents) stay benign', () => notFlagged('agenticCoder'));
test('enterprise accounts behind one NAT address stay benign', () => notFlagged('enterprise'));
test('a classroom of new education accounts sending one assignment in lockstep stays benign', () => notFlagged('classroom'));
test('a reseller serving many ordinary end users stays benign', () => notFlagged('reseller'));


test('a student cramming worked solutions for a few days before an exam stays benign', () => notFlagged('examCrammer'));

test('a harvester that copies an ordinary customer but elicits new reasoning traces every day outscores every benign account on that habit', () => {
  const worstBenign = Math.max(...[...verdicts.values()].filter((v) => !v.account_id.startsWith('atk-')).map((v) => v.score));
  for (const id of pops.camouflaged.ids) {
    const v = verdicts.get(id)!;
    const codes = v.findings.map((f) => f.code);
    assert.ok(v.score > worstBenign, `${id} at ${v.score} vs worst benign ${worstBenign}`);
    assert.ok(codes.includes('elicitation-excess/elicitation_excess') && codes.includes('elicitation-persistence/elicitation_every_day'), codes.join(','));
    // Copied conversation turns do not explain the habit away.
    assert.ok(!v.findings.some((f) => f.code === 'benign-patterns/conversational' && (f.weight ?? 0) < 0), codes.join(','));
    assert.ok((v.signals?.elicitLlr ?? 0) > 5);
  }
  const v = verdicts.get('atk-camo-1')!;
  assert.notEqual(v.verdict, 'benign', `score ${v.score}: ${v.findings.map((f) => `${f.code}=${f.weight}`).join(', ')}`);
});

test('a reasoning-trace harvester sweeping capabilities around the clock is judged distillation, with its reasons', () => {
  const v = verdicts.get('atk-cot')!;
  assert.equal(v.verdict, 'distillation');
  const codes = v.findings.map((f) => f.code);
  assert.ok(codes.includes('elicitation/cot_elicitation_share'), codes.join(','));
  const cot = v.findings.find((f) => f.code === 'elicitation/cot_elicitation_share')!;
  assert.ok(typeof cot.value === 'number' && cot.value > 0.5);
  assert.ok((cot.percentile ?? 0) > 95);
});

test('a harvester on a bought aged, verified enterprise account is still flagged by its behaviour', () => {
  const v = verdicts.get('atk-aged')!;
  assert.notEqual(v.verdict, 'benign', `score ${v.score}`);
  assert.ok(!v.findings.some((f) => f.code.startsWith('account-trust/')));
});

test('an agentic-trajectory harvester that never sends tool results back is flagged', () => {
  const v = verdicts.get('atk-tool')!;
  assert.notEqual(v.verdict, 'benign', `score ${v.score}`);
  assert.ok(v.findings.some((f) => f.code.startsWith('tool-harvest/')));
});

test('the attack-like accounts outscore every benign account', () => {
  const worstBenign = Math.max(...[...verdicts.values()].filter((v) => !v.account_id.startsWith('atk-')).map((v) => v.score));
  assert.ok(verdicts.get('atk-cot')!.score > worstBenign);
  assert.ok(verdicts.get('atk-tool')!.score > worstBenign);
});

// A second world: ordinary customers, an evaluator and an API app, plus online-evaluation services
// (an LLM judge over their customers' answers) and a harvester that hides behind one fixed template.
describe('one application\'s fixed template', () => {
  const q = rng(4242);
  // one judge template; one per rubric (helpfulness, harmlessness, faithfulness)
  const judges = P.combine(P.onlineJudge(q, 'judge-1'), P.onlineJudge(q, 'judge-2', 40), P.onlineJudge(q, 'judge-3', 20, 3));
  const harvester = P.fixedTemplateHarvester(q, 'atk-fixed');
  const world = judgeWorld(P.combine(P.consumers(q, 120), P.evaluator(q, 'eval-1'), P.apiApp(q, 'app-1'), judges, harvester));

  it('an online-evaluation service grading fresh answers with one judge template, or one per rubric, around the clock stays benign', () => {
    for (const id of judges.ids) {
      const v = world.get(id)!;
      assert.equal(v.verdict, 'benign', `${id} was ${v.verdict} at ${v.score}: ${v.findings.map((f) => `${f.code}=${f.weight}`).join(', ')}`);
      assert.ok((v.signals?.appTemplate ?? 0) > 0.9, `appTemplate ${v.signals?.appTemplate}`);
      assert.ok((v.signals?.elicitLlr ?? 0) > 5, 'the elicitation is there, and counted less');
    }
  });

  it('does not explain the same grading wrapper from rotating VPN exits on a new account', () => {
    const v = world.get('atk-fixed')!;
    assert.equal(v.signals?.appTemplate, 0);
    assert.notEqual(v.verdict, 'benign', `score ${v.score}: ${v.findings.map((f) => `${f.code}=${f.weight}`).join(', ')}`);
    assert.ok(v.findings.some((f) => f.code === 'elicitation-excess/elicitation_excess' && (f.weight ?? 0) > 1));
  });
});
