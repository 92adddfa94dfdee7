import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from '../../src/cli/commands/analyze.js';
import { validateRecord } from '../../src/schema/index.js';

const material = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const skip = !existsSync(material) && 'shared/data (network lists) not beside the checkout';

function exchange(i: number, account: string, prompt: string): string {
  const ts = new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString();
  return JSON.stringify({ id: `x${i}`, ts, account_id: account, model: 'm1', input_tokens: 20, output_tokens: 200, ip: `203.0.113.${i % 7}`, prompt, extra_field: i });
}

test('analyze runs every stage end to end, accounts for every line, and writes a valid report', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-analyze-'));
  const lines: string[] = [];
  for (let i = 0; i < 60; i++) lines.push(exchange(i, `acct-${i % 5}`, `Question ${i}: how do I sort a list of ${i} numbers in Python?`));
  lines.push(exchange(3, 'acct-3', 'a duplicate id'));
  lines.push('{"id":"broken","ts":"2026-01-01T00:00:00Z","account_'); // truncated line
  lines.push(JSON.stringify({ id: 'y1', ts: '2026-01-01T00:00:00Z', account_id: 'a', model: 'm', input_tokens: 'ten', output_tokens: 1 })); // wrong type
  lines.push(JSON.stringify({ id: 'y2', ts: '2026-01-01T00:00:00Z', model: 'm', input_tokens: 1, output_tokens: 1 })); // no account
  lines.push('');
  writeFileSync(join(dir, 'exchanges.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'accounts.jsonl'), ['acct-0', 'acct-1', 'acct-9'].map((a) => JSON.stringify({ account_id: a, created_at: '2025-06-01T00:00:00Z', tier: 'pro' })).join('\n') + '\n');
  writeFileSync(join(dir, 'actors.jsonl'), JSON.stringify({ actor_id: 'act-1', name: 'Example Lab', cidrs: ['198.51.100.0/24'] }) + '\n');

  const out = join(dir, 'out');
  const logs: string[] = [];
  const s = await runAnalyze(
    { exchanges: join(dir, 'exchanges.jsonl'), accounts: join(dir, 'accounts.jsonl'), actors: join(dir, 'actors.jsonl'), out, material, stream: true },
    (l) => logs.push(l),
  );
  const c = s.counts.exchanges!;
  assert.equal(c.read, 64);
  assert.equal(c.read, c.accepted + c.rejected);
  assert.equal(c.rejected, 3);
  assert.equal(c.duplicates, 1);

  const dead = readFileSync(join(out, 'dead-letter.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(dead.map((d) => d.line).sort((a, b) => a - b), [62, 63, 64]);
  assert.ok(dead.every((d) => typeof d.reason === 'string' && d.reason.length > 0 && d.source.endsWith('exchanges.jsonl')));

  const report = JSON.parse(readFileSync(s.reportPath, 'utf8'));
  const v = validateRecord('report', report, { source: s.reportPath, line: 1 });
  assert.ok(v.ok, v.ok ? '' : v.rejected.reason);
  assert.equal(report.accounts.length, 5); // every account seen, and only those
  assert.ok(report.accounts.every((a: { score: number }) => a.score >= 0 && a.score <= 1));
  assert.equal(report.summary.exchanges, 60);
  assert.ok(readFileSync(s.htmlPath, 'utf8').includes('<html'));
  assert.ok(existsSync(join(out, 'distillwatch.duckdb')));
  assert.ok(logs.some((l) => l.startsWith('exchanges: read 64, accepted 61, rejected 3, duplicates 1')));
});
