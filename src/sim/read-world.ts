// Simulator I/O edge: reads a written world back (for the leak scan): accounts, labels, and the
// exchanges streamed line by line (plain or gzip), validated against the contracts.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { Readable } from 'node:stream';
import { DwError, type Parsed, type RecordRef } from '../errors.js';
import { parseRecord, type Account, type Exchange } from '../schema/index.js';
import { parseLabel, type Label } from '../eval/labels.js';
import { formatLeakScan, LeakAccumulator, leakScan, type LeakScanResult } from './leak-scan.js';

function readRows<T>(dir: string, file: string, parse: (line: string, ref: RecordRef) => Parsed<T>): T[] {
  const p = join(dir, file);
  if (!existsSync(p)) throw new DwError('DW_E_IO', `missing ${p}`);
  const out: T[] = [];
  readFileSync(p, 'utf8').split('\n').forEach((line, i) => {
    if (!line.trim()) return;
    const r = parse(line, { source: p, line: i + 1 });
    if (r.ok) out.push(r.value);
  });
  return out;
}

export async function* readExchanges(dir: string): AsyncGenerator<Exchange> {
  const gz = join(dir, 'exchanges.jsonl.gz');
  const plain = join(dir, 'exchanges.jsonl');
  const path = existsSync(plain) ? plain : gz;
  if (!existsSync(path)) throw new DwError('DW_E_IO', `no exchanges.jsonl(.gz) in ${dir}`);
  let input: Readable = createReadStream(path);
  if (path.endsWith('.gz')) input = input.pipe(createGunzip());
  let n = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) {
    n++;
    if (!line.trim()) continue;
    const r = parseRecord('exchange', line, { source: path, line: n });
    if (r.ok) yield r.value;
  }
}

/** Runs the leak scan over a world directory. */
export async function leakScanDir(dir: string): Promise<{ result: LeakScanResult; text: string }> {
  const accounts = readRows(dir, 'accounts.jsonl', (l, ref) => parseRecord('account', l, ref));
  const labels = new Map(readRows(dir, 'labels.jsonl', parseLabel).map((l) => [l.account_id as string, l]));
  const acc = new LeakAccumulator();
  for await (const x of readExchanges(dir)) acc.add(x);
  let windowStart = Date.UTC(2026, 0, 5);
  const mf = join(dir, 'manifest.json');
  if (existsSync(mf)) {
    const m = JSON.parse(readFileSync(mf, 'utf8')) as { window?: { start?: string } };
    if (m.window?.start) windowStart = Date.parse(m.window.start);
  }
  const result = leakScan(acc.features(accounts, windowStart), labels);
  return { result, text: formatLeakScan(result) };
}
