// Calibration of account scores: Brier score, expected calibration error and the reliability bins.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { calibration } from '../../src/eval/index.js';
import type { Report } from '../../src/schema/index.js';
import type { Label } from '../../src/eval/labels.js';

const label = (id: string, attack: boolean): Label => ({ account_id: id as Label['account_id'], label: attack ? 'distillation' : 'benign', population: attack ? 'attack_x' : 'consumer' });
const report = (scores: Record<string, number>): Report => ({ accounts: Object.entries(scores).map(([account_id, score]) => ({ account_id, score })) }) as unknown as Report;
const labels = (xs: Label[]): Map<string, Label> => new Map(xs.map((l) => [l.account_id, l]));

describe('calibration', () => {
  it('is perfect when scores are the labels', () => {
    const c = calibration(report({ a: 1, b: 0, c: 1 }), labels([label('a', true), label('b', false), label('c', true)]));
    assert.equal(c.brier, 0);
    assert.equal(c.ece, 0);
  });

  it('measures the gap between mean score and attack share in each bin', () => {
    // Ten accounts at 0.85, three of them attackers: one bin, |0.85 - 0.3| = 0.55.
    const ls = Array.from({ length: 10 }, (_, i) => label(`a${i}`, i < 3));
    const c = calibration(report(Object.fromEntries(ls.map((l) => [l.account_id, 0.85]))), labels(ls));
    assert.ok(Math.abs(c.ece! - 0.55) < 1e-12);
    const bin = c.bins.find((b) => b.n > 0)!;
    assert.deepEqual([bin.lo, bin.n, bin.attackRate], [0.8, 10, 0.3]);
    assert.ok(Math.abs(c.brier! - (3 * 0.15 ** 2 + 7 * 0.85 ** 2) / 10) < 1e-12);
  });

  it('scores a labelled account missing from the report as 0 and a score of 1 in the last bin', () => {
    const c = calibration(report({ a: 1 }), labels([label('a', true), label('gone', true)]));
    assert.equal(c.bins[9]!.n, 1);
    assert.equal(c.bins[0]!.n, 1);
    assert.equal(c.bins[0]!.attackRate, 1);
    assert.equal(c.brier, 0.5);
  });

  it('is undefined without labels', () => {
    const c = calibration(report({ a: 0.5 }), new Map());
    assert.equal(c.brier, null);
    assert.equal(c.ece, null);
  });
});
