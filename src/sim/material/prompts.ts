// Simulator material: real prompt pools by role, read from shared/data at run time.
// PRIVACY: real human prompt text; it stays inside the simulated world files.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv, readJson, readJsonl, readText, str } from './read.js';

export interface PromptItem {
  readonly text: string;
  /** Material folder it came from (for the manifest). */
  readonly source: string;
  /** Topic key: category/subcategory where the material gives one. */
  readonly topic: string;
  /** Language guess ('en' unless the script or stop-words say otherwise). */
  readonly lang: string;
}

export interface ToolTask {
  readonly text: string;
  readonly tools: readonly string[];
  readonly source: string;
  /** Later user turns of the same task, where the material has them (BFCL multi-turn). */
  readonly followups: readonly string[];
}

export interface AppTemplate {
  readonly app: string;
  readonly instruction: string;
  readonly inputs: readonly string[];
}

export interface PromptPools {
  /** Benign human requests (Arena, OASST/Koala/HH via alpaca-eval, Dolly, Vicuna, UltraChat eval, self-instruct user-oriented). */
  readonly chat: readonly PromptItem[];
  /** Real coding requests by people (Arena hard prompts of the coding subcategory). */
  readonly coding: readonly PromptItem[];
  /** Non-English real prompts (for multilingual users and multilingual elicitation payloads). */
  readonly nonEnglish: readonly PromptItem[];
  /** Short real follow-up turns (later human turns of HH-RLHF and MT-Bench dialogues). */
  readonly followups: readonly string[];
  /** App-shaped templates (self-instruct user-oriented: instruction + real inputs). */
  readonly apps: readonly AppTemplate[];
  /** User-contributed function-calling queries with their tools (BFCL live). */
  readonly toolUse: readonly ToolTask[];
  /** Multi-turn file-system/agent tasks (BFCL multi-turn) with the tool names they use. */
  readonly agentTasks: readonly ToolTask[];
  /** The tool names of BFCL's GorillaFileSystem class: the shared tool set of a popular open-source agent. */
  readonly agentToolSet: readonly string[];
  /** MT-Bench second turn by first turn. */
  readonly mtBenchSecond: ReadonlyMap<string, string>;
  /** Benchmark items by suite (gsm8k, mmlu, humaneval, mt-bench, limo-*). */
  readonly evalSuites: ReadonlyMap<string, readonly string[]>;
  /** In-the-wild jailbreak prompts and the forbidden questions set. */
  readonly jailbreaks: readonly string[];
  readonly forbidden: readonly string[];
  /** First human turns of HH-RLHF red-team dialogues (sensitive questions). */
  readonly sensitive: readonly string[];
  /** Distillation sets. */
  readonly codeInstructions: readonly PromptItem[];
  readonly evolInstructions: readonly PromptItem[];
  readonly toolbench: readonly ToolTask[];
  readonly glaive: readonly ToolTask[];
  readonly reasoningProblems: readonly PromptItem[];
  readonly codeSnippets: readonly string[];
  readonly magicoderTemplate: string;
  readonly alpacaMetaPrompt: string;
  /** Orca/Sensei explanation-tuning system messages (CoT elicitation). */
  readonly orcaSystem: readonly string[];
  /** Sensei system messages for code assistants (used as the popular agent's system prompt). */
  readonly codeSystem: readonly string[];
  /** MT-Bench judge prompts: { system, template } with {question}/{answer} slots. */
  readonly judgePrompts: readonly { system: string; template: string }[];
  /** Real model answers (GPT-4 alpaca-eval outputs, davinci-003 predictions) to grade. */
  readonly answers: readonly { question: string; answer: string }[];
}

/** Guess a language from script and stop words; 'en' when nothing else fits. */
export function guessLang(t: string): string {
  const sample = t.slice(0, 600);
  const count = (re: RegExp): number => (sample.match(re) ?? []).length;
  if (count(/[\u3040-\u30ff]/g) > 5) return 'ja';
  if (count(/[\u4e00-\u9fff]/g) > 8) return 'zh';
  if (count(/[\uac00-\ud7af]/g) > 5) return 'ko';
  if (count(/[\u0400-\u04ff]/g) > 12) return 'ru';
  if (count(/[\u0600-\u06ff]/g) > 12) return 'ar';
  const w = ` ${sample.toLowerCase().replace(/[^\p{L}\s]/gu, ' ')} `;
  const hits = (ws: string[]): number => ws.reduce((n, x) => n + (w.includes(` ${x} `) ? 1 : 0), 0);
  const scores: [string, number][] = [
    ['es', hits(['el', 'los', 'que', 'por', 'una', 'para', 'como', 'está'])],
    ['de', hits(['der', 'die', 'und', 'nicht', 'ist', 'ich', 'mit', 'ein'])],
    ['fr', hits(['le', 'les', 'est', 'une', 'pour', 'dans', 'avec', 'je'])],
    ['pt', hits(['não', 'uma', 'com', 'você', 'para', 'os', 'está', 'isso'])],
  ];
  scores.sort((a, b) => b[1] - a[1]);
  return scores[0]![1] >= 3 ? scores[0]![0] : 'en';
}

