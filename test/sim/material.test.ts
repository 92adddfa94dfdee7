// Simulator material: missing material is a clear configuration error naming what is needed; present
// material yields every pool the populations draw from.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DwError } from '../../src/errors.js';
import { buildWorld, loadMaterial } from '../../src/sim/index.js';
import { SKIP } from './world-fixture.js';

describe('simulator material', () => {
  it('fails with DW_E_MATERIAL naming shared/data when the material directory is empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dw-nomaterial-'));
    try {
      assert.throws(() => loadMaterial(dir), (e: unknown) => e instanceof DwError && e.code === 'DW_E_MATERIAL' && /shared\/data|arena-hard/.test(e.message));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('rejects an unknown scenario and a non-positive scale as configuration errors', { skip: SKIP }, () => {
    const material = loadMaterial();
    assert.throws(() => buildWorld({ scenario: 'nope', seed: 1, scale: 0.001, material }), (e: unknown) => e instanceof DwError && e.code === 'DW_E_CONFIG');
    assert.throws(() => buildWorld({ scenario: 'seeds-2026', seed: 1, scale: 0, material }), (e: unknown) => e instanceof DwError && e.code === 'DW_E_CONFIG');
  });

  it('loads real prompts, traces and address space for every population', { skip: SKIP }, () => {
    const m = loadMaterial();
    const p = m.prompts;
    for (const [name, xs] of Object.entries({ chat: p.chat, coding: p.coding, followups: p.followups, apps: p.apps, toolUse: p.toolUse, agentTasks: p.agentTasks, jailbreaks: p.jailbreaks, forbidden: p.forbidden, codeInstructions: p.codeInstructions, toolbench: p.toolbench, reasoningProblems: p.reasoningProblems, orcaSystem: p.orcaSystem, judgePrompts: p.judgePrompts, nonEnglish: p.nonEnglish })) {
      assert.ok(xs.length > 0, `${name} pool is not empty`);
    }
    assert.ok(p.agentToolSet.includes('ls') && p.agentToolSet.includes('grep'), 'the shared agent tool set is BFCL GorillaFileSystem');
    assert.ok(new Set(p.nonEnglish.map((x) => x.lang)).size >= 3, 'several real non-English languages');
    assert.ok(m.traces.chat.input.length > 1000 && m.traces.gapShape.length > 1000);
    for (const cls of ['residential', 'mobile', 'cloud', 'hosting', 'vpn', 'business', 'education']) assert.ok((m.net.pools.get(`${cls}:*`)?.length ?? 0) > 100, `${cls} address ranges`);
  });
});
