import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { compileFastCheck, isPlainDateTime } from '../../src/ingest/fast-check.js';
import { SCHEMAS, validateRecord } from '../../src/schema/index.js';

const check = compileFastCheck(SCHEMAS.exchange as Record<string, unknown>)!;
const ref = { source: 't', line: 1 };

test('the exchange contract is simple enough for the pre-check', () => {
  assert.equal(typeof check, 'function');
});

test('the pre-check never passes a record that ajv rejects', () => {
  const value = fc.oneof(fc.string(), fc.integer({ min: -3, max: 5 }), fc.double(), fc.boolean(), fc.constant(null), fc.array(fc.oneof(fc.string(), fc.integer())), fc.constantFrom('2026-02-30T00:00:00Z', '2026-02-01T10:00:00Z', '2024-02-29T23:59:59.5+05:30', '2026-02-01 10:00:00Z', '2026-13-01T00:00:00Z', '', 'x'));
  const key = fc.constantFrom('id', 'ts', 'account_id', 'model', 'input_tokens', 'output_tokens', 'tool_names', 'tool_calls', 'temperature', 'latency_ms', 'thinking', 'turn_index', 'extra_field');
  fc.assert(
    fc.property(fc.dictionary(key, value), (over) => {
      const rec = { id: 'a', ts: '2026-02-01T10:00:00Z', account_id: 'b', model: 'm', input_tokens: 1, output_tokens: 2, ...over };
      if (check(rec)) assert.equal(validateRecord('exchange', rec, ref).ok, true, JSON.stringify(rec));
    }),
    { numRuns: 2000 },
  );
});

test('the pre-check passes the usual valid record, so ajv is skipped on the hot path', () => {
  assert.equal(check({ id: 'a', ts: '2026-02-01T10:00:00.123Z', account_id: 'b', model: 'm', input_tokens: 1, output_tokens: 2, tool_names: ['x'], ip: '1.2.3.4' }), true);
});

test('date-times in the common RFC 3339 shape are recognised with their calendar rules', () => {
  assert.equal(isPlainDateTime('2024-02-29T00:00:00Z'), true);
  assert.equal(isPlainDateTime('2023-02-29T00:00:00Z'), false);
  assert.equal(isPlainDateTime('2026-01-01T23:59:59.999999+14:00'), true);
  assert.equal(isPlainDateTime('2026-01-01T24:00:00Z'), false);
  assert.equal(isPlainDateTime('2026-01-01T10:00:00'), false);
});
