// The tree reads in the order the data moves: a stage imports only stages upstream of it, and the
// pure stages (enrich → respond) import no I/O edge (ingest, store, cli, sim, eval).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const src = fileURLToPath(new URL('../src/', import.meta.url));

/** Position of each folder in the data flow; a folder may import only folders of lower rank. */
const RANK: Readonly<Record<string, number>> = {
  'errors.ts': 0,
  util: 0,
  schema: 1,
  enrich: 2,
  profile: 3,
  detect: 4,
  link: 5,
  attribute: 6,
  respond: 7,
  pipeline: 8,
  report: 9,
};
/** Edges (I/O) and evaluation: what each may import besides errors and schema. */
const EDGE_ALLOWED: Readonly<Record<string, readonly string[]>> = {
  ingest: [],
  store: [],
  // The simulator writes the evaluator's ground-truth contract (src/eval/labels.ts).
  sim: ['eval'],
  eval: [],
  cli: ['*'],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

function folderOf(path: string): string {
  const rel = relative(src, path);
  return rel.includes('/') ? rel.split('/')[0]! : rel.replace(/\.js$/, '.ts');
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n;]*?from\s+'(\.[^']+)'/g)) out.push(resolve(dirname(file), m[1]!));
  for (const m of text.matchAll(/import\(\s*'(\.[^']+)'\s*\)/g)) out.push(resolve(dirname(file), m[1]!));
  return out.filter((p) => p.startsWith(src));
}

test('stages import only upstream stages, and pure stages import no I/O edge', () => {
  const bad: string[] = [];
  for (const f of files(src)) {
    const from = folderOf(f);
    for (const target of imports(f)) {
      const to = folderOf(target);
      if (to === from || to === 'errors.ts' || to === 'schema' || to === 'util') continue;
      if (from in EDGE_ALLOWED) {
        const ok = EDGE_ALLOWED[from]!;
        if (!ok.includes('*') && !ok.includes(to)) bad.push(`${relative(src, f)} → ${to}`);
        continue;
      }
      const rf = RANK[from];
      const rt = RANK[to];
      if (rf === undefined || rt === undefined || rt >= rf) bad.push(`${relative(src, f)} → ${to}`);
    }
  }
  assert.deepEqual(bad, [], `backward or edge imports:\n${bad.join('\n')}`);
});
