// Simulator: slot-filled variations of real prompts, so that a small real pool does not become one
// identical text across thousands of unrelated customers (shared/data/MANIFEST.md's note), and the
// benchmark-harness phrasings evaluators wrap their items in (zero-shot CoT, Kojima et al. 2022).
// PRIVACY: handles real prompt text of the material.
import type { PromptItem } from './material/index.js';
import type { Rng } from './rng.js';

/** Replaces numbers with nearby ones (a customer's own figures) in some of their occurrences. */
function jitterNumbers(rng: Rng, t: string): string {
  return t.replace(/\b\d{1,5}\b/g, (m) => {
    if (!rng.chance(0.5)) return m;
    const n = Number(m);
    const d = Math.max(1, Math.round(n * 0.3));
    return String(Math.max(0, n + rng.int(-d, d)));
  });
}

/** Keeps the first k sentences of a long multi-sentence request. */
function truncateSentences(rng: Rng, t: string): string {
  const parts = t.split(/(?<=[.?!])\s+/);
  if (parts.length < 3 || t.includes('```')) return t;
  return parts.slice(0, rng.int(2, parts.length - 1)).join(' ');
}

function casual(rng: Rng, t: string): string {
  let s = t.trim();
  if (rng.chance(0.4) && /^[A-Z][a-z]/.test(s)) s = s[0]!.toLowerCase() + s.slice(1);
  if (rng.chance(0.4)) s = s.replace(/[.?!]$/, '');
  return s;
}

/** A customer's own variation of a real prompt: same request, different surface. */
export function vary(rng: Rng, t: string): string {
  let s = t;
  if (rng.chance(0.55)) s = jitterNumbers(rng, s);
  if (rng.chance(0.3)) s = truncateSentences(rng, s);
  if (rng.chance(0.5)) s = casual(rng, s);
  return s;
}

/** Combines two real requests of one customer into one message (people batch their asks). */
export function combine(rng: Rng, a: string, b: string): string {
  return rng.chance(0.5) ? `${a}\n\n${b}` : `${a}\nAlso: ${b}`;
}

/** Picks a customer's topics: a few items, the first ones favoured later (Zipf-like). */
export function pickTopics(rng: Rng, pool: readonly PromptItem[], k: number): PromptItem[] {
  const first = rng.pick(pool);
  // Stay near the first topic's category where the material has one.
  const same = pool.filter((p) => p.topic === first.topic && p !== first);
  const out = [first];
  for (let i = 1; i < k; i++) out.push(same.length > 0 && rng.chance(0.6) ? rng.pick(same) : rng.pick(pool));
  return out;
}

export function zipfIndex(rng: Rng, n: number): number {
  const w = Array.from({ length: n }, (_, i) => [i, 1 / (i + 1)] as const);
  return rng.weighted(w);
}

/** Benchmark-harness prompt formats (lm-eval-harness / zero-shot CoT conventions). */
export function evalFormat(rng: Rng, suite: string, item: string, format: number): string {
  switch (suite) {
    case 'mmlu':
      return format % 2 === 0 ? `${item}\nAnswer:` : `The following is a multiple choice question. Think step by step, then finish with "The answer is (X)".\n\n${item}`;
    case 'humaneval':
      return format % 2 === 0 ? item : `Complete the following Python function.\n\n${item}`;
    case 'gsm8k':
      return format % 2 === 0 ? `Question: ${item}\nAnswer: Let's think step by step.` : `${item}\nPlease reason step by step, and put your final answer after "####".`;
    default:
      return format % 2 === 0 ? item : `${item}\n\nLet's think step by step.`;
  }
}
