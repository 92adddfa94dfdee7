// detect stage: how much an account's traffic looks like one customer's application: nearly all of
// it one or a few templates (the same instructions with fresh slots: an LLM judge over its customers'
// answers, a grading or tagging pipeline) from stable hosting (few networks, no anonymizers). Such an account
// asks for reasoning, grades or data because its product does: one decision, configured once and
// repeated, not a sweep of the model. The elicitation detectors count its elicitation that much less.
// What it does not cover: the same fixed template from rotating proxy exits (no application hosts
// itself that way), and the same template on many accounts, which linking ties into a campaign.
import { ramp } from './pattern.js';
import type { Profile } from './types.js';

/** Exchanges with text below which one template's dominance says nothing. */
export const APP_TEMPLATE_MIN_TEXT = 200;

/** Strength in [0,1]: 1 for one to three templates from stable hosting, 0 for varied wording (six or more) or rotating networks. */
export function appTemplateStrength(p: Profile): number {
  const v = p.features.values;
  const withText = p.state.n - p.state.noText;
  if (!(withText >= APP_TEMPLATE_MIN_TEXT)) return 0;
  // Effective number of templates (1 / Σ share²): an application has one to a few (a judge with a
  // rubric per criterion); a harvester's wording is spread over dozens.
  const effective = v.templateConcentration > 0 ? 1 / v.templateConcentration : Infinity;
  const oneTemplate = ramp(effective, 6, 3);
  if (oneTemplate === 0) return 0;
  // The template is the elicitation: an application's every request asks for it (a judge grades
  // every time); an account that slips a few elicitations into its chat is not explained by its
  // templates, however few.
  const isTheAsk = Number.isFinite(v.elicitAnyShare) ? ramp(v.elicitAnyShare, 0.4, 0.8) : 0;
  if (isTheAsk === 0) return 0;
  // Hosting: an application sits on a few addresses; a harvester's exits rotate (and hide).
  const stable = Number.isFinite(v.prefixesPer100) ? ramp(v.prefixesPer100, 3, 1) : 1;
  const open = Number.isFinite(v.anonymizerShare) ? ramp(v.anonymizerShare, 0.2, 0.05) : 1;
  return oneTemplate * isTheAsk * stable * open;
}
