import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DwError, ERROR_CODES } from '../src/errors.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') ? [p] : [];
  });
}

test('every error code is documented in the README', () => {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  for (const code of Object.keys(ERROR_CODES)) assert.ok(readme.includes(`\`${code}\``), `${code} is not in README.md`);
});

test('every code used in src is a registered code, and every registered code is used', () => {
  const used = new Set<string>();
  for (const f of sources(join(root, 'src'))) for (const m of readFileSync(f, 'utf8').matchAll(/'(DW_E_[A-Z_]+)'/g)) used.add(m[1]!);
  for (const code of used) assert.ok(code in ERROR_CODES, `${code} is used but not registered in src/errors.ts`);
  for (const code of Object.keys(ERROR_CODES)) assert.ok(used.has(code), `${code} is registered but never raised`);
});

test('a DwError names its record in its message', () => {
  const e = new DwError('DW_E_SCHEMA', "missing required field 'ts'", { source: 'x.jsonl', line: 7 });
  assert.equal(e.message, "x.jsonl:7: missing required field 'ts'");
  assert.equal(e.code, 'DW_E_SCHEMA');
});
