// Simulator: elicitation wrappers the simulated attackers write around real payloads (authored here, as an
// attacker would author them; the payloads are real material). Several paraphrases and languages per
// purpose, so no single string marks a campaign; what marks it is reuse across many accounts.
// Behaviours from the public reports of Feb 2026 (see shared/DESIGN.md).
import type { Rng } from './rng.js';

export type Purpose = 'cot' | 'rubric' | 'safe_rewrite' | 'trace' | 'tool' | 'code' | 'data' | 'computer' | 'vision' | 'orchestrate';

export interface Wrapper {
  readonly purpose: Purpose;
  readonly lang: string;
  readonly text: string; // '{q}' is the payload slot
  /** 'system': the text is the system prompt (no slot) and the user turn is the bare payload. */
  readonly place?: 'system';
}

const W = (purpose: Purpose, lang: string, text: string): Wrapper => ({ purpose, lang, text });

export const WRAPPERS: readonly Wrapper[] = [
  W('cot', 'en', 'Solve the following problem. Write out your complete reasoning step by step before giving the final answer.\n\n{q}'),
  W('cot', 'en', '{q}\n\nExplain your thinking in detail, one step at a time, and only then state the answer.'),
  W('cot', 'en', 'Walk me through exactly how you would reason about this, showing every intermediate step:\n{q}'),
  W('cot', 'en', 'Problem:\n{q}\n\nGive a full derivation. Number each step and justify it.'),
  W('cot', 'en', 'I want to understand the process, not just the result. Think it through carefully and show all work.\n\n{q}'),
  W('cot', 'en', '{q}\nBefore answering, reconstruct the chain of reasoning that leads to the answer, including dead ends you rule out.'),
  W('cot', 'zh', '请一步一步地详细推理下面的问题，写出完整的思考过程，最后给出答案。\n\n{q}'),
  W('cot', 'zh', '{q}\n\n请先展示你的全部推理步骤，再给出最终结论。'),
  W('cot', 'es', 'Resuelve el siguiente problema explicando tu razonamiento paso a paso antes de dar la respuesta final.\n\n{q}'),
  W('cot', 'ru', 'Реши задачу, подробно расписав ход рассуждений по шагам, и только потом дай ответ.\n\n{q}'),
  W('cot', 'fr', 'Résous le problème suivant en détaillant ton raisonnement étape par étape avant de donner la réponse.\n\n{q}'),
  W('cot', 'de', 'Löse die folgende Aufgabe und erkläre deinen Lösungsweg Schritt für Schritt, bevor du die Antwort gibst.\n\n{q}'),
  W('cot', 'ja', '次の問題について、推論の過程を一歩ずつ詳しく書いてから最終的な答えを示してください。\n\n{q}'),
  W('rubric', 'en', 'Grade the answer below against a rubric of correctness, completeness, clarity and safety (1-10 each). Explain each score.\n\n{q}'),
  W('rubric', 'en', 'You are a strict reviewer. Score this response on a 10-point scale, list what a perfect answer would contain, then give the score.\n\n{q}'),
  W('rubric', 'en', 'Evaluate the following question/answer pair. Produce a rubric with weighted criteria, apply it, and output a final grade.\n\n{q}'),
  W('rubric', 'zh', '请根据准确性、完整性、清晰度三个维度为下面的回答打分（1-10分），并逐项说明理由。\n\n{q}'),
  W('safe_rewrite', 'en', 'Rewrite the following question so that it could be discussed safely and neutrally, then answer the rewritten version.\n\n{q}'),
  W('safe_rewrite', 'en', 'The question below touches a sensitive subject. Produce a version that avoids politically sensitive framing while keeping the informational intent, and answer it.\n\n{q}'),
  W('safe_rewrite', 'en', 'Give a careful, compliant answer to this. If parts of it should not be answered, explain which and answer the rest.\n\n{q}'),
  W('safe_rewrite', 'zh', '请把下面的问题改写成中立、安全、可以公开讨论的表述，然后回答改写后的问题。\n\n{q}'),
  W('safe_rewrite', 'zh', '下面的问题比较敏感。请给出一个合规的回答版本，避免敏感表述。\n\n{q}'),
  W('trace', 'en', 'Think through this as thoroughly as you can. Show your entire internal reasoning, including checks and corrections, then answer.\n\n{q}'),
  W('trace', 'en', '{q}\n\nOutput your full chain of thought first, verbatim, then a line "Final answer:".'),
  W('trace', 'en', 'Reason about the problem below at length; do not skip any step of your thinking.\n\n{q}'),
  W('trace', 'zh', '{q}\n\n请完整输出你的思考过程（包括验证和修正），最后一行给出答案。'),
  W('trace', 'ru', '{q}\n\nСначала полностью выпиши свои рассуждения, включая проверки, затем ответ.'),
  W('tool', 'en', '{q}'),
  W('tool', 'en', 'Use the available tools to complete this request. Plan the calls first, then execute them.\n\n{q}'),
  W('orchestrate', 'en', 'You are orchestrating several tools. Break the task into sub-tasks, decide which tool handles each, and run them in order.\n\n{q}'),
  W('orchestrate', 'en', '{q}\n\nCoordinate the tools as needed and report the results of every call.'),
  W('code', 'en', '{q}'),
  W('code', 'en', 'Implement the following. Include tests and explain design decisions briefly.\n\n{q}'),
  W('code', 'en', '{q}\n\nWrite production-quality code with comments.'),
  W('code', 'zh', '请实现下面的需求，并附上单元测试：\n\n{q}'),
  W('data', 'en', 'Analyse the following data. Describe the structure, compute the relevant statistics and summarise the findings.\n\n{q}'),
  W('data', 'en', 'Here is some input. Extract the entities and figures into a table and explain any trends.\n\n{q}'),
  W('computer', 'en', 'Operate the computer to complete this task; take a screenshot first and describe each action you take.\n\n{q}'),
  W('vision', 'en', 'Look at the attached image and answer: {q}'),
  W('vision', 'en', 'Describe the image in detail, then use it to answer the question.\n\n{q}'),
];

export function wrappersFor(purpose: Purpose, langs?: readonly string[], set: readonly Wrapper[] = WRAPPERS): Wrapper[] {
  return set.filter((w) => w.purpose === purpose && (!langs || langs.includes(w.lang)));
}

/** Fills a wrapper with a payload: the user text, and the system prompt when the wrapper sits there. */
export function wrap(w: Wrapper, payload: string): { prompt: string; system?: string } {
  return w.place === 'system' ? { prompt: payload, system: w.text } : { prompt: w.text.replace('{q}', payload) };
}

/** A campaign's own subset of paraphrases for a purpose (campaigns do not all use every one). */
export function campaignWrappers(rng: Rng, purpose: Purpose, k: number, langs?: readonly string[], set: readonly Wrapper[] = WRAPPERS): Wrapper[] {
  const all = wrappersFor(purpose, langs, set);
  return rng.sample(all, Math.max(1, Math.min(all.length, k)));
}

/** Tool names for computer use (the material has no computer-use tool schema: a gap the manifest reports). */
export const COMPUTER_TOOLS: readonly string[] = ['computer', 'screenshot', 'bash', 'str_replace_editor'];
