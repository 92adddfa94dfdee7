import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runAnalyze } from '../../src/cli/commands/analyze.js';
import { openStore } from '../../src/store/index.js';

const material = fileURLToPath(new URL('../../../shared/data/', import.meta.url));
const skip = !existsSync(material) && 'shared/data (network lists) not beside the checkout';

const exchange = (i: number): Record<string, unknown> => ({
  id: `x${i}`, ts: new Date(Date.parse('2026-01-01T00:00:00Z') + i * 60_000).toISOString(), account_id: `acct-${i % 4}`,
  model: 'm1', input_tokens: 20, output_tokens: 200, prompt: `Question ${i}`, tool_names: ['a', 'b'], vendor_field: { i },
});

test('analyze stores every accepted exchange once, from a clean file (bulk load) and from one with rejects and repeats', { skip }, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'dw-analyze-store-'));
  try {
    const xs = Array.from({ length: 40 }, (_, i) => exchange(i));
    const clean = xs.map((x) => JSON.stringify(x));
    const dirty = [...clean, JSON.stringify(xs[5]), '{"id":"broken"', JSON.stringify({ ...exchange(99), input_tokens: 'ten' })];
    for (const [name, lines] of [['clean', clean], ['dirty', dirty]] as const) {
      writeFileSync(join(dir, `${name}.jsonl`), lines.join('\n') + '\n');
      const out = join(dir, name);
      const logs: string[] = [];
      const s = await runAnalyze({ exchanges: join(dir, `${name}.jsonl`), out, material }, (l) => logs.push(l));
      assert.equal(s.counts.exchanges?.accepted, name === 'clean' ? 40 : 41);
      assert.ok(!logs.some((l) => l.startsWith('store: bulk load not used')), logs.join('\n'));
      const store = await openStore(join(out, 'distillwatch.duckdb'));
      assert.equal((await store.counts()).exchanges, 40, name);
      const back = await store.exchangesOf('acct-1', 100);
      assert.deepEqual(back.map((x) => x.id), xs.filter((x) => x.account_id === 'acct-1').map((x) => x.id).reverse());
      assert.deepEqual(back.at(-1), xs[1]);
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
