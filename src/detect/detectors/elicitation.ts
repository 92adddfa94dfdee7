// detect detector: systematic elicitation (per-exchange scores from enrich/prompt): chain-of-thought
// reconstruction, rubric grading, censorship-safe rewrites, synthetic-data and prompt extraction,
// as shares of the account's exchanges vs its cohort. Anthropic/OpenAI reports on distillation, Feb 2026.
import { appTemplateStrength } from '../app-template.js';
import { round, ruleDetector, type Rule } from '../rule.js';
import type { Detector } from '../types.js';

const share = (code: string, feature: Rule['feature']): Rule => ({
  code, feature, direction: 'high', floor: 0.02, gate: 0.08, weight: 0.5, isShare: true, reference: 'global',
});

const shares = ruleDetector('elicitation', 3, 4.0, [
  share('cot_elicitation_share', 'eli_cot_reconstruction'),
  share('rubric_grading_share', 'eli_rubric_grading'),
  share('safe_rewrite_share', 'eli_safe_rewrite'),
  share('synthetic_data_share', 'eli_synthetic_data'),
  share('prompt_extraction_share', 'eli_prompt_extraction'),
]);

/** The shares, counted less for one application's fixed template (app-template.ts). */
export const elicitation: Detector = {
  ...shares,
  detect(p, c) {
    const app = appTemplateStrength(p);
    const fs = shares.detect(p, c);
    if (app === 0) return fs;
    return fs.map((f) => ({ ...f, weight: round((f.weight ?? 0) * (1 - app)), detail: `${f.detail}; ${round(100 * app, 0)}% discounted as one application's fixed template` }));
  },
};
