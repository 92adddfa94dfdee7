import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { IdSet64 } from '../../src/ingest/id-set.js';

test('the id set answers like a Set of strings, through growth', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 400 }), (ids) => {
      const s = new IdSet64(16);
      const ref = new Set<string>();
      for (const id of ids) assert.equal(s.add(id), !ref.has(id) && (ref.add(id), true));
      assert.equal(s.size, ref.size);
      for (const id of ids) assert.equal(s.has(id), true);
    }),
  );
});

test('a million distinct ids take 8 bytes a slot, far below a Set of strings', () => {
  const s = new IdSet64();
  for (let i = 0; i < 1_000_000; i++) s.add(`ex-${i}`);
  assert.equal(s.size, 1_000_000);
  assert.ok(s.bytes <= 1_000_000 * 8 * 2 / 0.7 + 1, `${s.bytes} bytes`);
  assert.equal(s.add('ex-5'), false);
});
