// enrich/prompt: prompt text → token hashes, in one pass, without building strings. PRIVACY: reads
// prompt text; what leaves is hashes and counts. Normalisation: Unicode lowercase, every run of
// digits masked to one slot ("0"), punctuation as single tokens, scripts without spaces one token
// per character. Work is bounded: at most `maxTokens` tokens from the head plus `tailTokens` from the tail.
import { CC_DIGIT, CC_HIGH, CC_IDEO, CC_SPACE, CC_SYMBOL, CC_WORD, CHAR_CLASS, LOWER, SCRIPTS, SCRIPT_OF } from './char-table.js';
import { FNV_OFFSET, FNV_PRIME, fmix32 } from './hash.js';

export interface Scan {
  /** Token hashes; only the first `n` are valid. */
  readonly tokens: Uint32Array;
  /** Hash of a long word's first 5 characters (a cheap stem, language-agnostic), else 0. */
  readonly stems: Uint32Array;
  n: number;
  /** Index of the first tail token when the text was cut (head and tail scanned apart), else n. */
  tailStart: number;
  /** Count of words (and no-space-script characters) per script id (see SCRIPTS). */
  readonly scriptCounts: Int32Array;
  lines: number;
  symbols: number;
  digitRuns: number;
  hasFence: boolean;
  /** Characters actually scanned. */
  scanned: number;
}

export function createScan(maxTokens: number): Scan {
  return {
    tokens: new Uint32Array(maxTokens),
    stems: new Uint32Array(maxTokens),
    n: 0,
    tailStart: 0,
    scriptCounts: new Int32Array(SCRIPTS.length),
    lines: 0,
    symbols: 0,
    digitRuns: 0,
    hasFence: false,
    scanned: 0,
  };
}

// Module-local copies of imported bindings: a hot loop must not go through an import getter.
const CLASS: Uint8Array = CHAR_CLASS;
const SCRIPT: Uint8Array = SCRIPT_OF;
const LOW: Uint16Array = LOWER;
const mix: (h: number) => number = fmix32;
// As a signed 32-bit value: the running hash stays a small integer in registers (no float64 or boxing);
// `h ^ c` reads both the same way, so hashes are unchanged.
const OFFSET = FNV_OFFSET | 0;
const K_WORD = CC_WORD;
const K_DIGIT = CC_DIGIT;
const K_SPACE = CC_SPACE;
const K_IDEO = CC_IDEO;
const K_SYMBOL = CC_SYMBOL;
const K_HIGH = CC_HIGH;
const PRIME = FNV_PRIME;

const STEM_SALT = 0x57e40000;
const IDEO_SALT = 0x1de00000;
const SYMBOL_SALT = 0x5b000000;

