// ingest: opens an input ('-' = stdin, else a file path) as an async stream of byte chunks,
// gunzipping when the bytes start with the gzip magic (1f 8b), whatever the file is called.
import { createReadStream, statSync } from 'node:fs';
import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { DwError } from '../errors.js';

export const CHUNK_BYTES = 1 << 20;

/** Display name of an input in record references. */
export function sourceName(input: string): string {
  return input === '-' ? 'stdin' : input;
}

/** Raw chunks of the input (not yet gunzipped). Missing files are a configuration error. */
function rawChunks(input: string): AsyncIterable<Buffer> {
  if (input === '-') return process.stdin as AsyncIterable<Buffer>;
  try {
    const st = statSync(input);
    if (!st.isFile() && !st.isFIFO()) throw new Error('not a regular file');
  } catch (err) {
    throw new DwError('DW_E_IO', `cannot read ${input}: ${(err as Error).message}`);
  }
  return createReadStream(input, { highWaterMark: CHUNK_BYTES }) as AsyncIterable<Buffer>;
}

/** Thrown inside the chunk stream when a gzip member is cut or corrupt (caught by the line reader). */
export class GzipDamage extends Error {}

/** Byte chunks of the decoded input: plain or gzip (by content, not by name). */
export async function* openBytes(input: string): AsyncGenerator<Buffer> {
  const it = rawChunks(input)[Symbol.asyncIterator]();
  let first = await it.next();
  while (!first.done && first.value.length === 0) first = await it.next();
  if (first.done) return;
  const head = first.value;
  const rest = async function* (): AsyncGenerator<Buffer> {
    yield head;
    for (;;) {
      const n = await it.next();
      if (n.done) return;
      yield n.value;
    }
  };
  if (head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b) {
    const gunzip = Readable.from(rest()).pipe(createGunzip({ chunkSize: 1 << 16 }));
    try {
      for await (const c of gunzip as AsyncIterable<Buffer>) yield c;
    } catch (err) {
      throw new GzipDamage(`gzip stream is cut or corrupt: ${(err as Error).message}`);
    }
    return;
  }
  yield* rest();
}
