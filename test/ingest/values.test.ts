import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { nanosToRfc3339, parseTextTimeMs, spanMs, toRfc3339 } from '../../src/ingest/adapters/values.js';

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

test('the hand-written text-time reader agrees with Date.parse on every shape it accepts', () => {
  fc.assert(
    fc.property(fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }), fc.constantFrom('T', ' '), fc.constantFrom('Z', '', '+02:00', '-0530', '+01'), (d, sep, zone) => {
      const iso = d.toISOString(); // YYYY-MM-DDTHH:MM:SS.mmmZ
      const text = `${iso.slice(0, 10)}${sep}${iso.slice(11, 23)}${zone}`;
      const normZone = zone === '' ? 'Z' : zone === '-0530' ? '-05:30' : zone === '+01' ? '+01:00' : zone;
      assert.equal(parseTextTimeMs(text), Date.parse(`${iso.slice(0, 23)}${normZone}`), text);
    }),
    { numRuns: 500 },
  );
});

test('durations come from epoch seconds, milliseconds or text times alike', () => {
  assert.equal(spanMs(1768471200.125, 1768471203.925), 3800);
  assert.equal(spanMs('2026-01-15 10:00:00.250', '2026-01-15 10:00:02.750'), 2500);
  assert.equal(spanMs(5, 1), undefined);
});
