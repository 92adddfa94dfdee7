import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getAdapter } from '../../../src/ingest/index.js';
import type { Json } from '../../../src/ingest/adapters/types.js';
import fc from 'fast-check';
import { pickString } from '../../../src/ingest/identity.js';
import { readAll, tmp } from '../helpers.js';

const DIR = fileURLToPath(new URL('../../fixtures/adapters/', import.meta.url));
const lines = (f: string): Json[] => readFileSync(DIR + f, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Json);
const map = (format: string, rec: Json, identity = {}) => getAdapter(format)!.map(rec, { identity });

test('Anthropic input tokens include cache reads and writes; OpenAI totals are not counted twice', () => {
  const an = map('anthropic', lines('anthropic.jsonl')[0]!).exchanges[0]!;
  assert.equal(an.input_tokens, 350 + 1500 + 9000);
  const oa = map('openai', lines('openai.jsonl')[0]!).exchanges[0]!;
  assert.equal(oa.input_tokens, 2000, 'prompt_tokens already holds the 1920 cached tokens');
});

test('output tokens include reasoning tokens even where a gateway reported them apart', () => {
  const rec = lines('openai.jsonl')[0]!;
  const body = structuredClone(rec);
  (body.response as Json).usage = { prompt_tokens: 10, completion_tokens: 5, completion_tokens_details: { reasoning_tokens: 40 } };
  assert.equal(map('openai', body).exchanges[0]!.output_tokens, 45);
});

test('a forwarded-for chain is believed only through declared trusted hops, and the raw chain is kept', () => {
  const rec = lines('openai.jsonl')[0]!;
  const plain = map('openai', rec).exchanges[0]!;
  assert.equal(plain.ip, '10.0.0.7', 'no trust declared: the nearest peer');
  assert.equal(plain.ip_chain, '203.0.113.50, 10.0.0.7 | 10.0.0.7');
  assert.equal(map('openai', rec, { trustedProxies: ['10.0.0.0/8'] }).exchanges[0]!.ip, '203.0.113.50');
});

test('identity fields are configured: LiteLLM team id as the account when the operator says so', () => {
  const rec = lines('litellm.jsonl')[0]!;
  assert.equal(map('litellm', rec).exchanges[0]!.account_id, 'user-1842');
  assert.equal(map('litellm', rec, { account: ['metadata.user_api_key_team_id'] }).exchanges[0]!.account_id, 'team-research');
});

test('a record whose configured account field is empty is rejected naming the fields tried', () => {
  const rec = lines('litellm.jsonl')[0]!;
  const out = map('litellm', rec, { account: ['metadata.no_such_field'] });
  assert.equal(out.exchanges.length, 0);
  assert.match(out.rejected[0]!.reason, /no account: .*metadata\.no_such_field/);
});

test('a redaction marker is no text, not a prompt', () => {
  const x = map('litellm', lines('litellm.jsonl')[1]!).exchanges[0]!;
  assert.equal(x.prompt, undefined);
  assert.equal(x.system_prompt, undefined);
  assert.equal(x.response, undefined);
  assert.equal(x.prompt_redacted, true);
});

test('a stream cut before its usage event is marked usage_unknown, not believed as 0/0', () => {
  const x = map('anthropic', lines('anthropic.jsonl')[2]!).exchanges[0]!;
  assert.deepEqual([x.input_tokens, x.output_tokens, x.usage_unknown, x.stream_cut], [0, 0, true, true]);
  assert.equal(x.stop_reason, undefined);
});

test('OTLP spans that are not model calls are skipped and counted, not read', () => {
  const out = map('otlp', lines('otlp.jsonl')[0]!);
  assert.equal(out.exchanges.length, 2);
  assert.equal(out.skipped, 3, 'the HTTP span, the embeddings span and the execute_tool span');
});

test('an OTLP model span without an account is rejected naming the span', () => {
  const rec = structuredClone(lines('otlp.jsonl')[1]!);
  const span = ((rec.resourceSpans as Json[])[0]!.scopeSpans as Json[])[0]!.spans as Json[];
  span[0]!.attributes = (span[0]!.attributes as Json[]).filter((a) => a.key !== 'enduser.id');
  const out = map('otlp', rec);
  assert.match(out.rejected[0]!.reason, /^span b7ad6b7169203331: no account/);
});

test('OTLP identity can name any attribute, also one the mapping turns into an exchange field, and a later empty value hides an earlier one', () => {
  const rec = lines('otlp.jsonl')[0]!;
  // gen_ai.conversation.id becomes conversation_id (not kept in extra): still readable as the account
  const byConv = map('otlp', rec, { account: ['gen_ai.conversation.id'] }).exchanges[0]!;
  assert.equal(byConv.account_id, 'conv-77');
  assert.equal(byConv.conversation_id, 'conv-77');
  assert.equal((byConv.extra as Json)['gen_ai.conversation.id'], undefined);
  // the default account attribute, repeated later in the span without a value: later keys win
  const dup = structuredClone(rec);
  const spans = ((dup.resourceSpans as Json[])[0]!.scopeSpans as Json[])[0]!.spans as Json[];
  const model = spans.find((s) => (s.attributes as Json[]).some((a) => a.key === 'enduser.id'))!;
  (model.attributes as Json[]).push({ key: 'enduser.id', value: {} });
  const out = map('otlp', dup);
  assert.equal(out.exchanges.length, 1);
  assert.match(out.rejected[0]!.reason, /no account/);
});

