// The leak scan itself: it must catch a world where attackers differ in one static field or one pair.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Label } from '../../src/eval/labels.js';
import { LEAK_FIELDS, leakScan, type LeakField } from '../../src/sim/index.js';

function world(n: number, attackValue: (i: number) => Partial<Record<LeakField, string>>): { f: Map<string, Record<LeakField, string>>; l: Map<string, Label> } {
  const f = new Map<string, Record<LeakField, string>>();
  const l = new Map<string, Label>();
  for (let i = 0; i < n; i++) {
    const isAttack = i % 5 === 0;
    const base = Object.fromEntries(LEAK_FIELDS.map((k) => [k, `v${(i * 7 + k.length) % 4}`])) as Record<LeakField, string>;
    const id = `a${i}`;
    f.set(id, isAttack ? ({ ...base, ...attackValue(i) } as Record<LeakField, string>) : base);
    l.set(id, { account_id: id as Label['account_id'], label: isAttack ? 'distillation' : 'benign' });
  }
  return { f, l };
}

describe('leak scan', () => {
  it('fails a world where attackers alone use one user agent', () => {
    const { f, l } = world(2000, () => ({ user_agent: 'evil-bot/1.0' }));
    const r = leakScan(f, l);
    assert.equal(r.ok, false);
    assert.deepEqual(r.violations[0]!.fields, ['user_agent']);
    assert.equal(r.violations[0]!.recall, 1);
  });

  it('fails a world where only a pair of ordinary values separates attackers', () => {
    const { f, l } = world(2000, () => ({ tier: 'team', max_tokens: '4096' }));
    // benign accounts have team or 4096, never both
    for (const [id, v] of f) if (l.get(id)!.label === 'benign') f.set(id, { ...v, tier: Number(id.slice(1)) % 2 ? 'team' : 'pro', max_tokens: Number(id.slice(1)) % 2 ? '1024' : '4096' });
    const r = leakScan(f, l);
    assert.equal(r.ok, false);
    assert.ok(r.violations.some((v) => v.fields.length === 2 && v.fields.includes('tier') && v.fields.includes('max_tokens')));
  });

  it('passes a world where attackers draw static fields like customers do', () => {
    const { f, l } = world(2000, () => ({}));
    assert.equal(leakScan(f, l).ok, true);
  });
});
