// The line between simulator and detection: no file outside src/sim and src/eval imports src/sim,
// except the simulate command (the simulator's own I/O edge) and evaluation harness scripts
// (scripts/eval-*: simulate → analyze → score, the same side of the line as src/eval).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const ALLOWED = new Set(['src/cli/commands/simulate.ts']);

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? files(p) : /\.(ts|js|mjs)$/.test(n) ? [p] : [];
  });
}

describe('simulator boundary', () => {
  it('lets no detection or pipeline file import from src/sim', () => {
    const offenders: string[] = [];
    for (const f of [...files(join(ROOT, 'src')), ...files(join(ROOT, 'scripts'))]) {
      const rel = relative(ROOT, f).split('\\').join('/');
      if (rel.startsWith('src/sim/') || rel.startsWith('src/eval/') || rel.startsWith('scripts/eval-') || ALLOWED.has(rel)) continue;
      const text = readFileSync(f, 'utf8');
      for (const m of text.matchAll(/(?:from\s+|import\s*\(\s*|require\s*\(\s*)['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (!spec.startsWith('.')) continue;
        const target = relative(ROOT, resolve(dirname(f), spec)).split('\\').join('/');
        if (target === 'src/sim' || target.startsWith('src/sim/')) offenders.push(`${rel} → ${spec}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