function item(text: string, source: string, topic: string): PromptItem {
  return { text, source, topic, lang: guessLang(text) };
}

/** Words that mark a red-team turn as unfit for an ordinary customer's follow-up. */
const HARMFUL = /\b(kill|murder|steal|rob|drug|bomb|weapon|gun|hack|racist|sex|porn|nigg|fag|bitch|fuck|shit|ass|cunt|dick|slut|whore|die|dead|hurt|poison|rape|cheat|lie|illegal|prison|jail|meth|cocaine|heroin|knife|shoot|abuse|torture|nazi|jew|muslim|black|white|gay|trans|fat|ugly|stupid|idiot|dumb|insult|bully|revenge|prank|suicide|blood|bleed|fake|forge|fraud|scam|threat|attack|lock|address|african|asian|mexican|words|mean|dummy|loser|touch|hard|damn|hell|sexy|naked|boob|breast|kid|wife|girl|boy|neighbor|house|money|police|cop)/i;

function humanTurns(transcript: string): string[] {
  return transcript
    .split('\n\nHuman: ')
    .slice(1)
    .map((x) => x.split('\n\nAssistant:')[0]!.trim())
    .filter((x) => x.length > 0);
}

export function loadPrompts(dir: string): PromptPools {
  const chat: PromptItem[] = [];
  const coding: PromptItem[] = [];
  for (const f of ['arena-hard/arena-hard-v0.1_question.jsonl', 'arena-hard/arena-hard-v2.0_question.jsonl']) {
    for (const r of readJsonl(dir, f)) {
      const text = str(r['prompt']);
      if (!text) continue;
      const sub = str(r['subcategory']) || str(r['cluster']) || str(r['category']);
      const it = item(text, 'arena-hard', `arena:${sub}`);
      if (/coding|code|program/i.test(sub) || /```|def |function |#include|SELECT /.test(text)) coding.push(it);
      else chat.push(it);
    }
  }
  const alpacaEval = readJson(dir, 'alpaca-eval-805/gpt4_model_outputs.json') as Record<string, unknown>[];
  const answers: { question: string; answer: string }[] = [];
  for (const r of alpacaEval) {
    chat.push(item(str(r['instruction']), 'alpaca-eval-805', `alpaca-eval:${str(r['dataset'])}`));
    answers.push({ question: str(r['instruction']), answer: str(r['output']) });
  }
  for (const r of readJsonl(dir, 'dolly-subset/dolly.jsonl')) {
    const m = /### Instruction:\n([\s\S]*?)\n\n### (?:Input|Response)/.exec(str(r['prompt']));
    if (m?.[1]) chat.push(item(m[1].trim(), 'dolly-subset', 'dolly'));
  }
  for (const r of readJsonl(dir, 'vicuna-80/vicuna_question_80.jsonl')) chat.push(item(str(r['text']), 'vicuna-80', `vicuna:${str(r['category'])}`));
  for (const r of readJson(dir, 'ultrachat-eval/ultra_eval.json') as Record<string, unknown>[]) {
    chat.push(item(str(r['data']), 'ultrachat-eval', `ultrachat:${str(r['class']).trim()}`));
  }
  const apps: AppTemplate[] = [];
  for (const r of readJsonl(dir, 'self-instruct/user_oriented_instructions.jsonl')) {
    const inputs = ((r['instances'] as { input?: string }[] | undefined) ?? []).map((x) => x.input ?? '').filter((x) => x.length > 0);
    apps.push({ app: str(r['motivation_app']), instruction: str(r['instruction']), inputs });
    chat.push(item(inputs[0] ? `${str(r['instruction'])}\n\n${inputs[0]}` : str(r['instruction']), 'self-instruct', `app:${str(r['motivation_app'])}`));
  }
  for (const r of readJsonl(dir, 'self-instruct/text-davinci-003_predictions.jsonl')) {
    answers.push({ question: str(r['prompt']), answer: str(r['completion']) });
  }

  const followups: string[] = [];
  const sensitive: string[] = [];
  for (const r of readJsonl(dir, 'hh-rlhf-harmless-test/harmless-base_test.jsonl')) {
    const turns = humanTurns(str(r['chosen']));
    if (turns[0]) sensitive.push(turns[0]);
    // Red-team dialogues: keep only short, generic later turns ("go on", "why?") as ordinary follow-ups.
    for (const t of turns.slice(1)) if (t.length <= 32 && !HARMFUL.test(t)) followups.push(t);
  }
  const evalSuites = new Map<string, string[]>();
  const mt: string[] = [];
  const mtBenchSecond = new Map<string, string>();
  for (const r of readJsonl(dir, 'mt-bench/mt_bench_question.jsonl')) {
    const turns = (r['turns'] as string[] | undefined) ?? [];
    if (turns[0]) mt.push(turns[0]);
    if (turns[0] && turns[1]) mtBenchSecond.set(turns[0], turns[1]);
  }
  evalSuites.set('mt-bench', mt);
  evalSuites.set('gsm8k', [...readJsonl(dir, 'gsm8k/test.jsonl'), ...readJsonl(dir, 'gsm8k/train.jsonl')].map((r) => str(r['question'])));
  const humaneval = readJsonl(dir, 'humaneval/HumanEval.jsonl');
  evalSuites.set('humaneval', humaneval.map((r) => str(r['prompt'])));
  const mmlu: string[] = [];
  const mmluDir = join(dir, 'mmlu', 'test');
  for (const f of readdirSync(mmluDir).sort()) {
    const rows = parseCsv(readText(dir, join('mmlu', 'test', f)));
    for (const row of rows.slice(1)) {
      if (row.length < 6) continue;
      mmlu.push(`${row[0]}\nA. ${row[1]}\nB. ${row[2]}\nC. ${row[3]}\nD. ${row[4]}`);
    }
  }
  evalSuites.set('mmlu', mmlu);
  const reasoningProblems: PromptItem[] = [];
  for (const s of ['aime', 'amc', 'gpqa', 'math', 'minerva', 'olympiadbench']) {
    const xs = readJsonl(dir, `reasoning-evalsets-limo/${s}_test.jsonl`).map((r) => str(r['problem']) || str(r['question'])).filter(Boolean);
    evalSuites.set(`limo-${s}`, xs);
    for (const x of xs) reasoningProblems.push(item(x, 'reasoning-evalsets-limo', s));
  }

  const jb = parseCsv(readText(dir, 'jailbreak-in-the-wild/jailbreak_prompts_2023_05_07.csv'));
  const jailbreaks = jb.slice(1).map((r) => r[2] ?? '').filter((x) => x.length > 0);
  const shield = parseCsv(readText(dir, 'jailbreakchat-shield/jailbreak_prompts.csv'));
  for (const r of shield.slice(1)) if (r[4]) jailbreaks.push(r[4]);
  const forbidden = parseCsv(readText(dir, 'jailbreak-in-the-wild/forbidden_question_set.csv'))
    .slice(1)
    .map((r) => r[3] ?? '')
    .filter(Boolean);

  const toolUse: ToolTask[] = [];
  for (const f of ['live_simple', 'live_multiple', 'live_parallel', 'live_parallel_multiple', 'live_relevance', 'live_irrelevance', 'simple_python', 'multiple']) {
    for (const r of readJsonl(dir, `gorilla-bfcl/BFCL_v4_${f}.json`)) {
      const q = (r['question'] as { role: string; content: string }[][] | undefined)?.[0];
      const user = q?.filter((m) => m.role === 'user').map((m) => m.content).join('\n');
      const fns = ((r['function'] as { name?: string }[] | undefined) ?? []).map((x) => x.name ?? '').filter(Boolean);
      if (user) toolUse.push({ text: user, tools: fns, source: 'gorilla-bfcl', followups: [] });
    }
  }
  const agentTasks: ToolTask[] = [];
  const fsTools = new Set<string>();
  for (const r of readJsonl(dir, 'gorilla-bfcl/BFCL_v4_multi_turn_base.json')) {
    const turns = ((r['question'] as { role: string; content: string }[][] | undefined) ?? []).map((t) => t.map((m) => m.content).join('\n'));
    const path = ((r['path'] as string[] | undefined) ?? []);
    for (const p of path) if (p.startsWith('GorillaFileSystem.')) fsTools.add(p.split('.')[1]!);
    const tools = [...new Set(path.map((p) => p.split('.')[1]!))];
    if (turns[0]) agentTasks.push({ text: turns[0], tools, source: 'gorilla-bfcl', followups: turns.slice(1) });
  }

  const codeInstructions: PromptItem[] = [];
  for (const f of ['code-alpaca/code_alpaca_2k.json', 'code-alpaca/new_codealpaca.json']) {
    for (const r of readJson(dir, f) as Record<string, unknown>[]) {
      const ins = str(r['instruction']);
      const inp = str(r['input']);
      if (ins) codeInstructions.push(item(inp ? `${ins}\n${inp}` : ins, 'code-alpaca', 'code'));
    }
  }
  const codeSnippets = [
    ...humaneval.map((r) => str(r['prompt']) + str(r['canonical_solution'])),
    ...(readJson(dir, 'code-alpaca/code_alpaca_2k.json') as Record<string, unknown>[]).map((r) => str(r['output'])).filter((x) => x.includes('\n')),
  ];
  const evolInstructions = readJsonl(dir, 'wizardlm-evol-testset/WizardLM_testset.jsonl').map((r) => item(str(r['Instruction']), 'wizardlm-evol-testset', str(r['Skill'])));
  const toolbench: ToolTask[] = [];
  for (const r of readJson(dir, 'toolbench/G1_query.json') as Record<string, unknown>[]) {
    toolbench.push({ text: str(r['query']), tools: ((r['api_list'] as { api_name?: string }[]) ?? []).map((a) => a.api_name ?? ''), source: 'toolbench', followups: [] });
  }
  for (const f of ['G1_category', 'G1_instruction', 'G1_tool', 'G2_category', 'G2_instruction', 'G3_instruction']) {
    const d = readJson(dir, `toolbench/tooleval_gpt-3.5-turbo_CoT_${f}.json`) as Record<string, Record<string, unknown>>;
    for (const v of Object.values(d)) {
      const tools = ((v['available_tools'] as { name?: string }[] | undefined) ?? []).map((t) => t.name ?? '').filter(Boolean);
      toolbench.push({ text: str(v['query']), tools, source: 'toolbench', followups: [] });
    }
  }
  const glaive: ToolTask[] = [];
  for (const r of readJson(dir, 'glaive-toolcall-demo/glaive_toolcall_en_demo.json') as Record<string, unknown>[]) {
    const conv = (r['conversations'] as { from: string; value: string }[]) ?? [];
    const human = conv.filter((c) => c.from === 'human').map((c) => c.value);
    let tools: string[] = [];
    try {
      tools = (JSON.parse(str(r['tools'])) as { name?: string }[]).map((t) => t.name ?? '').filter(Boolean);
    } catch {
      tools = [];
    }
    if (human[0]) glaive.push({ text: human[0], tools, source: 'glaive-toolcall-demo', followups: human.slice(1) });
  }
  const orca = readJson(dir, 'orca-system-messages/orca_system_messages.json') as { system_messages?: string[] };
  const sensei = readJson(dir, 'orca-system-messages/sensei_other_system_messages.json') as Record<string, string[]>;
  const judgePrompts = readJsonl(dir, 'mt-bench/judge_prompts.jsonl')
    .filter((r) => str(r['type']) === 'single' || /single/.test(str(r['name'])))
    .map((r) => ({ system: str(r['system_prompt']), template: str(r['prompt_template']) }));

  const all = [...chat, ...coding];
  return {
    chat: chat.filter((x) => x.text.length > 0),
    coding,
    nonEnglish: all.filter((x) => x.lang !== 'en'),
    followups,
    apps,
    toolUse,
    agentTasks,
    agentToolSet: [...fsTools].sort(),
    evalSuites,
    mtBenchSecond,
    jailbreaks,
    forbidden,
    sensitive,
    codeInstructions,
    evolInstructions,
    toolbench: toolbench.filter((t) => t.text.length > 0),
    glaive,
    reasoningProblems,
    codeSnippets,
    magicoderTemplate: readText(dir, 'magicoder-oss-instruct-prompt/prompt.txt'),
    alpacaMetaPrompt: readText(dir, 'stanford-alpaca/prompt.txt'),
    orcaSystem: (orca.system_messages ?? []).filter((s) => s.trim().length > 0),
    codeSystem: (sensei['SYSTEM_MESSAGES_CODE'] ?? []).map((s) => s.trim()),
    judgePrompts,
    answers: answers.filter((a) => a.question && a.answer),
  };
}
