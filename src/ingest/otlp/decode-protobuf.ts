// ingest/otlp: OTLP/protobuf ExportTraceServiceRequest bytes → the OTLP/JSON object shape the
// 'otlp' adapter reads (hex trace/span ids, unix-nano strings, AnyValue with the same field names).
// Decoding uses the protobufjs code that opentelemetry-js generated from the official
// opentelemetry-proto definitions (npm @opentelemetry/otlp-transformer 0.53, build/src/generated).
import { createRequire } from 'node:module';

interface Decoder {
  decode(b: Uint8Array): unknown;
  toObject(m: unknown, o: Record<string, unknown>): Record<string, unknown>;
}

const require = createRequire(import.meta.url);
let decoder: Decoder | undefined;

function getDecoder(): Decoder {
  if (decoder) return decoder;
  const root = require('otlp-proto-root/build/src/generated/root.js') as {
    opentelemetry: { proto: { collector: { trace: { v1: { ExportTraceServiceRequest: Decoder } } } } };
  };
  decoder = root.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
  return decoder;
}

const ID_FIELDS = new Set(['traceId', 'spanId', 'parentSpanId']);

/** base64 ids → lower-case hex, as the OTLP JSON encoding writes them. */
function fixIds(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(fixIds);
  if (v === null || typeof v !== 'object') return v;
  const o = v as Record<string, unknown>;
  for (const k of Object.keys(o)) {
    const x = o[k];
    if (ID_FIELDS.has(k) && typeof x === 'string') o[k] = Buffer.from(x, 'base64').toString('hex');
    else if (typeof x === 'object') o[k] = fixIds(x);
  }
  return o;
}

/** Decodes an OTLP/protobuf trace export. Throws on bytes that are not one (the caller rejects the request). */
export function decodeTraceRequest(bytes: Uint8Array): Record<string, unknown> {
  const d = getDecoder();
  const msg = d.decode(bytes);
  // longs (unix nanos, intValue) as decimal strings, bytes as base64 (ids fixed to hex after)
  const obj = d.toObject(msg, { longs: String, enums: Number, bytes: String, defaults: false, arrays: false });
  return fixIds(obj) as Record<string, unknown>;
}
