// profile stage: one exchange → the cells it occupies in the hashed prompt/request feature space of
// the window distribution test (one cell per group: dominant capability, dominant elicitation,
// output-length octave, input-length octave, thinking×tools×follow-up, script). An account's
// histogram over these cells is its empirical distribution; detect compares it to the benign bulk
// (MMD with a delta kernel per group; cf. Liu et al. 2026, MMD window test for distillation queries).
import type { EnrichedExchange } from '../enrich/types.js';
import { CAPABILITIES, ELICITATIONS } from '../enrich/types.js';
import { hashString } from './sketches/hash.js';

const NCAP = CAPABILITIES.length;
const NELI = ELICITATIONS.length;
/** [offset, size] of each group. */
export const WINDOW_GROUPS: readonly (readonly [number, number])[] = (() => {
  const sizes = [NCAP + 1, NELI + 1, 16, 16, 8, 8];
  const out: [number, number][] = [];
  let off = 0;
  for (const s of sizes) {
    out.push([off, s]);
    off += s;
  }
  return out;
})();
export const WINDOW_DIMS = WINDOW_GROUPS.reduce((a, [, s]) => a + s, 0);

const cells = new Int32Array(WINDOW_GROUPS.length);
const scriptCell = new Map<string, number>();

/** Cells of one exchange. Returns a shared buffer: read it before the next call. */
export function windowCells(e: EnrichedExchange): Int32Array {
  const p = e.prompt;
  const x = e.x;
  cells[0] = WINDOW_GROUPS[0]![0] + argmaxAtLeast(p.capabilities, NCAP, 0.5, NCAP);
  cells[1] = WINDOW_GROUPS[1]![0] + argmaxAtLeast(p.elicitation, NELI, 0.5, NELI);
  cells[2] = WINDOW_GROUPS[2]![0] + Math.min(15, Math.floor(Math.log2(1 + Math.max(0, x.output_tokens))));
  cells[3] = WINDOW_GROUPS[3]![0] + Math.min(15, Math.floor(Math.log2(1 + Math.max(0, x.input_tokens))));
  const flags = (x.thinking === true ? 1 : 0) | ((x.tool_names?.length ?? 0) > 0 ? 2 : 0) | ((x.turn_index ?? 0) > 0 ? 4 : 0);
  cells[4] = WINDOW_GROUPS[4]![0] + flags;
  let sc = scriptCell.get(p.script);
  if (sc === undefined) {
    sc = (hashString(p.script) >>> 0) % 8;
    if (scriptCell.size < 1024) scriptCell.set(p.script, sc);
  }
  cells[5] = WINDOW_GROUPS[5]![0] + sc;
  return cells;
}

function argmaxAtLeast(v: Float32Array, n: number, min: number, none: number): number {
  let best = none;
  let bv = min;
  for (let i = 0; i < n; i++) {
    const x = v[i] ?? 0;
    if (x >= bv) {
      bv = x;
      best = i;
    }
  }
  return best;
}
