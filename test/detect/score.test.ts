import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { AccountId } from '../../src/schema/index.js';
import { accountFeatures, addExchange, createWorldContext, emptyAccountState, mergeAccountStates, profileAccounts } from '../../src/profile/index.js';
import { assignCohorts, DEFAULT_DETECT_OPTIONS, scoreAccounts } from '../../src/detect/index.js';
import { account, ex, rng, T0, HOUR } from '../fixtures/benign/builders.js';
import { agenticCoder, combine, consumers, cotHarvester, evaluator as evaluatorPop } from '../fixtures/benign/populations.js';

function items(pop: ReturnType<typeof combine>, opts: { dropRegistry?: string[]; extraRegistry?: string[] } = {}) {
  const states = profileAccounts(pop.exchanges);
  const wb = createWorldContext();
  for (const e of pop.exchanges) wb.observe(e);
  const ctx = wb.build();
  const reg = new Map(pop.accounts.filter((a) => !opts.dropRegistry?.includes(a.account_id)).map((a) => [a.account_id as string, a]));
  for (const id of opts.extraRegistry ?? []) {
    reg.set(id, account(id));
    if (!states.has(id as AccountId)) states.set(id as AccountId, emptyAccountState(id as AccountId));
  }
  return [...states.values()].map((state) => {
    const a = reg.get(state.id);
    const features = accountFeatures(state, a, ctx);
    return a ? { state, features, account: a } : { state, features };
  });
}

const r = rng(5);
const base = combine(consumers(r, 60), cotHarvester(r, 'atk'));

test('every verdict has a score in [0,1] and the band the configured thresholds give it', () => {
  for (const v of scoreAccounts(items(base))) {
    assert.ok(v.score >= 0 && v.score <= 1);
    const want = v.score >= DEFAULT_DETECT_OPTIONS.bands.distillation ? 'distillation' : v.score >= DEFAULT_DETECT_OPTIONS.bands.suspicious ? 'suspicious' : 'benign';
    assert.equal(v.verdict, want);
    assert.ok(v.findings.length <= DEFAULT_DETECT_OPTIONS.maxFindings);
  }
});

test('bands come from the options: raising the distillation band demotes the same score', () => {
  const normal = scoreAccounts(items(base)).find((v) => v.account_id === 'atk')!;
  assert.equal(normal.verdict, 'distillation');
  assert.ok(normal.score < 1, `score ${normal.score} leaves room above it`);
  const strict = scoreAccounts(items(base), { bands: { suspicious: 0.5, distillation: (normal.score + 1) / 2 } }).find((v) => v.account_id === 'atk')!;
  assert.equal(strict.score, normal.score);
  assert.equal(strict.verdict, 'suspicious');
});

test('a lower prior lowers every score, and a disabled detector leaves no findings', () => {
  const a = scoreAccounts(items(base));
  const b = scoreAccounts(items(base), { prior: 0.001, disabled: ['elicitation'] });
  for (let i = 0; i < a.length; i++) assert.ok(b[i]!.score <= a[i]!.score);
  assert.ok(b.every((v) => v.findings.every((f) => !f.code.startsWith('elicitation/'))));
});

test('an account with one exchange gets the prior score and an insufficient-data reason', () => {
  const solo = ex({ account: 'solo', tMs: T0 + 3 * HOUR, eli: { cot_reconstruction: 0.99 }, thinking: true, outTok: 8000 });
  const pop = combine(base, { exchanges: [solo], accounts: [account('solo', { ageDays: 1 })], ids: ['solo'] });
  const v = scoreAccounts(items(pop)).find((x) => x.account_id === 'solo')!;
  assert.equal(v.verdict, 'benign');
  assert.ok(Math.abs(v.score - DEFAULT_DETECT_OPTIONS.prior) < 1e-6);
  assert.equal(v.findings[0]?.code, 'insufficient_data');
});

test('an account missing from the registry is still scored, with a not-in-registry reason', () => {
  const v = scoreAccounts(items(base, { dropRegistry: ['atk', 'consumer-3'] }));
  const atk = v.find((x) => x.account_id === 'atk')!;
  assert.equal(atk.verdict, 'distillation');
  const c3 = v.find((x) => x.account_id === 'consumer-3')!;
  assert.ok(c3.findings.some((f) => f.code === 'not_in_registry'));
  assert.ok(c3.cohort.includes('unregistered') || !c3.cohort.includes('tier='));
});

test('a registry row for an account never seen gets a benign verdict with insufficient data', () => {
  const v = scoreAccounts(items(base, { extraRegistry: ['ghost'] })).find((x) => x.account_id === 'ghost')!;
  assert.equal(v.verdict, 'benign');
  assert.equal(v.findings[0]?.code, 'insufficient_data');
  assert.equal(v.findings[0]?.value, 0);
});

test('shuffled event order and a skewed clock on a few events leave verdicts unchanged in band', () => {
  const shuffled = [...base.exchanges];
  const rr = rng(9);
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = Math.floor(rr() * (i + 1));
    [shuffled[i], shuffled[j]] = [shuffled[j]!, shuffled[i]!];
  }
  const skewed = shuffled.map((e, i) => (i % 97 === 0 ? { ...e, tMs: e.tMs + (i % 2 ? 1 : -1) * 400 * 86_400_000 } : e));
  const a = new Map(scoreAccounts(items(base)).map((v) => [v.account_id, v.verdict]));
  const b = scoreAccounts(items({ ...base, exchanges: skewed }));
  for (const v of b) assert.equal(v.verdict, a.get(v.account_id), `${v.account_id}`);
});

