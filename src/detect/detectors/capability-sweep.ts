// detect detector: breadth-first capability sweeps: an account exercising many capabilities evenly
// (effective number of capabilities), or one elicitation in many scripts (multilingual sweep), where
// a customer keeps to a few topics.
import { ruleDetector } from '../rule.js';

export const capabilitySweep = ruleDetector('capability-sweep', 2, 1.5, [
  { code: 'capability_breadth', feature: 'capBreadth', direction: 'high', floor: 0.5, gate: 3, weight: 0.4 },
  { code: 'capabilities_covered', feature: 'capCovered', direction: 'high', floor: 1, gate: 4, weight: 0.3 },
  { code: 'script_count', feature: 'scripts', direction: 'high', floor: 1, gate: 3, weight: 0.3 },
]);
