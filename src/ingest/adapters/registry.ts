// ingest adapters: the registry. One line per source format; --format auto tries them in this
// order (the contract itself first, then the most specific shapes).
import { anthropicAdapter } from './anthropic.js';
import { exchangeAdapter } from './exchange.js';
import { heliconeAdapter } from './helicone.js';
import { litellmSpendLogsAdapter } from './litellm-spendlogs.js';
import { litellmAdapter } from './litellm.js';
import { openaiAdapter } from './openai.js';
import { otlpAdapter } from './otlp.js';
import { portkeyAdapter } from './portkey.js';
import type { Json, SourceAdapter } from './types.js';

export const ADAPTERS: readonly SourceAdapter[] = [
  exchangeAdapter,
  otlpAdapter,
  litellmSpendLogsAdapter,
  litellmAdapter,
  heliconeAdapter,
  portkeyAdapter,
  anthropicAdapter,
  openaiAdapter,
];

export const FORMATS: readonly string[] = ['auto', ...ADAPTERS.map((a) => a.id)];

export function getAdapter(id: string): SourceAdapter | undefined {
  return ADAPTERS.find((a) => a.id === id);
}

/** The first adapter that recognises the record, if any. */
export function detectFormat(rec: Json): SourceAdapter | undefined {
  for (const a of ADAPTERS) {
    try {
      if (a.detect(rec)) return a;
    } catch {
      // a detector that trips on odd input simply does not recognise it
    }
  }
  return undefined;
}
