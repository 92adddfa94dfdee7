// ingest: decoded records → validated contract values. Holds the per-input state: counts,
// dead-letter, dedupe set, the chosen source format. Every record ends accepted or rejected
// (read = accepted + rejected); a duplicate exchange id is accepted-but-skipped: it is counted in
// `accepted` and in `duplicates`, and not handed on (the same id seen twice is one exchange).
import { DwError, type DwCode, type Rejected, type RecordRef } from '../errors.js';
import { SCHEMAS, validateRecord, type ContractTypes } from '../schema/index.js';
import { compileFastCheck } from './fast-check.js';
import { countRejected, type IngestCounts } from './counts.js';
import type { DeadLetter } from './dead-letter.js';
import { DEFAULT_IDENTITY, type IdentityConfig } from './identity.js';
import { IdSet64 } from './id-set.js';
import { detectFormat, getAdapter, FORMATS } from './adapters/registry.js';
import type { Json, SourceAdapter } from './adapters/types.js';

export type RecordContract = 'exchange' | 'account' | 'actor';

export interface ReadOptions {
  /** Source format of exchanges: 'exchange' (default), 'auto', or an adapter id (see FORMATS). */
  format?: string;
  deadLetter: DeadLetter;
  counts: IngestCounts;
  /** Longest accepted line in bytes (default 16 MiB); longer lines → DW_E_TOO_LONG, never buffered whole. */
  maxLineBytes?: number;
  /** Drop repeated exchange ids (default true for exchanges). */
  dedupe?: boolean;
  /** Share one id set across several inputs so an id repeated across files also counts once. */
  ids?: IdSet64;
  /** Which source fields are account / key / org, and which proxy hops are trusted. */
  identity?: IdentityConfig;
  /** Told the format once it is known (with 'auto': the one recognised from the first records). */
  onFormat?: (format: string) => void;
  /** Told of notices that are not records (DW_E_EMPTY). */
  onNotice?: (notice: Rejected) => void;
}

const BLANK = /^[ \t\r]*$/;

type FastCheck = (v: Record<string, unknown>) => boolean;
const fastChecks = new Map<RecordContract, FastCheck | undefined>();
function fastCheckFor(c: RecordContract): FastCheck | undefined {
  if (!fastChecks.has(c)) fastChecks.set(c, compileFastCheck(SCHEMAS[c] as Record<string, unknown>));
  return fastChecks.get(c);
}

export class RecordSink<C extends RecordContract> {
  out: ContractTypes[C][] = [];
  /** Non-blank items seen (records, and containers such as OTLP lines). */
  seen = 0;
  private adapter: SourceAdapter | undefined;
  private readonly auto: boolean;
  private readonly ids: IdSet64 | undefined;
  private readonly ctx: { identity: IdentityConfig };
  private readonly fast: FastCheck | undefined;

  constructor(
    readonly contract: C,
    readonly source: string,
    readonly o: ReadOptions,
  ) {
    const format = o.format ?? 'exchange';
    this.auto = format === 'auto';
    this.ctx = { identity: o.identity ?? DEFAULT_IDENTITY };
    this.fast = fastCheckFor(contract);
    if (contract === 'exchange') {
      if (!this.auto) {
        this.adapter = getAdapter(format);
        if (!this.adapter) throw new DwError('DW_E_FORMAT', `unknown format '${format}' (known: ${FORMATS.join(', ')})`);
        if (format !== 'exchange') o.onFormat?.(format);
      }
      this.ids = o.dedupe === false ? undefined : (o.ids ?? new IdSet64());
    } else {
      if (format !== 'exchange' && format !== 'auto') throw new DwError('DW_E_FORMAT', `format '${format}' is for exchanges, not ${contract} records`);
      this.ids = undefined;
    }
  }

  take(): ContractTypes[C][] {
    const b = this.out;
    this.out = [];
    return b;
  }

