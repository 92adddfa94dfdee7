// The `distillwatch simulate` command (run as a child process): flags reach the simulator, the world
// lands in --out, bad flags are configuration errors, and --leak-scan reports on a written world.
import { describe, it, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SKIP } from './world-fixture.js';

const BIN = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bin', 'distillwatch.js');

function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((res) => {
    execFile(process.execPath, [BIN, ...args], { maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      res({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

describe('distillwatch simulate', { skip: SKIP }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-cli-sim-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the scenario, seed and scale it was given, gzipped when asked, then scans it', async () => {
    const r = await run(['simulate', '--scenario', 'benign-only', '--scale', '0.0003', '--seed', '5', '--out', dir, '--gzip', '--quiet']);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /benign-only seed 5 scale 0.0003/);
    assert.ok(existsSync(join(dir, 'exchanges.jsonl.gz')));
    const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { scenario: string; seed: number; scale: number };
    assert.deepEqual([m.scenario, m.seed, m.scale], ['benign-only', 5, 0.0003]);
    const scan = await run(['simulate', '--leak-scan', dir]);
    assert.equal(scan.code, 0, scan.stderr);
    assert.match(scan.stdout, /leak scan: PASS \(attack accounts 0/);
  });

  it('rejects an unknown scenario with DW_E_CONFIG and exit code 2', async () => {
    const r = await run(['simulate', '--scenario', 'nope', '--out', join(dir, 'x')]);
    assert.equal(r.code, 2);
    assert.match(r.stderr, /DW_E_CONFIG/);
  });
});
