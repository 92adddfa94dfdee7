import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

test('distillwatch ingest --otlp-listen serves OTLP/JSON on 127.0.0.1 and writes the spans as exchanges', { timeout: 60_000 }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-ingest-'));
  const out = join(dir, 'x.jsonl');
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'ingest', '--otlp-listen', '0', '--out', out, '--max-requests', '1'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stderr.on('data', (b: Buffer) => {
      err += b.toString();
      const m = /on (http:\/\/127\.0\.0\.1:\d+\/v1\/traces)/.exec(err);
      if (m) resolve(m[1]!);
    });
    child.on('close', () => reject(new Error(`exited before listening: ${err}`)));
  });
  const body = readFileSync(join(ROOT, 'test/fixtures/adapters/otlp.jsonl'), 'utf8').split('\n')[0]!;
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
  assert.equal(res.status, 200);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, err);
  const xs = readFileSync(out, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { account_id: string });
  assert.deepEqual(xs.map((x) => x.account_id), ['user-1842', 'user-2210']);
  assert.match(err, /read 2, accepted 2, rejected 0, duplicates 0, skipped 3/);
});
