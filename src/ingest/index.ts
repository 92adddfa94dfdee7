// ingest: the public surface. Sources (files, stdin, tables, OTLP) → validated contract values,
// with dead-letter and counts. Other stages and the CLI import only from here.
export { newCounts, addCounts, type IngestCounts } from './counts.js';
export { openDeadLetter, type DeadLetter } from './dead-letter.js';
export { readRecords, readBatches, readExchangeBatches } from './read-records.js';
export type { ReadOptions, RecordContract } from './record-sink.js';
export { IdSet64 } from './id-set.js';
export { clientIp, identityFromFlags, type IdentityConfig, type IdentityFlags } from './identity.js';
export { openJsonlWriter, type JsonlWriter } from './jsonl-writer.js';
export { startOtlpReceiver, type OtlpReceiver, type OtlpReceiverOptions } from './otlp/receiver.js';
export { ADAPTERS, FORMATS, getAdapter, detectFormat } from './adapters/registry.js';
export type { SourceAdapter, AdapterOutput } from './adapters/types.js';
export { DEFAULT_MAX_LINE_BYTES } from './line-reader.js';
