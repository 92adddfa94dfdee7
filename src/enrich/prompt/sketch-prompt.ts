// enrich/prompt: prompt text → `prompt_sketch` string (format in sketch.ts), for the edge that keeps
// no text. PRIVACY: the text is read here and only hashes and scores leave.
import { Analyzer } from './analyzer.js';
import { defaultPromptModel } from './default-model.js';
import { DEFAULT_PROMPT_OPTIONS } from './enricher.js';
import { N_OUT, sigmoid, type PromptModel } from './model.js';
import { formatSketch } from './sketch.js';

export interface SketchOptions {
  /** MinHash salt; must equal the enricher's `seed`. */
  readonly seed?: number;
  /** Model for the scores part; the committed model by default. */
  readonly model?: PromptModel;
  /** Include the text model's scores (default true). */
  readonly withScores?: boolean;
  /** System prompt of the request, read by the text model (not by the template signature). */
  readonly systemPrompt?: string;
}

let shared: Analyzer | undefined;

function analyzerFor(o: SketchOptions): Analyzer {
  const seed = o.seed ?? DEFAULT_PROMPT_OPTIONS.seed;
  const model = o.model ?? defaultPromptModel();
  if (shared && shared.model === model && seed === DEFAULT_PROMPT_OPTIONS.seed && o.seed === undefined) return shared;
  const an = new Analyzer(model, { ...DEFAULT_PROMPT_OPTIONS, seed });
  if (seed === DEFAULT_PROMPT_OPTIONS.seed && o.model === undefined) shared = an;
  return an;
}

/** The v1 sketch of a prompt; the enricher groups and scores it as it would the text. */
export function sketchPrompt(text: string, options: SketchOptions = {}): string {
  const an = analyzerFor(options);
  const t = typeof text === 'string' ? text : '';
  an.analyze(t, typeof options.systemPrompt === 'string' ? options.systemPrompt : '');
  let probs: Float32Array | undefined;
  if (options.withScores !== false) {
    probs = new Float32Array(N_OUT);
    for (let i = 0; i < N_OUT; i++) probs[i] = sigmoid(an.logits[i]!);
  }
  return formatSketch(an.script, t.length, an.scan.n, an.sig, probs);
}
