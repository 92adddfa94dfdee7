// ingest: writes records as JSONL to a file or stdout ('-'), honouring backpressure (I/O edge).
import { createWriteStream, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { once } from 'node:events';

export interface JsonlWriter {
  write(records: readonly unknown[]): Promise<void>;
  close(): Promise<void>;
  readonly written: number;
}

export function openJsonlWriter(path: string): JsonlWriter {
  let out: Writable;
  if (path === '-') out = process.stdout;
  else {
    mkdirSync(dirname(path), { recursive: true });
    out = createWriteStream(path);
  }
  let written = 0;
  return {
    get written() {
      return written;
    },
    async write(records) {
      if (records.length === 0) return;
      let s = '';
      for (const r of records) s += `${JSON.stringify(r)}\n`;
      written += records.length;
      if (!out.write(s)) await once(out, 'drain');
    },
    async close() {
      if (out === process.stdout) return;
      out.end();
      await once(out, 'finish');
    },
  };
}
