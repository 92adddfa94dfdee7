import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';

const run = promisify(execFile);
const MAIN = join(import.meta.dirname, '..', '..', 'src', 'cli', 'main.ts');

describe('distillwatch eval', () => {
  it('writes metrics.json from a report, gzipped labels and streamed exchanges, skipping bad lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-eval-'));
    try {
      const labels = [
        { account_id: 'a1', label: 'distillation', campaign_id: 'C1', actor_id: 'X' },
        { account_id: 'a2', label: 'distillation', campaign_id: 'C1', actor_id: 'X' },
        { account_id: 'b1', label: 'benign', population: 'evaluator' },
      ];
      await writeFile(join(dir, 'labels.jsonl.gz'), gzipSync(labels.map((l) => JSON.stringify(l)).join('\n') + '\n{broken\n'));
      await writeFile(join(dir, 'report.json'), JSON.stringify({
        accounts: [{ account_id: 'a1', score: 0.9, verdict: 'distillation' }, { account_id: 'b1', score: 0.7, verdict: 'suspicious' }],
        campaigns: [{ campaign_id: 'R1', account_ids: ['a1', 'a2'], actor_id: 'X', first_alert: '2026-02-01T12:00:00Z' }],
      }));
      await writeFile(join(dir, 'ex.jsonl'), [
        '{"account_id":"a1","ts":"2026-02-01T10:00:00Z"}', '{"account_id":"a2","ts":"2026-02-01T13:00:00Z"}', 'junk', '{"ts":1}',
      ].join('\n'));
      const { stdout } = await run(process.execPath, ['--import', 'tsx', MAIN, 'eval', '--report', join(dir, 'report.json'),
        '--labels', join(dir, 'labels.jsonl.gz'), '--exchanges', join(dir, 'ex.jsonl'), '--out', join(dir, 'out')]);
      assert.match(stdout, /detection delay/);
      const m = JSON.parse(await readFile(join(dir, 'out', 'metrics.json'), 'utf8'));
      assert.equal(m.accounts.labelled, 3);
      assert.equal(m.accounts.distillation.recall, 0.5);
      assert.equal(m.populations.find((p: { population: string }) => p.population === 'evaluator').rateSuspicious, 1);
      assert.equal(m.attribution.correct, 1);
      assert.equal(m.delay.median, 0.5);
      assert.equal(m.delay.unreadable, 2);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('fails with DW_E_SCHEMA naming the report when it breaks the report contract', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dw-eval-'));
    try {
      await writeFile(join(dir, 'labels.jsonl'), '{"account_id":"a","label":"benign"}\n');
      await writeFile(join(dir, 'report.json'), JSON.stringify({ accounts: [{ account_id: 'a', score: 2, verdict: 'benign' }], campaigns: [] }));
      await assert.rejects(
        run(process.execPath, ['--import', 'tsx', MAIN, 'eval', '--report', join(dir, 'report.json'), '--labels', join(dir, 'labels.jsonl')]),
        (e: { code?: number; stderr?: string }) => e.code === 2 && /DW_E_SCHEMA/.test(e.stderr ?? '') && /report\.json/.test(e.stderr ?? ''),
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
