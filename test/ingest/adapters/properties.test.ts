import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { ADAPTERS } from '../../../src/ingest/index.js';
import { validateRecord } from '../../../src/schema/index.js';
import type { Json } from '../../../src/ingest/adapters/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/adapters/', import.meta.url));
const samples: Json[] = ['litellm.jsonl', 'litellm-spendlogs.jsonl', 'otlp.jsonl', 'portkey.jsonl', 'portkey-columns.jsonl', 'helicone.jsonl', 'openai.jsonl', 'anthropic.jsonl'].flatMap((f) =>
  readFileSync(DIR + f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Json),
);

/** Replaces the value at a random path of a record with an arbitrary JSON value. */
function mutate(rec: unknown, path: number[], value: unknown): unknown {
  if (path.length === 0 || rec === null || typeof rec !== 'object') return value;
  const keys = Object.keys(rec);
  if (keys.length === 0) return value;
  const k = keys[path[0]! % keys.length]!;
  const copy: Record<string, unknown> = Array.isArray(rec) ? ([...rec] as unknown as Record<string, unknown>) : { ...(rec as Record<string, unknown>) };
  copy[k] = mutate((rec as Record<string, unknown>)[k], path.slice(1), value);
  return copy;
}

function check(rec: Json): void {
  for (const a of ADAPTERS) {
    const out = a.map(rec, { identity: {} }); // must not throw
    for (const r of out.rejected) assert.ok(r.reason.length > 0 && typeof r.code === 'string');
    for (const x of out.exchanges) {
      // an exchange is either contract-valid or rejected by validation with a reason, never a crash
      const v = validateRecord('exchange', x, { source: a.id, line: 1 });
      if (!v.ok) assert.ok(v.rejected.reason.length > 0);
      // the sink skips validation of outputs marked checked: those must be contract-valid
      if (out.checked === true) assert.ok(v.ok, `${a.id} marked an invalid exchange checked: ${v.ok ? '' : v.rejected.reason}`);
    }
    assert.ok(out.skipped >= 0);
  }
}

test('any JSON object gives every adapter an exchange, a rejection with a reason, or a skip: never a throw', () => {
  fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (rec) => check(rec)), { numRuns: 300 });
});

test('fixture records with any field replaced by any value still never make an adapter throw', () => {
  fc.assert(
    fc.property(fc.constantFrom(...samples), fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), fc.jsonValue(), (rec, path, value) => {
      const m = mutate(rec, path, value);
      if (m !== null && typeof m === 'object' && !Array.isArray(m)) check(m as Json);
    }),
    { numRuns: 1500 },
  );
});

/** A record of one format with its fields drawn from values of every JSON type, numbers of every sign and size. */
const wild = fc.oneof(fc.jsonValue(), fc.double(), fc.integer({ min: -1e15, max: 1e20 }), fc.constantFrom('', ' ', '2026-02-30T00:00:00Z', '23:59:60', '1e400', '-1', '9999999999999999999999', 'redacted-by-litellm'));

test('exchanges an adapter marks checked (not validated again by the sink) are contract-valid for any values in the source fields', () => {
  fc.assert(
    fc.property(fc.constantFrom(...samples), fc.array(fc.tuple(fc.array(fc.nat(), { minLength: 1, maxLength: 4 }), wild), { minLength: 1, maxLength: 4 }), (rec, edits) => {
      let m: unknown = rec;
      for (const [path, value] of edits) m = mutate(m, path, value);
      if (m === null || typeof m !== 'object' || Array.isArray(m)) return;
      let checkedSeen = 0;
      for (const a of ADAPTERS) {
        const out = a.map(m as Json, { identity: {} });
        if (out.checked !== true) continue;
        for (const x of out.exchanges) {
          checkedSeen++;
          const v = validateRecord('exchange', x, { source: a.id, line: 1 });
          assert.ok(v.ok, `${a.id}: ${v.ok ? '' : v.rejected.reason} in ${JSON.stringify(x)}`);
        }
      }
      return checkedSeen >= 0;
    }),
    { numRuns: 1500 },
  );
});

test('every fixture record maps to exchanges marked checked, so the fast path is the one the fixtures exercise', () => {
  let n = 0;
  for (const rec of samples) {
    for (const a of ADAPTERS) {
      if (a.id === 'exchange' || !a.detect(rec)) continue;
      const out = a.map(rec, { identity: {} });
      if (out.exchanges.length === 0) continue;
      assert.equal(out.checked, true, `${a.id} output not marked checked`);
      n += out.exchanges.length;
    }
  }
  assert.ok(n >= samples.length, `only ${n} exchanges from ${samples.length} records`);
});
