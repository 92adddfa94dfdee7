// link: a seeded PRNG (mulberry32) so clustering is deterministic; stages never call Math.random().
export { mulberry32 } from '../util/rng.js';