test('spend-log JSON text columns are parsed once: identity can walk into metadata, and extra keeps the parsed objects', () => {
  const rec = lines('litellm-spendlogs.jsonl')[0]!;
  assert.equal(typeof rec.metadata, 'string', 'the fixture keeps metadata as text, as the table does');
  const x = map('litellm-spendlogs', rec).exchanges[0]!;
  assert.equal(x.account_id, 'user-1842');
  assert.deepEqual((x.extra as Json).request_tags, ['prod']);
  assert.equal(((x.extra as Json).metadata as Json).user_api_key_alias, 'prod-key');
  const byTeam = map('litellm-spendlogs', rec, { account: ['metadata.user_api_key_team_id'], org: ['metadata.user_api_key_org_id'] }).exchanges[0]!;
  assert.deepEqual([byTeam.account_id, byTeam.org_id], ['team-research', 'org-acme']);
});

test('spend-log identity paths into JSON text columns give what they give on the row with every column parsed', () => {
  const base = lines('litellm-spendlogs.jsonl')[0]!;
  const rec: Json = JSON.parse(`{"__proto__":"p-1",${JSON.stringify(base).slice(1)}`) as Json;
  rec['metadata.team'] = 'dotted-team';
  const parsed: Json = JSON.parse(JSON.stringify(rec)) as Json;
  for (const k of ['metadata', 'messages', 'response', 'proxy_server_request', 'request_tags']) if (typeof parsed[k] === 'string') parsed[k] = JSON.parse(parsed[k] as string) as unknown;
  const path = fc.constantFrom('user', 'metadata.user_api_key_user_id', 'metadata.user_api_key_team_id', 'metadata.team', 'metadata', 'messages.0.role', 'response.model', 'proxy_server_request.body.model', 'request_tags.0', 'request_tags.length', '__proto__', 'api_key', 'nothing.here');
  const paths = fc.array(path, { minLength: 1, maxLength: 3 });
  fc.assert(
    fc.property(paths, paths, paths, (account, apiKey, org) => {
      const x = map('litellm-spendlogs', rec, { account, apiKey, org }).exchanges[0];
      const want = pickString(parsed, account);
      assert.equal(x?.account_id, want);
      if (x === undefined) return;
      assert.equal(x.api_key_id, pickString(parsed, apiKey));
      assert.equal(x.org_id, pickString(parsed, org));
    }),
    { numRuns: 400 },
  );
});

test('a record of another format in a fixed-format file is rejected with a hint naming that format', async () => {
  const f = join(tmp(), 'mixed.jsonl');
  writeFileSync(f, [JSON.stringify(lines('litellm.jsonl')[0]), JSON.stringify(lines('openai.jsonl')[0])].join('\n') + '\n');
  const r = await readAll('exchange', f, { format: 'litellm' });
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [2, 1, 1]);
  assert.equal(r.dead[0]!.line, 2);
  assert.match(r.dead[0]!.reason, /looks like 'openai'/);
});

test('with --format auto, records before the first recognisable one are rejected as DW_E_FORMAT', async () => {
  const f = join(tmp(), 'auto.jsonl');
  writeFileSync(f, ['{"hello":"world"}', JSON.stringify(lines('helicone.jsonl')[0])].join('\n') + '\n');
  const r = await readAll('exchange', f, { format: 'auto' });
  assert.deepEqual(r.formats, ['helicone']);
  assert.deepEqual(r.dead.map((d) => d.code), ['DW_E_FORMAT']);
});

test('a 10 MB request body converts to one exchange holding the whole prompt', async () => {
  const rec = structuredClone(lines('anthropic.jsonl')[0]!);
  const big = 'word '.repeat(2_100_000);
  ((rec.request as Json).messages as Json[])[0] = { role: 'user', content: big };
  const f = join(tmp(), 'big.jsonl');
  writeFileSync(f, JSON.stringify(rec) + '\n');
  const r = await readAll('exchange', f, { format: 'anthropic' });
  assert.equal(r.counts.accepted, 1);
  assert.equal((r.records[0]!.prompt as string).length, big.length);
});

test('source fields the contract has no place for ride along under extra', () => {
  const x = map('helicone', lines('helicone.jsonl')[0]!).exchanges[0]!;
  assert.equal((x.extra as Json).country_code, 'DE');
  assert.equal((x.extra as Json).cost, 0.00002);
});

test('a value that cannot become text (an object whose toString is not a function) is handled, not thrown', () => {
  const rec = { ...lines('openai.jsonl')[3]!, ts: { toString: false } };
  for (const f of ['openai', 'anthropic', 'litellm', 'otlp', 'portkey', 'helicone', 'litellm-spendlogs']) {
    assert.doesNotThrow(() => map(f, rec), f);
  }
  assert.match(map('openai', rec).rejected[0]!.reason, /no readable time/);
});
