// Training I/O edge: reads the real material of shared/data (MANIFEST.md) into typed pools of
// prompts with the labels their source's role implies. Nothing is copied into the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DwError } from '../src/errors.js';
import type { Capability } from '../src/enrich/types.js';
import { parseCsv } from '../src/util/csv.js';

/** One real prompt and the capabilities its source implies. */
export interface RealItem {
  readonly source: string;
  readonly text: string;
  readonly caps: readonly Capability[];
  readonly system?: string;
  /** Extra elicitation labels implied by the source (e.g. generated tool queries → trajectory_harvest). */
  readonly elic?: readonly string[];
}

export interface Material {
  /** Labelled real prompts, by source. */
  readonly items: readonly RealItem[];
  /** Question pools for composition. */
  readonly mathQ: readonly string[];
  readonly codeQ: readonly string[];
  readonly generalQ: readonly string[];
  readonly sensitiveQ: readonly string[];
  /** (question, answer, other answer) triples for grader prompts. */
  readonly qa: readonly { q: string; a: string; b: string }[];
  /** MT-Bench judge prompts: system prompt + template with {question} {answer} ... slots. */
  readonly judges: readonly { system: string; template: string }[];
  /** Orca / Sensei explanation-tuning system messages. */
  readonly cotSystems: readonly string[];
  /** Generation meta-prompts (Alpaca, Code Alpaca, Magicoder OSS-Instruct). */
  readonly genPrompts: readonly string[];
  readonly seedTasks: readonly string[];
  readonly codeSnippets: readonly string[];
  /** Real tabular text (CSV rows of traces and benchmark files). */
  readonly tables: readonly string[];
  /** Subjects (MMLU subjects, WizardLM skills, Arena clusters). */
  readonly topics: readonly string[];
  /** Ordinary passages for benign rewriting (answers of alpaca-eval). */
  readonly passages: readonly string[];
}

/** The material directory: --material, then DISTILLWATCH_MATERIAL, then ../shared/data from the repo root. */
export function materialDir(arg?: string): string {
  const dir = resolve(arg ?? process.env.DISTILLWATCH_MATERIAL ?? join(process.cwd(), '..', 'shared', 'data'));
  if (!existsSync(join(dir, 'MANIFEST.md'))) {
    throw new DwError('DW_E_MATERIAL', `no material at ${dir}: prompt models need shared/data (MANIFEST.md, gsm8k, arena-hard, mt-bench, ...); pass --material DIR or set DISTILLWATCH_MATERIAL`);
  }
  return dir;
}

function read(dir: string, rel: string): string {
  const p = join(dir, rel);
  if (!existsSync(p)) throw new DwError('DW_E_MATERIAL', `material file missing: ${p}`);
  return readFileSync(p, 'utf8');
}

function jsonl(dir: string, rel: string): Record<string, unknown>[] {
  return read(dir, rel)
    .split('\n')
    .filter((l) => l.trim().length > 0)
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}


function csvObjects(dir: string, rel: string): Record<string, string>[] {
  const [head, ...rows] = parseCsv(read(dir, rel));
  if (!head) return [];
  return rows.filter((r) => r.length === head.length).map((r) => Object.fromEntries(head.map((h, i) => [h, r[i] ?? ''])));
}

const str = (x: unknown): string => (typeof x === 'string' ? x : '');

const CODE_WORDS = /python|java|code|program|script|sql|regex|typescript|rust|c\+\+|kotlin|android|django|flask|docker|kubernetes|linux|api|web|css|html|node|php|laravel|bot|cuda|shader|assembly|hdl|nix|git|unity|game|algorithm|linked list|array|deobfuscation|vba|gradio|huggingface|jax|pytorch|odoo|cron|ffmpeg/i;
const MATH_WORDS = /math|algebra|probability|number|calculat|prime|geometry|pi\b|puzzle|dice|irrational|statistics|fibonacci/i;
const DATA_WORDS = /data|excel|pandas|csv|pivot|visuali[sz]ation|matplotlib|statistic|standard deviation|analytics|spark|databricks|dataframe|econometric/i;

const CREATIVE_REQUEST = /^(please\s+)?(write|compose|create|draft|imagine)\b[^.?!\n]{0,60}\b(poem|story|song|lyrics|haiku|sonnet|limerick|novel|tale|fable|screenplay|script|dialogue|monologue|rap|ballad|short fiction)/i;

