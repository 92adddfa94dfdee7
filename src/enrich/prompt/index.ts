// enrich/prompt public surface: Exchange → PromptSignals (templates, elicitation, capabilities),
// the prompt_sketch format, and the model file codec used by the training script.
export { createPromptEnricher, DEFAULT_PROMPT_OPTIONS, type PromptEnricher, type PromptEnricherOptions } from './enricher.js';
export { sketchPrompt, type SketchOptions } from './sketch-prompt.js';
export { parseSketch, formatSketch, SKETCH_VERSION, type ParsedSketch } from './sketch.js';
export { defaultPromptModel } from './default-model.js';
export { decodeModel, encodeModel, emptyModel, OUTPUTS, type PromptModel, type PromptModelFile } from './model.js';
export type { TemplateInfo, TemplateStats } from './template-index.js';
