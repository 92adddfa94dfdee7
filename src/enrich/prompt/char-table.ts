// enrich/prompt: per-code-unit lookup tables (class, script, lowercase) built once at module load
// from Unicode properties, so the scanner never calls a regex or toLowerCase per character.

/** Character classes of the scanner. */
export const CC_SPACE = 0; // whitespace, control, format, unassigned: splits tokens
export const CC_WORD = 1; // letter or combining mark of a script written with spaces
export const CC_DIGIT = 2; // decimal digit of any script: masked to one slot per run
export const CC_IDEO = 3; // letter of a script written without spaces (Han, kana, Thai, ...): one token per char
export const CC_SYMBOL = 4; // punctuation and symbols: one token per char
export const CC_HIGH = 5; // high surrogate: the astral character becomes one symbol token
export const CC_LOW = 6; // low surrogate: skipped

/** Script names reported in PromptSignals.script; index = script id in SCRIPT_OF. */
export const SCRIPTS = [
  'none',
  'latin',
  'cyrillic',
  'greek',
  'arabic',
  'hebrew',
  'devanagari',
  'bengali',
  'tamil',
  'thai',
  'han',
  'kana',
  'hangul',
  'armenian',
  'georgian',
  'ethiopic',
  'other',
] as const;
export type ScriptName = (typeof SCRIPTS)[number];

const SCRIPT_PATTERNS: readonly [number, RegExp][] = [
  [1, /\p{Script=Latin}/u],
  [2, /\p{Script=Cyrillic}/u],
  [3, /\p{Script=Greek}/u],
  [4, /\p{Script=Arabic}/u],
  [5, /\p{Script=Hebrew}/u],
  [6, /\p{Script=Devanagari}/u],
  [7, /\p{Script=Bengali}/u],
  [8, /\p{Script=Tamil}/u],
  [9, /\p{Script=Thai}/u],
  [10, /\p{Script=Han}/u],
  [11, /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  [12, /\p{Script=Hangul}/u],
  [13, /\p{Script=Armenian}/u],
  [14, /\p{Script=Georgian}/u],
  [15, /\p{Script=Ethiopic}/u],
];

// Scripts written without spaces between words: tokens are single characters (bigrams carry words).
const NO_SPACE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Tibetan}]/u;

export const CHAR_CLASS = new Uint8Array(65536);
export const SCRIPT_OF = new Uint8Array(65536);
export const LOWER = new Uint16Array(65536);

(function build(): void {
  const letter = /[\p{L}\p{M}]/u;
  const digit = /\p{Nd}/u;
  const space = /[\s\p{Cc}\p{Cf}\p{Cn}\p{Co}]/u;
  for (let cp = 0; cp < 65536; cp++) {
    LOWER[cp] = cp;
    if (cp >= 0xd800 && cp <= 0xdbff) {
      CHAR_CLASS[cp] = CC_HIGH;
      continue;
    }
    if (cp >= 0xdc00 && cp <= 0xdfff) {
      CHAR_CLASS[cp] = CC_LOW;
      continue;
    }
    // ASCII fast path (the common case, and exact).
    if (cp < 128) {
      if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) {
        CHAR_CLASS[cp] = CC_WORD;
        SCRIPT_OF[cp] = 1;
        if (cp <= 90) LOWER[cp] = cp + 32;
      } else if (cp >= 48 && cp <= 57) CHAR_CLASS[cp] = CC_DIGIT;
      else if (cp <= 32 || cp === 127) CHAR_CLASS[cp] = CC_SPACE;
      else CHAR_CLASS[cp] = CC_SYMBOL;
      continue;
    }
    const ch = String.fromCharCode(cp);
    if (digit.test(ch)) CHAR_CLASS[cp] = CC_DIGIT;
    else if (letter.test(ch)) {
      let script = 16;
      for (const [id, re] of SCRIPT_PATTERNS) {
        if (re.test(ch)) {
          script = id;
          break;
        }
      }
      SCRIPT_OF[cp] = script;
      CHAR_CLASS[cp] = NO_SPACE.test(ch) ? CC_IDEO : CC_WORD;
      const lo = ch.toLowerCase();
      if (lo.length === 1) LOWER[cp] = lo.charCodeAt(0);
    } else if (space.test(ch)) CHAR_CLASS[cp] = CC_SPACE;
    else CHAR_CLASS[cp] = CC_SYMBOL;
  }
})();
