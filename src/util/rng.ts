// util: the project's one seeded PRNG (mulberry32). Stages take an rng instead of calling
// Math.random(), so every run and every test replays exactly.
export type Rng = () => number;

/** mulberry32: small, fast, seedable; uniform in [0, 1). */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
