// ingest: the dead-letter file. Rejected records → JSONL rows {source,line,code,reason,raw}.
// Writes are buffered and flushed synchronously in 1 MiB blocks, so memory stays bounded however
// many records a run rejects.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { DwError, type Rejected } from '../errors.js';

/** Longest raw excerpt kept per rejected record (characters). */
export const DEAD_LETTER_RAW_CHARS = 4096;
const FLUSH_AT = 1 << 20;

export interface DeadLetter {
  write(r: Rejected): void;
  close(): Promise<void>;
  /** Where rows go; undefined when rejects are only counted. */
  readonly path: string | undefined;
}

export function cutRaw(raw: string | undefined): string | undefined {
  if (raw === undefined) return undefined;
  return raw.length > DEAD_LETTER_RAW_CHARS ? `${raw.slice(0, DEAD_LETTER_RAW_CHARS)}…[cut ${raw.length - DEAD_LETTER_RAW_CHARS} chars]` : raw;
}

/** Opens (truncates) a dead-letter file; with no path, rejects are counted elsewhere and dropped here. */
export function openDeadLetter(path: string | undefined): DeadLetter {
  if (path === undefined) {
    return { path: undefined, write() {}, close: async () => {} };
  }
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
  } catch (err) {
    throw new DwError('DW_E_IO', `cannot open dead-letter file ${path}: ${(err as Error).message}`);
  }
  let buf = '';
  let closed = false;
  const flush = (): void => {
    if (buf.length === 0) return;
    writeSync(fd, buf);
    buf = '';
  };
  return {
    path,
    write(r: Rejected): void {
      if (closed) throw new DwError('DW_E_INTERNAL', `dead-letter ${path} written after close`);
      const row: Record<string, unknown> = { source: r.ref.source, line: r.ref.line, code: r.code, reason: r.reason };
      const raw = cutRaw(r.raw);
      if (raw !== undefined) row.raw = raw;
      buf += `${JSON.stringify(row)}\n`;
      if (buf.length >= FLUSH_AT) flush();
    },
    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      flush();
      closeSync(fd);
    },
  };
}
