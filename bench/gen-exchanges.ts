// Bench input: deterministic, realistic exchange JSONL (~400 bytes a line) for throughput runs.
// A seeded generator (mulberry32), so every run and every machine times the same bytes.
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

export { mulberry32 } from '../src/util/rng.js';
import { mulberry32 } from '../src/util/rng.js';

const MODELS = ['frontier-l-0226', 'frontier-m-0226', 'frontier-s-1025'];
const CHANNELS = ['api', 'api', 'api', 'console', 'cloud:bedrock', 'cloud:vertex'];
const AGENTS = [
  'python-httpx/0.27.0',
  'anthropic-sdk-python/0.40.0',
  'openai-node/4.77.0',
  'curl/8.5.0',
  'Mozilla/5.0 (X11; Linux x86_64)',
];
const STOPS = ['end_turn', 'end_turn', 'end_turn', 'max_tokens', 'tool_use'];
const TOOLS = ['bash', 'read_file', 'write_file', 'search', 'python', 'browser'];
const OPENERS = [
  'Explain step by step how',
  'Write a function that',
  'Summarize the following text about',
  'What are the trade-offs when',
  'Translate into French:',
  'Reason carefully and show your work:',
  'Refactor this code so that',
  'Give three examples of',
];
const TOPICS = [
  'a hash map resizes its buckets under load',
  'the central bank sets interest rates in a downturn',
  'photosynthesis converts light into chemical energy',
  'a TCP connection recovers from packet loss',
  'merge sort compares to quicksort on nearly sorted data',
  'vaccines train the adaptive immune system',
  'a compiler performs register allocation',
  'the Roman republic became an empire',
];

/** Renders line i of the deterministic world (accounts follow a skewed, Zipf-like spread). */
export function exchangeLine(i: number, rnd: () => number): string {
  const acct = Math.floor(Math.pow(rnd(), 2) * 5000);
  const ms = Date.UTC(2026, 1, 1) + i * 37 + Math.floor(rnd() * 1000);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)] as T;
  const nTools = rnd() < 0.3 ? 1 + Math.floor(rnd() * 3) : 0;
  const tools: string[] = [];
  for (let k = 0; k < nTools; k++) tools.push(pick(TOOLS));
  const x: Record<string, unknown> = {
    id: `ex-${i.toString(36).padStart(8, '0')}`,
    ts: new Date(ms).toISOString(),
    account_id: `acct-${acct.toString().padStart(5, '0')}`,
    channel: pick(CHANNELS),
    ip: `${(acct % 200) + 23}.${(acct * 7) % 256}.${Math.floor(rnd() * 256)}.${Math.floor(rnd() * 254) + 1}`,
    user_agent: pick(AGENTS),
    model: pick(MODELS),
    turn_index: Math.floor(rnd() * 4),
    prompt: `${pick(OPENERS)} ${pick(TOPICS)}?`,
    input_tokens: 20 + Math.floor(rnd() * 2000),
    output_tokens: 50 + Math.floor(rnd() * 1500),
    status: rnd() < 0.98 ? 200 : 429,
    stop_reason: pick(STOPS),
    latency_ms: Math.round(300 + rnd() * 9000),
  };
  // Optional fields are present only on part of the traffic, as in real gateway logs.
  if (acct % 2 === 0) x.org_id = `org-${(acct % 900).toString().padStart(4, '0')}`;
  if (rnd() < 0.25) x.thinking = true;
  if (rnd() < 0.4) x.temperature = Math.round(rnd() * 10) / 10;
  if (rnd() < 0.7) x.max_tokens = pick([1024, 2048, 4096, 8192]);
  if (rnd() < 0.3) x.conversation_id = `conv-${acct}-${Math.floor(i / 7)}`;
  if (tools.length > 0) {
    x.tool_names = tools;
    x.tool_calls = Math.floor(rnd() * 3);
  }
  return JSON.stringify(x);
}

/** Writes n lines to path (seeded by seed); resolves with the byte count written. */
export async function writeExchangesFile(path: string, n: number, seed = 42): Promise<number> {
  const rnd = mulberry32(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  let buf: string[] = [];
  for (let i = 0; i < n; i++) {
    buf.push(exchangeLine(i, rnd));
    if (buf.length === 2000 || i === n - 1) {
      const chunk = buf.join('\n') + '\n';
      bytes += Buffer.byteLength(chunk);
      buf = [];
      if (!out.write(chunk)) await once(out, 'drain');
    }
  }
  out.end();
  await once(out, 'finish');
  return bytes;
}