/** Scans text[start, end) appending at most `budget` tokens. Returns the index where it stopped. */
function scanRange(s: Scan, text: string, start: number, end: number, budget: number): number {
  const tokens = s.tokens;
  const stems = s.stems;
  const counts = s.scriptCounts;
  const limit = Math.min(tokens.length, s.n + budget);
  let n = s.n;
  let h = OFFSET;
  let len = 0;
  let stem = 0;
  let lastDigit = false;
  let lastSymbol = -1;
  let backticks = 0;
  let latin = 0;
  let i = start;
  for (; i < end && n < limit; i++) {
    const c = text.charCodeAt(i);
    // Fast path: ASCII lowercase letters are most characters of most prompts.
    if (c >= 97 && c <= 122) {
      if (len === 0) latin++;
      h = Math.imul(h ^ c, PRIME);
      if (++len === 5) stem = h;
      lastDigit = false;
      // The rest of the lowercase run in a tight loop (no class lookup, no token budget check).
      let d = 0;
      while (i + 1 < end) {
        d = text.charCodeAt(i + 1);
        if (d < 97 || d > 122) break;
        h = Math.imul(h ^ d, PRIME);
        if (++len === 5) stem = h;
        i++;
      }
      // The common word end (a lowercase run then a space): emit here, without the class dispatch.
      if (d === 32 && i + 1 < end) {
        tokens[n] = mix(h >>> 0);
        stems[n] = mix((stem ^ STEM_SALT) >>> 0) & ((6 - len) >> 31);
        n++;
        h = OFFSET;
        len = 0;
        lastSymbol = -1;
        backticks = 0;
        i++;
        if (n >= limit) break;
      }
      continue;
    }
    const cls = CLASS[c]!;
    if (cls === K_WORD) {
      // Script is counted once per word (at its first letter): cheaper, and a word is one vote.
      if (len === 0) counts[SCRIPT[c]!]!++;
      h = Math.imul(h ^ LOW[c]!, PRIME);
      if (++len === 5) stem = h;
      lastDigit = false;
      continue;
    }
    if (cls === K_DIGIT) {
      if (!lastDigit) {
        h = Math.imul(h ^ 48, PRIME);
        if (++len === 5) stem = h;
        s.digitRuns++;
      }
      lastDigit = true;
      continue;
    }
    // Any other class ends the current word.
    if (len > 0) {
      tokens[n] = mix(h >>> 0);
      stems[n] = mix((stem ^ STEM_SALT) >>> 0) & ((6 - len) >> 31);
      n++;
      h = OFFSET;
      len = 0;
      lastDigit = false;
      if (n >= limit) break;
    }
    if (cls === K_SPACE) {
      if (c === 10) s.lines++;
      lastSymbol = -1;
      backticks = 0;
      continue;
    }
    if (cls === K_IDEO) {
      counts[SCRIPT[c]!]!++;
      tokens[n] = mix((c ^ IDEO_SALT) >>> 0);
      stems[n] = 0;
      n++;
      lastSymbol = -1;
      continue;
    }
    if (cls === K_SYMBOL || cls === K_HIGH) {
      let code = c;
      if (cls === K_HIGH && i + 1 < end) code = (c << 10) ^ text.charCodeAt(++i);
      s.symbols++;
      if (c === 96) {
        if (++backticks === 3) s.hasFence = true;
      } else backticks = 0;
      // A run of one repeated symbol ("=====", "----") is one token.
      if (code !== lastSymbol) {
        tokens[n] = mix((code ^ SYMBOL_SALT) >>> 0);
        stems[n] = 0;
        n++;
        lastSymbol = code;
      }
      continue;
    }
    // CC_LOW (an unpaired low surrogate): skipped.
  }
  if (len > 0 && n < limit) {
    tokens[n] = mix(h >>> 0);
    stems[n] = len > 6 ? mix((stem ^ STEM_SALT) >>> 0) : 0;
    n++;
  }
  counts[1] = counts[1]! + latin;
  s.scanned += i - start;
  s.n = n;
  return i;
}

/**
 * Resets `s` and scans `text`. Long texts keep their head and their tail (where templates put
 * their fixed parts); the middle is skipped, so the cost is bounded whatever the length.
 */
export function scanText(s: Scan, text: string, tailTokens: number): void {
  s.n = 0;
  s.lines = 0;
  s.symbols = 0;
  s.digitRuns = 0;
  s.hasFence = false;
  s.scanned = 0;
  const counts = s.scriptCounts;
  for (let k = 0; k < counts.length; k++) counts[k] = 0;
  const max = s.tokens.length;
  const headBudget = max - tailTokens;
  // Characters are bounded too (32 per token budgeted): a 1 MB blob without separators is one
  // token, and must not be read to its end.
  const stop = scanRange(s, text, 0, Math.min(text.length, headBudget * 32), headBudget);
  s.tailStart = s.n;
  if (stop < text.length && tailTokens > 0) {
    // Tail: start about 4 characters per token before the end; if the budget fills before the
    // end (many one-character tokens), start later, so the window always ends at the text's end.
    let span = tailTokens * 4;
    for (let attempt = 0; attempt < 4; attempt++) {
      let from = Math.max(stop, text.length - span);
      // Start at a token boundary so the first tail token is a whole word (looking 64 characters at most).
      const limit = Math.min(text.length, from + 64);
      while (from < limit && CLASS[text.charCodeAt(from)] !== K_SPACE) from++;
      s.n = s.tailStart;
      if (scanRange(s, text, from, text.length, tailTokens) >= text.length) break;
      span = span >> 1;
    }
  }
}

/** Name of the script with most letters, or 'none'. */
export function dominantScript(s: Scan): string {
  let best = 0;
  let bestCount = 0;
  for (let k = 1; k < s.scriptCounts.length; k++) {
    const c = s.scriptCounts[k]!;
    if (c > bestCount) {
      bestCount = c;
      best = k;
    }
  }
  return SCRIPTS[best] ?? 'other';
}

/** Script id with most letters (0 when none). */
export function dominantScriptId(s: Scan): number {
  let best = 0;
  let bestCount = 0;
  for (let k = 1; k < s.scriptCounts.length; k++) {
    const c = s.scriptCounts[k]!;
    if (c > bestCount) {
      bestCount = c;
      best = k;
    }
  }
  return best;
}
