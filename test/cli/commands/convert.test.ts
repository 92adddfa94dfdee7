import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { runConvert } from '../../../src/cli/commands/convert.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const FIX = join(ROOT, 'test/fixtures/adapters/');
const readJsonl = (p: string): Record<string, unknown>[] =>
  readFileSync(p, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);

test('convert writes contract exchanges and puts each rejected line, with file:line, in <out>.dead-letter.jsonl', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-convert-'));
  const input = join(dir, 'mixed.jsonl');
  const good = readFileSync(join(FIX, 'portkey.jsonl'), 'utf8');
  (await import('node:fs')).writeFileSync(input, `${good}{"id": "cut\n`);
  const out = join(dir, 'x.jsonl');
  const logs: string[] = [];
  const counts = await runConvert({ input, format: 'portkey', out }, (s) => logs.push(s));
  assert.deepEqual([counts.read, counts.accepted, counts.rejected], [3, 2, 1]);
  assert.equal(readJsonl(out).length, 2);
  const dead = readJsonl(`${out}.dead-letter.jsonl`);
  assert.deepEqual([dead[0]!.source, dead[0]!.line, dead[0]!.code], [input, 3, 'DW_E_JSON']);
  assert.ok(logs.some((l) => l.includes('read 3, accepted 2, rejected 1')));
});

test('distillwatch convert reads gzip from stdin and reports the format it recognised', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-convert-'));
  const out = join(dir, 'x.jsonl');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'convert', '-', '--out', out], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
  let err = '';
  child.stderr.on('data', (b: Buffer) => (err += b.toString()));
  child.stdin.end(gzipSync(readFileSync(join(FIX, 'helicone.jsonl'))));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, err);
  assert.match(err, /format: helicone/);
  assert.equal(readJsonl(out).length, 2);
});
