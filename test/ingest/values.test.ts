import { test } from 'node:test';
import assert from 'node:assert/strict';
import { nanosToRfc3339, toRfc3339 } from '../../src/ingest/adapters/values.js';

test('epoch seconds, milliseconds and unix-nano strings become RFC 3339', () => {
  assert.equal(toRfc3339(1768471200.125), '2026-01-15T10:00:00.125Z');
  assert.equal(toRfc3339(1768471200125), '2026-01-15T10:00:00.125Z');
  assert.equal(toRfc3339('1768471200'), '2026-01-15T10:00:00.000Z');
  assert.equal(toRfc3339('1768471200123456789'), '2026-01-15T10:00:00.123456789Z');
  assert.equal(nanosToRfc3339(1768471200000000000n), '2026-01-15T10:00:00Z');
});

test('table times without a zone are UTC; RFC 3339 times are kept as written', () => {
  assert.equal(toRfc3339('2026-01-15 10:00:00.250'), '2026-01-15T10:00:00.250Z');
  assert.equal(toRfc3339('2026-01-15T12:00:00+02:00'), '2026-01-15T12:00:00+02:00');
  assert.equal(toRfc3339('2026-01-15T12:00:00+0200'), '2026-01-15T10:00:00.000Z');
  assert.equal(toRfc3339('2026-01-15 10:00:00+00'), '2026-01-15T10:00:00.000Z');
});

test('unreadable times give undefined, never a guess', () => {
  for (const v of ['yesterday', '', -5, 0, null, {}, '2026-13-45T99:00:00Z']) assert.equal(toRfc3339(v), undefined, String(v));
});
