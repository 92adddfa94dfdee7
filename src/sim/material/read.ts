// Simulator material I/O: locates ../shared/data (or --material / DISTILLWATCH_MATERIAL) and reads its
// files. Material is read at run time and never copied into the repository (see shared/data/MANIFEST.md).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DwError } from '../../errors.js';

/** Root of the repository (two levels above src/sim/material). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');

/** The material directory: explicit option, then DISTILLWATCH_MATERIAL, then ../shared/data. */
export function materialDir(explicit?: string): string {
  const dir = explicit ?? process.env['DISTILLWATCH_MATERIAL'] ?? join(REPO_ROOT, '..', 'shared', 'data');
  if (!existsSync(join(dir, 'arena-hard'))) {
    throw new DwError('DW_E_MATERIAL', `real material not found at ${dir}: the simulator needs shared/data (arena-hard, gsm8k, azure-llm-trace-2023, vpn-datacenter-asn-x4bnet, ...; see MANIFEST.md); pass --material DIR or set DISTILLWATCH_MATERIAL`);
  }
  return dir;
}

/** True when the material is present (tests skip with a reason otherwise). */
export function hasMaterial(explicit?: string): boolean {
  try {
    materialDir(explicit);
    return true;
  } catch {
    return false;
  }
}

export function readText(dir: string, rel: string): string {
  const p = join(dir, rel);
  try {
    return readFileSync(p, 'utf8');
  } catch {
    throw new DwError('DW_E_MATERIAL', `missing material file ${p}`);
  }
}

export function readJsonl(dir: string, rel: string): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const line of readText(dir, rel).split('\n')) {
    const t = line.trim();
    if (!t) continue;
    try {
      out.push(JSON.parse(t) as Record<string, unknown>);
    } catch {
      // a torn line in third-party material is skipped, not fatal
    }
  }
  return out;
}

export function readJson(dir: string, rel: string): unknown {
  return JSON.parse(readText(dir, rel)) as unknown;
}

export { parseCsv } from '../../util/csv.js';

export function str(x: unknown): string {
  return typeof x === 'string' ? x : '';
}
