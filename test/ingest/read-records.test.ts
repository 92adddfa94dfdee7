import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { readAll, tmp, exchange } from './helpers.js';
import { newCounts, openDeadLetter, readExchangeBatches } from '../../src/ingest/index.js';
import { BATCH_RECORDS } from '../../src/ingest/read-records.js';

const lines = (xs: unknown[]): string => xs.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('\n') + '\n';

test('reads valid exchange lines and counts each once', async () => {
  const f = join(tmp(), 'x.jsonl');
  writeFileSync(f, lines([exchange(), exchange(), exchange()]));
  const r = await readAll('exchange', f);
  assert.equal(r.records.length, 3);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected, r.counts.duplicates], [3, 3, 0, 0]);
});

test('keeps unknown fields of a record', async () => {
  const f = join(tmp(), 'x.jsonl');
  writeFileSync(f, lines([exchange({ vendor_field: { a: 1 } })]));
  const r = await readAll('exchange', f);
  assert.deepEqual(r.records[0]!.vendor_field, { a: 1 });
});

test('sends a truncated line, a wrong type and a missing field to dead-letter with file:line and reason', async () => {
  const f = join(tmp(), 'bad.jsonl');
  const ok = exchange();
  const text = lines([ok, JSON.stringify(exchange()).slice(0, 40), exchange({ input_tokens: 'many' }), { id: 'x', ts: '2026-02-01T10:00:00Z', model: 'm', input_tokens: 1, output_tokens: 1 }]);
  writeFileSync(f, text);
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [4, 1, 3]);
  assert.deepEqual(
    r.dead.map((d) => [d.source, d.line, d.code]),
    [
      [f, 2, 'DW_E_JSON'],
      [f, 3, 'DW_E_SCHEMA'],
      [f, 4, 'DW_E_SCHEMA'],
    ],
  );
  assert.match(r.dead[1]!.reason, /input_tokens/);
  assert.match(r.dead[2]!.reason, /missing required field 'account_id'/);
  assert.ok(r.dead[0]!.raw!.startsWith('{"id"'));
});

test('a line with a non-UTF-8 byte is rejected as DW_E_ENCODING and its neighbours are kept', async () => {
  const f = join(tmp(), 'enc.jsonl');
  const bad = Buffer.from([0x7b, 0x22, 0x69, 0x64, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d, 0x0a]); // {"id":"\xff\xfe"}
  writeFileSync(f, Buffer.concat([Buffer.from(lines([exchange()])), bad, Buffer.from(lines([exchange()]))]));
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [3, 2, 1]);
  assert.equal(r.dead[0]!.code, 'DW_E_ENCODING');
  assert.equal(r.dead[0]!.line, 2);
});

test('a valid 10 MB line is accepted; over maxLineBytes it is DW_E_TOO_LONG and the next line still reads', async () => {
  const f = join(tmp(), 'long.jsonl');
  const big = exchange({ prompt: 'p'.repeat(10 * 1024 * 1024) });
  writeFileSync(f, lines([big, exchange()]));
  const ok = await readAll('exchange', f);
  assert.equal(ok.counts.accepted, 2);
  assert.equal((ok.records[0]!.prompt as string).length, 10 * 1024 * 1024);
  const cut = await readAll('exchange', f, { maxLineBytes: 1024 * 1024 });
  assert.deepEqual([cut.counts.read, cut.counts.accepted, cut.counts.rejected], [2, 1, 1]);
  assert.equal(cut.dead[0]!.code, 'DW_E_TOO_LONG');
  assert.equal(cut.dead[0]!.line, 1);
  assert.ok(cut.dead[0]!.raw!.length < 5000, 'the dead-letter row keeps a bounded excerpt');
});

test('an empty file is a DW_E_EMPTY notice with counts 0/0/0', async () => {
  const f = join(tmp(), 'empty.jsonl');
  writeFileSync(f, '');
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [0, 0, 0]);
  assert.deepEqual(r.notices, ['DW_E_EMPTY']);
  assert.equal(r.counts.notices.DW_E_EMPTY, 1);
});

test('blank lines are skipped, not counted, and line numbers still point at the file line', async () => {
  const f = join(tmp(), 'blank.jsonl');
  writeFileSync(f, `\n${JSON.stringify(exchange())}\n   \n\r\n{broken\n`);
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [2, 1, 1]);
  assert.equal(r.dead[0]!.line, 5);
});

test('CRLF line endings and a UTF-8 byte order mark are read as plain lines', async () => {
  const f = join(tmp(), 'crlf.jsonl');
  writeFileSync(f, `\ufeff${JSON.stringify(exchange())}\r\n${JSON.stringify(exchange())}\r\n`);
  const r = await readAll('exchange', f);
  assert.equal(r.counts.accepted, 2);
});

