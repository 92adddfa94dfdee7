// `npm run eval:ablations [-- --scenarios camouflage,mimicry --seed 1 --scale 0.002 --out DIR --doc F]`:
// what detection still finds when a provider's logs lack something. One simulated world per
// scenario, then the same world with fields taken away the way real logs lack them (prompt text
// kept only as a prompt_sketch, no network fields, no account registry, no conversation ids, only
// the first week), each analysed and scored like eval:scenarios. Writes DIR/ablations.md (and
// splices it into F between the ablations:start / ablations:end markers).
import { createReadStream, createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { sketchPrompt } from '../src/enrich/prompt/index.js';
import type { Metrics } from '../src/eval/index.js';
import { writeWorld } from '../src/sim/index.js';
import { analyzeAndScore, readLabels, spliceDoc } from './eval-run.js';

type Row = Record<string, unknown>;

interface Variant {
  readonly name: string;
  readonly what: string;
  /** Rewrites one exchange (undefined drops it). */
  readonly map?: (x: Row, startMs: number) => Row | undefined;
  readonly noRegistry?: boolean;
}

const WEEK_MS = 7 * 86_400_000;

export const VARIANTS: readonly Variant[] = [
  { name: 'full', what: 'every field' },
  {
    name: 'sketch-only',
    what: 'no prompt text: prompt and system prompt replaced by their prompt_sketch (a privacy-mode log)',
    map: (x) => {
      const { prompt, system_prompt, ...rest } = x;
      if (typeof prompt !== 'string' && typeof system_prompt !== 'string') return rest;
      return { ...rest, prompt_sketch: sketchPrompt(typeof prompt === 'string' ? prompt : '', typeof system_prompt === 'string' ? { systemPrompt: system_prompt } : {}) };
    },
  },
  {
    name: 'no-network',
    what: 'no ip, TLS fingerprint or user agent (a gateway that does not log them)',
    map: (x) => {
      const { ip, tls_fingerprint, user_agent, ...rest } = x;
      return rest;
    },
  },
  { name: 'no-registry', what: 'no account registry (no tier, age, verification, payment, email domain, org)', noRegistry: true },
  {
    name: 'no-conversations',
    what: 'no conversation ids or turn indexes',
    map: (x) => {
      const { conversation_id, turn_index, ...rest } = x;
      return rest;
    },
  },
  { name: 'first-week', what: 'only the first 7 days of traffic (labels: accounts seen in them)', map: (x, start) => (Date.parse(String(x.ts)) < start + WEEK_MS ? x : undefined) },
];

async function rewrite(src: string, dst: string, v: Variant): Promise<{ accounts: Set<string> }> {
  const out = createWriteStream(dst);
  const accounts = new Set<string>();
  let start = NaN;
  for await (const line of createInterface({ input: createReadStream(src), crlfDelay: Infinity })) {
    if (line.length === 0) continue;
    const x = JSON.parse(line) as Row;
    if (!Number.isFinite(start)) start = Date.parse(String(x.ts));
    const y = v.map ? v.map(x, start) : x;
    if (!y) continue;
    accounts.add(String(y.account_id));
    if (!out.write(JSON.stringify(y) + '\n')) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { accounts };
}

const pct = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : `${(100 * x).toFixed(1)}%`);
const n3 = (x: number | null | undefined): string => (x === null || x === undefined ? '—' : x.toFixed(3));

function row(scenario: string, v: Variant, m: Metrics): string[] {
  const a = m.accounts;
  const benign = m.populations.filter((p) => p.label === 'benign');
  const flagged = benign.reduce((s, p) => s + p.flaggedSuspicious, 0);
  const total = benign.reduce((s, p) => s + p.accounts, 0);
  return [
    scenario, v.name,
    `${pct(a.distillation.precision)} / ${pct(a.distillation.recall)}`,
    `${pct(a.suspiciousOrWorse.precision)} / ${pct(a.suspiciousOrWorse.recall)}`,
    `${pct(total > 0 ? flagged / total : null)} (${flagged})`,
    n3(a.rocAuc), n3(m.campaigns.ari),
    `${m.attribution.correct}/${m.attribution.attributable}, ${m.attribution.falseAttributions} false`,
    m.delay ? pct(m.delay.median) : '—',
  ];
}

async function main(): Promise<void> {
  const { values: f } = parseArgs({ options: { scenarios: { type: 'string' }, seed: { type: 'string' }, scale: { type: 'string' }, out: { type: 'string' }, doc: { type: 'string' }, variants: { type: 'string' } } });
  const scenarios = (f.scenarios ?? 'camouflage,mimicry').split(',').map((s) => s.trim()).filter(Boolean);
  const seed = Number(f.seed ?? 1);
  const scale = Number(f.scale ?? 0.002);
  const pick = f.variants ? new Set(f.variants.split(',')) : undefined;
  const variants = VARIANTS.filter((v) => !pick || pick.has(v.name));
  const outDir = f.out ?? join('out', 'eval-ablations');
  const rows: string[][] = [];
  const t0 = performance.now();
  for (const scenario of scenarios) {
    const worldDir = join(outDir, 'worlds', `${scenario}-s${seed}`);
    await writeWorld({ scenario, seed, scale, outDir: worldDir });
    const labels = await readLabels(join(worldDir, 'labels.jsonl'));
    for (const v of variants) {
      process.stderr.write(`${scenario} seed ${seed}: ${v.name}...\n`);
      const dir = join(outDir, 'runs', `${scenario}-s${seed}-${v.name}`);
      mkdirSync(dir, { recursive: true });
      const exchanges = join(dir, 'exchanges.jsonl');
      const { accounts } = await rewrite(join(worldDir, 'exchanges.jsonl'), exchanges, v);
      const lpath = join(dir, 'labels.jsonl');
      writeFileSync(lpath, labels.filter((l) => accounts.has(l.account_id)).map((l) => JSON.stringify(l)).join('\n') + '\n');
      const { metrics } = await analyzeAndScore({ exchanges, ...(v.noRegistry ? {} : { accounts: join(worldDir, 'accounts.jsonl') }), actors: join(worldDir, 'actors.jsonl'), labels: lpath, runDir: dir });
      rows.push(row(scenario, v, metrics));
    }
  }
  const head = ['scenario', 'logs lack', 'distillation P / R', 'suspicious+ P / R', 'benign FPR', 'ROC AUC', 'ARI', 'attribution', 'median delay'];
  const md = [
    `Run ${new Date().toISOString().slice(0, 16)} UTC: \`npm run eval:ablations -- --scenarios ${scenarios.join(',')} --seed ${seed} --scale ${scale}\` (${((performance.now() - t0) / 60_000).toFixed(1)} min).`,
    '',
    ...variants.map((v) => `- **${v.name}**: ${v.what}`),
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map((_, i) => (i < 2 ? ':--' : '--:')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ].join('\n');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'ablations.md'), md);
  if (f.doc) spliceDoc(f.doc, 'ablations', 'npm run eval:ablations', md);
  process.stdout.write(md);
}

await main();
