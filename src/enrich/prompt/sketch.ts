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

const HEX_RE = /^[0-9a-f]*$/;

function readHex16(s: string, out: Uint16Array, at: number): void {
  for (let i = 0; i * 4 < s.length; i++) out[at + i] = parseInt(s.slice(i * 4, i * 4 + 4), 16);
}

/** Reads a sketch into `sig`; undefined when the string is not a valid v1 sketch (then `sig` is unspecified). */
export function parseSketch(sketch: string, sig: Signature): ParsedSketch | undefined {
  if (typeof sketch !== 'string' || sketch.length > 1024 || !sketch.startsWith(SKETCH_VERSION + ':')) return undefined;
  const p = sketch.split(':');
  if (p.length !== 7) return undefined;
  const [, script, charsS, tokensS, whole, edges, scores] = p as [string, string, string, string, string, string, string];
  if (!/^[a-z]{1,16}$/.test(script)) return undefined;
  const chars = Number(charsS);
  const tokens = Number(tokensS);
  if (!Number.isSafeInteger(chars) || chars < 0 || !Number.isSafeInteger(tokens) || tokens < 0) return undefined;
  if (whole.length !== WHOLE_K * 4 || !HEX_RE.test(whole)) return undefined;
  if (edges !== '-' && (edges.length !== 2 * EDGE_K * 4 || !HEX_RE.test(edges))) return undefined;
  if (scores !== '-' && (scores.length !== N_OUT * 2 || !HEX_RE.test(scores))) return undefined;
  readHex16(whole, sig.v, 0);
  if (edges === '-') {
    sig.v.fill(0, WHOLE_K);
    sig.hasEdges = false;
  } else {
    readHex16(edges, sig.v, WHOLE_K);
    sig.hasEdges = true;
  }
  sig.hasContent = tokens > 0;
  let probs: Float32Array | undefined;
  if (scores !== '-') {
    probs = new Float32Array(N_OUT);
    for (let i = 0; i < N_OUT; i++) probs[i] = parseInt(scores.slice(i * 2, i * 2 + 2), 16) / 255;
  }
  return { script, chars, tokens, probs };
}
