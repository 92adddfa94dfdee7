// ingest: the run's record counts. read = accepted + rejected, always (a duplicate exchange is
// accepted-but-skipped: counted in accepted AND in duplicates, and not handed on).
import type { Rejected } from '../errors.js';

export interface IngestCounts {
  /** Records read: every non-blank line / table row / array element / candidate span. */
  read: number;
  /** Records that passed validation (duplicates included; see `duplicates`). */
  accepted: number;
  /** Records sent to the dead-letter file with a reason. */
  rejected: number;
  /** Accepted exchanges whose id was already seen: counted once, not handed on. */
  duplicates: number;
  /** Items that are by definition not records and were passed over (OTLP spans that are not a model call). Not in `read`. */
  skipped: number;
  /** Rejections by error code. */
  byCode: Record<string, number>;
  /** Notices that are not records (DW_E_EMPTY: the input held nothing), by code. */
  notices: Record<string, number>;
}

export function newCounts(): IngestCounts {
  return { read: 0, accepted: 0, rejected: 0, duplicates: 0, skipped: 0, byCode: {}, notices: {} };
}

/** Adds b into a (for totals over several inputs). */
export function addCounts(a: IngestCounts, b: IngestCounts): IngestCounts {
  a.read += b.read;
  a.accepted += b.accepted;
  a.rejected += b.rejected;
  a.duplicates += b.duplicates;
  a.skipped += b.skipped;
  for (const [k, v] of Object.entries(b.byCode)) a.byCode[k] = (a.byCode[k] ?? 0) + v;
  for (const [k, v] of Object.entries(b.notices)) a.notices[k] = (a.notices[k] ?? 0) + v;
  return a;
}

export function countRejected(c: IngestCounts, r: Rejected): void {
  c.read++;
  c.rejected++;
  c.byCode[r.code] = (c.byCode[r.code] ?? 0) + 1;
}
