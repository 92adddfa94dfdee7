// Shared helpers for prompt-side tests: a minimal valid Exchange around a prompt.
import type { AccountId, Exchange, ExchangeId } from '../../../src/schema/index.js';

let n = 0;
export function exchange(prompt: string | undefined, extra: Record<string, unknown> = {}): Exchange {
  n++;
  return {
    id: `x${n}` as ExchangeId,
    ts: '2026-02-01T00:00:00Z',
    account_id: (extra.account_id as AccountId | undefined) ?? ('acct-1' as AccountId),
    model: 'frontier-1',
    input_tokens: 10,
    output_tokens: 10,
    ...(prompt === undefined ? {} : { prompt }),
    ...extra,
  } as Exchange;
}
