// enrich/prompt: the linear model (hashed features → one logistic output per elicitation and per
// capability) and its file format. Weights are int8 per output with a per-output scale, stored
// sparse (only rows with a non-zero weight), base64 in JSON: small, diffable metadata, no hub.
import { CAPABILITIES, ELICITATIONS } from '../types.js';
import type { FeatureBuf } from './features.js';

/** Output order of the model: ELICITATIONS then CAPABILITIES. */
export const OUTPUTS: readonly string[] = [...ELICITATIONS, ...CAPABILITIES];
export const N_OUT = OUTPUTS.length;
/** Row stride in the dense weight table (N_OUT rounded up to 16 for alignment). */
export const STRIDE = 16;

/** The committed file (models/prompt-model.json). */
export interface PromptModelFile {
  readonly format: 'distillwatch-prompt-model';
  readonly version: number;
  /** log2 of the hashed feature space. */
  readonly dimBits: number;
  readonly outputs: readonly string[];
  readonly bias: readonly number[];
  /** Per-output dequantisation scale: weight = int8 × scale. */
  readonly scale: readonly number[];
  /** base64 of little-endian Uint32 row indices (ascending). */
  readonly rows: string;
  /** base64 of Int8 weights, N_OUT per row, row-major, same order as `rows`. */
  readonly weights: string;
  /** Free-form training provenance (data, split, metrics); not read at inference. */
  readonly meta?: unknown;
}

/**
 * The model in memory, compact so the hot loop stays in cache: `index` maps a hashed feature to
 * its row in `w`, which holds int8 weights, STRIDE per row.
 */
export interface PromptModel {
  readonly version: number;
  readonly dimBits: number;
  readonly mask: number;
  readonly bias: Float32Array;
  readonly scale: Float32Array;
  /** Row number + 1 of a hashed feature (0: the feature has no weight); at most 65535 rows. */
  readonly index: Uint16Array;
  readonly w: Int8Array;
}

/** A model that knows nothing: every output at a low prior (sigmoid(-6) ≈ 0.0025). */
export function emptyModel(dimBits = 10): PromptModel {
  const bias = new Float32Array(STRIDE).fill(-6);
  return { version: 0, dimBits, mask: (1 << dimBits) - 1, bias, scale: new Float32Array(STRIDE), index: new Uint16Array(1 << dimBits), w: new Int8Array(0) };
}

export function decodeModel(file: PromptModelFile): PromptModel {
  if (file.format !== 'distillwatch-prompt-model') throw new Error('not a distillwatch prompt model');
  if (file.outputs.length !== N_OUT || file.outputs.some((o, i) => o !== OUTPUTS[i])) {
    throw new Error(`model outputs ${file.outputs.join(',')} do not match ${OUTPUTS.join(',')}`);
  }
  const dim = 1 << file.dimBits;
  const rowsBuf = Buffer.from(file.rows, 'base64');
  const rows = new Uint32Array(rowsBuf.buffer.slice(rowsBuf.byteOffset, rowsBuf.byteOffset + (rowsBuf.byteLength & ~3)));
  const q = new Int8Array(Buffer.from(file.weights, 'base64'));
  if (q.length !== rows.length * N_OUT) throw new Error('model weights and rows disagree in length');
  if (rows.length > 65535) throw new Error('model has more than 65535 rows (raise L1 when training)');
  const index = new Uint16Array(dim);
  const w = new Int8Array(rows.length * STRIDE);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r]!;
    if (row >= dim) throw new Error('model row index out of range');
    if (r > 0 && row <= rows[r - 1]!) throw new Error('model row indices are not ascending');
    index[row] = r + 1;
    for (let c = 0; c < N_OUT; c++) w[r * STRIDE + c] = q[r * N_OUT + c]!;
  }
  const bias = new Float32Array(STRIDE);
  const scale = new Float32Array(STRIDE);
  for (let c = 0; c < N_OUT; c++) {
    bias[c] = file.bias[c]!;
    scale[c] = file.scale[c]!;
  }
  return { version: file.version, dimBits: file.dimBits, mask: dim - 1, bias, scale, index, w };
}