function arenaCaps(cluster: string, prompt: string): Capability[] {
  const caps: Capability[] = [];
  if (DATA_WORDS.test(cluster)) caps.push('data_analysis');
  if (CODE_WORDS.test(cluster) || /```/.test(prompt)) caps.push('agentic_coding');
  if (MATH_WORDS.test(cluster)) caps.push('reasoning_math');
  if (caps.length === 0) caps.push('general_chat');
  return caps;
}

function lastUserTurn(q: unknown): string {
  // BFCL: question = [[{role, content}], ...]; take the first turn's user content.
  if (!Array.isArray(q) || !Array.isArray(q[0])) return '';
  for (const m of q[0] as unknown[]) {
    const o = m as { role?: unknown; content?: unknown };
    if (o.role === 'user') return str(o.content);
  }
  return '';
}

function firstHuman(transcript: string): string {
  const m = /Human: ([\s\S]*?)(?:\n\nAssistant:|$)/.exec(transcript);
  return m ? m[1]!.trim() : '';
}

export function loadMaterial(dir: string): Material {
  const items: RealItem[] = [];
  const add = (source: string, text: string, caps: Capability[], extra: Partial<RealItem> = {}): void => {
    const t = text.trim();
    if (t.length === 0) return;
    // Label cleaning: general-chat sources hold creative requests too ("Write a poem about ...").
    const c = caps.length === 1 && caps[0] === 'general_chat' && CREATIVE_REQUEST.test(t) ? (['general_chat', 'creative_writing'] as Capability[]) : caps;
    items.push({ source, text: t, caps: c, ...extra });
  };

  // Coding.
  for (const r of jsonl(dir, 'humaneval/HumanEval.jsonl')) add('humaneval', str(r.prompt), ['agentic_coding']);
  const codeAlpaca = [
    ...(JSON.parse(read(dir, 'code-alpaca/code_alpaca_2k.json')) as Record<string, string>[]),
    ...(JSON.parse(read(dir, 'code-alpaca/new_codealpaca.json')) as Record<string, string>[]),
  ];
  const codeSnippets: string[] = [];
  for (const r of codeAlpaca) {
    const text = r.input ? `${r.instruction}\n${r.input}` : str(r.instruction);
    add('code-alpaca', text, ['agentic_coding']);
    const out = str(r.output);
    if (out.length > 60 && /[;{}()=]/.test(out)) codeSnippets.push(out);
  }
  // Arena (real chat users), MT-Bench, Vicuna, WizardLM, UltraChat eval.
  for (const r of jsonl(dir, 'arena-hard/arena-hard-v2.0_question.jsonl')) {
    const sub = str(r.subcategory);
    const caps: Capability[] = sub === 'coding' ? ['agentic_coding'] : sub === 'math' ? ['reasoning_math'] : sub === 'creative_writing' ? ['creative_writing'] : ['general_chat'];
    add('arena-hard-v2', str(r.prompt), caps);
  }
  const topics = new Set<string>();
  for (const r of jsonl(dir, 'arena-hard/arena-hard-v0.1_question.jsonl')) {
    const cluster = str(r.cluster);
    topics.add(cluster);
    const turns = r.turns as { content?: string }[] | undefined;
    const prompt = str(r.prompt) || str(turns?.[0]?.content);
    add('arena-hard-v0.1', prompt, arenaCaps(cluster, prompt));
  }
  const mtCaps: Record<string, Capability[]> = {
    writing: ['creative_writing'],
    roleplay: ['creative_writing'],
    reasoning: ['reasoning_math'],
    math: ['reasoning_math'],
    coding: ['agentic_coding'],
    extraction: ['data_analysis'],
    stem: ['general_chat'],
    humanities: ['general_chat'],
  };
  const mtQuestions: Record<number, string> = {};
  for (const r of jsonl(dir, 'mt-bench/mt_bench_question.jsonl')) {
    const turns = r.turns as string[];
    mtQuestions[r.question_id as number] = turns[0] ?? '';
    add('mt-bench', turns[0] ?? '', mtCaps[str(r.category)] ?? ['general_chat']);
  }
  const vicCaps: Record<string, Capability[]> = { writing: ['creative_writing'], roleplay: ['creative_writing'], coding: ['agentic_coding'], math: ['reasoning_math'], fermi: ['reasoning_math'] };
  for (const r of jsonl(dir, 'vicuna-80/vicuna_question_80.jsonl')) add('vicuna', str(r.text), vicCaps[str(r.category)] ?? ['general_chat']);
  for (const r of jsonl(dir, 'wizardlm-evol-testset/WizardLM_testset.jsonl')) {
    const skill = str(r.Skill);
    topics.add(skill);
    const caps: Capability[] = /Math|Reasoning/.test(skill)
      ? ['reasoning_math']
      : /Code|Computer Science/.test(skill)
        ? ['agentic_coding']
        : /Writ|Roleplay|Literature/.test(skill)
          ? ['creative_writing']
          : skill === 'Toxicity'
            ? ['policy_sensitive']
            : ['general_chat'];
    add('wizardlm', str(r.Instruction), caps);
  }
  for (const r of JSON.parse(read(dir, 'ultrachat-eval/ultra_eval.json')) as { class: string; data: unknown }[]) {
    const c = r.class.trim();
    const caps: Capability[] = c === 'Writing' ? ['creative_writing'] : /Math|Reasoning/.test(c) ? ['reasoning_math'] : ['general_chat'];
    const text = typeof r.data === 'string' ? r.data : Array.isArray(r.data) ? str(r.data[0]) : '';
    add('ultrachat-eval', text, caps);
  }
  // General human chat.
  const alpacaEval = JSON.parse(read(dir, 'alpaca-eval-805/gpt4_model_outputs.json')) as Record<string, string>[];
  for (const r of alpacaEval) add('alpaca-eval', str(r.instruction), ['general_chat']);
  for (const r of jsonl(dir, 'dolly-subset/dolly.jsonl')) {
    const p = str(r.prompt);
    const m = /### Instruction:\n([\s\S]*?)\n\n### Response:/.exec(p);
    add('dolly', m ? m[1]! : p, ['general_chat']);
  }
  for (const r of jsonl(dir, 'self-instruct/user_oriented_instructions.jsonl')) {
    const inst = (r.instances as { input?: string }[] | undefined)?.[0]?.input ?? '';
    add('self-instruct-user', inst ? `${str(r.instruction)}\n${inst}` : str(r.instruction), ['general_chat']);
  }
  // Math / reasoning.
  for (const r of jsonl(dir, 'gsm8k/train.jsonl')) add('gsm8k', str(r.question), ['reasoning_math']);
  for (const r of jsonl(dir, 'gsm8k/test.jsonl')) add('gsm8k', str(r.question), ['reasoning_math']);
  for (const f of ['aime', 'amc', 'gpqa', 'math', 'minerva', 'olympiadbench']) {
    for (const r of jsonl(dir, `reasoning-evalsets-limo/${f}_test.jsonl`)) add(`limo-${f}`, str(r.problem) || str(r.question), ['reasoning_math']);
  }
  const tables: string[] = [];
  const mmluDir = join(dir, 'mmlu', 'test');
  for (const f of readdirSync(mmluDir).sort()) {
    const subject = f.replace(/_test\.csv$/, '');
    topics.add(subject.replace(/_/g, ' '));
    const rows = csvObjects(dir, `mmlu/test/${f}`);
    const caps: Capability[] = /math|statistic|physics|chemistry|econometrics|logic/.test(subject) ? ['reasoning_math'] : ['general_chat'];
    for (const r of rows.slice(0, 40)) {
      add('mmlu', `${r.question}\nA. ${r.choice0}\nB. ${r.choice1}\nC. ${r.choice2}\nD. ${r.choice3}`, caps);
    }
  }
  // Tool use and agents.
  for (const f of ['live_simple', 'live_multiple', 'live_parallel', 'live_parallel_multiple', 'live_relevance', 'simple_python', 'multiple']) {
    for (const r of jsonl(dir, `gorilla-bfcl/BFCL_v4_${f}.json`)) add(`bfcl-${f}`, lastUserTurn(r.question), ['tool_use']);
  }
  for (const r of jsonl(dir, 'gorilla-bfcl/BFCL_v4_live_irrelevance.json').slice(0, 400)) add('bfcl-live_irrelevance', lastUserTurn(r.question), ['general_chat']);
  for (const r of jsonl(dir, 'gorilla-bfcl/BFCL_v4_multi_turn_base.json')) add('bfcl-multi_turn', lastUserTurn(r.question), ['tool_use', 'computer_use']);
  for (const r of jsonl(dir, 'gorilla-bfcl/apibench_torchhub_train.json')) {
    const m = /'Instruction': ([\s\S]*?), 'Output'/.exec(str(r.code));
    if (m) add('apibench', m[1]!, ['tool_use', 'agentic_coding'], { elic: ['trajectory_harvest'] });
  }
  for (const f of ['G1_query', 'G2_query', 'G3_query']) {
    for (const r of JSON.parse(read(dir, `toolbench/${f}.json`)) as Record<string, unknown>[]) add('toolbench', str(r.query), ['tool_use'], { elic: ['trajectory_harvest'] });
  }
  for (const f of readdirSync(join(dir, 'toolbench')).filter((x) => x.startsWith('tooleval_')).sort()) {
    const o = JSON.parse(read(dir, `toolbench/${f}`)) as Record<string, { query?: string }>;
    for (const v of Object.values(o)) add('toolbench', str(v.query), ['tool_use'], { elic: ['trajectory_harvest'] });
  }
  for (const r of JSON.parse(read(dir, 'glaive-toolcall-demo/glaive_toolcall_en_demo.json')) as { conversations: { from: string; value: string }[] }[]) {
    const human = r.conversations.find((c) => c.from === 'human')?.value ?? '';
    const usesTool = r.conversations.some((c) => c.from === 'function_call');
    add('glaive', human, usesTool ? ['tool_use'] : ['general_chat']);
  }
  // Policy-sensitive.
  const sensitiveQ: string[] = [];
  for (const r of csvObjects(dir, 'jailbreak-in-the-wild/forbidden_question_set.csv')) {
    sensitiveQ.push(r.question ?? '');
    add('forbidden', r.question ?? '', ['policy_sensitive']);
  }
  for (const r of csvObjects(dir, 'jailbreak-in-the-wild/jailbreak_prompts_2023_05_07.csv')) add('jailbreak-wild', r.prompt ?? '', ['policy_sensitive']);
  for (const r of csvObjects(dir, 'jailbreakchat-shield/jailbreak_prompts.csv')) add('jailbreak-shield', r.text ?? '', ['policy_sensitive']);
  for (const r of jsonl(dir, 'hh-rlhf-harmless-test/harmless-base_test.jsonl').slice(0, 1500)) {
    const h = firstHuman(str(r.chosen));
    sensitiveQ.push(h);
    add('hh-harmless', h, ['policy_sensitive']);
  }

  // Composition pools.
  const byCap = (c: Capability, maxLen = 1200): string[] =>
    items.filter((i) => i.caps.includes(c) && i.caps.length === 1 && i.text.length <= maxLen && !i.source.startsWith('jailbreak')).map((i) => i.text);
  const qa = alpacaEval
    .map((r, i) => ({ q: str(r.instruction), a: str(r.output), b: str(alpacaEval[(i * 7 + 3) % alpacaEval.length]?.output) }))
    .filter((x) => x.a.length > 0 && x.a.length < 2500 && x.b.length < 2500);
  for (const r of jsonl(dir, 'mt-bench/mt_bench_reference_answer_gpt-4.jsonl')) {
    const q = mtQuestions[r.question_id as number];
    const a = str((r.choices as { turns?: string[] }[] | undefined)?.[0]?.turns?.[0]);
    if (q && a) qa.push({ q, a, b: qa[qa.length % Math.max(1, qa.length)]?.a ?? a });
  }
  const judges = jsonl(dir, 'mt-bench/judge_prompts.jsonl').map((r) => ({ system: str(r.system_prompt), template: str(r.prompt_template) }));
  const orca = JSON.parse(read(dir, 'orca-system-messages/orca_system_messages.json')) as { system_messages: string[] };
  const sensei = JSON.parse(read(dir, 'orca-system-messages/sensei_other_system_messages.json')) as Record<string, string[]>;
  const cotSystems = [...orca.system_messages, ...Object.values(sensei).flat()].map((s) => s.trim()).filter((s) => s.length > 0);
  const genPrompts = [read(dir, 'stanford-alpaca/prompt.txt'), read(dir, 'code-alpaca/prompt.txt'), read(dir, 'magicoder-oss-instruct-prompt/prompt.txt')];
  const seedTasks = [
    ...jsonl(dir, 'self-instruct/seed_tasks.jsonl').map((r) => str(r.instruction)),
    ...jsonl(dir, 'code-alpaca/seed_tasks.jsonl').map((r) => str(r.instruction)),
  ];
  for (const f of ['azure-llm-trace-2023/AzureLLMInferenceTrace_code.csv', 'azure-llm-trace-2023/AzureLLMInferenceTrace_conv.csv']) {
    const lines = read(dir, f).split('\n');
    for (let i = 1; i + 8 < lines.length && tables.length < 400; i += 97) tables.push([lines[0], ...lines.slice(i, i + 8)].join('\n'));
  }
  for (const f of readdirSync(mmluDir).sort().slice(0, 57)) {
    const lines = read(dir, `mmlu/test/${f}`).split('\n').filter((l) => l.length < 200);
    if (lines.length > 6) tables.push(lines.slice(0, 6).join('\n'));
  }
  for (const r of jsonl(dir, 'mooncake-traces/conversation_trace.jsonl').slice(0, 4000).filter((_, i) => i % 40 === 0)) {
    tables.push(`timestamp,input_length,output_length\n${r.timestamp},${r.input_length},${r.output_length}`);
  }
  const passages = alpacaEval.map((r) => str(r.output)).filter((s) => s.length > 80 && s.length < 700);
  return {
    items,
    mathQ: byCap('reasoning_math', 900),
    codeQ: byCap('agentic_coding', 900),
    generalQ: byCap('general_chat', 600),
    sensitiveQ: sensitiveQ.filter((s) => s.length > 10 && s.length < 400),
    qa,
    judges,
    cotSystems,
    genPrompts,
    seedTasks,
    codeSnippets: codeSnippets.filter((s) => s.length < 1200),
    tables,
    topics: [...topics],
    passages,
  };
}
