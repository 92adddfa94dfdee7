// detect detector: reaction to a newly launched model: the share of an existing account's traffic
// moved to the new model on its launch day and the next (one reported campaign moved about half its
// traffic within 24 h).
import { ruleDetector } from '../rule.js';

export const newModelRush = ruleDetector('new-model-rush', 1, 1.0, [
  { code: 'new_model_rush_share', feature: 'newModelRush', direction: 'high', floor: 0.1, gate: 0.3, weight: 0.3 },
]);
