import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWorldContext } from '../../src/profile/index.js';
import { ex, DAY, T0 } from '../fixtures/benign/builders.js';

function world(spec: [model: string, day: number, count: number][]) {
  const b = createWorldContext();
  for (const [model, day, count] of spec) for (let i = 0; i < count; i++) b.observe(ex({ account: 'a', tMs: T0 + day * DAY + i * 1000, model }));
  return b;
}

test('a model that first appears well inside the window is a launch; one present from the start is not', () => {
  const spec: [string, number, number][] = [];
  for (let d = 0; d < 30; d++) spec.push(['old', d, 100]);
  for (let d = 20; d < 30; d++) spec.push(['new', d, 80]);
  const ctx = world(spec).build();
  assert.equal(ctx.models.get('old')?.isNew, false);
  assert.equal(ctx.models.get('new')?.isNew, true);
  assert.equal(ctx.models.get('new')?.firstSeenMs, T0 + 20 * DAY);
  assert.equal(ctx.windowStartMs, T0);
  assert.equal(ctx.windowEndMs, T0 + 30 * DAY);
});

test('a few events with skewed clocks move neither the window nor a launch', () => {
  const spec: [string, number, number][] = [];
  for (let d = 0; d < 30; d++) spec.push(['old', d, 1000]);
  for (let d = 20; d < 30; d++) spec.push(['new', d, 800]);
  spec.push(['old', -20000, 1], ['old', 30000, 2], ['new', 3, 1]);
  const ctx = world(spec).build();
  assert.equal(ctx.windowStartMs, T0);
  assert.equal(ctx.windowEndMs, T0 + 30 * DAY);
  assert.equal(ctx.models.get('new')?.firstSeenMs, T0 + 20 * DAY);
  assert.equal(ctx.exchanges, 30 * 1000 + 10 * 800 + 4);
});

test('world builders merge into the builder of the whole', () => {
  const a: [string, number, number][] = [['m', 0, 5], ['n', 4, 3]];
  const b: [string, number, number][] = [['m', 1, 2], ['n', 4, 1]];
  assert.deepEqual(world(a).merge(world(b)).build(), world([...a, ...b]).build());
});

test('an empty world has an empty window and no models', () => {
  const ctx = createWorldContext().build();
  assert.equal(ctx.exchanges, 0);
  assert.equal(ctx.models.size, 0);
  assert.equal(ctx.windowEndMs, 0);
});
