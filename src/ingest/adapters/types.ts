// ingest adapters: the plug-in boundary. A SourceAdapter maps one decoded source record (a JSON
// object, a table row) to exchange-shaped objects, rejections with reasons, and skipped items.
// The mapped objects are then validated against exchange.schema.json like any exchange line.
import type { DwCode } from '../../errors.js';
import type { IdentityConfig } from '../identity.js';

export type Json = Record<string, unknown>;

export interface AdapterContext {
  readonly identity: IdentityConfig;
}

export interface AdapterRejection {
  readonly code: DwCode;
  readonly reason: string;
}

export interface AdapterOutput {
  /** Exchange-shaped objects (validated by the caller). Each counts as one record read. */
  readonly exchanges: Json[];
  /** Items of the record that could not be mapped. Each counts as one record read. */
  readonly rejected: AdapterRejection[];
  /** Items that by definition are not exchanges (e.g. OTLP spans that are not a model call). */
  readonly skipped: number;
  /**
   * Every exchange was assembled field by field within the contract's types and bounds (buildExchange),
   * so the caller need not validate it again. A property test holds this against the ajv validator.
   */
  readonly checked?: boolean;
}

export interface SourceAdapter {
  /** The --format name. */
  readonly id: string;
  /** One line: what the format is and the published definition it follows. */
  readonly title: string;
  /** True when the record looks like this format (for --format auto and mixed-format messages). */
  detect(rec: Json): boolean;
  /** Maps one record. Must never throw on any input (a property test holds every adapter to it). */
  map(rec: Json, ctx: AdapterContext): AdapterOutput;
}

const NONE: AdapterRejection[] = Object.freeze([]) as unknown as AdapterRejection[];

export function one(x: Json): AdapterOutput {
  return { exchanges: [x], rejected: NONE, skipped: 0 };
}

/** One exchange built within the contract (see AdapterOutput.checked). */
export function oneChecked(x: Json): AdapterOutput {
  return { exchanges: [x], rejected: NONE, skipped: 0, checked: true };
}

export function reject(reason: string, code: DwCode = 'DW_E_ADAPTER'): AdapterOutput {
  return { exchanges: [], rejected: [{ code, reason }], skipped: 0 };
}
