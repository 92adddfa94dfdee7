// ingest: byte chunks → batches of lines, split on '\n' by hand (faster than readline), with UTF-8
// checked per block (buffer.isAscii, then buffer.isUtf8) and lines longer than maxLineBytes dropped as they stream by,
// so a huge line never holds more than maxLineBytes of memory. Blank lines come out as '' (the
// caller skips them: a blank line is not a record and is not counted).
import { isAscii, isUtf8 } from 'node:buffer';
import { DwError, type DwCode } from '../errors.js';
import { GzipDamage, openBytes } from './byte-source.js';

export const DEFAULT_MAX_LINE_BYTES = 16 * 1024 * 1024;
const PREVIEW_BYTES = 4096;
/** A batch is handed on at this many lines, or once it holds this many bytes (large records: OTLP exports). */
export const BATCH_LINES = 4096;
export const BATCH_BYTES = 4 * 1024 * 1024;

export interface LineProblem {
  /** Index into LineBatch.texts of the bad line (its text there is ''). */
  readonly index: number;
  readonly code: DwCode;
  readonly reason: string;
  readonly raw: string;
}

/** Lines startLine, startLine+1, … (1-based); problems mark lines that could not be decoded. */
export interface LineBatch {
  readonly startLine: number;
  readonly texts: string[];
  readonly problems: LineProblem[];
}

function stripCr(s: string): string {
  return s.length > 0 && s.charCodeAt(s.length - 1) === 13 ? s.slice(0, -1) : s;
}

/** Splits a byte stream into line batches. */
export async function* splitLines(chunks: AsyncIterable<Buffer>, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<LineBatch> {
  let carry: Buffer[] = [];
  let carryBytes = 0;
  // state of a line that went over the limit: we only count its bytes until its '\n'
  let over = false;
  let overBytes = 0;
  let overPreview: Buffer | undefined;
  let first = true;
  let batchBytes = 0;

  let texts: string[] = [];
  let problems: LineProblem[] = [];
  let start = 1;

  const pushBytes = (b: Buffer): void => {
    // one complete line given as bytes
    if (b.length > maxLineBytes) {
      pushTooLong(b.length, b.subarray(0, PREVIEW_BYTES));
      return;
    }
    if (!isUtf8(b)) {
      problems.push({ index: texts.length, code: 'DW_E_ENCODING', reason: 'line holds bytes that are not valid UTF-8', raw: b.subarray(0, PREVIEW_BYTES).toString('latin1') });
      texts.push('');
      return;
    }
    texts.push(stripCr(b.toString('utf8')));
  };
  const pushTooLong = (bytes: number, preview: Buffer): void => {
    problems.push({ index: texts.length, code: 'DW_E_TOO_LONG', reason: `line is ${bytes} bytes, over the limit of ${maxLineBytes} bytes`, raw: preview.toString('utf8') });
    texts.push('');
  };
  const flushCarry = (tail: Buffer): void => {
    if (over) {
      pushTooLong(overBytes + tail.length, overPreview ?? tail.subarray(0, PREVIEW_BYTES));
      over = false;
      overBytes = 0;
      overPreview = undefined;
    } else {
      carry.push(tail);
      pushBytes(carry.length === 1 ? carry[0]! : Buffer.concat(carry, carryBytes + tail.length));
    }
    carry = [];
    carryBytes = 0;
  };
  const addToCarry = (b: Buffer): void => {
    if (b.length === 0) return;
    if (over) {
      overBytes += b.length;
      return;
    }
    if (carryBytes + b.length > maxLineBytes) {
      over = true;
      overPreview = Buffer.concat([...carry, b]).subarray(0, PREVIEW_BYTES);
      overBytes = carryBytes + b.length;
      carry = [];
      carryBytes = 0;
      return;
    }
    // copy: the chunk buffer may be reused by the stream
    carry.push(Buffer.from(b));
    carryBytes += b.length;
  };

  try {
    for await (let chunk of chunks) {
      batchBytes += chunk.length;
      if (first) {
        first = false;
        // a UTF-8 byte order mark is not part of the first record
        if (chunk.length >= 3 && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) chunk = chunk.subarray(3);
      }
      let pos = 0;
      if (carryBytes > 0 || over) {
        const nl = chunk.indexOf(10);
        if (nl < 0) {
          addToCarry(chunk);
          continue;
        }
        flushCarry(chunk.subarray(0, nl));
        pos = nl + 1;
      }
      const last = chunk.lastIndexOf(10);
      if (last >= pos) {
        const block = chunk.subarray(pos, last);
        const ascii = block.length <= maxLineBytes && isAscii(block);
        if (ascii || (block.length <= maxLineBytes && isUtf8(block))) {
          // fast path: one decode, one split; no line in the block can be over the limit. An
          // all-ASCII block decodes as latin1 to the same string, many times faster than UTF-8.
          const parts = block.toString(ascii ? 'latin1' : 'utf8').split('\n');
          for (let i = 0; i < parts.length; i++) texts.push(stripCr(parts[i]!));
        } else {
          let s = 0;
          for (;;) {
            const e = block.indexOf(10, s);
            if (e < 0) {
              pushBytes(block.subarray(s));
              break;
            }
            pushBytes(block.subarray(s, e));
            s = e + 1;
          }
        }
        pos = last + 1;
      }
      addToCarry(chunk.subarray(pos));
      if (texts.length > 0 && (texts.length >= BATCH_LINES || batchBytes >= BATCH_BYTES || problems.length > 0)) {
        yield { startLine: start, texts, problems };
        start += texts.length;
        texts = [];
        problems = [];
        batchBytes = 0;
      }
    }
  } catch (err) {
    if (err instanceof DwError) throw err;
    if (!(err instanceof GzipDamage)) throw new DwError('DW_E_IO', `reading failed after line ${start + texts.length - 1}: ${(err as Error).message}`);
    if (carryBytes > 0 || over) flushCarry(Buffer.alloc(0));
    problems.push({ index: texts.length, code: 'DW_E_IO', reason: err.message, raw: '' });
    texts.push('');
    yield { startLine: start, texts, problems };
    return;
  }
  // a last line without '\n' is still a line (if it is cut, JSON parsing says so)
  if (carryBytes > 0 || over) flushCarry(Buffer.alloc(0));
  if (texts.length > 0) yield { startLine: start, texts, problems };
}

/** Line batches of an input ('-' = stdin; plain or gzip). */
export function readLines(input: string, maxLineBytes = DEFAULT_MAX_LINE_BYTES): AsyncGenerator<LineBatch> {
  return splitLines(openBytes(input), maxLineBytes);
}