  reject(code: DwCode, reason: string, line: number, raw: string | undefined): void {
    const r: Rejected = raw === undefined ? { code, reason, ref: { source: this.source, line } } : { code, reason, ref: { source: this.source, line }, raw };
    countRejected(this.o.counts, r);
    this.o.deadLetter.write(r);
  }

  /** One JSON text (a line). A blank line (empty, or only spaces/tabs) is not a record and is not counted. */
  text(t: string, line: number): void {
    if (t.length === 0) return;
    const c0 = t.charCodeAt(0);
    if ((c0 === 32 || c0 === 9 || c0 === 13) && BLANK.test(t)) return;
    this.seen++;
    let v: unknown;
    try {
      v = JSON.parse(t);
    } catch (err) {
      this.reject('DW_E_JSON', `not valid JSON: ${(err as Error).message}`, line, t);
      return;
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
      this.reject('DW_E_JSON', `a record must be a JSON object, got ${v === null ? 'null' : Array.isArray(v) ? 'an array' : typeof v}`, line, t);
      return;
    }
    this.object(v as Json, line, t);
  }

  /** One decoded object (a parsed line, an array element, a table row). */
  object(v: Json, line: number, raw?: string): void {
    if (raw === undefined) this.seen++;
    if (this.contract !== 'exchange') {
      this.accept(v, line, raw);
      return;
    }
    let a = this.adapter;
    if (a === undefined) {
      a = detectFormat(v);
      if (a === undefined) {
        this.reject('DW_E_FORMAT', 'record matches no known source format (format auto: still looking for the first recognisable record)', line, raw ?? safeJson(v));
        return;
      }
      this.adapter = a;
      this.o.onFormat?.(a.id);
    }
    if (a.id === 'exchange') {
      this.accept(v, line, raw);
      return;
    }
    let res;
    try {
      res = a.map(v, this.ctx);
    } catch (err) {
      this.reject('DW_E_INTERNAL', `adapter '${a.id}' failed: ${(err as Error).message}`, line, raw ?? safeJson(v));
      return;
    }
    if (res.rejected.length > 0) {
      const other = detectFormat(v);
      const hint = other && other.id !== a.id ? ` (the record looks like '${other.id}': mixed formats in one input?)` : '';
      for (const r of res.rejected) this.reject(r.code, `${a.id}: ${r.reason}${hint}`, line, raw ?? safeJson(v));
    }
    this.o.counts.skipped += res.skipped;
    for (const x of res.exchanges) this.accept(x, line, raw, res.checked === true);
  }

  private accept(v: Json, line: number, raw: string | undefined, checked = false): void {
    // an adapter's output built within the contract (AdapterOutput.checked) is not validated again;
    // the pre-check passes the common valid record; ajv decides (and explains) everything else
    if (!checked && (this.fast === undefined || !this.fast(v))) {
      const ref: RecordRef = { source: this.source, line };
      const p = validateRecord(this.contract, v, ref);
      if (!p.ok) {
        this.reject(p.rejected.code, p.rejected.reason, line, raw ?? safeJson(v));
        return;
      }
    }
    const c = this.o.counts;
    c.read++;
    c.accepted++;
    if (this.ids !== undefined && !this.ids.add((v as { id: string }).id)) {
      c.duplicates++;
      return;
    }
    this.out.push(v as ContractTypes[C]);
  }

  /** End of input: an input with no records at all is a notice, not a rejection. */
  finish(): void {
    if (this.seen > 0) return;
    const n: Rejected = { code: 'DW_E_EMPTY', reason: 'the input holds no records', ref: { source: this.source, line: 0 } };
    this.o.counts.notices.DW_E_EMPTY = (this.o.counts.notices.DW_E_EMPTY ?? 0) + 1;
    this.o.onNotice?.(n);
  }
}

function safeJson(v: unknown): string {
  try {
    return JSON.stringify(v) ?? '';
  } catch {
    return '';
  }
}