/** Dense float weights (dim × N_OUT) → the committed sparse int8 file. Rows whose weights all quantise to 0 are dropped. */
export function encodeModel(
  dimBits: number,
  weights: Float32Array,
  bias: ArrayLike<number>,
  version: number,
  meta?: unknown,
): PromptModelFile {
  const dim = 1 << dimBits;
  const scale: number[] = [];
  for (let c = 0; c < N_OUT; c++) {
    let m = 0;
    for (let r = 0; r < dim; r++) m = Math.max(m, Math.abs(weights[r * N_OUT + c]!));
    scale.push(m > 0 ? m / 127 : 1);
  }
  const rows: number[] = [];
  const q: number[] = [];
  for (let r = 0; r < dim; r++) {
    const row: number[] = [];
    let any = false;
    for (let c = 0; c < N_OUT; c++) {
      const v = Math.max(-127, Math.min(127, Math.round(weights[r * N_OUT + c]! / scale[c]!)));
      row.push(v);
      if (v !== 0) any = true;
    }
    if (any) {
      rows.push(r);
      q.push(...row);
    }
  }
  return {
    format: 'distillwatch-prompt-model',
    version,
    dimBits,
    outputs: OUTPUTS,
    bias: Array.from(bias, (b) => Math.round(b * 1e5) / 1e5),
    scale: scale.map((s) => Number(s.toPrecision(6))),
    rows: Buffer.from(new Uint32Array(rows).buffer).toString('base64'),
    weights: Buffer.from(new Int8Array(q).buffer).toString('base64'),
    ...(meta === undefined ? {} : { meta }),
  };
}

/**
 * Logits of all outputs into `out` (length ≥ N_OUT): bias + Σ w[feature] / √(#features).
 * Features are counted with repetition; the √n scaling keeps long prompts from saturating.
 */
export function scoreLogits(m: PromptModel, buf: FeatureBuf, out: Float32Array): void {
  const w = m.w;
  const index = m.index;
  const mask = m.mask;
  const f = buf.f;
  const n = buf.n;
  let a0 = 0, a1 = 0, a2 = 0, a3 = 0, a4 = 0, a5 = 0, a6 = 0, a7 = 0;
  let a8 = 0, a9 = 0, a10 = 0, a11 = 0, a12 = 0, a13 = 0, a14 = 0;
  for (let i = 0; i < n; i++) {
    const r = index[f[i]! & mask]!;
    if (r === 0) continue;
    const o = (r - 1) * STRIDE;
    a0 += w[o]!; a1 += w[o + 1]!; a2 += w[o + 2]!; a3 += w[o + 3]!; a4 += w[o + 4]!;
    a5 += w[o + 5]!; a6 += w[o + 6]!; a7 += w[o + 7]!; a8 += w[o + 8]!; a9 += w[o + 9]!;
    a10 += w[o + 10]!; a11 += w[o + 11]!; a12 += w[o + 12]!; a13 += w[o + 13]!; a14 += w[o + 14]!;
  }
  const s = n > 0 ? 1 / Math.sqrt(n) : 0;
  const b = m.bias;
  const k = m.scale;
  out[0] = b[0]! + a0 * k[0]! * s; out[1] = b[1]! + a1 * k[1]! * s; out[2] = b[2]! + a2 * k[2]! * s;
  out[3] = b[3]! + a3 * k[3]! * s; out[4] = b[4]! + a4 * k[4]! * s; out[5] = b[5]! + a5 * k[5]! * s;
  out[6] = b[6]! + a6 * k[6]! * s; out[7] = b[7]! + a7 * k[7]! * s; out[8] = b[8]! + a8 * k[8]! * s;
  out[9] = b[9]! + a9 * k[9]! * s; out[10] = b[10]! + a10 * k[10]! * s; out[11] = b[11]! + a11 * k[11]! * s;
  out[12] = b[12]! + a12 * k[12]! * s; out[13] = b[13]! + a13 * k[13]! * s; out[14] = b[14]! + a14 * k[14]! * s;
}

export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

// scoreLogits is unrolled for exactly 15 outputs (6 elicitations + 9 capabilities).
if (N_OUT !== 15) throw new Error(`scoreLogits is unrolled for 15 outputs, the contract has ${N_OUT}`);
