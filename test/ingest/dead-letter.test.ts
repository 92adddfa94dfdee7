import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openDeadLetter } from '../../src/ingest/index.js';
import { tmp } from './helpers.js';

test('dead-letter rows are JSONL {source,line,code,reason,raw} with raw cut to about 4 KB', async () => {
  const p = join(tmp(), 'sub', 'dead.jsonl');
  const dl = openDeadLetter(p);
  dl.write({ code: 'DW_E_JSON', reason: 'bad', ref: { source: 'f.jsonl', line: 7 }, raw: 'x'.repeat(100_000) });
  dl.write({ code: 'DW_E_SCHEMA', reason: 'missing', ref: { source: 'f.jsonl', line: 9 } });
  await dl.close();
  const rows = readFileSync(p, 'utf8').trim().split('\n').map((l) => JSON.parse(l));
  assert.deepEqual(rows.map((r) => [r.source, r.line, r.code, r.reason]), [['f.jsonl', 7, 'DW_E_JSON', 'bad'], ['f.jsonl', 9, 'DW_E_SCHEMA', 'missing']]);
  assert.ok(rows[0].raw.length < 4200 && rows[0].raw.startsWith('xxx'));
  assert.equal(dl.path, p);
});
