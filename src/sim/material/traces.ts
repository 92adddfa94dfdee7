// Simulator material: real traffic shape from production LLM traces (Azure LLM inference trace 2023,
// Splitwise ISCA'24; Mooncake FAST'25 conversation trace) → token-count pairs and inter-arrival gaps.
import { readJsonl, readText } from './read.js';

export interface TokenPairs {
  readonly input: Int32Array;
  readonly output: Int32Array;
}

export interface Traces {
  /** Azure chat service (ContextTokens, GeneratedTokens). */
  readonly chat: TokenPairs;
  /** Azure code-completion service. */
  readonly code: TokenPairs;
  /** Mooncake (Kimi) conversation trace: long-context requests. */
  readonly longContext: TokenPairs;
  /** Inter-arrival gaps of the Azure chat trace, normalised to mean 1 (burstiness shape, not rate). */
  readonly gapShape: Float64Array;
}

function azure(text: string): { pairs: TokenPairs; ts: number[] } {
  const lines = text.split('\n').slice(1).filter((l) => l.length > 0);
  const input = new Int32Array(lines.length);
  const output = new Int32Array(lines.length);
  const ts: number[] = [];
  lines.forEach((l, i) => {
    const [t, c, g] = l.split(',');
    input[i] = Number(c) || 0;
    output[i] = Number(g) || 0;
    ts.push(Date.parse(`${(t ?? '').replace(' ', 'T').slice(0, 23)}Z`));
  });
  return { pairs: { input, output }, ts };
}

export function loadTraces(dir: string): Traces {
  const conv = azure(readText(dir, 'azure-llm-trace-2023/AzureLLMInferenceTrace_conv.csv'));
  const code = azure(readText(dir, 'azure-llm-trace-2023/AzureLLMInferenceTrace_code.csv'));
  const moon = readJsonl(dir, 'mooncake-traces/conversation_trace.jsonl');
  const longContext: TokenPairs = {
    input: Int32Array.from(moon.map((r) => Number(r['input_length']) || 0)),
    output: Int32Array.from(moon.map((r) => Number(r['output_length']) || 0)),
  };
  const ts = conv.ts.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  const gaps: number[] = [];
  for (let i = 1; i < ts.length; i++) gaps.push(Math.max(1, ts[i]! - ts[i - 1]!));
  const mean = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
  return { chat: conv.pairs, code: code.pairs, longContext, gapShape: Float64Array.from(gaps.map((g) => g / mean)) };
}
