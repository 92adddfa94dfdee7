// detect detector: no conversation: a harvester sends independent one-shot prompts; a customer
// follows up and repeats itself. Weak on its own (API apps are one-shot too), hence its low cap.
import { ruleDetector } from '../rule.js';

export const oneShot = ruleDetector('one-shot', 2, 1.5, [
  // A harvester pays for new answers only: nearly every prompt is new content.
  { code: 'fresh_prompt_share', feature: 'noveltyPer100', direction: 'high', floor: 5, gate: 90, weight: 0.2 },
  { code: 'follow_up_share', feature: 'followUpShare', direction: 'low', floor: 0.05, gate: 0.1, weight: 0.3, isShare: true },
  { code: 'turns_per_conversation', feature: 'turnsPerConversation', direction: 'low', floor: 0.3, gate: 1.2, weight: 0.2 },
]);
