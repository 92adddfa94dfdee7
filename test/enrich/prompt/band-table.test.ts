import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { BandTable } from '../../../src/enrich/prompt/band-table.js';

// A map of first writers, the semantics the template index relies on.
function check(t: BandTable, ref: Map<number, number>): void {
  assert.equal(t.size, ref.size);
  for (const [k, v] of ref) assert.equal(t.get(k), v, `key ${k}`);
  const held = new Map(t.entries());
  assert.deepEqual(held, ref);
}

/** setIfAbsent on the table and the first-writer Map. */
function setBoth(t: BandTable, ref: Map<number, number>, key: number, slot: number): void {
  t.setIfAbsent(key, slot);
  if (!ref.has(key)) ref.set(key, slot);
}

/** lookup, checked against the Map: the slot, or -2 - (free position). */
function lookupBoth(t: BandTable, ref: Map<number, number>, key: number): number {
  const r = t.lookup(key);
  assert.equal(r >= 0 ? r : -1, ref.get(key) ?? -1);
  return r;
}

/** deleteIf(key, slot) on both (when the key maps to slot), checked against the Map. */
function deleteBoth(t: BandTable, ref: Map<number, number>, key: number, slot: number): void {
  const v = ref.get(key);
  assert.equal(t.deleteIf(key, slot), v === slot);
  if (v === slot) ref.delete(key);
}

describe('BandTable', () => {
  for (const [name, reserveSlots, reserveEntries] of [['growing by copy', 0, 0], ['in place inside its reservation', 5000, 60_000], ['in place, then past it', 100, 2000]] as const) {
    it(`agrees with a first-writer Map under a long random mix of inserts, lookups and deletes (${name})`, () => {
      const t = new BandTable(reserveSlots, reserveEntries);
      const ref = new Map<number, number>();
      let seed = 99;
      const rnd = () => (seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0);
      for (let step = 0; step < 60_000; step++) {
        // Small key space (collisions, wrapped runs, deletes mid-run); slots rise so the slot field widens.
        const key = step % 5 === 0 ? rnd() & 0x3fffffff : rnd() % 4000;
        const slot = Math.min(step >>> 2, 5000) + (rnd() % 7);
        const op = rnd() % 4;
        if (op === 0) setBoth(t, ref, key, slot);
        else if (op === 1) {
          const r = lookupBoth(t, ref, key);
          if (r < 0) {
            t.insertAt(-2 - r, t.version, key, slot);
            ref.set(key, slot);
          }
        } else if (op === 2) {
          const v = ref.get(key);
          deleteBoth(t, ref, key, v !== undefined && rnd() % 2 === 0 ? v : slot);
        } else assert.equal(t.get(key), ref.get(key) ?? -1);
        if (step % 6007 === 0) check(t, ref);
      }
      check(t, ref);
    });
  }

  it('holds keys whose homes crowd the end of the table across doublings, and stale insert positions fall back', () => {
    const t = new BandTable(0, 1 << 16);
    const ref = new Map<number, number>();
    let seed = 3;
    for (let i = 0; i < 30_000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      // Half the keys share their top hash bits' neighbourhood: long runs wrap around the end.
      const key = i % 2 === 0 ? seed & 0x3fffffff : Math.imul(0x3ff00000 | (seed & 0xfffff), 0x1) & 0x3fffffff;
      const r = t.lookup(key);
      const v = t.version;
      if (i % 3 === 0) t.setIfAbsent((key ^ 1) & 0x3fffffff, i >>> 3), ref.has((key ^ 1) & 0x3fffffff) || ref.set((key ^ 1) & 0x3fffffff, i >>> 3);
      if (r < 0) t.insertAt(-2 - r, v, key, i >>> 3);
      if (!ref.has(key)) ref.set(key, i >>> 3);
    }
    check(t, ref);
  });

  it('grows when keys crowd one stretch of homes (displacements past 127), keeping every entry', () => {
    // Keys whose mixed form (key · 0x1e3779b1 mod 2^30) has its top 8 bits set: homes in the last
    // 1/256 of the table, runs wrapping around the end and longer than a displacement can say.
    let inv = 0x1e3779b1;
    for (let i = 0; i < 5; i++) inv = Math.imul(inv, 2 - Math.imul(0x1e3779b1, inv));
    const t = new BandTable();
    const ref = new Map<number, number>();
    let seed = 5;
    for (let i = 0; i < 6000; i++) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      const key = Math.imul(0x3fc00000 | (seed >>> 10), inv) & 0x3fffffff;
      t.setIfAbsent(key, i % 100);
      if (!ref.has(key)) ref.set(key, i % 100);
      if (i % 500 === 0) for (const [k] of [...ref].slice(0, 50)) assert.equal(t.deleteIf(k, ref.get(k)!), true), ref.delete(k);
    }
    assert.ok(t.longestProbe() <= 127);
    check(t, ref);
  });

  it('agrees with a first-writer Map under random operations, growing by four or by two inside its buffer (property)', () => {
    const key = fc.oneof(fc.integer({ min: 0, max: 3000 }), fc.integer({ min: 0, max: 0x3fffffff }));
    const op = fc.record({ kind: fc.integer({ min: 0, max: 4 }), key, slot: fc.integer({ min: 0, max: 6000 }) });
    // Buffers: none (growth by copy), room for one doubling only at the end, room for many ×4 steps.
    const reserve = fc.constantFrom<[number, number]>([0, 0], [100, 2000], [5000, 60_000], [2000, 1 << 20]);
    fc.assert(
      fc.property(reserve, fc.array(op, { minLength: 1, maxLength: 6000 }), ([rs, re], ops) => {
        const t = new BandTable(rs, re);
        const ref = new Map<number, number>();
        let pending: { p: number; v: number; key: number; slot: number } | undefined;
        for (const { kind, key: k, slot } of ops) {
          if (kind === 0) setBoth(t, ref, k, slot);
          else if (kind === 1) {
            // Lookup now, insert at its free position later (other operations in between may make it stale).
            const r = lookupBoth(t, ref, k);
            if (r < 0) pending = { p: -2 - r, v: t.version, key: k, slot };
          } else if (kind === 2 && pending) {
            if (!ref.has(pending.key)) {
              t.insertAt(pending.p, pending.v, pending.key, pending.slot);
              ref.set(pending.key, pending.slot);
            }
            pending = undefined;
          } else if (kind === 3) {
            const v = ref.get(k);
            deleteBoth(t, ref, k, v !== undefined && slot % 2 === 0 ? v : slot);
          } else assert.equal(t.get(k), ref.get(k) ?? -1);
        }
        check(t, ref);
        assert.ok(t.longestProbe() <= 127);
      }),
      { numRuns: 60 },
    );
  });

  it('rejects a slot beyond its range', () => {
    assert.throws(() => new BandTable().setIfAbsent(1, 2 ** 25), RangeError);
  });
});
