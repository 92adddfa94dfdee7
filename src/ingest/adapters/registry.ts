// ingest adapters: the registry. One line per source format; --format auto tries them in this
// order (the most specific shapes first, the contract itself first of all).
import { exchangeAdapter } from './exchange.js';
import type { Json, SourceAdapter } from './types.js';

export const ADAPTERS: readonly SourceAdapter[] = [
  exchangeAdapter,
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
