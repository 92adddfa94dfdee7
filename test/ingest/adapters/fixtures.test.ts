import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { validateRecord } from '../../../src/schema/index.js';
import { readAll } from '../helpers.js';

const DIR = fileURLToPath(new URL('../../fixtures/adapters/', import.meta.url));
interface Entry {
  format: string;
  source: string;
  expect: Record<string, Record<string, unknown>>;
}
const manifest = JSON.parse(readFileSync(`${DIR}SOURCES.json`, 'utf8')) as Record<string, Entry | string>;
const entries = Object.entries(manifest).filter((e): e is [string, Entry] => typeof e[1] === 'object');

for (const [file, e] of entries) {
  test(`${file} (${e.format}) converts to contract-valid exchanges with the fields its mapping gives`, async () => {
    assert.ok(e.source.length > 20, 'each fixture names the published definition it follows');
    const r = await readAll('exchange', DIR + file, { format: e.format });
    assert.equal(r.counts.rejected, 0, JSON.stringify(r.dead));
    assert.ok(r.records.length > 0);
    for (const x of r.records) {
      assert.equal(validateRecord('exchange', x, { source: file, line: 0 }).ok, true);
      assert.equal(x.source_format, e.format);
    }
    const byId = new Map(r.records.map((x) => [x.id as string, x]));
    for (const [id, fields] of Object.entries(e.expect)) {
      const x = byId.get(id);
      assert.ok(x, `exchange ${id} is produced`);
      for (const [k, v] of Object.entries(fields)) assert.deepEqual(x[k], v, `${id}.${k}`);
    }
  });

  test(`${file} is recognised as '${e.format}' by --format auto`, async () => {
    const r = await readAll('exchange', DIR + file, { format: 'auto' });
    assert.deepEqual(r.formats, [e.format]);
    assert.equal(r.counts.rejected, 0);
  });
}
