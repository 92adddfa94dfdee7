import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { splitLines } from '../../src/ingest/line-reader.js';
import { readAll, tmp, exchange } from './helpers.js';

const validLine = fc.constantFrom(
  JSON.stringify(exchange({ id: 'a' })),
  JSON.stringify(exchange({ id: 'b', prompt: 'héllo ☃ 𝄞' })),
  JSON.stringify(exchange({ id: 'c', input_tokens: -1 })),
  '{"id":"d"}',
  '',
  '   ',
  '[]',
  'null',
);
const junkLine = fc.uint8Array({ maxLength: 60 }).map((b) => Buffer.from(b.filter((x) => x !== 10)).toString('latin1'));
const lineBytes = fc.oneof(
  validLine.map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 80 }).map((b) => Buffer.from(b.filter((x) => x !== 10))),
  junkLine.map((s) => Buffer.from(s, 'latin1')),
);

test('any bytes give read = accepted + rejected, a dead-letter row per rejection, and never a throw', async () => {
  const dir = tmp();
  let k = 0;
  await fc.assert(
    fc.asyncProperty(fc.array(lineBytes, { maxLength: 30 }), fc.boolean(), async (ls, lastNewline) => {
      const f = join(dir, `p${k++}.jsonl`);
      const body = Buffer.concat(ls.flatMap((b, i) => (i < ls.length - 1 || lastNewline ? [b, Buffer.from('\n')] : [b])));
      writeFileSync(f, body);
      const r = await readAll('exchange', f, { maxLineBytes: 64 });
      assert.equal(r.counts.read, r.counts.accepted + r.counts.rejected);
      assert.equal(r.dead.length, r.counts.rejected);
      assert.equal(r.records.length, r.counts.accepted - r.counts.duplicates);
      const nonBlank = body
        .toString('latin1')
        .replace(/^\xef\xbb\xbf/, '')
        .split('\n')
        .filter((l) => !/^[ \t\r]*$/.test(l)).length; // blank = empty or JSON whitespace only
      assert.ok(r.counts.read <= nonBlank, 'never more records than non-blank lines');
      for (const d of r.dead) assert.ok(d.line >= 1 && d.reason.length > 0 && d.source === f);
    }),
    { numRuns: 150 },
  );
});

test('line splitting does not depend on where the chunks break', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(lineBytes, { maxLength: 20 }), fc.array(fc.nat({ max: 50 }), { maxLength: 10 }), async (ls, cuts) => {
      const body = Buffer.concat(ls.flatMap((b) => [b, Buffer.from('\n')]));
      const whole = await collect([body]);
      const pieces = cutAt(body, cuts);
      assert.deepEqual(await collect(pieces), whole);
    }),
    { numRuns: 200 },
  );
});

test('lines of valid UTF-8 come out as the text that was written, all-ASCII blocks and others alike', async () => {
  const line = fc.oneof(fc.string({ unit: 'binary-ascii', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 20 })).map((t) => t.replace(/[\r\n\uFEFF]/g, ' '));
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 20 }), fc.array(fc.nat({ max: 50 }), { maxLength: 6 }), async (ls, cuts) => {
      const body = Buffer.from(ls.map((l) => `${l}\n`).join(''), 'utf8');
      const pieces = cutAt(body, cuts);
      const out = await collect(pieces);
      // lines over collect's 48-byte limit are rejected as too long; every other line is its own text
      const expected = ls.map((l, i) => (Buffer.byteLength(l) > 48 ? `${i + 1}:DW_E_TOO_LONG` : `${i + 1}:${l}`));
      assert.deepEqual(out, expected);
    }),
    { numRuns: 200 },
  );
});

/** body cut into consecutive chunks of the given lengths, the rest last. */
function cutAt(body: Buffer, cuts: readonly number[]): Buffer[] {
  const pieces: Buffer[] = [];
  let at = 0;
  for (const c of cuts) {
    const end = Math.min(body.length, at + c);
    pieces.push(body.subarray(at, end));
    at = end;
  }
  pieces.push(body.subarray(at));
  return pieces;
}

async function collect(chunks: Buffer[]): Promise<string[]> {
  async function* gen(): AsyncGenerator<Buffer> {
    for (const c of chunks) yield c;
  }
  const out: string[] = [];
  for await (const b of splitLines(gen(), 48)) {
    let p = 0;
    b.texts.forEach((t, i) => {
      const pr = b.problems[p];
      if (pr && pr.index === i) {
        p++;
        out.push(`${b.startLine + i}:${pr.code}`);
      } else out.push(`${b.startLine + i}:${t}`);
    });
  }
  return out;
}

test('with --format auto or any adapter, any bytes still give read = accepted + rejected and never a throw', async () => {
  const dir = tmp();
  let k = 0;
  const formats = ['auto', 'litellm', 'otlp', 'openai', 'anthropic', 'portkey', 'helicone', 'litellm-spendlogs'];
  const adapterLine = fc.constantFrom(
    '{"resourceSpans":[{"scopeSpans":[{"spans":[{"traceId":"ab","spanId":"cd","startTimeUnixNano":"1768471200000000000","attributes":[{"key":"gen_ai.operation.name","value":{"stringValue":"chat"}}]}]}]}]}',
    '{"id":"x","call_type":"acompletion","startTime":1768471200,"metadata":{"user_api_key_user_id":"u"},"model":"m","messages":"hi"}',
    '{"ts":1768471200,"key":"k","request":{"model":"m","messages":[{"role":"user","content":"q"}]},"response":{"object":"chat.completion","choices":[]}}',
    '{"ts":1768471200,"key":"k","request":{"model":"m","messages":7},"stream":"event: message_start\\ndata: {\\"type\\":\\"message_start\\"}"}',
  );
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(lineBytes, adapterLine.map((s) => Buffer.from(s))), { maxLength: 12 }), fc.constantFrom(...formats), async (ls, format) => {
      const f = join(dir, `a${k++}.jsonl`);
      writeFileSync(f, Buffer.concat(ls.flatMap((b) => [b, Buffer.from('\n')])));
      const r = await readAll('exchange', f, { format });
      assert.equal(r.counts.read, r.counts.accepted + r.counts.rejected);
      assert.equal(r.dead.length, r.counts.rejected);
      for (const d of r.dead) assert.ok(d.reason.length > 0);
    }),
    { numRuns: 120 },
  );
});

test('large records are handed on in batches bounded by bytes, not only by lines', async () => {
  const line = `{"x":"${'a'.repeat(300_000)}"}`;
  const body = Buffer.from(Array.from({ length: 40 }, () => `${line}\n`).join(''));
  async function* gen(): AsyncGenerator<Buffer> {
    for (let i = 0; i < body.length; i += 65_536) yield body.subarray(i, i + 65_536);
  }
  const sizes: number[] = [];
  let lines = 0;
  for await (const b of splitLines(gen())) {
    sizes.push(b.texts.length);
    lines += b.texts.length;
    assert.ok(b.texts.every((t) => t === line));
  }
  assert.equal(lines, 40);
  // 4 MiB a batch: at most 14 lines of 300 kB (plus the one that crossed the bound)
  assert.ok(sizes.length >= 3 && Math.max(...sizes) <= 15, `batch sizes ${sizes.join(',')}`);
});
