// ingest: an input (file path or '-' for stdin; JSONL plain or gzip; a JSON array file; CSV/TSV/
// Parquet through DuckDB) → validated contract values, in batches or one by one. Rejections go to
// the dead-letter file with source:line and reason; counts hold read = accepted + rejected.
import type { ContractTypes, Exchange } from '../schema/index.js';
import { sourceName } from './byte-source.js';
import { DEFAULT_MAX_LINE_BYTES, readLines, type LineBatch } from './line-reader.js';
import { RecordSink, type ReadOptions, type RecordContract } from './record-sink.js';
import { SCHEMAS } from '../schema/index.js';
import { arrayFields, isTablePath, parseArrayCells, readTableRows } from './table-reader.js';

/** Largest JSON-array file (in characters) parsed as one array; past it the lines are read as JSONL. */
const MAX_ARRAY_CHARS = 256 * 1024 * 1024;
/**
 * Records handed on per batch (at most). Small enough that a batch is usually consumed before the
 * young generation fills: an adapter allocates 2-4 KB per record (the parsed source tree, then the
 * mapping), and records still held in an unfinished batch when a scavenge comes are copied, twice,
 * then promoted to the old generation. Measured on 100k records (--trace-gc-nvp): from ~4,800 a batch
 * (one line batch) to 1024 to 256, LiteLLM payloads promoted 164, 92 and 12 MB; plain exchange lines
 * 12-21, 15 and 0 MB. One input line can hold many records (an OTLP export of 100 spans), so the
 * batch is cut by records, not by lines.
 */
export const BATCH_RECORDS = 256;

/** Validated records of one input, in batches (the fast way to consume them). */
export async function* readBatches<C extends RecordContract>(contract: C, input: string, o: ReadOptions): AsyncGenerator<ContractTypes[C][]> {
  const sink = new RecordSink(contract, sourceName(input), o);
  if (isTablePath(input)) {
    const arrays = contract === 'exchange' && (o.format ?? 'exchange') !== 'exchange' ? new Set<string>() : arrayFields(SCHEMAS[contract]);
    for await (const rows of readTableRows(input)) {
      // +1: the row's line in a CSV file, after its header (for Parquet: the row number + 1)
      for (const r of rows) sink.object(parseArrayCells(r.value, arrays), r.row + 1);
      if (sink.out.length > 0) yield* taken(sink);
    }
    sink.finish();
    return;
  }
  // A file whose first non-blank character is '[' is a JSON array of records (actors often are).
  let arrayLines: LineBatch[] | undefined;
  let arrayChars = 0;
  let decided = false;
  for await (const batch of readLines(input, o.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES)) {
    if (!decided) {
      const firstText = batch.texts.find((t) => t.trim().length > 0);
      if (firstText === undefined && batch.problems.length === 0) continue;
      decided = true;
      if (firstText !== undefined && batch.problems.length === 0 && firstText.trimStart().startsWith('[')) arrayLines = [];
    }
    if (arrayLines !== undefined) {
      arrayLines.push(batch);
      for (const t of batch.texts) arrayChars += t.length + 1;
      if (batch.problems.length === 0 && arrayChars <= MAX_ARRAY_CHARS) continue;
      // not a clean array after all: read what we held as JSONL
      for (const b of arrayLines) yield* drainLines(sink, b);
      arrayLines = undefined;
      continue;
    }
    yield* drainLines(sink, batch);
  }
  if (arrayLines !== undefined) {
    const text = arrayLines.map((b) => b.texts.join('\n')).join('\n');
    let arr: unknown;
    try {
      arr = JSON.parse(text);
    } catch {
      arr = undefined;
    }
    if (Array.isArray(arr)) {
      // In a JSON array file, a record's "line" is its 1-based position in the array.
      for (let i = 0; i < arr.length; i++) {
        const v: unknown = arr[i];
        if (v !== null && typeof v === 'object' && !Array.isArray(v)) sink.object(v as Record<string, unknown>, i + 1);
        else {
          sink.seen++;
          sink.reject('DW_E_JSON', `array element ${i + 1} is not a JSON object`, i + 1, JSON.stringify(v) ?? '');
        }
        if (sink.out.length >= BATCH_RECORDS) yield* taken(sink);
      }
      if (sink.out.length > 0) yield* taken(sink);
    } else {
      for (const b of arrayLines) yield* drainLines(sink, b);
    }
  }
  sink.finish();
}

function* drainLines<C extends RecordContract>(sink: RecordSink<C>, batch: LineBatch): Generator<ContractTypes[C][]> {
  const { texts, problems, startLine } = batch;
  let p = 0;
  for (let i = 0; i < texts.length; i++) {
    const pr = problems[p];
    if (pr !== undefined && pr.index === i) {
      p++;
      sink.seen++;
      sink.reject(pr.code, pr.reason, startLine + i, pr.raw);
      continue;
    }
    sink.text(texts[i]!, startLine + i);
    if (sink.out.length >= BATCH_RECORDS) yield* taken(sink);
  }
  if (sink.out.length > 0) yield* taken(sink);
}

/** What the sink holds, in batches of at most BATCH_RECORDS (one line alone can hold more records). */
function* taken<C extends RecordContract>(sink: RecordSink<C>): Generator<ContractTypes[C][]> {
  const out = sink.take();
  if (out.length <= BATCH_RECORDS) {
    yield out;
    return;
  }
  for (let i = 0; i < out.length; i += BATCH_RECORDS) yield out.slice(i, i + BATCH_RECORDS);
}

/** Validated records of one input, one at a time. */
export async function* readRecords<C extends RecordContract>(contract: C, input: string, o: ReadOptions): AsyncGenerator<ContractTypes[C]> {
  for await (const batch of readBatches(contract, input, o)) {
    for (const r of batch) yield r;
  }
}

/** Exchanges of one input in batches (up to BATCH_RECORDS each): faster than readRecords for big inputs. */
export function readExchangeBatches(input: string, o: ReadOptions): AsyncGenerator<Exchange[]> {
  return readBatches('exchange', input, o);
}
