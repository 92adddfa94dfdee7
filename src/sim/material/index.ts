// Simulator material: everything the simulator reads from shared/data, loaded once per process.
import { materialDir } from './read.js';
import { loadNetwork, type NetworkSpace } from './network.js';
import { loadPrompts, type PromptPools } from './prompts.js';
import { loadTraces, type Traces } from './traces.js';

export interface Material {
  readonly dir: string;
  readonly prompts: PromptPools;
  readonly traces: Traces;
  readonly net: NetworkSpace;
}

const cache = new Map<string, Material>();

/** Loads (and caches) the material; throws DwError('DW_E_MATERIAL') naming what is missing. */
export function loadMaterial(explicitDir?: string): Material {
  const dir = materialDir(explicitDir);
  const hit = cache.get(dir);
  if (hit) return hit;
  const m: Material = { dir, prompts: loadPrompts(dir), traces: loadTraces(dir), net: loadNetwork(dir) };
  cache.set(dir, m);
  return m;
}

export { hasMaterial, materialDir } from './read.js';
export { intToIp, type NetClass, type NetRange, type NetworkSpace } from './network.js';
export type { AppTemplate, PromptItem, PromptPools, ToolTask } from './prompts.js';
export type { TokenPairs, Traces } from './traces.js';
