// ingest adapter 'exchange': the contract itself (exchange.schema.json), passed through unchanged.
import { one, type Json, type SourceAdapter } from './types.js';

export const exchangeAdapter: SourceAdapter = {
  id: 'exchange',
  title: 'distillwatch exchange contract (shared/schema/exchange.schema.json), one object per line',
  detect: (r: Json) => typeof r.id === 'string' && typeof r.account_id === 'string' && typeof r.ts === 'string' && 'input_tokens' in r && 'output_tokens' in r,
  map: (r: Json) => one(r),
};
