// enrich/prompt: Exchange → PromptSignals (template id, script, elicitation scores, capability
// probabilities, 64-bit LSH). Pure apart from its own template index (deterministic for one input
// order). Never throws on any exchange: empty, huge, binary, mixed-script and sketch-only prompts
// all get a defined result.
import type { Exchange } from '../../schema/index.js';
import { CAPABILITIES, ELICITATIONS, type PromptSignals } from '../types.js';
import { Analyzer } from './analyzer.js';
import { defaultPromptModel } from './default-model.js';
import { hashString } from './hash.js';
import { applyMetadataRules, type MetadataRuleOptions } from './metadata-rules.js';
import { createSignature, simhashHex } from './minhash.js';
import { N_OUT as MODEL_N_OUT, sigmoid as modelSigmoid, type PromptModel } from './model.js';
import { parseSketch } from './sketch.js';
import { TemplateIndex, type TemplateInfo, type TemplateStats } from './template-index.js';

export interface PromptEnricherOptions extends MetadataRuleOptions {
  /** Tokens read per prompt (head + tail); bounds the cost of a 1 MB prompt. */
  readonly maxTokens: number;
  /** Of maxTokens, tokens taken from the end of a long prompt (templates put instructions there too). */
  readonly tailTokens: number;
  /** Tokens read from the system prompt. */
  readonly maxSystemTokens: number;
  /** Live templates kept at most: the memory bound of the template index. */
  readonly maxTemplates: number;
  /** Estimated Jaccard (whole prompt) to join a template. */
  readonly wholeThreshold: number;
  /** Estimated Jaccard of the first or last 16 tokens to join a template (prompts of 40+ tokens). */
  readonly edgeThreshold: number;
  /** MinHash salt; sketches must be made with the same seed (sketchPrompt's option). */
  readonly seed: number;
  /**
   * Prompts shorter than this (characters) get no template (templateId -1) though they are scored:
   * "yes", "thanks", "how?" are shared by many unrelated accounts and are no evidence of a shared
   * template. 0 (default) groups every prompt; 16 drops one-word follow-ups.
   */
  readonly minTemplateChars: number;
  /** The text model; when absent the committed models/prompt-model.json is used. */
  readonly model?: PromptModel;
}

export const DEFAULT_PROMPT_OPTIONS: Readonly<PromptEnricherOptions> = Object.freeze({
  maxTokens: 512,
  tailTokens: 128,
  maxSystemTokens: 256,
  maxTemplates: 200_000,
  // J ≥ 0.5 over word unigrams+bigrams: the same text with a few words changed or reordered.
  wholeThreshold: 0.5,
  // 12 of 16 minima equal: the first (or last) 16 tokens are the same wording (a template's fixed part).
  edgeThreshold: 0.75,
  seed: 0,
  minTemplateChars: 0,
  toolUseFloor: 0.9,
  visionFloor: 0.95,
  toolKindFloor: 0.8,
  trajectoryFirstTurnBase: 0.3,
  trajectoryFirstTurnGain: 0.6,
  trajectoryNoToolsGain: 0.25,
  trajectoryLaterTurnGain: 0.1,
});

export interface PromptEnricher {
  /** Prompt signals of one exchange; assigns its template. Never throws. */
  enrich(x: Exchange): PromptSignals;
  /** Size of the template index (memory is bounded by templates, not exchanges). */
  templateStats(): TemplateStats;
  /** Count and distinct-account estimate of one live template. */
  templateInfo(templateId: number): TemplateInfo | undefined;
  /** The k most used live templates. */
  topTemplates(k: number): TemplateInfo[];
}

const N_E = ELICITATIONS.length;
// Module-local copy: under tsx an imported binding is a getter call (15 per prompt here).
const sigmoid: (x: number) => number = modelSigmoid;
const N_OUT = MODEL_N_OUT;
const N_C = CAPABILITIES.length;

export function createPromptEnricher(options: Partial<PromptEnricherOptions> = {}): PromptEnricher {
  const o: PromptEnricherOptions = { ...DEFAULT_PROMPT_OPTIONS, ...options };
  const model = o.model ?? defaultPromptModel();
  const an = new Analyzer(model, o);
  const index = new TemplateIndex(o);
  const sketchSig = createSignature();
  let seq = 0;

  function empty(x: Exchange, script: string, chars: number, hasText: boolean): PromptSignals {
    const elicitation = new Float32Array(N_E);
    const capabilities = new Float32Array(N_C);
    applyMetadataRules(x, elicitation, capabilities, o);
    return { hasText, chars, script, templateId: -1, elicitation, capabilities, simhash: '' };
  }

  function fromProbs(x: Exchange, probs: ArrayLike<number> | undefined, templateId: number, script: string, chars: number, simhash: string): PromptSignals {
    const elicitation = new Float32Array(N_E);
    const capabilities = new Float32Array(N_C);
    if (probs) {
      for (let i = 0; i < N_E; i++) elicitation[i] = probs[i]!;
      for (let i = 0; i < N_C; i++) capabilities[i] = probs[N_E + i]!;
    }
    applyMetadataRules(x, elicitation, capabilities, o);
    return { hasText: true, chars, script, templateId, elicitation, capabilities, simhash };
  }

  const probs = new Float32Array(N_OUT);

  function enrichUnsafe(x: Exchange): PromptSignals {
    seq++;
    const prompt = typeof x.prompt === 'string' ? x.prompt : '';
    const system = typeof x.system_prompt === 'string' ? x.system_prompt : '';
    const account = typeof x.account_id === 'string' ? hashString(x.account_id, 0x5eed) : 0;
    if (prompt.length > 0) {
      an.analyze(prompt, system);
      for (let i = 0; i < N_OUT; i++) probs[i] = sigmoid(an.logits[i]!);
      const templateId = an.sig.hasContent && prompt.length >= o.minTemplateChars ? index.assign(an.sig, account, seq, probs) : -1;
      return fromProbs(x, probs, templateId, an.script, prompt.length, simhashHex(an.sig));
    }
    const sketch = x.prompt_sketch;
    if (typeof sketch === 'string' && sketch.length > 0) {
      const p = parseSketch(sketch, sketchSig);
      if (p) {
        const templateId = sketchSig.hasContent && p.chars >= o.minTemplateChars ? index.assign(sketchSig, account, seq, p.probs) : -1;
        return fromProbs(x, p.probs, templateId, p.script, p.chars, simhashHex(sketchSig));
      }
    }
    if (system.length > 0) {
      // No user text, but a system prompt: score it (elicitation often sits there), no template.
      an.analyze('', system);
      for (let i = 0; i < N_OUT; i++) probs[i] = sigmoid(an.logits[i]!);
      const s = fromProbs(x, probs, -1, an.script, 0, '');
      return { ...s, hasText: false };
    }
    return empty(x, 'none', 0, false);
  }

  return {
    enrich(x: Exchange): PromptSignals {
      try {
        return enrichUnsafe(x);
      } catch {
        // A bug must not stop a 16M-exchange run: report the exchange as unreadable.
        return {
          hasText: false,
          chars: 0,
          script: 'none',
          templateId: -1,
          elicitation: new Float32Array(N_E),
          capabilities: new Float32Array(N_C),
          simhash: '',
        };
      }
    },
    templateStats: () => index.stats(),
    templateInfo: (id) => index.info(id),
    topTemplates: (k) => index.top(k),
  };
}
