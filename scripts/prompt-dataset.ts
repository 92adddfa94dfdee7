// Training data for the prompt model: real prompts labelled by their source's role, plus compositions
// of real prompts with the multilingual cue lexicon (prompt-lexicon.ts) where the material has no
// positives. Deterministic (seeded). Held-out split: 20% of real prompts by hash, and compositions
// built only from held-out bases AND held-out phrasings / judge templates / system messages.
import { OUTPUTS } from '../src/enrich/prompt/model.js';
import { hashString } from '../src/enrich/prompt/hash.js';
import type { Capability } from '../src/enrich/types.js';
import type { Material } from './prompt-material.js';
import * as L from './prompt-lexicon.js';

export type Split = 'train' | 'test';

export interface Example {
  readonly text: string;
  readonly system?: string;
  /** Output names (OUTPUTS) that are positive. */
  readonly labels: readonly string[];
  readonly split: Split;
  /** What made it: a real source ('gsm8k') or a composition ('cot:zh'). */
  readonly kind: string;
}

import { mulberry32 as rng } from '../src/util/rng.js';
export { rng };

const isTestText = (s: string): boolean => hashString(s, 0x7e57) % 5 === 0;
const isTestIndex = (i: number): boolean => i % 4 === 3;

/**
 * Splits a list by `test`. With `share`, a list too short to have a held-out item lends its items to
 * the held-out side too (for pools that are only ever combined with held-out material, never for
 * prompts that are used as they are).
 */
function splitList<T>(xs: readonly T[], test: (x: T, i: number) => boolean, share = false): Record<Split, T[]> {
  const out: Record<Split, T[]> = { train: [], test: [] };
  xs.forEach((x, i) => (test(x, i) ? out.test : out.train).push(x));
  if (share && out.train.length === 0) out.train = out.test.slice();
  if (share && out.test.length === 0) out.test = out.train.slice();
  return out;
}

function splitTable(t: L.CueTable): Record<Split, Map<L.Lang, string[]>> {
  const out: Record<Split, Map<L.Lang, string[]>> = { train: new Map(), test: new Map() };
  for (const [lang, phrases] of Object.entries(t) as [L.Lang, string[]][]) {
    const s = splitList(phrases, (_, i) => isTestIndex(i));
    // A language with too few phrasings to hold one out is used for training only.
    if (s.train.length > 0) out.train.set(lang, s.train);
    if (s.test.length > 0) out.test.set(lang, s.test);
  }
  return out;
}

function fill(template: string, slots: Record<string, string>): string {
  return template.replace(/\{(q|a|b|n|topic|text|table|lang)\}/g, (m, k: string) => slots[k] ?? m);
}

function cut(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max);
}

export interface DatasetOptions {
  readonly seed: number;
  /** Real prompts kept per source and split (train cap; test gets a quarter). */
  readonly perSource: number;
  /** Scale of every composition count. */
  readonly scale: number;
}

export const DEFAULT_DATASET_OPTIONS: DatasetOptions = { seed: 20261125, perSource: 700, scale: 1 };

