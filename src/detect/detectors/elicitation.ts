// detect detector: systematic elicitation (per-exchange scores from enrich/prompt): chain-of-thought
// reconstruction, rubric grading, censorship-safe rewrites, synthetic-data and prompt extraction,
// as shares of the account's exchanges vs its cohort. Anthropic/OpenAI reports on distillation, Feb 2026.
import { ruleDetector, type Rule } from '../rule.js';

const share = (code: string, feature: Rule['feature']): Rule => ({
  code, feature, direction: 'high', floor: 0.02, gate: 0.08, weight: 0.5, isShare: true, reference: 'global',
});

export const elicitation = ruleDetector('elicitation', 3, 4.0, [
  share('cot_elicitation_share', 'eli_cot_reconstruction'),
  share('rubric_grading_share', 'eli_rubric_grading'),
  share('safe_rewrite_share', 'eli_safe_rewrite'),
  share('synthetic_data_share', 'eli_synthetic_data'),
  share('prompt_extraction_share', 'eli_prompt_extraction'),
]);
