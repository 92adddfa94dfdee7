// Simulator public surface (src/sim): build and write traffic worlds, and check them for static-field
// leaks. Only src/eval and the CLI may import this; detection never does (a test holds that line).
export { buildWorld, WINDOW, type World, type WorldOptions, type CampaignInfo } from './world.js';
export { writeWorld, type WriteOptions, type WriteResult } from './write-world.js';
export { mergeStreams } from './merge.js';
export { SCENARIOS, SCENARIO_NAMES, DEFAULT_SCENARIO, DEFAULT_SCALE, DEFAULT_SEED, type Scenario, type BenignPopulation } from './scenarios.js';
export { LEAK_FIELDS, DEFAULT_LEAK_SCAN_OPTIONS, LeakAccumulator, leakScan, formatLeakScan, type LeakField, type LeakRule, type LeakScanResult } from './leak-scan.js';
export { leakScanDir, readExchanges } from './read-world.js';
export { loadMaterial, hasMaterial, type Material } from './material/index.js';
export { Rng } from './rng.js';
