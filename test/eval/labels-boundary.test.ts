// Architecture check: ground truth stays with evaluation. Everything outside src/eval (which owns the
// labels contract and the eval command) and src/sim (which writes labels) never names the labels
// contract or a population, imports the Label type, or reads a labels file; and nothing but the CLI's
// command registry and the simulate command imports from src/eval or src/sim.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const SRC = join(ROOT, 'src');
const ALLOWED = ['src/eval/', 'src/sim/'];
/** May import (only import) from src/eval or src/sim: the command registry and the simulate command. */
const IMPORTERS = ['src/cli/main.ts', 'src/cli/commands/simulate.ts'];
const FORBIDDEN: readonly [RegExp, string][] = [
  [/\bimport\s+(type\s+)?\{[^}]*\bLabel\b[^}]*\}/, 'imports the Label type'],
  [/['"]labels['"]/, "names the 'labels' contract"],
  [/labels\.jsonl/, 'reads a labels file'],
  [/from\s+['"][./]*(?:\.\.\/)*(?:eval|sim)\/[^'"]*['"]/, 'imports from src/eval or src/sim'],
  [/\bpopulations?\b|\binterface Label\b/, 'names a population or defines the Label type'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('labels boundary', () => {
  it('keeps labels, the simulator and evaluation out of every detection module', () => {
    const offences: string[] = [];
    for (const f of files(SRC)) {
      const rel = relative(ROOT, f).split(sep).join('/');
      if (ALLOWED.some((a) => rel.startsWith(a))) continue;
      const text = readFileSync(f, 'utf8');
      for (const [i, [re, why]] of FORBIDDEN.entries()) if (re.test(text) && !(i === 3 && IMPORTERS.includes(rel))) offences.push(`${rel} ${why}`);
    }
    assert.deepEqual(offences, []);
  });

  it('would notice a detection module that reads labels', () => {
    const sample = "import type { Exchange, Label } from '../schema/index.js';\nimport { x } from '../eval/index.js';";
    assert.ok(FORBIDDEN[0]?.[0].test(sample));
    assert.ok(FORBIDDEN[3]?.[0].test(sample));
    assert.ok(FORBIDDEN[4]?.[0].test('const fpr = byPopulation.get(x.population);'));
  });
});
