// detect detector: agentic-trajectory harvesting: tool schemas declared but the conversation never
// continues with tool results (a real agent loops; a harvester keeps the first tool-call plan).
import { ruleDetector } from '../rule.js';

export const toolHarvest = ruleDetector('tool-harvest', 3, 2.0, [
  { code: 'tools_declared_never_continued', feature: 'toolHarvest', direction: 'high', floor: 0.05, gate: 0.3, weight: 0.3, isShare: true, reference: 'global' },
  { code: 'trajectory_harvest_share', feature: 'eli_trajectory_harvest', direction: 'high', floor: 0.02, gate: 0.05, weight: 0.5, isShare: true, reference: 'global' },
]);
