import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OTLPTraceExporter as HttpJsonExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { OTLPTraceExporter as HttpProtoExporter } from '@opentelemetry/exporter-trace-otlp-proto';
import { BasicTracerProvider, SimpleSpanProcessor, type SpanExporter } from '@opentelemetry/sdk-trace-base';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { newCounts, openDeadLetter } from '../../../src/ingest/index.js';
import { startOtlpReceiver } from '../../../src/ingest/otlp/receiver.js';
import type { Exchange } from '../../../src/schema/index.js';

async function roundTrip(makeExporter: (url: string) => SpanExporter): Promise<{ got: Exchange[]; counts: ReturnType<typeof newCounts> }> {
  const got: Exchange[] = [];
  const counts = newCounts();
  const rx = await startOtlpReceiver({ port: 0, counts, deadLetter: openDeadLetter(undefined), onExchanges: (xs) => void got.push(...xs) });
  try {
    const provider = new BasicTracerProvider({
      resource: resourceFromAttributes({ 'service.name': 'gateway-under-test' }),
      spanProcessors: [new SimpleSpanProcessor(makeExporter(rx.url))],
    });
    const tracer = provider.getTracer('distillwatch-test');
    const chat = tracer.startSpan('chat gpt-4.1', {
      attributes: {
        'gen_ai.operation.name': 'chat',
        'gen_ai.request.model': 'gpt-4.1',
        'gen_ai.usage.input_tokens': 120,
        'gen_ai.usage.output_tokens': 30,
        'gen_ai.response.finish_reasons': ['stop'],
        'enduser.id': 'user-9',
        'gen_ai.input.messages': JSON.stringify([{ role: 'user', parts: [{ type: 'text', content: 'Explain step by step.' }] }]),
      },
    });
    chat.end();
    tracer.startSpan('GET /health').end(); // not a model call: skipped
    const anon = tracer.startSpan('chat anon', { attributes: { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': 'm' } });
    anon.end(); // no enduser.id: rejected with a reason
    await provider.forceFlush();
    await provider.shutdown();
  } finally {
    await rx.close();
  }
  return { got, counts };
}

for (const [name, make] of [
  ['JSON (exporter-trace-otlp-http)', (url: string) => new HttpJsonExporter({ url })],
  ['protobuf (exporter-trace-otlp-proto)', (url: string) => new HttpProtoExporter({ url })],
] as const) {
  test(`the OTLP receiver takes ${name} exports from a real OpenTelemetry exporter`, async () => {
    const { got, counts } = await roundTrip(make);
    assert.equal(got.length, 1);
    const x = got[0]!;
    assert.equal(x.account_id, 'user-9');
    assert.equal(x.model, 'gpt-4.1');
    assert.equal(x.input_tokens, 120);
    assert.equal(x.prompt, 'Explain step by step.');
    assert.equal(x.stop_reason, 'stop');
    assert.match(x.ts, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/);
    assert.match(x.id, /^[0-9a-f]{32}-[0-9a-f]{16}$/);
    assert.deepEqual([counts.read, counts.accepted, counts.rejected, counts.skipped], [2, 1, 1, 1]);
  });
}

test('the receiver answers 400 to an undecodable body and 415 to other content types, counting the rejection', async () => {
  const counts = newCounts();
  const rx = await startOtlpReceiver({ port: 0, counts, deadLetter: openDeadLetter(undefined), onExchanges: () => {} });
  try {
    const bad = await fetch(rx.url, { method: 'POST', headers: { 'content-type': 'application/x-protobuf' }, body: new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f]) });
    assert.equal(bad.status, 400);
    const badJson = await fetch(rx.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"resourceSpans": [' });
    assert.equal(badJson.status, 400);
    const other = await fetch(rx.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: 'hi' });
    assert.equal(other.status, 415);
    assert.deepEqual([counts.read, counts.rejected], [2, 2]);
  } finally {
    await rx.close();
  }
});
