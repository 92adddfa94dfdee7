// link: small order statistics shared by the gate's rules (gate-riders.ts, turnover.ts, cluster-graph.ts).

/** The middle value of xs (the upper one of an even count); 0 for none. */
export function median(xs: ArrayLike<number>): number {
  if (xs.length === 0) return 0;
  const s = Float64Array.from(xs).sort();
  return s[s.length >> 1] as number;
}
