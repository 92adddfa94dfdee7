// enrich/prompt: the `prompt_sketch` format, computed at the edge where a provider keeps no prompt
// text, so template grouping and the text model's scores still work downstream. PRIVACY: a sketch
// holds 16-bit MinHash minima, counts and quantised scores, never text; use a secret seed to make
// dictionary guessing against it impractical.
//
// Format v1 (colon-separated, ASCII):
//   dw1:<script>:<chars>:<tokens>:<whole>:<edges>:<scores>
//   script  dominant script name (PromptSignals.script)
//   chars   prompt length in UTF-16 code units, decimal
//   tokens  tokens read (bounded by maxTokens), decimal
//   whole   32 × 16-bit MinHash minima of the whole prompt, 128 lowercase hex digits
//   edges   16 head + 16 tail minima, 128 hex digits, or '-' for prompts under 40 tokens
//   scores  the text model's 15 probabilities (ELICITATIONS then CAPABILITIES), each ⌊255p⌉ as
//           2 hex digits (30 digits), or '-' when the edge did not score
import { EDGE_K, SIG_LEN, WHOLE_K, type Signature } from './minhash.js';
import { N_OUT } from './model.js';

export const SKETCH_VERSION = 'dw1';

const HEX = '0123456789abcdef';

function hex16(v: Uint16Array, from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) {
    const x = v[i]!;
    s += HEX[(x >>> 12) & 15]! + HEX[(x >>> 8) & 15]! + HEX[(x >>> 4) & 15]! + HEX[x & 15]!;
  }
  return s;
}

/** Writes a sketch from an analysed prompt. `probs` are the text model's probabilities (N_OUT) or undefined. */
export function formatSketch(script: string, chars: number, tokens: number, sig: Signature, probs: ArrayLike<number> | undefined): string {
  const whole = hex16(sig.v, 0, WHOLE_K);
  const edges = sig.hasEdges ? hex16(sig.v, WHOLE_K, SIG_LEN) : '-';
  let scores = '-';
  if (probs) {
    scores = '';
    for (let i = 0; i < N_OUT; i++) {
      const q = Math.max(0, Math.min(255, Math.round((probs[i] ?? 0) * 255)));
      scores += HEX[q >>> 4]! + HEX[q & 15]!;
    }
  }
  return `${SKETCH_VERSION}:${script}:${chars}:${tokens}:${whole}:${edges}:${scores}`;
}

export interface ParsedSketch {
  readonly script: string;
  readonly chars: number;
  readonly tokens: number;
  /** Probabilities from the edge, or undefined. */
  readonly probs: Float32Array | undefined;
}

/** Value of a lowercase hex digit, or -1. */
function hexVal(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/** Decodes `count` 16-bit hex values of `s` from `from` into `out[at..]`; false on a bad digit. */
function readHex16(s: string, from: number, count: number, out: Uint16Array, at: number): boolean {
  for (let i = 0; i < count; i++) {
    let v = 0;
    for (let d = 0; d < 4; d++) {
      const x = hexVal(s.charCodeAt(from + i * 4 + d));
      if (x < 0) return false;
      v = (v << 4) | x;
    }
    out[at + i] = v;
  }
  return true;
}

function isDecimal(s: string): boolean {
  if (s.length === 0 || s.length > 15) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

/** Reads a sketch into `sig`; undefined when the string is not a valid v1 sketch (then `sig` is unspecified). */
export function parseSketch(sketch: string, sig: Signature): ParsedSketch | undefined {
  if (typeof sketch !== 'string' || sketch.length > 1024 || !sketch.startsWith(SKETCH_VERSION + ':')) return undefined;
  const p = sketch.split(':');
  if (p.length !== 7) return undefined;
  const [, script, charsS, tokensS, whole, edges, scores] = p as [string, string, string, string, string, string, string];
  if (script.length === 0 || script.length > 16 || !/^[a-z]+$/.test(script)) return undefined;
  if (!isDecimal(charsS) || !isDecimal(tokensS)) return undefined;
  if (whole.length !== WHOLE_K * 4) return undefined;
  if (edges !== '-' && edges.length !== 2 * EDGE_K * 4) return undefined;
  if (scores !== '-' && scores.length !== N_OUT * 2) return undefined;
  if (!readHex16(whole, 0, WHOLE_K, sig.v, 0)) return undefined;
  if (edges === '-') {
    sig.v.fill(0, WHOLE_K);
    sig.hasEdges = false;
  } else {
    if (!readHex16(edges, 0, 2 * EDGE_K, sig.v, WHOLE_K)) return undefined;
    sig.hasEdges = true;
  }
  const tokens = Number(tokensS);
  sig.hasContent = tokens > 0;
  let probs: Float32Array | undefined;
  if (scores !== '-') {
    probs = new Float32Array(N_OUT);
    for (let i = 0; i < N_OUT; i++) {
      const hi = hexVal(scores.charCodeAt(i * 2));
      const lo = hexVal(scores.charCodeAt(i * 2 + 1));
      if (hi < 0 || lo < 0) return undefined;
      probs[i] = ((hi << 4) | lo) / 255;
    }
  }
  return { script, chars: Number(charsS), tokens, probs };
}
