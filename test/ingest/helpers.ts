// Test helpers for ingest: temp files and a one-call reader that returns records, counts and dead letters.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { newCounts, openDeadLetter, readRecords, type IngestCounts, type ReadOptions, type RecordContract } from '../../src/ingest/index.js';

export function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'dw-ingest-'));
}

export interface DeadRow {
  source: string;
  line: number;
  code: string;
  reason: string;
  raw?: string;
}

export interface ReadAll<T> {
  records: T[];
  counts: IngestCounts;
  dead: DeadRow[];
  notices: string[];
  formats: string[];
}

export async function readAll<C extends RecordContract>(contract: C, input: string, o: Partial<ReadOptions> = {}): Promise<ReadAll<Record<string, unknown>>> {
  const dir = tmp();
  const dlPath = join(dir, 'dead.jsonl');
  const deadLetter = openDeadLetter(dlPath);
  const counts = newCounts();
  const notices: string[] = [];
  const formats: string[] = [];
  const records: Record<string, unknown>[] = [];
  for await (const r of readRecords(contract, input, { deadLetter, counts, onNotice: (n) => notices.push(n.code), onFormat: (f) => formats.push(f), ...o })) {
    records.push(r as Record<string, unknown>);
  }
  await deadLetter.close();
  const dead = existsSync(dlPath)
    ? readFileSync(dlPath, 'utf8')
        .split('\n')
        .filter((l) => l.length > 0)
        .map((l) => JSON.parse(l) as DeadRow)
    : [];
  return { records, counts, dead, notices, formats };
}

let seq = 0;
export function exchange(over: Record<string, unknown> = {}): Record<string, unknown> {
  seq++;
  return { id: `ex-${seq}`, ts: '2026-02-01T10:00:00Z', account_id: 'acct-1', model: 'm-1', input_tokens: 10, output_tokens: 20, ...over };
}
