// detect stage: the registered detectors. Adding one: a file in detectors/ and a line here; the
// shared contract suite (test/detect/detector.contract.ts) runs against every entry.
import type { Detector } from './types.js';
import { accountTrust } from './detectors/account-trust.js';
import { benignPatterns } from './detectors/benign-patterns.js';
import { capabilitySweep } from './detectors/capability-sweep.js';
import { elicitation } from './detectors/elicitation.js';
import { elicitationExcess } from './detectors/elicitation-excess.js';
import { elicitationPersistence } from './detectors/elicitation-persistence.js';
import { machineCadence } from './detectors/machine-cadence.js';
import { network } from './detectors/network.js';
import { newModelRush } from './detectors/new-model-rush.js';
import { oneShot } from './detectors/one-shot.js';
import { outputHarvest } from './detectors/output-harvest.js';
import { promptDistribution } from './detectors/prompt-distribution.js';
import { toolHarvest } from './detectors/tool-harvest.js';

export const DETECTORS: readonly Detector[] = Object.freeze([
  elicitation,
  elicitationExcess,
  elicitationPersistence,
  capabilitySweep,
  oneShot,
  outputHarvest,
  machineCadence,
  toolHarvest,
  newModelRush,
  network,
  accountTrust,
  promptDistribution,
  benignPatterns,
]);