test('the same exchange id twice is one exchange, counted as a duplicate', async () => {
  const f = join(tmp(), 'dup.jsonl');
  const a = exchange();
  writeFileSync(f, lines([a, exchange(), a]));
  const r = await readAll('exchange', f);
  assert.equal(r.records.length, 2);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected, r.counts.duplicates], [3, 3, 0, 1]);
  const kept = await readAll('exchange', f, { dedupe: false });
  assert.equal(kept.records.length, 3);
});

test('gzip input is recognised by its bytes and read like plain JSONL', async () => {
  const f = join(tmp(), 'x.data');
  writeFileSync(f, gzipSync(lines([exchange(), '{bad'])));
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [2, 1, 1]);
});

test('a cut gzip file yields what it holds and one DW_E_IO rejection, without throwing', async () => {
  const f = join(tmp(), 'cut.jsonl.gz');
  const xs = Array.from({ length: 2000 }, () => exchange({ prompt: Math.random().toString(36).repeat(20) }));
  const z = gzipSync(lines(xs));
  writeFileSync(f, z.subarray(0, Math.floor(z.length / 2)));
  const r = await readAll('exchange', f);
  assert.ok(r.counts.accepted > 0 && r.counts.accepted < 2000);
  assert.equal(r.counts.byCode.DW_E_IO, 1);
  assert.equal(r.counts.read, r.counts.accepted + r.counts.rejected);
});

test('accounts and actors read with their own contracts; actors may be a JSON array file', async () => {
  const d = tmp();
  writeFileSync(join(d, 'acc.jsonl'), lines([{ account_id: 'a', created_at: '2025-01-01T00:00:00Z', tier: 'pro' }, { account_id: 'b' }]));
  const acc = await readAll('account', join(d, 'acc.jsonl'));
  assert.deepEqual([acc.counts.accepted, acc.counts.rejected], [1, 1]);
  writeFileSync(join(d, 'actors.json'), JSON.stringify([{ actor_id: 'x', name: 'X', asns: [1] }, { actor_id: 'y' }, 3], null, 2));
  const act = await readAll('actor', join(d, 'actors.json'));
  assert.deepEqual([act.counts.read, act.counts.accepted, act.counts.rejected], [3, 1, 2]);
  assert.deepEqual(act.dead.map((x) => x.line), [2, 3]);
  writeFileSync(join(d, 'actors.jsonl'), lines([{ actor_id: 'x', name: 'X' }]));
  assert.equal((await readAll('actor', join(d, 'actors.jsonl'))).counts.accepted, 1);
});

test('a file that starts like a JSON array but is not one is read as JSONL', async () => {
  const f = join(tmp(), 'notarray.jsonl');
  writeFileSync(f, lines(['[junk', exchange()]));
  const r = await readAll('exchange', f);
  assert.deepEqual([r.counts.read, r.counts.accepted, r.counts.rejected], [2, 1, 1]);
});

test('an unknown --format is a configuration error, not a rejection', async () => {
  const f = join(tmp(), 'x.jsonl');
  writeFileSync(f, lines([exchange()]));
  await assert.rejects(readAll('exchange', f, { format: 'nope' }), /DW_E_FORMAT|unknown format/);
});

test('a missing file is a DW_E_IO error', async () => {
  await assert.rejects(readAll('exchange', join(tmp(), 'missing.jsonl')), (e: Error & { code?: string }) => e.code === 'DW_E_IO');
});

test('exchanges come in batches of at most BATCH_RECORDS, also from one line holding more records than that', async () => {
  const f = join(tmp(), 'spans.jsonl');
  const span = (i: number) => ({
    traceId: '5b8efff798038103d269b633813fc60c',
    spanId: i.toString(16).padStart(16, '0'),
    startTimeUnixNano: '1768471200000000000',
    attributes: [
      { key: 'gen_ai.operation.name', value: { stringValue: 'chat' } },
      { key: 'gen_ai.request.model', value: { stringValue: 'm' } },
      { key: 'enduser.id', value: { stringValue: `u${i % 7}` } },
    ],
  });
  const n = BATCH_RECORDS * 2 + 5;
  const line = { resourceSpans: [{ resource: { attributes: [] }, scopeSpans: [{ spans: Array.from({ length: n }, (_, i) => span(i)) }] }] };
  writeFileSync(f, lines([line, exchange()]));
  const counts = newCounts();
  const sizes: number[] = [];
  for await (const b of readExchangeBatches(f, { format: 'otlp', counts, deadLetter: openDeadLetter(undefined) })) sizes.push(b.length);
  assert.ok(sizes.every((s) => s > 0 && s <= BATCH_RECORDS), `batch sizes ${sizes.join(', ')}`);
  assert.equal(sizes.reduce((a, b) => a + b, 0), n);
  // the second line is a plain exchange: rejected as not OTLP, and counted
  assert.deepEqual([counts.read, counts.accepted, counts.rejected], [n + 1, n, 1]);
});
