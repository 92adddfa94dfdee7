// detect detector: asking for as much model output as possible: long outputs relative to inputs,
// outputs that hit max_tokens, visible reasoning requested. Distillers buy tokens of answer.
import { ruleDetector } from '../rule.js';

export const outputHarvest = ruleDetector('output-harvest', 1, 1.5, [
  { code: 'mean_log_output_tokens', feature: 'meanLogOut', direction: 'high', floor: 0.3, gate: Math.log(300), weight: 0.3 },
  { code: 'output_input_log_ratio', feature: 'outInLogRatio', direction: 'high', floor: 0.3, gate: 1, weight: 0.3 },
  { code: 'max_tokens_saturation', feature: 'saturationShare', direction: 'high', floor: 0.05, gate: 0.2, weight: 0.3, isShare: true },
  { code: 'thinking_share', feature: 'thinkingShare', direction: 'high', floor: 0.1, gate: 0.3, weight: 0.3, isShare: true },
]);