test('scoring is deterministic and needs no other input than the items', () => {
  assert.deepEqual(scoreAccounts(items(base)), scoreAccounts(items(base)));
  assert.deepEqual(scoreAccounts([]), []);
});

test('an account with an unusable timestamp still gets a defined verdict', () => {
  const s = emptyAccountState('nan' as AccountId);
  for (let i = 0; i < 10; i++) addExchange(s, ex({ account: 'nan', tMs: i === 3 ? Number.NaN : T0 + i * HOUR }));
  const ctx = createWorldContext().build();
  const [v] = scoreAccounts([{ state: s, features: accountFeatures(s, undefined, ctx) }]);
  assert.ok(v && Number.isFinite(v.score));
});

test('states built on two workers and merged give the same verdicts as one pass', () => {
  const xs = [...base.exchanges].sort((a, b) => a.tMs - b.tMs);
  const cut = xs[Math.floor(xs.length / 2)]!.tMs;
  const whole = scoreAccounts(items({ ...base, exchanges: xs }));
  const early = profileAccounts(xs.filter((e) => e.tMs < cut));
  const late = profileAccounts(xs.filter((e) => e.tMs >= cut));
  const merged = new Map(early);
  for (const [id, s] of late) merged.set(id, merged.has(id) ? mergeAccountStates(merged.get(id)!, s) : s);
  const wb = createWorldContext();
  for (const e of xs) wb.observe(e);
  const ctx = wb.build();
  const reg = new Map(base.accounts.map((a) => [a.account_id as string, a]));
  const split = scoreAccounts([...merged.values()].map((state) => ({ state, features: accountFeatures(state, reg.get(state.id), ctx), account: reg.get(state.id)! })));
  const byId = new Map(split.map((v) => [v.account_id, v]));
  for (const v of whole) assert.deepEqual(byId.get(v.account_id), v);
});

test('benign patterns offset suspicion but never take an account below the prior, and reported weights add up', () => {
  const pop = combine(base, agenticCoder(rng(3), 'coder'));
  for (const v of scoreAccounts(items(pop))) {
    assert.ok(v.score >= DEFAULT_DETECT_OPTIONS.prior - 1e-6, `${v.account_id} at ${v.score}`);
    if (v.findings.length < DEFAULT_DETECT_OPTIONS.maxFindings) {
      const sum = v.findings.reduce((a, f) => a + (f.weight ?? 0), 0);
      const prior = Math.log(DEFAULT_DETECT_OPTIONS.prior / (1 - DEFAULT_DETECT_OPTIONS.prior));
      assert.ok(Math.abs(prior + sum - v.logit) < 0.01, `${v.account_id}: findings add to ${sum}, logit ${v.logit}`);
    }
  }
});

test('a cohort counts only accounts with enough exchanges toward its minimum size', () => {
  const members = [
    ...Array.from({ length: 40 }, () => ({ n: 2, tier: 'free', channel: 'api', value: () => 0 })),
    ...Array.from({ length: 10 }, () => ({ n: 50, tier: 'free', channel: 'api', value: () => 0 })),
    ...Array.from({ length: 30 }, () => ({ n: 50, tier: 'pro', channel: 'api', value: () => 0 })),
  ];
  const keys = assignCohorts(members, DEFAULT_DETECT_OPTIONS);
  assert.equal(keys[45], 'channel=api|volume=10-99');
  assert.equal(keys[60], 'tier=pro|channel=api|volume=10-99');
});

test('evidence explained by costly benign patterns (evaluation bursts, repeats) is counted apart; a tool loop, which costs nothing to copy, is not', () => {
  const pop = combine(base, evaluatorPop(rng(7), 'eval'), agenticCoder(rng(3), 'coder'));
  const vs = new Map(scoreAccounts(items(pop)).map((v) => [v.account_id as string, v]));
  for (const v of vs.values()) {
    const costly = v.findings.filter((f) => /^benign-patterns\/(burst_runs|repeats_prompts)$/.test(f.code)).reduce((a, f) => a - (f.weight ?? 0), 0);
    if (v.findings.length < DEFAULT_DETECT_OPTIONS.maxFindings) assert.ok(Math.abs(v.explained - costly) < 0.01, `${v.account_id}: explained ${v.explained}, costly findings ${costly}`);
  }
  const ev = vs.get('eval')!;
  assert.ok(ev.findings.some((f) => f.code === 'benign-patterns/burst_runs' && (f.weight ?? 0) < 0), 'the evaluator runs in bursts');
  assert.ok(ev.explained > 0, `the evaluator's evidence is explained by its bursts (${ev.explained})`);
  const coder = vs.get('coder')!;
  const loop = coder.findings.find((f) => f.code === 'benign-patterns/tool_loop_continues');
  assert.ok(loop && (loop.weight ?? 0) < 0, 'the agentic coder\'s tool loop explains some of its evidence');
  const coderCostly = coder.findings.filter((f) => /^benign-patterns\/(burst_runs|repeats_prompts)$/.test(f.code)).reduce((a, f) => a - (f.weight ?? 0), 0);
  assert.ok(Math.abs(coder.explained - coderCostly) < 0.01, `a tool loop is not counted as costly (explained ${coder.explained}, costly findings ${coderCostly})`);
  assert.equal(vs.get('atk')!.explained, 0, 'the harvester pays for new answers, spread over its days: nothing explained');
});
