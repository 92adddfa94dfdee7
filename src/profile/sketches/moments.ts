// profile stage: running moments of one numeric quantity (count, sum, sum of squares, min, max).
// Merge adds; exact up to floating-point rounding of the sums.

export interface Moments {
  n: number;
  sum: number;
  sumSq: number;
  min: number;
  max: number;
}

export function emptyMoments(): Moments {
  return { n: 0, sum: 0, sumSq: 0, min: Infinity, max: -Infinity };
}

/** Adds a value (in place; returns s). Non-finite values are ignored. */
export function addMoments(s: Moments, x: number): Moments {
  if (!Number.isFinite(x)) return s;
  s.n++;
  s.sum += x;
  s.sumSq += x * x;
  if (x < s.min) s.min = x;
  if (x > s.max) s.max = x;
  return s;
}

export function mergeMoments(a: Moments, b: Moments): Moments {
  return { n: a.n + b.n, sum: a.sum + b.sum, sumSq: a.sumSq + b.sumSq, min: Math.min(a.min, b.min), max: Math.max(a.max, b.max) };
}

export function meanOf(s: Moments): number {
  return s.n > 0 ? s.sum / s.n : 0;
}

export function stdOf(s: Moments): number {
  if (s.n < 2) return 0;
  const m = s.sum / s.n;
  return Math.sqrt(Math.max(0, s.sumSq / s.n - m * m));
}
