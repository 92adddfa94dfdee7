// detect detector: window-level distribution test: distance (MMD, delta kernel per hashed feature
// group, bias-corrected) between the account's prompt/request feature histogram and its cohort's
// benign bulk. In the spirit of the MMD window test of Liu et al. 2026 for distillation queries.
import { ruleDetector } from '../rule.js';

export const promptDistribution = ruleDetector('prompt-distribution', 1, 1.0, [
  { code: 'window_mmd', feature: 'windowMmd', direction: 'high', floor: 0.02, gate: 0.1, weight: 0.25 },
]);
