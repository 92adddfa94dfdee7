// Simulator output files: every line of a small world satisfies its contract; exchanges are sorted by
// ts; labels name the population and, for attackers, the campaign and (known) actor; the manifest says
// what material fed which population and where it had none.
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseRecord, type ContractName } from '../../src/schema/index.js';
import { parseLabel } from '../../src/eval/labels.js';
import type { Parsed, RecordRef } from '../../src/errors.js';
import { leakScanDir, loadMaterial, writeWorld } from '../../src/sim/index.js';
import { SKIP, TEST_SCALE } from './world-fixture.js';

describe('simulate writes a world', { skip: SKIP }, () => {
  let dir = '';
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'dw-sim-'));
    await writeWorld({ scenario: 'seeds-2026', seed: 3, scale: TEST_SCALE, outDir: dir, gzip: true, material: loadMaterial() });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  const lines = (file: string): string[] => {
    const raw = readFileSync(join(dir, file));
    const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
    return text.split('\n').filter((l) => l.length > 0);
  };

  it('writes only lines that pass their contract (the labels contract of the evaluator for labels)', () => {
    const byContract = (c: ContractName) => (l: string, ref: RecordRef) => parseRecord(c, l, ref);
    const files: [string, (l: string, ref: RecordRef) => Parsed<unknown>][] = [['exchanges.jsonl.gz', byContract('exchange')], ['accounts.jsonl', byContract('account')], ['actors.jsonl', byContract('actor')], ['labels.jsonl', parseLabel]];
    for (const [file, parse] of files) {
      const ls = lines(file);
      assert.ok(ls.length > 0, `${file} is not empty`);
      ls.forEach((l, i) => {
        const r = parse(l, { source: file, line: i + 1 });
        assert.ok(r.ok, r.ok ? '' : `${file}:${i + 1}: ${r.rejected.reason}`);
      });
    }
  });

  it('sorts exchanges by ts and gives every exchange an account of the registry', () => {
    const accounts = new Set(lines('accounts.jsonl').map((l) => (JSON.parse(l) as { account_id: string }).account_id));
    let last = '';
    const ids = new Set<string>();
    for (const l of lines('exchanges.jsonl.gz')) {
      const x = JSON.parse(l) as { id: string; ts: string; account_id: string };
      assert.ok(x.ts >= last, `${x.ts} after ${last}`);
      last = x.ts;
      assert.ok(accounts.has(x.account_id));
      assert.ok(!ids.has(x.id), 'exchange ids are unique');
      ids.add(x.id);
    }
  });

  it('labels every account with its population, and attackers with campaign and known actor', () => {
    const actors = new Set(lines('actors.jsonl').map((l) => (JSON.parse(l) as { actor_id: string }).actor_id));
    const labels = lines('labels.jsonl').map((l) => JSON.parse(l) as { label: string; population?: string; campaign_id?: string; actor_id?: string });
    assert.equal(labels.length, lines('accounts.jsonl').length);
    for (const l of labels) {
      assert.ok(l.population, 'population present');
      if (l.label === 'distillation') {
        assert.ok(l.campaign_id, 'attackers carry a campaign');
        if (l.actor_id) assert.ok(actors.has(l.actor_id), 'actor is in the registry');
      } else assert.equal(l.campaign_id, undefined);
    }
    assert.ok(labels.some((l) => l.label === 'distillation' && !l.actor_id), 'one campaign has no known actor');
  });

  it('keeps population and campaign names out of the detection-facing files', () => {
    const text = lines('accounts.jsonl').join('\n') + lines('exchanges.jsonl.gz').slice(0, 20_000).join('\n');
    for (const word of ['attack_', 'campaign-', 'consumer_chat', 'benchmark_evaluator', 'distillation']) assert.ok(!text.includes(word), `'${word}' does not leak`);
  });

  it('writes a manifest with counts per population, material per population and the material gaps', () => {
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
      scenario: string; seed: number; scale: number;
      counts: { exchanges: number; accounts_by_population: Record<string, number>; exchanges_by_population: Record<string, number> };
      material: { by_population: Record<string, string[]>; gaps: unknown[]; multilingual: { wrapper_languages: string[] } };
    };
    assert.equal(m.scenario, 'seeds-2026');
    assert.equal(m.seed, 3);
    assert.equal(m.counts.exchanges, lines('exchanges.jsonl.gz').length);
    for (const p of Object.keys(m.counts.accounts_by_population)) assert.ok((m.material.by_population[p] ?? []).length > 0, `material named for ${p}`);
    assert.ok(m.material.gaps.length > 0);
    assert.ok(m.material.multilingual.wrapper_languages.length > 2);
  });

  it('passes its own leak scan when read back from disk', async () => {
    const { result, text } = await leakScanDir(dir);
    assert.ok(result.attackAccounts > 0);
    assert.ok(result.ok, text);
  });
});
