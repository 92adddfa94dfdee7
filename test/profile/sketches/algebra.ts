// Shared property checks for sketch algebra (STYLE habit 8): merge is associative and commutative,
// and merging the states of two halves of a stream equals the state of the whole stream.
import assert from 'node:assert/strict';
import fc from 'fast-check';

export interface SketchOps<S, X> {
  empty(): S;
  add(s: S, x: X): S;
  merge(a: S, b: S): S;
  /** Canonical comparable form (e.g. arrays from typed arrays, sorted map entries). */
  view(s: S): unknown;
}

export function build<S, X>(ops: SketchOps<S, X>, xs: readonly X[]): S {
  let s = ops.empty();
  for (const x of xs) s = ops.add(s, x);
  return s;
}

export function checkAlgebra<S, X>(ops: SketchOps<S, X>, item: fc.Arbitrary<X>, runs = 200): void {
  const list = fc.array(item, { maxLength: 60 });
  fc.assert(
    fc.property(list, list, list, (a, b, c) => {
      const [sa, sb, sc] = [build(ops, a), build(ops, b), build(ops, c)];
      assert.deepEqual(ops.view(ops.merge(sa, sb)), ops.view(ops.merge(sb, sa)), 'commutative');
      assert.deepEqual(ops.view(ops.merge(ops.merge(sa, sb), sc)), ops.view(ops.merge(sa, ops.merge(sb, sc))), 'associative');
      assert.deepEqual(ops.view(ops.merge(build(ops, a), build(ops, b))), ops.view(build(ops, [...a, ...b])), 'halves = whole');
    }),
    { numRuns: runs },
  );
}