export function buildDataset(m: Material, o: DatasetOptions = DEFAULT_DATASET_OPTIONS): Example[] {
  const rand = rng(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const out: Example[] = [];
  const push = (split: Split, kind: string, text: string, labels: string[], system?: string): void => {
    if (text.trim().length === 0) return;
    out.push({ text, labels: [...new Set(labels)], split, kind, ...(system ? { system } : {}) });
  };

  // 1. Real prompts, capped per source so big pools (gsm8k, code-alpaca) do not drown the rest.
  const bySource = new Map<string, typeof m.items>();
  for (const it of m.items) bySource.set(it.source, [...(bySource.get(it.source) ?? []), it]);
  for (const [source, items] of bySource) {
    const split = splitList(items, (x) => isTestText(x.text));
    for (const s of ['train', 'test'] as const) {
      const cap = s === 'train' ? o.perSource : Math.ceil(o.perSource / 4);
      const xs = split[s].slice();
      for (let i = xs.length - 1; i > 0; i--) {
        const j = Math.floor(rand() * (i + 1));
        [xs[i], xs[j]] = [xs[j]!, xs[i]!];
      }
      for (const it of xs.slice(0, cap)) push(s, source, cut(it.text, 6000), [...it.caps, ...(it.elic ?? [])]);
    }
  }

  // Base pools split by text hash, so held-out compositions wrap held-out questions.
  const mathQ = splitList(m.mathQ, isTestText, true);
  const codeQ = splitList(m.codeQ, isTestText, true);
  const genQ = splitList(m.generalQ, isTestText, true);
  const sensQ = splitList(m.sensitiveQ, isTestText, true);
  const qa = splitList(m.qa, (x) => isTestText(x.q), true);
  const passages = splitList(m.passages, isTestText, true);
  const tables = splitList(m.tables, isTestText, true);
  const topics = splitList(m.topics, isTestText, true);
  const nativeQ: Record<Split, string[]> = { train: [], test: [] };
  for (const qs of Object.values(L.NATIVE_GENERAL)) qs.forEach((q, i) => nativeQ[isTestIndex(i) ? 'test' : 'train'].push(q));
  const anyQ = (s: Split): { q: string; caps: Capability[] } => {
    const r = rand();
    if (r < 0.45) return { q: pick(mathQ[s]), caps: ['reasoning_math'] };
    if (r < 0.7) return { q: pick(codeQ[s]), caps: ['agentic_coding'] };
    if (r < 0.9) return { q: pick(genQ[s]), caps: ['general_chat'] };
    return { q: pick(nativeQ[s]), caps: ['general_chat'] };
  };
  const langOf = (tables: Map<L.Lang, string[]>): L.Lang => {
    if (rand() < 0.4 && tables.has('en')) return 'en';
    const ls = [...tables.keys()];
    return pick(ls);
  };
  const n = (k: number): number => Math.round(k * o.scale);

  const compose = (
    table: L.CueTable,
    kind: string,
    count: number,
    slots: (s: Split) => { slots: Record<string, string>; labels: string[] },
    extraLabels: string[],
  ): void => {
    const t = splitTable(table);
    for (const s of ['train', 'test'] as const) {
      if (t[s].size === 0) continue; // every phrasing list too short to hold one out
      const k = s === 'train' ? count : Math.ceil(count / 4);
      for (let i = 0; i < k; i++) {
        const lang = langOf(t[s]);
        const phrase = pick(t[s].get(lang)!);
        const f = slots(s);
        push(s, `${kind}:${lang}`, fill(phrase, f.slots), [...extraLabels, ...f.labels]);
      }
    }
  };
  const question = (s: Split) => {
    const b = anyQ(s);
    return { slots: { q: cut(b.q, 1500) }, labels: b.caps as string[] };
  };

  // 2. CoT reconstruction: cue phrasings around real questions; Orca/Sensei system messages.
  compose(L.COT_CUES, 'cot', n(2600), question, ['cot_reconstruction']);
  const cotSystems = splitList(
    m.cotSystems.filter((s) => /step|reason|justify|explain|logical|think/i.test(s)),
    (_, i) => isTestIndex(i),
    true,
  );
  for (const s of ['train', 'test'] as const) {
    const k = s === 'train' ? n(700) : n(175);
    for (let i = 0; i < k; i++) {
      const b = anyQ(s);
      const sys = pick(cotSystems[s]);
      if (rand() < 0.6) push(s, 'cot:orca-system', cut(b.q, 1500), ['cot_reconstruction', ...b.caps], sys);
      else push(s, 'cot:orca-inline', `${sys}\n\n${cut(b.q, 1500)}`, ['cot_reconstruction', ...b.caps]);
    }
  }
  // Ordinary look-alikes: harness suffixes and students, on the same question pools.
  compose(L.HARNESS_FRAMES, 'harness', n(1800), question, []);
  compose(L.STUDENT_FRAMES, 'student', n(1200), question, []);

  // 3. Rubric grading: MT-Bench judge prompts filled with real Q/A; lexicon graders.
  const judges = splitList(m.judges, (_, i) => isTestIndex(i), true);
  for (const s of ['train', 'test'] as const) {
    const k = s === 'train' ? n(900) : n(225);
    for (let i = 0; i < k; i++) {
      const j = pick(judges[s]);
      const x = pick(qa[s]);
      const text = j.template
        .replace(/\{question(_1)?\}/g, cut(x.q, 1500))
        .replace(/\{answer(_a|_1|_a_1)?\}/g, cut(x.a, 2000))
        .replace(/\{answer(_b|_b_1)\}/g, cut(x.b, 2000))
        .replace(/\{ref_answer(_1)?\}/g, cut(x.b, 800))
        .replace(/\{[a-z_0-9]+\}/g, cut(x.a, 300));
      if (rand() < 0.5) push(s, 'rubric:mt-bench-system', text, ['rubric_grading'], j.system);
      else push(s, 'rubric:mt-bench-inline', `${j.system}\n\n${text}`, ['rubric_grading']);
    }
  }
  compose(L.RUBRIC_CUES, 'rubric', n(1300), (s) => {
    const x = pick(qa[s]);
    return { slots: { q: cut(x.q, 1200), a: cut(x.a, 1500), b: cut(x.b, 1500) }, labels: [] };
  }, ['rubric_grading']);

  // 4. Safe rewrites of sensitive questions; benign rewrites of ordinary passages; plain sensitive.
  const nativeSensitive: Record<Split, string[]> = { train: [], test: [] };
  for (const qs of Object.values(L.NATIVE_SENSITIVE)) qs.forEach((q, i) => nativeSensitive[isTestIndex(i) ? 'test' : 'train'].push(q));
  compose(L.SAFE_REWRITE_CUES, 'safe', n(1500), (s) => {
    const native = rand() < 0.25;
    const q = native ? pick(nativeSensitive[s]) : pick(sensQ[s]);
    return { slots: { q: cut(q, 800) }, labels: ['policy_sensitive'] };
  }, ['safe_rewrite']);
  compose(L.BENIGN_REWRITE_FRAMES, 'rewrite', n(1000), (s) => ({ slots: { text: cut(pick(passages[s]), 700) }, labels: ['general_chat'] }), []);
  for (const [lang, qs] of Object.entries(L.NATIVE_SENSITIVE)) {
    qs.forEach((q, i) => {
      for (let r = 0; r < 6; r++) push(isTestIndex(i) ? 'test' : 'train', `sensitive:${lang}`, q, ['policy_sensitive']);
    });
  }

  // 5. Synthetic data generation: the real meta-prompts (Alpaca, Code Alpaca, Magicoder) and the lexicon.
  const gen = { train: [m.genPrompts[0]!, m.genPrompts[2]!], test: [m.genPrompts[1]!] };
  const seeds = splitList(m.seedTasks, isTestText, true);
  for (const s of ['train', 'test'] as const) {
    const k = s === 'train' ? n(500) : n(125);
    for (let i = 0; i < k; i++) {
      let p = pick(gen[s]);
      if (p.includes('{code}')) p = p.replace('{code}', cut(pick(m.codeSnippets), 900));
      else {
        const count = 2 + Math.floor(rand() * 3);
        const ex: string[] = [];
        for (let e = 1; e <= count; e++) ex.push(`${e}. Instruction: ${pick(seeds[s])}\n${e}. Input:\n<noinput>\n${e}. Output:\n...`);
        p = `${p.replace(/20/g, String(5 + Math.floor(rand() * 40)))}\n###\n${ex.join('\n###\n')}\n###\n${count + 1}. Instruction:`;
      }
      push(s, 'synthetic:meta-prompt', p, ['synthetic_data']);
    }
  }
  compose(L.SYNTHETIC_CUES, 'synthetic', n(1500), (s) => ({ slots: { n: String(5 + Math.floor(rand() * 96)), topic: pick(topics[s]) }, labels: [] }), ['synthetic_data']);

  // 6. Prompt / hidden-reasoning extraction (lexicon only: no real positives in the material).
  compose(L.EXTRACTION_CUES, 'extraction', n(1100), (s) => ({ slots: { q: cut(pick(genQ[s]), 400) }, labels: [] }), ['prompt_extraction']);

  // 7. Capabilities the material lacks: data analysis on real tables, vision, computer use, creative (multilingual).
  compose(L.DATA_ANALYSIS_CUES, 'data', n(900), (s) => ({ slots: { table: pick(tables[s]) }, labels: [] }), ['data_analysis']);
  compose(L.VISION_CUES, 'vision', n(500), () => ({ slots: {}, labels: [] }), ['vision']);
  compose(L.COMPUTER_USE_CUES, 'computer', n(500), () => ({ slots: {}, labels: [] }), ['computer_use']);
  compose(L.CREATIVE_CUES, 'creative', n(500), (s) => ({ slots: { topic: pick(topics[s]) }, labels: [] }), ['creative_writing']);
  for (const [lang, qs] of Object.entries(L.NATIVE_GENERAL)) {
    qs.forEach((q, i) => {
      for (let r = 0; r < 4; r++) push(isTestIndex(i) ? 'test' : 'train', `native:${lang}`, q, ['general_chat']);
    });
  }

  // 8. Hard negatives: ordinary requests sharing cue words (how-to steps, feedback on one's own
  // work, small personal lists, questions about the assistant). Labelled general_chat only.
  for (const [name, table] of Object.entries(L.HARD_NEGATIVES)) {
    compose(table, `hardneg-${name}`, n(450), (s) => {
      const x = pick(qa[s]);
      return { slots: { topic: pick(topics[s]), q: cut(x.q, 600), a: cut(x.a, 600), text: cut(pick(passages[s]), 600) }, labels: ['general_chat'] };
    }, []);
  }

  for (const e of out) for (const l of e.labels) if (!OUTPUTS.includes(l)) throw new Error(`unknown label ${l}`);
  return out;
}
